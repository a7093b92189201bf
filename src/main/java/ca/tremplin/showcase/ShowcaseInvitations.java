package ca.tremplin.showcase;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.security.AccountTokens;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A centre's staff invite apprentices to post a profile: one person by e-mail (the link works once, for 30 days), or
 * a class with one link shown once to staff, limited in uses (up to 60) and days (up to 30). Tenant-filtered.
 */
@ApplicationScoped
public class ShowcaseInvitations {

    static final Duration PERSONAL_LIFE = Duration.ofDays(30);
    static final int MOST_CLASS_USES = 60;
    static final int MOST_CLASS_DAYS = 30;
    private static final Pattern EMAIL = Pattern.compile(ca.tremplin.kernel.EmailAddresses.ADDRESS);

    @Inject
    SignedInUser user;

    @Inject
    ShowcaseMail mail;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Transactional
    public void inviteByEmail(String email, Locale language) {
        requireStaff();
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new BusinessRuleException("showcase.error.emailInvalid");
        }
        String token = AccountTokens.newClearText();
        Instant now = clock.instant();
        em.persist(new ShowcaseInvitation(AccountTokens.sha256(token), InvitationKind.PERSONAL, null, 1,
                now.plus(PERSONAL_LIFE), user.getUserId(), now));
        mail.invitation(user.getTenantId(), address, language, token);
    }

    /** A class's link, returned once as a full address: only its hash is kept. */
    @Transactional
    public String createClassLink(String label, int uses, int days, Locale language) {
        requireStaff();
        if (uses < 1 || uses > MOST_CLASS_USES) {
            throw new BusinessRuleException("showcase.invitations.usesRange", MOST_CLASS_USES);
        }
        if (days < 1 || days > MOST_CLASS_DAYS) {
            throw new BusinessRuleException("showcase.invitations.daysRange", MOST_CLASS_DAYS);
        }
        String name = label == null || label.isBlank() ? null : label.strip();
        if (name != null && name.length() > 120) {
            throw new BusinessRuleException("showcase.error.tooLong");
        }
        String token = AccountTokens.newClearText();
        Instant now = clock.instant();
        em.persist(new ShowcaseInvitation(AccountTokens.sha256(token), InvitationKind.CLASS, name, uses,
                now.plus(Duration.ofDays(days)), user.getUserId(), now));
        return PublicAddress.of(ShowcasePaths.posting(token, language));
    }

    /**
     * Closes an invitation before its time — a class link shared beyond the class, on a public page — so that it
     * opens the form no more (it says it expired). Another centre's invitation is not found.
     */
    @Transactional
    public void close(long invitationId) {
        requireStaff();
        ShowcaseInvitation invitation = em.find(ShowcaseInvitation.class, invitationId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            throw new ca.tremplin.kernel.NotFoundException("invitation " + invitationId);
        }
        invitation.closeAt(clock.instant(), user.getUserId());
    }

    /**
     * An invitation as the list shows it: what it is, its uses, its expiry, whether it still opens the form, and, closed
     * by staff before its time, when and by whom ("—" for an account since removed).
     */
    public record Listed(long id, InvitationKind kind, String label, int uses, int maxUses, Instant expiresAt,
                         boolean open, Instant closedAt, String closedBy) implements java.io.Serializable {
    }

    /** How many invitations the centre made. */
    @Transactional
    public long count() {
        requireStaff();
        return em.createQuery("select count(i) from ShowcaseInvitation i", Long.class).getSingleResult();
    }

    /** A page of the centre's invitations, newest first, with who closed each one closed. */
    @Transactional
    public List<Listed> page(int first, int size) {
        requireStaff();
        Instant now = clock.instant();
        return em.createQuery("select i, u.displayName from ShowcaseInvitation i left join UserAccount u"
                        + " on u.id = i.closedBy order by i.createdAt desc, i.id desc", Object[].class)
                .setFirstResult(first).setMaxResults(size).getResultStream().map(row -> {
                    ShowcaseInvitation i = (ShowcaseInvitation) row[0];
                    return new Listed(i.getId(), i.getKind(), i.getLabel(), i.getUses(), i.getMaxUses(),
                            i.getExpiresAt(), i.isOpenAt(now), i.getClosedAt(),
                            i.getClosedBy() == null ? null : row[1] == null ? MissingValue.MARK : (String) row[1]);
                }).toList();
    }

    private void requireStaff() {
        user.require(Role.CSS_ADMIN, Role.RECRUITER);
    }
}
