package ca.tremplin.demo;

import ca.tremplin.kernel.Languages;
import ca.tremplin.security.AccountProvisioning;
import ca.tremplin.security.Role;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates realistic data: school service centres in different regions with French names, staff of every
 * role with names from many countries. Deterministic (fixed seed), so demo accounts are always the same.
 *
 * <p>Demo accounts (all with {@link #DEMO_PASSWORD}): {@code admin@coordination.demo} (platform admin),
 * {@code admin@SLUG.demo} (CSS admin of each centre) and {@code recruteur1@SLUG.demo}... (recruiters).
 */
@ApplicationScoped
public class DemoDataGenerator {

    public static final String DEMO_PASSWORD = "Tremplin-demo-2026";

    /** How much to generate. Benchmarks use larger scales than the demo. */
    public enum Scale {
        DEMO(0, 3, 25, -1, OfferDemoData.OFFERS_PER_SCHOOL_BOARD),
        /** 40 school service centres, 10,000 programs, 30,000 intakes, 20,000 offers: the benchmarks' data. */
        BENCHMARK(34, 6, 250, 3, 500);

        final int extraSchoolBoards;
        final int recruitersPerSchoolBoard;
        final int programsPerSchoolBoard;
        final int intakesPerProgram;
        final int offersPerSchoolBoard;

        Scale(int extraSchoolBoards, int recruitersPerSchoolBoard, int programsPerSchoolBoard, int intakesPerProgram,
              int offersPerSchoolBoard) {
            this.offersPerSchoolBoard = offersPerSchoolBoard;
            this.extraSchoolBoards = extraSchoolBoards;
            this.recruitersPerSchoolBoard = recruitersPerSchoolBoard;
            this.programsPerSchoolBoard = programsPerSchoolBoard;
            this.intakesPerProgram = intakesPerProgram;
        }
    }

    public record Summary(int tenants, int accounts, int programs, int offers, int inquiries, int events) {
    }

    record SchoolBoard(String slug, String nameFr, String nameEn, QuebecRegion region, String city) {
    }

    /** The coordinating organisation, a tenant of its own. */
    static final SchoolBoard COORDINATION = new SchoolBoard("coordination", "Coordination du recrutement international",
            "International Recruitment Coordination", QuebecRegion.CAPITALE_NATIONALE, "Québec");

    static final List<SchoolBoard> SCHOOL_BOARDS = List.of(
            new SchoolBoard("css-du-fjord", "Centre de services scolaire du Fjord",
                    "Fjord School Service Centre", QuebecRegion.SAGUENAY_LAC_SAINT_JEAN, "Saguenay"),
            new SchoolBoard("css-des-deux-rives", "Centre de services scolaire des Deux-Rives",
                    "Deux-Rives School Service Centre", QuebecRegion.CAPITALE_NATIONALE, "Québec"),
            new SchoolBoard("css-de-la-metropole", "Centre de services scolaire de la Métropole",
                    "Métropole School Service Centre", QuebecRegion.MONTREAL, "Montréal"),
            new SchoolBoard("css-des-monts-boises", "Centre de services scolaire des Monts-Boisés",
                    "Monts-Boisés School Service Centre", QuebecRegion.LAURENTIDES, "Mont-Laurier"),
            new SchoolBoard("css-de-la-baie-des-sept-vents", "Centre de services scolaire de la Baie-des-Sept-Vents",
                    "Baie-des-Sept-Vents School Service Centre", QuebecRegion.COTE_NORD, "Sept-Îles"),
            new SchoolBoard("css-des-cantons-de-l-est", "Centre de services scolaire des Cantons-de-l'Est",
                    "Eastern Townships School Service Centre", QuebecRegion.ESTRIE, "Sherbrooke"));

    /** Staff names as people write them: Québécois, and from the many countries staff come from. */
    static final String[] STAFF_NAMES = {
        "Marie-Ève Tremblay", "Jean-François Gagnon", "Nadia Bouchard", "Mamadou Diallo", "Sophie Côté",
        "Nguyễn Thị Lan", "Karim Benali", "Isabelle Lévesque", "Carlos Hernández", "Aïcha Traoré",
        "Olivier Bélanger", "Priya Raman", "Émilie Pelletier", "Wang Fang", "Rodrigue Ndayishimiye",
        "Geneviève Fortin", "Yasmine El Amrani", "Mathieu Bergeron", "Ana Lúcia Ferreira", "Kofi Mensah",
        "Chloé Morin", "Dmitri Volkov", "Fatoumata Keïta", "Louis-Philippe Roy", "Mei-Ling Chen",
        "Stéphanie Gauthier", "Oumar Sow", "Valérie Ouellet", "Jorge Ramírez", "Hélène Nadeau"};

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    CatalogDemoData catalog;

    @Inject
    OfferDemoData offerBoard;

    @Inject
    InquiryDemoData inquiryDemo;

    @Inject
    PipelineDemoData pipelineDemo;

    @Inject
    EventDemoData eventDemo;

    @Inject
    CampaignDemoData campaignDemo;

    @Inject
    IncidentDemoData incidentDemo;

    @Inject
    ShowcaseDemoData showcaseDemo;

    @Inject
    java.time.Clock clock;

    public Summary generate(Scale scale) {
        Random random = new Random(20261126L);
        // Offers draw from a sequence of their own, so that the rest of the demo data does not depend on them.
        Random offerRandom = new Random(20261127L);
        String passwordHash = provisioning.hash(DEMO_PASSWORD);

        Tenant coordination = tenancy.acrossAllTenants(() -> persist(COORDINATION, TenantKind.COORDINATION));
        int accounts = tenancy.asTenant(coordination.getId(), () -> {
            provisioning.createWithPasswordHash("admin@coordination.demo", "Geneviève Fortin", Role.PLATFORM_ADMIN,
                    Languages.FRENCH, passwordHash);
            provisioning.createWithPasswordHash("recruteur@coordination.demo", "Mamadou Diallo", Role.RECRUITER,
                    Languages.FRENCH, passwordHash);
            return 2;
        });

        List<SchoolBoard> boards = new ArrayList<>(SCHOOL_BOARDS);
        QuebecRegion[] regions = QuebecRegion.values();
        for (int i = 0; i < scale.extraSchoolBoards; i++) {
            QuebecRegion region = regions[i % regions.length];
            String place = "Secteur " + (i + 1);
            boards.add(new SchoolBoard("css-secteur-" + (i + 1), "Centre de services scolaire du " + place,
                    place + " School Service Centre", region, place));
        }
        int tenants = 1;
        int programs = 0;
        int offers = 0;
        List<Tenant> schoolBoards = new ArrayList<>();
        for (SchoolBoard board : boards) {
            Tenant tenant = tenancy.acrossAllTenants(() -> persist(board, TenantKind.SCHOOL_BOARD));
            schoolBoards.add(tenant);
            tenants++;
            programs += tenancy.asTenant(tenant.getId(),
                    () -> catalog.fill(board.city(), board.region(), scale.programsPerSchoolBoard,
                            scale.intakesPerProgram, random));
            offers += tenancy.asTenant(tenant.getId(),
                    () -> offerBoard.fill(board.city(), board.region(), scale.offersPerSchoolBoard, offerRandom));
            accounts += tenancy.asTenant(tenant.getId(), () -> {
                provisioning.createWithPasswordHash("admin@" + board.slug() + ".demo", pick(random),
                        Role.CSS_ADMIN, Languages.FRENCH, passwordHash);
                for (int r = 1; r <= scale.recruitersPerSchoolBoard; r++) {
                    provisioning.createWithPasswordHash("recruteur" + r + "@" + board.slug() + ".demo", pick(random),
                            Role.RECRUITER, r % 3 == 0 ? Languages.ENGLISH : Languages.FRENCH, passwordHash);
                }
                return 1 + scale.recruitersPerSchoolBoard;
            });
        }
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        int inquiries = tenancy.acrossAllTenants(() -> inquiryDemo.fill(schoolBoards, now)
                + pipelineDemo.fill(schoolBoards.get(0), now));
        int events = tenancy.asTenant(schoolBoards.get(0).getId(),
                () -> eventDemo.fill(schoolBoards.get(1).getId(), now));
        tenancy.asTenant(schoolBoards.get(0).getId(), () -> scheduleWeeklyReport(now));
        tenancy.asTenant(schoolBoards.get(0).getId(), () -> incidentDemo.fill(em.createQuery(
                "select u.id from UserAccount u where u.email like 'admin@%'", Long.class).getSingleResult(), now));
        tenancy.asTenant(schoolBoards.get(0).getId(), () -> showcaseDemo.fill(schoolBoards.get(0).getId(), now));
        List<ca.tremplin.campaign.CampaignActivity> plan = tenancy.asTenant(schoolBoards.get(0).getId(),
                () -> campaignDemo.fillCentre(now));
        tenancy.asTenant(coordination.getId(), () -> campaignDemo.fillCoordination(schoolBoards.stream().limit(3)
                .map(Tenant::getId).collect(java.util.stream.Collectors.toSet()), now));
        Long mechanics = plan.stream().filter(a -> a.getTargetKind() == ca.tremplin.campaign.LinkTarget.PROGRAM)
                .map(ca.tremplin.campaign.CampaignActivity::getTargetId).findFirst().orElse(null);
        if (mechanics != null) {
            inquiries += tenancy.acrossAllTenants(() -> campaignDemo.requestsThrough(plan, mechanics, now));
        }
        return new Summary(tenants, accounts, programs, offers, inquiries, events);
    }

    /** The first centre's admin has the week's report by source sent every Monday to them and the first recruiter. */
    private void scheduleWeeklyReport(java.time.Instant now) {
        List<UserAccount> staff = em.createQuery("select u from UserAccount u where u.email like 'admin@%'"
                + " or u.email like 'recruteur1@%' order by u.email", UserAccount.class).getResultList();
        em.persist(new ca.tremplin.report.ReportSchedule("Demandes de la semaine par source",
                "counting=REACHED&breakdown=source", 1, java.time.DayOfWeek.MONDAY,
                ca.tremplin.report.ReportSchedule.FileFormat.XLSX,
                staff.stream().map(UserAccount::getId).collect(java.util.stream.Collectors.toSet()), false,
                staff.get(0).getId(), now, ca.tremplin.report.ReportSchedules.nextSending(java.time.DayOfWeek.MONDAY,
                        now)));
    }

    private Tenant persist(SchoolBoard board, TenantKind kind) {
        Tenant tenant = new Tenant();
        tenant.setSlug(board.slug());
        tenant.setKind(kind);
        tenant.setNameFr(board.nameFr());
        tenant.setNameEn(board.nameEn());
        tenant.setRegion(board.region());
        String domain = board.slug().replace("css-", "") + ".demo";
        tenant.setContactEmail("international@" + domain);
        tenant.setContactPhone("+1 418 555 0" + String.format(Locale.ROOT, "%03d", Math.abs(board.slug().hashCode()) % 1000));
        tenant.setWebsite("https://" + domain);
        tenant.setMailingAddress((100 + Math.abs(board.slug().hashCode()) % 900) + ", rue Principale\n"
                + board.city() + " (Québec)");
        // A person, with the title that makes them answerable (Law 25), as centres publish them.
        tenant.setPrivacyOfficerName(STAFF_NAMES[Math.abs(board.slug().hashCode()) % STAFF_NAMES.length]);
        tenant.setPrivacyOfficerTitle("Secrétariat général");
        tenant.setPrivacyOfficerTitleEn("General Secretariat");
        tenant.setPrivacyOfficerEmail("vie-privee@" + domain);
        em.persist(tenant);
        return tenant;
    }

    private static String pick(Random random) {
        return STAFF_NAMES[random.nextInt(STAFF_NAMES.length)];
    }
}
