package ca.tremplin.security;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The users page of the admin's own tenant: a table paged and sorted in SQL, and the invitation form. */
@Named
@ViewScoped
public class UserListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private String filter;
    private LazyDataModel<UserRow> users;

    @NotBlank
    @Email(regexp = ca.tremplin.kernel.EmailAddresses.PATTERN)
    @Size(max = 254)
    private String inviteEmail;

    @NotBlank
    @Size(max = 200)
    private String inviteName;

    @NotNull
    private Role inviteRole = Role.RECRUITER;

    @NotNull
    private String inviteLanguage = "fr";

    @PostConstruct
    void init() {
        users = new UsersModel();
    }

    public void invite() {
        UserAdministration.Invitation invitation = new UserAdministration.Invitation(inviteEmail, inviteName,
                inviteRole, Languages.fromTag(inviteLanguage));
        try {
            try {
                administration.invite(invitation);
            } catch (RuntimeException failed) {
                // The same invitation sent twice at once (a double click): the database refused the second one's
                // account, which the first one had just written. Its invitation is sent: said so, as for the first.
                if (failed instanceof BusinessRuleException || !ca.tremplin.kernel.RolledBackRetries.raced(failed)) {
                    throw failed;
                }
            }
            messages.info("user.invited", inviteEmail);
            inviteEmail = null;
            inviteName = null;
            inviteRole = Role.RECRUITER;
        } catch (ca.tremplin.kernel.RateLimitedException limited) {
            messages.rateLimited(limited);
        } catch (BusinessRuleException broken) {
            if (broken.messageKey().startsWith("user.emailTakenBy")) {
                // The account the address already is: the list above shows it, to open and reactivate.
                filter = UserAccount.normalizeEmail(inviteEmail);
            }
            messages.explain(broken, "invite:email");
        }
    }

    public Set<Role> getAssignableRoles() {
        return administration.assignableRoles();
    }

    /**
     * Pages, sorts and filters in the database; never loads the whole list. The page it shows is kept with the view,
     * in the session: rows, not accounts ({@link UserRow}).
     */
    private final class UsersModel extends LazyDataModel<UserRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(filter);
        }

        @Override
        public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return administration.page(filter, first, pageSize, field, ascending);
        }

        @Override
        public String getRowKey(UserRow account) {
            return String.valueOf(account.id());
        }

        @Override
        public UserRow getRowData(String rowKey) {
            return null;
        }
    }

    public LazyDataModel<UserRow> getUsers() {
        return users;
    }

    public String getFilter() {
        return filter;
    }

    /** Whether the search box narrows the list (an empty one then offers to clear it). */
    public boolean isFiltered() {
        return filter != null && !filter.isBlank();
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public Role getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(Role inviteRole) {
        this.inviteRole = inviteRole;
    }

    public String getInviteLanguage() {
        return inviteLanguage;
    }

    public void setInviteLanguage(String inviteLanguage) {
        this.inviteLanguage = inviteLanguage;
    }
}
