package ca.tremplin.security;

import ca.tremplin.tenant.TenantPermissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tenant permissions of the person signed in. */
@ApplicationScoped
public class SignedInTenantPermissions implements TenantPermissions {

    @Inject
    SignedInUser signedInUser;

    @Override
    public boolean isPlatformAdmin() {
        return signedInUser.isPlatformAdmin();
    }

    @Override
    public boolean mayEdit(long tenantId) {
        return signedInUser.isPlatformAdmin()
                || (signedInUser.hasRole(Role.CSS_ADMIN) && Long.valueOf(tenantId).equals(signedInUser.getTenantId()));
    }
}
