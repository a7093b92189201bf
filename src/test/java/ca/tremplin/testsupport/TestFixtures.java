package ca.tremplin.testsupport;

import ca.tremplin.kernel.Languages;
import ca.tremplin.security.AccountProvisioning;
import ca.tremplin.security.Role;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Builds test data inside the server through the application's own services, each test with tenants and
 * accounts of its own (unique slugs and e-mails), so tests never depend on each other or on the demo data.
 */
@ApplicationScoped
public class TestFixtures {

    public static final String PASSWORD = "correct horse battery staple";

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AccountProvisioning provisioning;

    private String passwordHash;

    public Tenant newSchoolBoard(String label) {
        String unique = label + "-" + UUID.randomUUID().toString().substring(0, 8);
        return tenancy.acrossAllTenants(() -> {
            Tenant tenant = new Tenant();
            tenant.setSlug("test-" + unique);
            tenant.setNameFr("Centre de services scolaire " + unique);
            tenant.setNameEn(unique + " School Service Centre");
            tenant.setRegion(QuebecRegion.MAURICIE);
            em.persist(tenant);
            return tenant;
        });
    }

    public UserAccount newAccount(Tenant tenant, Role role) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@"
                + tenant.getSlug() + ".test";
        return tenancy.asTenant(tenant.getId(),
                () -> provisioning.createWithPasswordHash(email, "Amani Nyambura", role, Languages.FRENCH, hash()));
    }

    private synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = provisioning.hash(PASSWORD);
        }
        return passwordHash;
    }
}
