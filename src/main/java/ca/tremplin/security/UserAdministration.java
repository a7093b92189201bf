package ca.tremplin.security;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.Outbox;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The administration of staff accounts within the signed-in admin's own tenant: invite, change role,
 * deactivate, reactivate. Reads and writes go through tenant-filtered queries, so an id from another tenant
 * is simply not found. The platform's admin also names, lists, invites again and cancels the administrators of a
 * school service centre, from that centre's page: that work is done inside the centre, on purpose, and says so in
 * its names ({@link #inviteTenantAdministrator}, {@link #centreAdministratorsAcrossTenants}).
 */
@ApplicationScoped
public class UserAdministration {

    @Inject
    SignedInUser signedInUser;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TenantRepository tenants;

    @Inject
    AccountTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    Tenancy tenancy;

    @Inject
    jakarta.enterprise.event.Event<StaffHandover> handovers;

    @Inject
    jakarta.enterprise.event.Event<StaffRoleChange> roleChanges;

    @Inject
    StaffChanges changes;

    @Inject
    SameAddressAccounts sameAddress;

    @Inject
    java.time.Clock clock;

    @Inject
    ca.tremplin.kernel.RateLimits rateLimits;

    /** Invitations mailed to one address in an hour, new or sent again. */
    static final ca.tremplin.kernel.RateLimits.Limit INVITATIONS_PER_ADDRESS = ca.tremplin.kernel.RateLimits.Limit
            .fromEnvironment("invitation-address", "TREMPLIN_INVITATIONS_PER_ADDRESS_PER_HOUR", 3);

    /** The roles an admin may hand out in their own tenant. */
    public Set<Role> assignableRoles() {
        if (signedInUser.isCoordination()) {
            return EnumSet.of(Role.RECRUITER, Role.PLATFORM_ADMIN);
        }
        return EnumSet.of(Role.RECRUITER, Role.CSS_ADMIN);
    }

    @Transactional
    public UserAccount find(long userId) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        return accounts.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
    }

    /**
     * A page of the users list, as rows that hold what it shows ({@link UserRow}), each with the other accounts at its
     * address once kept as a key: another centre's unnamed.
     */
    @Transactional
    public List<UserRow> page(String filter, int first, int size, String sortField, boolean ascending) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        List<UserAccount> shown = accounts.page(filter, first, size, sortField, ascending);
        java.util.Map<Long, List<AccountAddress>> sharing = sameAddress.acrossAllTenants();
        long readerTenant = signedInUser.getTenantId();
        return shown.stream().map(account -> UserRow.of(account, sharing.getOrDefault(account.getId(), List.of())
                .stream().map(other -> UserRow.SameAddressAs.seenFrom(readerTenant, other)).toList())).toList();
    }

    /**
     * For the platform's admin on a centre's page: the other accounts at the address of each of the centre's
     * administrators, in whichever tenant they are.
     */
    public java.util.Map<Long, List<AccountAddress>> sameAddressAcrossTenants() {
        signedInUser.require(Role.PLATFORM_ADMIN);
        return sameAddress.acrossAllTenants();
    }

    @Transactional
    public long count(String filter) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        return accounts.count(filter);
    }

    /** Creates the account and e-mails an invitation to choose a password, valid for seven days. */
    @Transactional
    public UserAccount invite(Invitation invitation) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        if (!assignableRoles().contains(invitation.role())) {
            throw new BusinessRuleException("user.roleNotAssignable");
        }
        Tenant tenant = tenants.findById(signedInUser.getTenantId()).orElseThrow();
        return createAndInvite(invitation, tenant);
    }

    /**
     * The platform admin names the first administrator of a school service centre: the account is written
     * inside that tenant, on purpose.
     */
    public AdministratorInvited inviteTenantAdministrator(long tenantId, Invitation invitation) {
        signedInUser.require(Role.PLATFORM_ADMIN);
        Tenant tenant = schoolBoard(tenantId);
        if (invitation.role() != Role.CSS_ADMIN) {
            throw new BusinessRuleException("user.roleNotAssignable");
        }
        requireOpen(tenant);
        return tenancy.asTenant(tenantId, () -> {
            // An address typed again (the first mail lost, or an invitation cancelled and wanted after all): the
            // invitation its account holds in this centre is sent again, rather than "this e-mail already has an
            // account" with no way to reach that account.
            UserAccount invitedBefore = accounts.findByEmail(invitation.email())
                    .filter(account -> account.getRole() == Role.CSS_ADMIN && !account.hasPassword()).orElse(null);
            if (invitedBefore == null) {
                return new AdministratorInvited(createAndInvite(invitation, tenant), false);
            }
            if (!invitedBefore.isActive()) {
                invitedBefore.setActive(true);
                changes.record(StaffChange.Subject.ACCOUNT, invitedBefore.getId(), StaffChange.What.REACTIVATED, null);
            }
            sendInvitationAgain(invitedBefore, tenant);
            return new AdministratorInvited(invitedBefore, true);
        });
    }

    /**
     * The administrators of one school service centre, for the platform's admin on the centre's page: those who
     * joined, those still invited, and those whose invitation was cancelled. Read inside that centre, on purpose: the
     * platform's admin belongs to the coordination, whose own list of users holds only the coordination's accounts.
     */
    public List<UserAccount> centreAdministratorsAcrossTenants(long tenantId) {
        signedInUser.require(Role.PLATFORM_ADMIN);
        Tenant tenant = schoolBoard(tenantId);
        return tenancy.asTenant(tenant.getId(), () -> accounts.withRole(Role.CSS_ADMIN));
    }

    /** Sends again the invitation of a centre's administrator who has not joined yet (the first mail lost, expired). */
    public void resendCentreAdministratorInvitation(long tenantId, long userId) {
        signedInUser.require(Role.PLATFORM_ADMIN);
        Tenant tenant = schoolBoard(tenantId);
        requireOpen(tenant);
        tenancy.asTenant(tenantId, () -> {
            UserAccount account = centreAdministrator(userId);
            if (!account.isActive()) {
                // Cancelled: typing the address again in the invitation form brings it back, said there.
                throw new BusinessRuleException("user.invitationCancelled");
            }
            sendInvitationAgain(account, tenant);
        });
    }

    /**
     * Cancels the invitation of a centre's administrator who never joined (an address mistyped, the wrong person): the
     * account is deactivated, as any departure is, and the links mailed to it stop working at once, rather than an
     * invitation to administer the centre staying alive for days with nobody able to revoke it.
     */
    public void cancelCentreAdministratorInvitation(long tenantId, long userId, long expectedVersion) {
        signedInUser.require(Role.PLATFORM_ADMIN);
        schoolBoard(tenantId);
        tenancy.asTenant(tenantId, () -> {
            UserAccount account = centreAdministrator(userId);
            if (account.getVersion() != expectedVersion) {
                throw new BusinessRuleException("conflict.modifiedMeanwhile");
            }
            if (account.hasPassword()) {
                // Joined meanwhile: theirs is an account like any other, which the centre's own admins manage.
                throw new BusinessRuleException("user.alreadyJoined");
            }
            if (account.isActive()) {
                withdraw(account, tenantId, null, null, StaffChange.What.INVITATION_CANCELLED, account.getEmail());
            }
        });
    }

    /** A school service centre, read across tenants for the platform's admin; the coordination is none. */
    private Tenant schoolBoard(long tenantId) {
        Tenant tenant = tenancy.acrossAllTenants(() -> tenants.findById(tenantId))
                .orElseThrow(() -> new NotFoundException("tenant " + tenantId));
        if (tenant.isCoordination()) {
            throw new BusinessRuleException("user.roleNotAssignable");
        }
        return tenant;
    }

    private static void requireOpen(Tenant tenant) {
        if (!tenant.isActive()) {
            // Its accounts cannot sign in: the person invited would choose a password for nothing.
            throw new BusinessRuleException("user.centreInactive");
        }
    }

    /** Within the centre's own transaction: one of its administrators, or not found (another role, another centre). */
    private UserAccount centreAdministrator(long userId) {
        return accounts.findById(userId).filter(account -> account.getRole() == Role.CSS_ADMIN)
                .orElseThrow(() -> new NotFoundException("user " + userId));
    }

    /**
     * An address can hold one account across all tenants. Taken in the inviting centre, the admin is told (they see
     * their own team). Taken in another centre, the answer is the one an invitation gets, so that no admin learns
     * who has an account elsewhere; the address's owner is told instead, and nothing is created: {@code null}.
     * The platform's admin, who sees every centre, is told where the account is instead.
     */
    private UserAccount createAndInvite(Invitation invitation, Tenant tenant) {
        if (UserAccount.cleanedName(invitation.displayName()).isEmpty()) {
            // Spaces or invisible characters only: the invitation would greet "Bonjour ," and the lists show nobody.
            throw new BusinessRuleException("user.nameRequired");
        }
        UserAccount existing = tenancy.acrossAllTenants(() -> accounts.findByEmail(invitation.email()).orElse(null));
        if (existing != null && existing.getTenantId().equals(tenant.getId())) {
            if (tenant.getId().equals(signedInUser.getTenantId())) {
                // Their own team: whose account it is, and, for someone who left and comes back, that reactivating it
                // is the way (the list shows it), rather than "already has an account" and no way to that account.
                throw new BusinessRuleException(existing.isActive() ? "user.emailTakenBy"
                        : "user.emailTakenByDeactivated", existing.getDisplayName());
            }
            throw new BusinessRuleException("user.emailTaken");
        }
        if (existing != null && signedInUser.isPlatformAdmin()) {
            // The platform's admin sees every centre: there is nothing to hide from them, and "invitation sent"
            // would leave a new centre waiting for an administrator who was never invited.
            String holder = tenancy.acrossAllTenants(() -> tenants.findById(existing.getTenantId()))
                    .map(t -> t.localizedName(signedInUser.getPreferredLocale())).orElse("?");
            throw new BusinessRuleException("user.emailTakenAt", holder);
        }
        // One address is mailed a few invitations an hour at most, whoever sends them and whether it has an account
        // elsewhere or not: the same limit for both, so that the refusal tells nothing either.
        rateLimits.acquire(INVITATIONS_PER_ADDRESS, UserAccount.normalizeEmail(invitation.email()));
        if (existing != null) {
            // In the language its owner chose, not the one the inviting admin chose for a newcomer.
            outbox.enqueue(tenant.getId(), AccountMail.invitationToAnExistingAccount(existing,
                    tenant.localizedName(existing.locale()), existing.locale()));
            return null;
        }
        UserAccount account = new UserAccount(invitation.email(), invitation.displayName(), invitation.role(),
                invitation.locale());
        accounts.persist(account);
        accounts.flush();
        changes.record(StaffChange.Subject.ACCOUNT, account.getId(), StaffChange.What.INVITED,
                account.getEmail() + " — " + account.getRole());
        String token = tokens.issue(account, AccountToken.Purpose.INVITATION);
        outbox.enqueue(tenant.getId(), AccountMail.invitation(account, tenant.localizedName(invitation.locale()),
                token, invitation.locale()));
        return account;
    }

    /**
     * Sends again the invitation of a member of the centre who has not joined. Not to an account deactivated since the
     * page showed its button (by another admin): the mail's link would only say "expired", and the history would show
     * an invitation sent to someone who left.
     */
    @Transactional
    public void resendInvitation(long userId) {
        UserAccount account = find(userId);
        if (!account.isActive()) {
            throw new BusinessRuleException("user.deactivatedNotInvited");
        }
        sendInvitationAgain(account, tenants.findById(signedInUser.getTenantId()).orElseThrow());
    }

    /** A new invitation link to an account that has not joined, counted against the address's hourly limit. */
    private void sendInvitationAgain(UserAccount account, Tenant tenant) {
        if (account.hasPassword()) {
            throw new BusinessRuleException("user.alreadyJoined");
        }
        rateLimits.acquire(INVITATIONS_PER_ADDRESS, account.getEmail());
        String token = tokens.issue(account, AccountToken.Purpose.INVITATION);
        outbox.enqueue(tenant.getId(), AccountMail.invitation(account, tenant.localizedName(account.locale()),
                token, account.locale()));
        changes.record(StaffChange.Subject.ACCOUNT, account.getId(), StaffChange.What.INVITED_AGAIN,
                account.getEmail());
    }

    @Transactional
    public void changeRole(long userId, Role role, long expectedVersion) {
        UserAccount account = findForChange(userId, expectedVersion);
        if (!assignableRoles().contains(role)) {
            throw new BusinessRuleException("user.roleNotAssignable");
        }
        Role before = account.getRole();
        account.setRole(role);
        if (before != role) {
            changes.record(StaffChange.Subject.ACCOUNT, account.getId(), StaffChange.What.ROLE, before + " → " + role);
            roleChanges.fire(new StaffRoleChange(account.getTenantId(), account.getId(), before, role));
        }
    }

    /** What the person holds now (their page shows it before they are deactivated). */
    @Transactional
    public StaffHandover workHeldBy(long userId) {
        UserAccount account = find(userId);
        StaffHandover count = StaffHandover.count(signedInUser.getTenantId(), account.getId());
        handovers.fire(count);
        return count;
    }

    /** Colleagues who may take over this person's work. */
    @Transactional
    public List<UserAccount> colleaguesOf(long userId) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        return accounts.colleaguesOf(userId);
    }

    /**
     * Deactivates the account and hands its work over in the same transaction (see {@link StaffHandover}): to the
     * colleague named, or, when none is, by the centre's rules. Answers what was handed over.
     */
    @Transactional
    public StaffHandover deactivate(long userId, long expectedVersion, Long colleagueId) {
        UserAccount account = findForChange(userId, expectedVersion);
        String colleagueName = null;
        if (colleagueId != null) {
            colleagueName = accounts.colleaguesOf(account.getId()).stream()
                    .filter(colleague -> colleague.getId().equals(colleagueId)).findFirst()
                    .map(UserAccount::getDisplayName)
                    .orElseThrow(() -> new BusinessRuleException("user.handoverNotColleague"));
        }
        return withdraw(account, signedInUser.getTenantId(), colleagueId, colleagueName, StaffChange.What.DEACTIVATED,
                colleagueName == null ? null : "→ " + colleagueName);
    }

    /**
     * Deactivates the account of the centre named, in the caller's transaction, hands its work over (to the colleague
     * named, or by the centre's rules) and traces it as {@code what}.
     */
    private StaffHandover withdraw(UserAccount account, long tenantId, Long colleagueId, String colleagueName,
                                   StaffChange.What what, String detail) {
        account.setActive(false);
        // The links mailed to them (an invitation not yet accepted, a password reset) stop working for good: a
        // reactivated account is sent a new invitation rather than finding an old link alive again.
        tokens.useAllOf(account.getId());
        // Written before the observers read who is active, so that none chooses the person leaving.
        accounts.flush();
        StaffHandover handover = StaffHandover.handOver(tenantId, account.getId(), colleagueId, colleagueName,
                clock.instant());
        handovers.fire(handover);
        changes.record(StaffChange.Subject.ACCOUNT, account.getId(), what, detail);
        return handover;
    }

    @Transactional
    public void reactivate(long userId, long expectedVersion) {
        findForChange(userId, expectedVersion).setActive(true);
        changes.record(StaffChange.Subject.ACCOUNT, userId, StaffChange.What.REACTIVATED, null);
    }

    private UserAccount findForChange(long userId, long expectedVersion) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        // Two admins changing each other's role, or deactivating each other, at the same moment: each change alone is
        // allowed, both together leave the centre with nobody to administer it. The centre's admins are locked first,
        // in one order, so that the second change waits for the first and finds whether its author is still one.
        boolean stillAdministrator = accounts.lockActiveAdministrators().stream()
                .anyMatch(admin -> admin.getId().equals(signedInUser.getUserId()));
        if (!stillAdministrator) {
            throw new BusinessRuleException("user.noLongerAdministrator");
        }
        UserAccount account = find(userId);
        if (account.getId().equals(signedInUser.getUserId())) {
            throw new BusinessRuleException("user.cannotChangeSelf");
        }
        if (account.getVersion() != expectedVersion) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
        return account;
    }

    /** What an admin types to invite someone. */
    public record Invitation(String email, String displayName, Role role, Locale locale) {
    }

    /**
     * A centre's administrator invited by the platform's admin: the account, and whether it was one invited before
     * whose invitation was sent again rather than a new one.
     */
    public record AdministratorInvited(UserAccount account, boolean sentAgain) {
    }
}
