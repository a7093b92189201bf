package ca.tremplin.testsupport;

import ca.tremplin.catalog.Centre;
import ca.tremplin.catalog.Intake;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.catalog.TrainingSector;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
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

    /** A program with both titles, in a sector, described with a word no other program uses. */
    public Program newProgram(Tenant tenant, ProgramType type, String code, String titleFr, String titleEn,
                              String sectorCode, String uniqueWord, boolean published) {
        return tenancy.asTenant(tenant.getId(), () -> {
            Centre centre = new Centre();
            centre.setName("Centre " + uniqueWord);
            centre.setCity("Trois-Rivières");
            centre.setRegion(tenant.getRegion());
            em.persist(centre);
            Program program = new Program();
            program.setType(type);
            program.setCode(code);
            program.setTitleFr(titleFr);
            program.setTitleEn(titleEn);
            program.setSector(em.find(TrainingSector.class, sectorCode));
            program.setDurationHours(900);
            program.setDurationMonths(10);
            program.setDescriptionFr("Formation " + uniqueWord + " en atelier.");
            program.setDescriptionEn("Training " + uniqueWord + " in a workshop.");
            program.setTuitionCad(new BigDecimal("12500"));
            program.setCentres(Set.of(centre));
            em.persist(program);
            if (published) {
                em.createQuery("update Program p set p.status = :published where p.id = :id")
                        .setParameter("published", ProgramStatus.PUBLISHED).setParameter("id", program.getId())
                        .executeUpdate();
            }
            return program;
        });
    }

    /** An open intake of the program, starting on the given date at the program's centre. */
    public void newIntake(Tenant tenant, Program program, LocalDate start) {
        tenancy.asTenant(tenant.getId(), () -> {
            Program managed = em.find(Program.class, program.getId());
            Intake intake = new Intake();
            intake.setProgram(managed);
            intake.setCentre(managed.getCentres().iterator().next());
            intake.setStartDate(start);
            intake.setSeats(20);
            intake.setInternationalSeats(5);
            em.persist(intake);
        });
    }

    private synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = provisioning.hash(PASSWORD);
        }
        return passwordHash;
    }
}
