package ca.tremplin.security;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Finds the account behind a signed-in principal, whatever its tenant: the tenant is what we are trying to
 * learn, so this lookup crosses tenants on purpose.
 */
@ApplicationScoped
public class StaffDirectory {

    @Inject
    Tenancy tenancy;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TenantRepository tenants;

    /** The account and its tenant, if both are still active. */
    public Optional<ActiveStaff> findActiveAcrossAllTenants(long userId) {
        return tenancy.acrossAllTenants(() -> accounts.findById(userId)
                .filter(UserAccount::isActive)
                .flatMap(account -> tenants.findById(account.getTenantId())
                        .filter(Tenant::isActive)
                        .map(tenant -> new ActiveStaff(account, tenant))));
    }

    public record ActiveStaff(UserAccount account, Tenant tenant) {
    }
}
