package ca.tremplin.security;

import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantKind;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Creates the first platform admin of a real deployment from {@code TREMPLIN_ADMIN_EMAIL} and
 * {@code TREMPLIN_ADMIN_PASSWORD}, once, when no platform admin exists yet. There is no built-in default
 * password: without these variables, nobody can sign in until they are set (or demo data is loaded).
 */
@ApplicationScoped
public class FirstPlatformAdmin {

    private static final Logger LOG = Logger.getLogger(FirstPlatformAdmin.class.getName());

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    TenantRepository tenants;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AccountProvisioning provisioning;

    public void createFromEnvironmentIfMissing() {
        String email = System.getenv("TREMPLIN_ADMIN_EMAIL");
        String password = System.getenv("TREMPLIN_ADMIN_PASSWORD");
        if (email == null || email.isBlank() || password == null) {
            return;
        }
        String weakness = PasswordHasher.weaknessOf(password, email);
        if (weakness != null) {
            LOG.severe("TREMPLIN_ADMIN_PASSWORD is refused (" + weakness + "); no platform admin was created");
            return;
        }
        long coordinationId = tenancy.acrossAllTenants(() -> tenants.findCoordination()
                .orElseGet(this::createCoordination).getId());
        tenancy.asTenant(coordinationId, () -> {
            if (accounts.countActiveWithRole(Role.PLATFORM_ADMIN) == 0) {
                provisioning.createWithPasswordHash(email, "Administration", Role.PLATFORM_ADMIN, Languages.FRENCH,
                        provisioning.hash(password));
                LOG.info("First platform admin created from the environment");
            }
        });
    }

    private Tenant createCoordination() {
        Tenant coordination = new Tenant();
        coordination.setSlug("coordination");
        coordination.setKind(TenantKind.COORDINATION);
        coordination.setNameFr("Coordination du recrutement international");
        coordination.setNameEn("International Recruitment Coordination");
        coordination.setRegion(QuebecRegion.CAPITALE_NATIONALE);
        em.persist(coordination);
        return coordination;
    }
}
