package ca.tremplin.testsupport;

import ca.tremplin.catalog.Centre;
import ca.tremplin.catalog.Intake;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.catalog.TrainingSector;
import ca.tremplin.kernel.Languages;
import ca.tremplin.offer.Offer;
import ca.tremplin.offer.OfferStatus;
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
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

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

    @Inject
    ca.tremplin.person.LeadFunnels funnels;

    @Inject
    ca.tremplin.inquiry.InquiryService inquiries;

    @Inject
    ca.tremplin.inquiry.InquiryRouter router;

    @Inject
    ca.tremplin.pipeline.LeadService leadService;

    private String passwordHash;

    public Tenant newSchoolBoard(String label) {
        String unique = label + "-" + UUID.randomUUID().toString().substring(0, 8);
        return tenancy.acrossAllTenants(() -> {
            Tenant tenant = new Tenant();
            tenant.setSlug("test-" + unique);
            tenant.setNameFr("Centre de services scolaire " + unique);
            tenant.setNameEn(unique + " School Service Centre");
            tenant.setRegion(QuebecRegion.MAURICIE);
            tenant.setContactEmail("info@" + unique + ".test");
            tenant.setMailingAddress("100, rue Principale\nTrois-Rivières (Québec)  G9A 1A1");
            em.persist(tenant);
            return tenant;
        });
    }

    public UserAccount newAccount(Tenant tenant, Role role) {
        return newAccount(tenant, role, Languages.FRENCH);
    }

    /** A member of staff who chose this language for the application. */
    public UserAccount newAccount(Tenant tenant, Role role, java.util.Locale language) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@"
                + tenant.getSlug() + ".test";
        return tenancy.asTenant(tenant.getId(),
                () -> provisioning.createWithPasswordHash(email, "Amani Nyambura", role, language, hash()));
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
        newIntake(tenant, program, start, null);
    }

    /** As {@link #newIntake(Tenant, Program, LocalDate)}, taking applications until {@code deadline}. */
    public void newIntake(Tenant tenant, Program program, LocalDate start, LocalDate deadline) {
        tenancy.asTenant(tenant.getId(), () -> {
            Program managed = em.find(Program.class, program.getId());
            Intake intake = new Intake();
            intake.setProgram(managed);
            intake.setCentre(managed.getCentres().iterator().next());
            intake.setStartDate(start);
            intake.setSeats(20);
            intake.setInternationalSeats(5);
            intake.setApplicationDeadline(deadline);
            em.persist(intake);
        });
    }

    /**
     * An offer of the tenant for two positions, described with a word no other offer uses, in the given
     * status (filled means every position taken). {@code details} adjusts the defaults (region, dates,
     * positions...) before the offer is saved; {@code linked} are programs of the same tenant.
     */
    public Offer newOffer(Tenant tenant, String employerName, String tradeFr, String tradeEn, String sectorCode,
                          String uniqueWord, OfferStatus status, Consumer<Offer> details, Program... linked) {
        return tenancy.asTenant(tenant.getId(), () -> {
            Offer offer = new Offer();
            offer.setEmployerName(employerName);
            offer.setEmployerSector(em.find(TrainingSector.class, sectorCode));
            offer.setCity("Trois-Rivières");
            offer.setRegion(tenant.getRegion());
            offer.setTradeFr(tradeFr);
            offer.setTradeEn(tradeEn);
            offer.setDescriptionFr("Poste " + uniqueWord + " en atelier, avec un compagnon.");
            offer.setDescriptionEn("Position " + uniqueWord + " in a workshop, with a journeyman.");
            offer.setPositions(2);
            offer.setHourlyWageCad(new BigDecimal("21.50"));
            offer.setStartDate(LocalDate.now().plusMonths(2));
            Set<Program> programs = new LinkedHashSet<>();
            for (Program program : linked) {
                programs.add(em.find(Program.class, program.getId()));
            }
            offer.setPrograms(programs);
            details.accept(offer);
            switch (status) {
                case DRAFT -> { }
                case FILLED -> {
                    offer.changeStatus(OfferStatus.OPEN);
                    offer.recordFilledPositions(offer.getPositions());
                }
                default -> offer.changeStatus(status);
            }
            em.persist(offer);
            return offer;
        });
    }

    public Offer newOffer(Tenant tenant, String employerName, String tradeFr, String tradeEn, String uniqueWord,
                          OfferStatus status) {
        return newOffer(tenant, employerName, tradeFr, tradeEn, "10", uniqueWord, status, offer -> { });
    }

    /** Takes a school service centre off the public pages, as the platform admin would. */
    public void deactivate(Tenant tenant) {
        tenancy.acrossAllTenants(() -> {
            em.find(Tenant.class, tenant.getId()).setActive(false);
            return null;
        });
    }

    /**
     * An information request submitted as a visitor submits it, once the router has routed it: the router starts
     * when the request is committed, and this routes it here unless the router has (waiting for it if it holds
     * the request), so that a test reads the routed request without waiting on a clock.
     */
    public ca.tremplin.inquiry.SubmissionReceipt submitted(ca.tremplin.inquiry.InquiryRequest request,
                                                           ca.tremplin.inquiry.SubmissionContext context) {
        ca.tremplin.inquiry.SubmissionReceipt receipt = inquiries.submit(request, context);
        router.route(receipt.inquiryId());
        return receipt;
    }

    /**
     * A lead of the tenant, created as in real life by an information request about the program (consenting to
     * be contacted, heard of at a fair), from an address of its own so that no submission limit is reached.
     */
    public ca.tremplin.person.Lead newLead(Tenant tenant, Program program, String firstName, String lastName,
                                            String email, String phone, Integer birthYear) {
        ca.tremplin.inquiry.InquiryRequest request = InquiryRequests.complete(email, program.getId());
        request.setFirstName(firstName);
        request.setLastName(lastName);
        request.setPhone(phone);
        request.setBirthYear(birthYear);
        request.setHeardFrom("FAIR");
        return newLead(tenant, request);
    }

    /** The tenant's lead of the person who sent this request (which must concern the tenant), as the intake made it. */
    public ca.tremplin.person.Lead newLead(Tenant tenant, ca.tremplin.inquiry.InquiryRequest request) {
        return newLead(tenant, request, Languages.FRENCH);
    }

    /** A lead made by a request sent from the form in {@code language} (the language the person reads). */
    public ca.tremplin.person.Lead newLead(Tenant tenant, ca.tremplin.inquiry.InquiryRequest request,
                                            java.util.Locale language) {
        // A centre's requests reach it only when someone there can read its inbox (else the coordination takes
        // them): a centre made for a test without staff gets its admin.
        boolean staffed = ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from"
                + " user_account where tenant_id = ?1 and active and password_hash is not null")
                .setParameter(1, tenant.getId()).getSingleResult())).longValue() > 0;
        if (!staffed) {
            newAccount(tenant, Role.CSS_ADMIN);
        }
        String ip = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250);
        submitted(request, new ca.tremplin.inquiry.SubmissionContext(UUID.randomUUID().toString(),
                ca.tremplin.inquiry.Inquiry.Channel.FORM, ip, language));
        return leadOf(tenant, request.getEmail());
    }

    /** The tenant's lead of the person with this e-mail. */
    public ca.tremplin.person.Lead leadOf(Tenant tenant, String email) {
        String normalized = ca.tremplin.inquiry.InquiryValidator.normalizeEmail(email);
        return tenancy.acrossAllTenants(() -> em.createQuery(
                        "select l from Lead l where l.tenantId = :t and l.emailNormalized = :e",
                        ca.tremplin.person.Lead.class)
                .setParameter("t", tenant.getId()).setParameter("e", normalized).getSingleResult());
    }

    /**
     * A member of staff, signed in at the lead's centre, types {@code value} in one field of the person's record and
     * saves it, as the lead page does.
     */
    public void correct(long leadId, ca.tremplin.person.LeadField field, String value) {
        ca.tremplin.pipeline.LeadService leads = jakarta.enterprise.inject.spi.CDI.current()
                .select(ca.tremplin.pipeline.LeadService.class).get();
        ca.tremplin.person.Lead shown = leads.open(leadId).lead();
        java.util.Map<ca.tremplin.person.LeadField, String> original =
                new java.util.EnumMap<>(ca.tremplin.person.LeadField.class);
        for (ca.tremplin.person.LeadField each : ca.tremplin.person.LeadField.values()) {
            original.put(each, each.of(shown));
        }
        java.util.Map<ca.tremplin.person.LeadField, String> edited = new java.util.EnumMap<>(original);
        edited.put(field, value);
        leads.updateDetails(leadId, shown.getVersion(), original, edited);
    }

    public ca.tremplin.person.Lead newLead(Tenant tenant, Program program) {
        return newLead(tenant, program, "Thị Hoa", "Nguyễn", InquiryRequests.uniqueEmail(), null, null);
    }

    /** A centre of its own for a test: its recruiter, its admin, a published program and an open offer. */
    /**
     * A program code not given before in this run: a centre's codes are unique, and codes drawn at random met twice
     * in one centre now and then. Six digits beginning with 9, which no real DEP, ASP or AEP code of the demo's
     * catalogue has: a test's "Soudage-montage" drawn as 5195 passed for the demo's DEP 5195 in the catalogue's
     * tests. Starts at a random place so that runs differ.
     */
    public static String programCode() {
        return "9" + (10000 + NEXT_CODE.getAndIncrement() % 90000);
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_CODE =
            new java.util.concurrent.atomic.AtomicInteger((int) (Math.random() * 90000));

    public TestCentre newCentre(String label) {
        Tenant tenant = newSchoolBoard(label);
        UserAccount recruiter = newAccount(tenant, Role.RECRUITER);
        UserAccount admin = newAccount(tenant, Role.CSS_ADMIN);
        String word = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        // Not a title the catalogue's tests search for: their first pages must stay the demo's programs.
        Program program = newProgram(tenant, ProgramType.DEP, programCode(),
                "Pâtisserie de restauration", "Restaurant Pastry Making", "07", word, true);
        Offer offer = newOffer(tenant, "Pâtisserie du Fjord", "Pâtissier", "Pastry cook", word, OfferStatus.OPEN);
        return new TestCentre(tenant, recruiter, admin, program, offer);
    }

    private synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = provisioning.hash(PASSWORD);
        }
        return passwordHash;
    }

    /**
     * Moves a centre's history back in time, as if its leads had come and moved days ago: every lead's creation and
     * stage change, and every request, {@code days} earlier. Reports "as of" a past date need a past.
     */
    public void backdate(Tenant tenant, int days) {
        tenancy.acrossAllTenants(() -> {
            for (String statement : List.of(
                    "update `lead` set first_inquiry_at = first_inquiry_at - interval ?1 day,"
                            + " last_inquiry_at = last_inquiry_at - interval ?1 day,"
                            + " stage_since = stage_since - interval ?1 day where tenant_id = ?2",
                    "update lead_stage_change set changed_at = changed_at - interval ?1 day,"
                            + " from_stage_since = from_stage_since - interval ?1 day where tenant_id = ?2",
                    "update routed_inquiry set received_at = received_at - interval ?1 day,"
                            + " response_deadline = response_deadline - interval ?1 day where tenant_id = ?2")) {
                em.createNativeQuery(statement).setParameter(1, days).setParameter(2, tenant.getId()).executeUpdate();
            }
            // The reports' summary of each lead's history follows the history rewritten by hand.
            funnels.refreshCentre(tenant.getId());
            return null;
        });
    }

    /**
     * Puts everything of the centre's leads at one instant: when they were first and last known, every stage change
     * and every request received (its deadline a day later), as if it all happened then.
     */
    public void placeAt(Tenant tenant, java.time.Instant at) {
        java.time.LocalDateTime utc = java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
        tenancy.acrossAllTenants(() -> {
            for (String statement : List.of(
                    "update `lead` set first_inquiry_at = ?1, last_inquiry_at = ?1, stage_since = ?1"
                            + " where tenant_id = ?2",
                    "update lead_stage_change set changed_at = ?1, from_stage_since = if(from_stage_since is null,"
                            + " null, ?1) where tenant_id = ?2",
                    "update routed_inquiry set received_at = ?1, response_deadline = ?1 + interval 1 day"
                            + " where tenant_id = ?2")) {
                em.createNativeQuery(statement).setParameter(1, utc).setParameter(2, tenant.getId()).executeUpdate();
            }
            funnels.refreshCentre(tenant.getId());
            return null;
        });
    }

    /** Moves one lead's latest stage change (and so where it stands) {@code days} later than it is recorded. */
    public void delayLatestStageChange(long leadId, int days) {
        tenancy.acrossAllTenants(() -> {
            em.createNativeQuery("update lead_stage_change set changed_at = changed_at"
                            + " + interval ?1 day where id = (select id from (select max(id) id from lead_stage_change"
                            + " where lead_id = ?2) latest)")
                    .setParameter(1, days).setParameter(2, leadId).executeUpdate();
            funnels.refresh(List.of(leadId));
            return null;
        });
    }

    /** Moves an information request's receipt to {@code at}, as if it had been sent then. */
    public void receivedAt(long inquiryId, java.time.Instant at) {
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update inquiry set received_at = ?1 where id = ?2")
                .setParameter(1, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .setParameter(2, inquiryId).executeUpdate());
    }

    /** Sets a lead's requests' deadline to {@code deadline}, unanswered. */
    public void requestsDue(long leadId, java.time.Instant deadline) {
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update routed_inquiry set response_deadline = ?1,"
                        + " contacted_at = null where lead_id = ?2")
                .setParameter(1, java.time.LocalDateTime.ofInstant(deadline, java.time.ZoneOffset.UTC))
                .setParameter(2, leadId).executeUpdate());
    }

    /**
     * Sets a lead's requests' deadline {@code deadlineHours} after each was received, and their first contact
     * {@code contactedHours} after it, or none when {@code contactedHours} is null.
     */
    public void answerRequests(long leadId, int deadlineHours, Integer contactedHours) {
        tenancy.acrossAllTenants(() -> {
            em.createNativeQuery("update routed_inquiry set response_deadline = received_at + interval ?1 hour,"
                            + " contacted_at = if(?3, received_at + interval ?4 hour, null) where lead_id = ?2")
                    .setParameter(1, deadlineHours).setParameter(2, leadId).setParameter(3, contactedHours != null)
                    .setParameter(4, contactedHours == null ? 0 : contactedHours).executeUpdate();
            return null;
        });
    }

    /**
     * {@code staff} corrects one of the person's details on their page, as the page saves it: every field as loaded,
     * this one as typed.
     */
    public void correctedByStaff(Tenant tenant, UserAccount staff, long leadId, ca.tremplin.person.LeadField field,
                                 String value) {
        try (var ignored = ca.tremplin.security.TestSessions.signedInAs(staff, tenant)) {
            ca.tremplin.person.Lead loaded = leadService.open(leadId).lead();
            java.util.Map<ca.tremplin.person.LeadField, String> original = new java.util.EnumMap<>(
                    ca.tremplin.person.LeadField.class);
            for (ca.tremplin.person.LeadField each : ca.tremplin.person.LeadField.values()) {
                original.put(each, each.of(loaded));
            }
            java.util.Map<ca.tremplin.person.LeadField, String> edited = new java.util.EnumMap<>(original);
            edited.put(field, value);
            leadService.updateDetails(leadId, loaded.getVersion(), original, edited);
        }
    }
}
