package ca.tremplin.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads logos for the public logo address. */
@ApplicationScoped
public class TenantLogos {

    @Inject
    TenantRepository tenants;

    @Transactional
    public Optional<byte[]> find(long tenantId) {
        return tenants.logo(tenantId);
    }
}
