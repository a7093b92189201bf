package ca.tremplin.security;

import ca.tremplin.kernel.AccessDeniedException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Who is signed in, for the length of their session: ids and names only, never an entity. The tenant filter
 * refreshes it from the database on each request, so a deactivated account takes effect at once, and a changed
 * role ends the session (the pages' security keeps the role of the sign-in), the person signing in again with it.
 */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long userId;
    private Long tenantId;
    private String tenantSlug;
    private String tenantNameFr;
    private String tenantNameEn;
    private boolean coordination;
    private Role role;
    private String displayName;
    private java.util.Locale preferredLocale;
    /** The password this session signed in with ({@link UserAccount#credentialStamp}), kept from sign-in on. */
    private String credentialStamp;

    void refresh(UserAccount account, ca.tremplin.tenant.Tenant tenant) {
        this.userId = account.getId();
        this.tenantId = tenant.getId();
        this.tenantSlug = tenant.getSlug();
        this.tenantNameFr = tenant.getNameFr();
        this.tenantNameEn = tenant.getNameEn();
        this.coordination = tenant.isCoordination();
        this.role = account.getRole();
        this.displayName = account.getDisplayName();
        this.preferredLocale = account.locale();
    }

    /**
     * A centre renamed by its admin during this request: its new names in the page's header at once, in the answer to
     * the save itself (the header is refreshed from the database only at the next request). Another centre, which the
     * platform's admin edits, leaves the header as it is.
     */
    public void centreRenamed(long centreId, String nameFr, String nameEn) {
        if (tenantId != null && tenantId == centreId) {
            tenantNameFr = nameFr;
            tenantNameEn = nameEn;
        }
    }

    /** The role the server's security gave this session at sign-in, which its pages' constraints keep. */
    private Role signedInRole;

    /** At sign-in: which password this session was opened with, and with which role. */
    void rememberCredentials(String stamp, Role role) {
        this.credentialStamp = stamp;
        this.signedInRole = role;
    }

    /**
     * Whether the account's role is no longer the one this session signed in with. The pages' security constraints
     * keep the role of the sign-in for the whole session: a promotion would show its menu and be refused its pages,
     * so a session whose role changed is ended, and the person signs in again with the new one.
     */
    boolean roleChangedSinceSignIn(UserAccount account) {
        return signedInRole != null && signedInRole != account.getRole();
    }

    /**
     * Whether the account still has the password this session signed in with: a password changed or reset since,
     * from anywhere, ends every session opened before.
     */
    boolean credentialsStillValid(UserAccount account) {
        return credentialStamp != null && credentialStamp.equals(account.credentialStamp());
    }

    void clear() {
        credentialStamp = null;
        signedInRole = null;
        userId = null;
        tenantId = null;
        tenantSlug = null;
        tenantNameFr = null;
        tenantNameEn = null;
        coordination = false;
        role = null;
        displayName = null;
        preferredLocale = null;
    }

    public boolean isSignedIn() {
        return userId != null;
    }

    public boolean hasRole(Role... roles) {
        return role != null && Arrays.asList(roles).contains(role);
    }

    public boolean isPlatformAdmin() {
        return hasRole(Role.PLATFORM_ADMIN);
    }

    public boolean isCssAdmin() {
        return hasRole(Role.CSS_ADMIN);
    }

    public boolean isTenantAdmin() {
        return hasRole(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }

    /** Stops the use case unless the signed-in person has one of these roles. */
    public void require(Role... roles) {
        if (!hasRole(roles)) {
            throw new AccessDeniedException("Requires one of " + Arrays.toString(roles));
        }
    }

    public Long getUserId() {
        return userId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getTenantSlug() {
        return tenantSlug;
    }

    public String tenantName(java.util.Locale locale) {
        return ca.tremplin.kernel.Languages.isEnglish(locale) ? tenantNameEn : tenantNameFr;
    }

    public boolean isCoordination() {
        return coordination;
    }

    public Role getRole() {
        return role;
    }

    public java.util.Locale getPreferredLocale() {
        return preferredLocale;
    }

    public String getDisplayName() {
        return displayName;
    }
}
