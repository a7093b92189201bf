package ca.tremplin.tenant;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant a new session belongs to. Hibernate then adds {@code tenant_id = ?} to every
 * query on a {@code @TenantId} entity and fills that column on insert. The "all tenants" value is Hibernate's
 * root tenant: its sessions see every row; only {@link Tenancy} can bind it.
 */
public class CurrentTenantResolver implements CurrentTenantIdentifierResolver<Long> {

    @Override
    public Long resolveCurrentTenantIdentifier() {
        return TenantContext.currentTenantId();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(Long tenantId) {
        return tenantId != null && tenantId == TenantContext.ALL_TENANTS;
    }
}
