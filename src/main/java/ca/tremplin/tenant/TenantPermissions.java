package ca.tremplin.tenant;

/**
 * Who may manage which tenant. Implemented by the security feature (which knows who is signed in), so that
 * the tenant feature does not depend on it.
 */
public interface TenantPermissions {

    boolean isPlatformAdmin();

    /** The platform admin may edit any tenant; a CSS admin only their own. */
    boolean mayEdit(long tenantId);

    default void requirePlatformAdmin() {
        if (!isPlatformAdmin()) {
            throw new ca.tremplin.kernel.AccessDeniedException("Platform admin only");
        }
    }
}
