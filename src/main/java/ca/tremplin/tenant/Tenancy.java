package ca.tremplin.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The only door across the tenant boundary. Each call runs its work in a new transaction, hence a new
 * persistence context opened for the tenant named here; entities it returns are detached.
 *
 * <p>Use {@link #acrossAllTenants} for reads that are meant to span tenants (sign-in by e-mail, the public
 * catalogue, the coordinating organisation's views) and {@link #asTenant} when the platform acts inside one
 * tenant (creating a new CSS's first administrator).
 */
@ApplicationScoped
public class Tenancy {

    @Inject
    NewTransaction newTransaction;

    public <T> T acrossAllTenants(Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.enter(TenantContext.ALL_TENANTS)) {
            return newTransaction.run(work);
        }
    }

    public <T> T asTenant(long tenantId, Supplier<T> work) {
        if (tenantId <= 0) {
            throw new IllegalArgumentException("Not a tenant id: " + tenantId);
        }
        try (TenantContext.Scope ignored = TenantContext.enter(tenantId)) {
            return newTransaction.run(work);
        }
    }

    public void asTenant(long tenantId, Runnable work) {
        asTenant(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
