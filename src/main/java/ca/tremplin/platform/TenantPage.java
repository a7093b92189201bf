package ca.tremplin.platform;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.security.Role;
import ca.tremplin.security.UserAdministration;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantPermissions;
import ca.tremplin.tenant.TenantService;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * Creates or edits one tenant ({@code /admin/tenant.xhtml}, with {@code ?id=} to edit). The platform admin
 * may edit any; a CSS admin only their own, and another id answers 404.
 */
@Named
@ViewScoped
public class TenantPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantService tenantService;

    @Inject
    TenantPermissions permissions;

    @Inject
    UserAdministration users;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    @Inject
    ca.tremplin.security.SignedInUser signedInUser;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    private transient java.util.List<ca.tremplin.security.StaffChange> history;
    private transient java.util.Map<Long, String> actors;

    private Long id;
    private Tenant tenant;
    /**
     * The centre's names as saved, which its heading shows: a save refused (a name another centre has) leaves the
     * typed names in the form, not in the heading.
     */
    private String savedNameFr;
    private String savedNameEn;
    private transient UploadedFile logo;

    @Email(regexp = ca.tremplin.kernel.EmailAddresses.PATTERN)
    @Size(max = 254)
    private String adminEmail;

    private String adminLanguage = "fr";

    /** As long as an account's name may be (its column): a longer one is said beside the field, the form kept. */
    @NotBlank
    @Size(max = 200)
    private String adminName;

    /**
     * The centre's administrators as the page shows them (platform's admin only), with the versions its buttons act
     * on; read again after each change.
     */
    private java.util.List<ca.tremplin.security.UserAccount> administrators;

    public void load() {
        if (id == null && !permissions.isPlatformAdmin() && signedInUser.getTenantId() != null) {
            id = signedInUser.getTenantId(); // without an id, a centre's admin means their own centre
        }
        if (id == null) {
            permissions.requirePlatformAdmin();
            tenant = new Tenant();
        } else {
            tenant = tenantService.find(id);
            rememberSavedNames();
        }
    }

    private void rememberSavedNames() {
        savedNameFr = tenant.getNameFr();
        savedNameEn = tenant.getNameEn();
    }

    /**
     * The page's heading and its tab's title: the centre's name as saved, in the reader's language, updated by the
     * save's own answer (tenant.xhtml) as the header's name is.
     */
    public String getHeading() {
        if (isCreating()) {
            return ca.tremplin.kernel.Messages.get(language.getLocale(), "tenants.new");
        }
        return Languages.isEnglish(language.getLocale()) ? savedNameEn : savedNameFr;
    }

    public void save() throws IOException {
        try {
            boolean creating = tenant.getId() == null;
            tenant = creating ? tenantService.create(tenant) : tenantService.update(tenant);
            rememberSavedNames();
            signedInUser.centreRenamed(tenant.getId(), tenant.getNameFr(), tenant.getNameEn());
            history = null;
            messages.info(creating ? "tenant.created" : "tenant.saved", tenant.localizedName(language.getLocale()));
            if (creating) {
                messages.keepForNextPage();
                FacesContext.getCurrentInstance().getExternalContext()
                        .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                                + "/admin/tenant.xhtml?id=" + tenant.getId());
            }
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    public void toggleActive() {
        try {
            tenantService.setActive(tenant.getId(), !tenant.isActive());
            tenant = tenantService.find(tenant.getId());
            rememberSavedNames();
            history = null;
            messages.info(tenant.isActive() ? "tenant.reactivated" : "tenant.deactivated",
                    tenant.localizedName(language.getLocale()));
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    /** The key of the logo form's own messages (tenant.xhtml): shown there, left out of the page's main list. */
    static final String LOGO_MESSAGES = "logo";

    /** The largest logo the page lets go ({@code resources/js/file-limits.js}), and what it says of a larger one. */
    public long getMaxLogoBytes() { return ca.tremplin.tenant.LogoImages.LOGO.maxUploadBytes(); }

    public String getLogoTooLarge() {
        return ca.tremplin.tenant.LogoImages.LOGO.tooLargeWhenChosen(language.getLocale());
    }

    public void uploadLogo() throws IOException {
        if (logo == null || logo.getSize() == 0) {
            messages.errorAt(LOGO_MESSAGES, "logo.empty");
            return;
        }
        try {
            tenantService.replaceLogo(tenant.getId(), logo.getContent());
            messages.infoAt(LOGO_MESSAGES, "logo.saved");
            // Back to this tenant's address (the upload was a full post), with the message carried over.
            messages.keepForNextPage();
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/admin/tenant.xhtml?id=" + tenant.getId());
        } catch (BusinessRuleException broken) {
            messages.explain(broken, LOGO_MESSAGES);
        }
    }

    /**
     * Who created the centre, edited its profile (which fields), replaced its logo, closed or reopened it, and when:
     * the coordinating organisation and the centre's admins read one history.
     */
    public java.util.List<ca.tremplin.security.StaffChange> getHistory() {
        if (history == null) {
            history = tenant.getId() == null ? java.util.List.of() : changes.ofCentre(tenant.getId());
            actors = changes.actorNames(history);
        }
        return history;
    }

    /** The name of who made a change; "—" for the system or an account since removed. */
    public String actorName(Long actorId) {
        getHistory();
        return actorId == null ? MissingValue.MARK : actors.getOrDefault(actorId, MissingValue.MARK);
    }

    public void inviteAdministrator() {
        try {
            boolean sentAgain;
            try {
                sentAgain = users.inviteTenantAdministrator(tenant.getId(), new UserAdministration.Invitation(
                        adminEmail, adminName, Role.CSS_ADMIN, Languages.fromTag(adminLanguage))).sentAgain();
            } catch (RuntimeException failed) {
                // The same invitation sent twice at once (a double click): the database refused the second one's
                // account, which the first one had just written. Its invitation is sent: said so, as for the first.
                if (failed instanceof BusinessRuleException || !ca.tremplin.kernel.RolledBackRetries.raced(failed)) {
                    throw failed;
                }
                sentAgain = false;
            }
            messages.info(sentAgain ? "tenant.adminInvitedAgain" : "user.invited", adminEmail);
            adminEmail = null;
            adminName = null;
        } catch (ca.tremplin.kernel.RateLimitedException limited) {
            messages.rateLimited(limited);
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        administrators = null;
    }

    /**
     * The centre's administrators, joined or invited, for the platform's admin, who names them from here: the
     * coordination's own list of users does not hold them.
     */
    public java.util.List<ca.tremplin.security.UserAccount> getAdministrators() {
        if (administrators == null) {
            administrators = isPlatformAdmin() && !isCreating() && !tenant.isCoordination()
                    ? users.centreAdministratorsAcrossTenants(tenant.getId()) : java.util.List.of();
            sameAddress = null;
        }
        return administrators;
    }

    /** The other accounts at each account's address once kept as a key, in any tenant; read once per list shown. */
    private transient java.util.Map<Long, java.util.List<ca.tremplin.security.AccountAddress>> sameAddress;

    /** Another account at an administrator's address, as the page names it and where it opens. */
    public record SameAddressAs(String displayName, String email, String address) {
    }

    /**
     * The other accounts at the administrator's address once kept as a key: signing in opens only one of them. One of
     * the coordination's opens its account's page, a centre's that centre's page, at the account's line when it is
     * one of the centre's administrators.
     */
    public java.util.List<SameAddressAs> sameAddressAs(ca.tremplin.security.UserAccount administrator) {
        if (sameAddress == null) {
            sameAddress = users.sameAddressAcrossTenants();
        }
        return sameAddress.getOrDefault(administrator.getId(), java.util.List.of()).stream()
                .map(other -> new SameAddressAs(other.displayName(), other.email(),
                        java.util.Objects.equals(signedInUser.getTenantId(), other.tenantId())
                                ? "/admin/user.xhtml?id=" + other.id()
                                : "/admin/tenant.xhtml?id=" + other.tenantId() + "#centre-admin-" + other.id()))
                .toList();
    }

    /** Where an administrator stands: joined, invited, invitation cancelled, or deactivated after joining. */
    public String statusOf(ca.tremplin.security.UserAccount administrator) {
        return administrator.statusKey();
    }

    /** Whether the administrator's invitation is still waiting: it may be sent again, or cancelled. */
    public boolean isInvitationPending(ca.tremplin.security.UserAccount administrator) {
        return administrator.isActive() && !administrator.hasPassword();
    }

    /** The question the cancelling asks first, naming whose invitation and to which address. */
    public String cancelQuestion(ca.tremplin.security.UserAccount administrator) {
        return ca.tremplin.kernel.Messages.get(language.getLocale(), "tenant.adminCancelConfirm",
                administrator.getDisplayName(), administrator.getEmail());
    }

    public void resendAdministratorInvitation(long userId) {
        ca.tremplin.security.UserAccount administrator = shownAdministrator(userId);
        try {
            users.resendCentreAdministratorInvitation(tenant.getId(), userId);
            messages.info("user.invitationResent", administrator.getEmail());
        } catch (ca.tremplin.kernel.RateLimitedException limited) {
            messages.rateLimited(limited);
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        administrators = null;
    }

    public void cancelAdministratorInvitation(long userId) {
        ca.tremplin.security.UserAccount administrator = shownAdministrator(userId);
        try {
            users.cancelCentreAdministratorInvitation(tenant.getId(), userId, administrator.getVersion());
            messages.info("tenant.adminCancelled", administrator.getEmail());
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        } catch (RuntimeException failed) {
            // Cancelled twice at once (two tabs, a double click): the database refused the second.
            if (!ca.tremplin.kernel.RolledBackRetries.raced(failed)) {
                throw failed;
            }
            messages.error("conflict.modifiedMeanwhile");
        }
        administrators = null;
    }

    /** The administrator as this page showed them, whose version the change is checked against; or not found. */
    private ca.tremplin.security.UserAccount shownAdministrator(long userId) {
        return getAdministrators().stream().filter(shown -> shown.getId() == userId).findFirst()
                .orElseThrow(() -> new ca.tremplin.kernel.NotFoundException("user " + userId));
    }

    /** The language the invitation is written in, and the new administrator's pages open in. */
    public String getAdminLanguage() {
        return adminLanguage;
    }

    public void setAdminLanguage(String adminLanguage) {
        this.adminLanguage = "en".equals(adminLanguage) ? "en" : "fr";
    }

    public QuebecRegion[] getRegions() {
        return QuebecRegion.values();
    }

    public boolean isPlatformAdmin() {
        return permissions.isPlatformAdmin();
    }

    public boolean isCreating() {
        return tenant != null && tenant.getId() == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Tenant getTenant() {
        return tenant;
    }

    public UploadedFile getLogo() {
        return logo;
    }

    public void setLogo(UploadedFile logo) {
        this.logo = logo;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }
}
