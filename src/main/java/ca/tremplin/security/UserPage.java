package ca.tremplin.security;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * One staff account of the admin's tenant ({@code /admin/user.xhtml?id=...}). An id of another tenant's
 * account is not found: the page answers 404, exactly as for an id that does not exist.
 */
@Named
@ViewScoped
public class UserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    SignedInUser signedInUser;

    @Inject
    PageMessages messages;

    @Inject
    StaffChanges changes;

    private Long id;
    private UserAccount account;
    private Role newRole;
    private StaffHandover work;
    private java.util.Map<Long, String> colleagues = java.util.Map.of();
    private Long colleagueId;
    private transient List<StaffChange> history;
    private transient java.util.Map<Long, String> actors;

    /** View action: loads the account or fails with "not found". */
    public void load() {
        if (id == null) {
            throw new ca.tremplin.kernel.NotFoundException("user without id");
        }
        account = administration.find(id);
        newRole = account.getRole();
        refreshWork();
    }

    public void changeRole() {
        act(() -> administration.changeRole(account.getId(), newRole, account.getVersion()), "user.roleChanged");
    }

    public void deactivate() {
        String name = account.getDisplayName();
        try {
            StaffHandover handover = administration.deactivate(account.getId(), account.getVersion(), colleagueId);
            messages.info("user.deactivated", name);
            // What they held, said exactly: only the kinds held, each with its count.
            for (HandoverReport.Line line : HandoverReport.of(handover, messages.locale())) {
                messages.info(line.key(), line.args());
            }
        } catch (ca.tremplin.kernel.RateLimitedException limited) {
            messages.rateLimited(limited);
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
            refreshAfterRefusal();
            return;
        }
        account = administration.find(account.getId());
        newRole = account.getRole();
        refreshWork();
    }

    /**
     * A deactivation refused (the account changed meanwhile, the admin's own role changed, the colleague left): the
     * page shows the account as it stands now, with the colleague the admin chose still chosen while they can take the
     * work over — the next press must not hand it to the centre's rules without the admin seeing it.
     */
    private void refreshAfterRefusal() {
        Long chosen = colleagueId;
        account = administration.find(account.getId());
        newRole = account.getRole();
        refreshWork();
        if (chosen != null && colleagues.containsKey(chosen)) {
            colleagueId = chosen;
        }
    }

    public void reactivate() {
        act(() -> administration.reactivate(account.getId(), account.getVersion()), "user.reactivated");
    }

    public void resendInvitation() {
        act(() -> administration.resendInvitation(account.getId()), "user.invitationResent");
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            messages.info(doneKey, account.getDisplayName());
        } catch (ca.tremplin.kernel.RateLimitedException limited) {
            // The address was sent its invitations for the hour: when to try again, not "something went wrong".
            messages.rateLimited(limited);
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        account = administration.find(account.getId());
        newRole = account.getRole();
        refreshWork();
    }

    /** Who invited, changed, deactivated or reactivated this account, and when (the page's admin reads it). */
    public List<StaffChange> getHistory() {
        if (history == null) {
            history = changes.ofAccount(account.getId());
            actors = changes.actorNames(history);
        }
        return history;
    }

    /** The name of who made a change; "—" for the system or an account since removed. */
    public String actorName(Long actorId) {
        getHistory();
        return actorId == null ? MissingValue.MARK : actors.getOrDefault(actorId, MissingValue.MARK);
    }

    /** What the person holds now, and who could take it over, shown beside the deactivation. */
    private void refreshWork() {
        history = null;
        if (account.isActive() && !isSelf()) {
            work = administration.workHeldBy(account.getId());
            colleagues = administration.colleaguesOf(account.getId()).stream()
                    .collect(java.util.stream.Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName,
                            (a, b) -> a, java.util.LinkedHashMap::new));
        } else {
            work = null;
            colleagues = java.util.Map.of();
        }
        colleagueId = null;
    }

    public StaffHandover getWork() {
        return work;
    }

    /** The deactivation's question's title, naming the person. */
    public String getDeactivationHeader() {
        return ca.tremplin.kernel.Messages.get(messages.locale(), "user.deactivateConfirm.header",
                account.getDisplayName());
    }

    /**
     * The question the deactivation asks first: whom, what they hold and where it goes (the colleague chosen, or the
     * centre's rules), and that reactivating them gives none of it back.
     */
    public String getDeactivationQuestion() {
        return HandoverReport.question(account.getDisplayName(), work,
                colleagueId == null ? null : colleagues.get(colleagueId),
                messages.locale());
    }

    public int held(String kind) {
        return work == null ? 0 : work.count(StaffHandover.Work.valueOf(kind));
    }

    public java.util.Map<Long, String> getColleagues() {
        return colleagues;
    }

    public Long getColleagueId() {
        return colleagueId;
    }

    public void setColleagueId(Long colleagueId) {
        this.colleagueId = colleagueId;
    }

    public boolean isSelf() {
        return account != null && account.getId().equals(signedInUser.getUserId());
    }

    public Set<Role> getAssignableRoles() {
        return administration.assignableRoles();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }
}
