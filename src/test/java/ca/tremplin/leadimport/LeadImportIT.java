package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.event.Event;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.event.EventRegistration;
import ca.tremplin.event.EventService;
import ca.tremplin.event.EventType;
import ca.tremplin.event.PublicEvents;
import ca.tremplin.event.RegistrationReceipt;
import ca.tremplin.event.RegistrationRequest;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.ConsentChannel;
import ca.tremplin.person.ConsentEntry;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentStandings;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.Lead;
import ca.tremplin.person.MailingConsents;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.ImportEndings;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.SampleFiles;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Imports against MariaDB and the server's batch runtime: each real export's people attributed to the event,
 * known people merged, duplicates skipped, bad rows reported with their line while the others import, no consent
 * assumed, another centre's import out of reach, and a job that failed midway resumed from its checkpoint with
 * no row written twice.
 */
class LeadImportIT extends InServerTest {

    @Inject
    ImportEndings importEndings;

    @Inject
    ca.tremplin.pipeline.LeadConsents leadConsents;

    @Inject
    MailingConsents mailingConsents;

    @Inject
    ca.tremplin.applicant.DocumentReviewService review;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    LeadImportService imports;

    @Inject
    ca.tremplin.pipeline.LeadService leadService;

    @Inject
    ca.tremplin.person.LeadRegistry registry;

    @Inject
    ImportFiles files;

    @Inject
    EventService events;

    @Inject
    PublicEvents publicEvents;

    @Inject
    Tenancy tenancy;

    @Inject
    InterruptedImports interruptedImports;

    @Inject
    ImportOwnership ownership;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    @Test
    void aZoomAttendeeReportCreatesMergesSkipsAndReportsEachRowAsThePreviewSaid() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Salon de Casablanca");
        Event webinar = event(fjord, recruiter, "Webinaire mécanique");
        publicEvents.register(earlier.getId(), new RegistrationRequest("Rafael", "Souza", "rafael.souza@exemplo.br",
                null, "BR", true, true, null, null), UUID.randomUUID().toString(), "10.9.8.7", Locale.ENGLISH);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "zoom.csv", SampleFiles.bytes(
                    "zoom-webinar-attendees.csv"));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            List<PreviewRow> preview = imports.preview(upload.getId(), mapping, Locale.FRENCH);
            assertEquals(List.of(PreviewRow.Outcome.CREATE, PreviewRow.Outcome.CREATE, PreviewRow.Outcome.JOIN,
                    PreviewRow.Outcome.CREATE, PreviewRow.Outcome.MERGE, PreviewRow.Outcome.FAIL),
                    preview.stream().map(PreviewRow::outcome).toList());
            assertEquals("La même personne qu’à la ligne 14 : une seule inscription, où son temps de présence s’ajoute.",
                    preview.get(2).reason(), "Youssef's second session joins his first, not \"skipped\"");

            imports.start(upload.getId(), mapping, null);
            ImportProgress done = awaitEnd(upload.getId());

            assertEquals(LeadImport.Status.COMPLETED, done.status());
            assertEquals(List.of(3, 1, 1, 1), List.of(done.created(), done.merged(), done.skipped(), done.failed()));
            assertEquals(100, done.percentDone());
            List<LeadImportFailure> failures = imports.failures(upload.getId());
            assertEquals(1, failures.size());
            assertEquals(18, failures.get(0).getLineNumber());
            assertTrue(failures.get(0).getReason().startsWith("Courriel"), failures.get(0).getReason());
            List<EventRegistration> registered = events.registrations(webinar.getId(), null);
            assertEquals(4, registered.size());
            EventRegistration hoa = registered.stream().filter(r -> r.getLastName().equals("Nguyễn")).findFirst()
                    .orElseThrow();
            assertNull(hoa.getAttendedAt(), "registered but did not come");
            assertNotNull(registered.stream().filter(r -> r.getLastName().equals("Koné")).findFirst().orElseThrow()
                    .getAttendedAt());
            assertEquals(1, countLeads(fjord, "rafael.souza@exemplo.br"), "Rafael merged into his lead");
            // Each person the import created counts in the funnel reports: their summary row, standing at "new"
            // since their entry into the stage history.
            Number summed = (Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*)"
                    + " from lead_funnel f join `lead` l on l.id = f.lead_id join lead_stage_change s"
                    + " on s.id = f.standing_change_id and s.lead_id = l.id where l.import_id = ?1"
                    + " and f.tenant_id = l.tenant_id and not f.merged and f.standing_stage = 'NEW'"
                    + " and f.new_at = s.changed_at and f.first_known_at = l.first_inquiry_at")
                    .setParameter(1, upload.getId()).getSingleResult());
            assertEquals(3, summed.intValue());
        }
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery("select count(c) from ConsentRecord c,"
                        + " EventRegistration r where c.eventRegistrationId = r.id and r.eventId = :event", Long.class)
                .setParameter("event", webinar.getId()).getSingleResult()), "a Zoom report proves no consent");
    }

    /**
     * A family signed up under one address: the second person is not folded into the first's registration and lost,
     * but fails, with why, in the failed-rows download to be given an address of their own; the first person again
     * with another phone (in the next chunk) keeps that phone as a proposal on her new lead, not dropped.
     */
    @Test
    void aSecondPersonUnderAFamilysAddressFailsWithWhyAndTheSamePersonsOtherPhoneIsProposed() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("famille");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = event(fjord, recruiter, "Salon de Dakar");
        String list = "Prénom;Nom;Courriel;Téléphone\r\n"
                + "Awa;Diop;famille.diop@gmail.com;+221 77 111 22 33\r\n"
                + "Moustapha;Diop;famille.diop@gmail.com;+221 77 444 55 66\r\n"
                + "AWA;Diop;Famille.Diop@gmail.com;+221 77 999 88 77\r\n"
                + "Karim;Benali;karim.benali@exemple.ma;\r\n";
        String why = "Même adresse courriel qu’à la ligne 2, mais une autre personne (Awa Diop) : deux personnes ne"
                + " peuvent partager une adresse ; donnez-lui la sienne.";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(fair.getId(), "famille.csv", list.getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            List<PreviewRow> preview = imports.preview(upload.getId(), mapping, Locale.FRENCH);
            assertEquals(List.of(PreviewRow.Outcome.CREATE, PreviewRow.Outcome.FAIL, PreviewRow.Outcome.JOIN,
                    PreviewRow.Outcome.CREATE), preview.stream().map(PreviewRow::outcome).toList());
            assertEquals(why, preview.get(1).reason());

            // Two rows a chunk: Awa's second row joins the lead her first row created in the chunk before.
            imports.start(upload.getId(), mapping, null, 2);
            ImportProgress done = awaitEnd(upload.getId());

            assertEquals(List.of(2, 0, 1, 1), List.of(done.created(), done.merged(), done.skipped(), done.failed()));
            List<LeadImportFailure> failures = imports.failures(upload.getId());
            assertEquals(List.of(3L), failures.stream().map(LeadImportFailure::getLineNumber).toList());
            assertEquals(why, failures.get(0).getReason());
            assertEquals("Moustapha;Diop;famille.diop@gmail.com;+221 77 444 55 66",
                    imports.failedRows(upload.getId(), Locale.FRENCH).rows().get(0).getRawRow(), "to be corrected and sent again");
            assertEquals(2, events.registrations(fair.getId(), null).size());
        }
        assertEquals(1, countLeads(fjord, "famille.diop@gmail.com"));
        Lead awa = tenancy.asTenant(fjord.getId(), () -> em.createQuery("select l from Lead l"
                + " where l.emailNormalized = 'famille.diop@gmail.com'", Lead.class).getSingleResult());
        assertEquals("Awa", awa.getFirstName(), "Moustapha's name written over nobody");
        assertEquals("+221771112233", awa.getPhoneE164());
        assertEquals(List.of("PHONE|+221779998877|OPEN|IMPORT"), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select concat_ws('|', field, proposed_value, status, source) from lead_proposal where lead_id = ?1")
                .setParameter(1, awa.getId()).getResultList()), "her other phone proposed, not dropped");
        assertEquals(1L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*)"
                + " from lead_event where lead_id = ?1 and kind = 'VALUE_PROPOSED'").setParameter(1, awa.getId())
                .getSingleResult())).longValue(), "and on her timeline");
    }

    @Test
    void anEventbriteExportKeepsTheConsentItsColumnProvesAndASavedMappingIsOfferedAgain() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = event(fjord, recruiter, "Salon de Lagos");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            byte[] file = SampleFiles.bytes("eventbrite-attendees.csv");
            LeadImport upload = imports.upload(fair.getId(), "eventbrite.csv", file);
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            mapping.set(ImportField.CONSENT_CONTACT, 14);
            imports.start(upload.getId(), mapping, "Eventbrite avec consentement");
            assertEquals(3, awaitEnd(upload.getId()).created());

            LeadImport again = imports.upload(fair.getId(), "eventbrite-2.csv", file);
            assertEquals(Integer.valueOf(14), imports.progress(again.getId()).mapping()
                    .column(ImportField.CONSENT_CONTACT).orElse(null), "the saved mapping fits the same headers");
        }
        List<ConsentRecord> consents = tenancy.acrossAllTenants(() -> em.createQuery("select c from ConsentRecord c,"
                        + " EventRegistration r where c.eventRegistrationId = r.id and r.eventId = :event"
                        + " order by r.lastName", ConsentRecord.class)
                .setParameter("event", fair.getId()).getResultList());
        assertEquals(3, consents.size(), "contact only: the file says nothing of news");
        assertEquals(List.of(false, true, true), consents.stream().map(ConsentRecord::isGranted).toList(),
                "Gutiérrez said no; Moreau and Okafor yes");
        assertTrue(consents.get(0).getTextShown().contains("I agree to be contacted"), consents.get(0).getTextShown());
    }

    /**
     * A list registers its people to the event: into a draft or a cancelled event it is refused when it is sent, with
     * the reason, rather than accepted, previewed and then stopped at its first row by the job without one.
     */
    @Test
    void aListForADraftOrACancelledEventIsRefusedWithTheReasonBeforeAnythingIsImported() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        byte[] list = "Email,First Name,Last Name\r\nbrouillon.un@example.org,Un,Brouillon\r\n"
                .getBytes(StandardCharsets.UTF_8);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            long draftId = saved("Séance d'information, à publier", LocalDateTime.now(PARIS).plusDays(5)).getId();
            ImportProblem refused = assertThrows(ImportProblem.class, () -> imports.upload(draftId, "liste.csv", list));
            assertEquals("Cet événement est encore un brouillon : publiez-le avant d’y importer des participants.",
                    refused.localizedMessage(Locale.FRENCH));
            assertEquals("This event is still a draft: publish it before importing attendees into it.",
                    refused.localizedMessage(Locale.ENGLISH));
        }
        Event fair = event(fjord, recruiter, "Salon annulé après l'envoi de la liste");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(fair.getId(), "liste.csv", list);
            events.cancel(fair.getId(), fair.getVersion());
            ImportProblem refused = assertThrows(ImportProblem.class, () -> imports.start(upload.getId(),
                    imports.progress(upload.getId()).mapping(), null));
            assertEquals("import.invalid.eventCancelled", refused.messageKey());
            assertEquals(LeadImport.Status.READY, imports.progress(upload.getId()).status(), "nothing started");
        }
        assertEquals(0, countLeads(fjord, "brouillon.un@example.org"), "nobody registered to either event");
    }

    /**
     * An attendance report for a webinar still to come is refused with its day, nothing started: nobody is marked
     * present at the moment of the import. Under way, the same report marks them present from the webinar's start.
     */
    @Test
    void anAttendanceReportForAnEventNotBegunIsRefusedAndAttendanceDatesFromTheEventsStart() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        LocalDateTime start = LocalDateTime.now(PARIS).plusDays(5).withHour(10).withMinute(0).withSecond(0).withNano(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            Event saved = saved("Webinaire à venir", start);
            Event coming = events.publish(saved.getId(), saved.getVersion());
            LeadImport upload = imports.upload(coming.getId(), "zoom.csv", SampleFiles.bytes(
                    "zoom-webinar-attendees.csv"));
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> imports.start(
                    upload.getId(), imports.progress(upload.getId()).mapping(), null));
            assertEquals("import.eventNotHeldYet", refused.messageKey());
            assertTrue(refused.localizedMessage(Locale.FRENCH).contains("n’a pas encore eu lieu (il commence le "
                    + ca.tremplin.kernel.FrenchDates.longDay(start.toLocalDate(), Locale.FRENCH) + ")"),
                    refused.localizedMessage(Locale.FRENCH));
            assertEquals(LeadImport.Status.READY, imports.progress(upload.getId()).status(), "nothing started");
            // A list whose column says who was present, likewise: what it says is not left out without a word.
            LeadImport present = imports.upload(coming.getId(), "presents.csv", ("Prénom,Nom,Courriel,Présent\r\n"
                    + "Awa,Diop,awa.present@example.org,Oui\r\n").getBytes(StandardCharsets.UTF_8));
            ColumnMapping withAttendance = imports.progress(present.getId()).mapping();
            assertTrue(withAttendance.column(ImportField.ATTENDED).isPresent(), "the column read as attendance");
            assertEquals("import.eventNotHeldYet", assertThrows(BusinessRuleException.class,
                    () -> imports.start(present.getId(), withAttendance, null)).messageKey());
            assertEquals(0, events.registrations(coming.getId(), null).size());
        }

        Event underWay = event(fjord, recruiter, "Webinaire en cours");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(underWay.getId(), "zoom.csv", SampleFiles.bytes(
                    "zoom-webinar-attendees.csv"));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(upload.getId()).status());
            EventRegistration present = events.registrations(underWay.getId(), null).stream()
                    .filter(r -> r.getAttendedAt() != null).findFirst().orElseThrow();
            assertEquals(underWay.getStartsAt(), present.getAttendedAt(), "present from the webinar's start");
        }
    }

    /**
     * A webinar's report says when each person registered, or does not: Awa registered when it says, read on the clock
     * of the webinar's place, the list naming no zone; Binta, whose cell is empty, and Chloé, whose time comes after
     * the webinar and cannot be hers, registered by its start, as they came — not when the list was imported, days
     * after it maybe, which would leave them out of the reports as of its day while counting them as come.
     */
    @Test
    void anImportedRegistrationIsDatedWhenTheListSaysElseByTheEventsStart() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("datees");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire aux inscriptions datées");
        String domain = "datees" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        LocalDateTime awaRegistered = LocalDateTime.now(PARIS).minusDays(3).withSecond(0).withNano(0);
        LocalDateTime afterTheWebinar = LocalDateTime.now(PARIS).plusDays(2).withSecond(0).withNano(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "rapport.csv", ("First Name,Last Name,Email,"
                    + "Registration Time,Duration (Minutes)\n"
                    + "Awa,Diop,awa@" + domain + "," + awaRegistered.toString().replace('T', ' ') + ",30\n"
                    + "Binta,Fall,binta@" + domain + ",,20\n"
                    + "Chloé,Martin,chloe@" + domain + "," + afterTheWebinar.toString().replace('T', ' ') + ",10\n")
                    .getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(upload.getId()).status());
            assertEquals(List.of(), imports.failures(upload.getId()), "every row read");
            assertEquals(List.of(), imports.notes(upload.getId(), LeadImportFailure.Kind.WARNING, 0, 10),
                    "without a warning: each time read, or none given");

            java.util.Map<String, EventRegistration> registered = new java.util.HashMap<>();
            events.registrations(webinar.getId(), null).forEach(r -> registered.put(r.getEmailNormalized(), r));
            assertEquals(awaRegistered.atZone(PARIS).toInstant(), registered.get("awa@" + domain).getRegisteredAt(),
                    "when the list says, on Paris's clock");
            assertEquals(webinar.getStartsAt(), registered.get("binta@" + domain).getRegisteredAt(),
                    "by the webinar's start");
            assertEquals(webinar.getStartsAt(), registered.get("chloe@" + domain).getRegisteredAt(),
                    "a time after the webinar is not believed");
            for (EventRegistration present : registered.values()) {
                assertEquals(webinar.getStartsAt(), present.getAttendedAt(), "present from its start");
            }
        }
    }

    @Test
    void anImportThatFailedMidwayResumesFromItsCheckpointWithNoRowWrittenTwice() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire reprise");
        String domain = "reprise" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("Personne,Numéro ").append(i).append(",row").append(i).append('@').append(domain).append('\n');
        }
        String trigger = "stop_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON event_registration FOR EACH ROW"
                + " IF NEW.email_normalized = 'row25@" + domain + "' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'; END IF");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "reprise.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null, 10);
            ImportProgress failed = awaitEnd(upload.getId());

            assertEquals(LeadImport.Status.FAILED, failed.status());
            assertEquals(20, failed.rowsRead(), "two chunks of ten committed, the third rolled back");
            assertEquals(20, failed.created());
            assertEquals(20, events.registrations(webinar.getId(), null).size());

            execute("DROP TRIGGER " + trigger);
            imports.restart(upload.getId());
            ImportProgress resumed = awaitEnd(upload.getId());

            assertEquals(LeadImport.Status.COMPLETED, resumed.status());
            assertEquals(30, resumed.rowsRead());
            assertEquals(List.of(30, 0, 0, 0), List.of(resumed.created(), resumed.merged(), resumed.skipped(),
                    resumed.failed()), "rows 1 to 20 were not read again");
            assertEquals(30, events.registrations(webinar.getId(), null).size());
        } finally {
            execute("DROP TRIGGER IF EXISTS " + trigger);
        }
        assertEquals(30L, tenancy.asTenant(fjord.getId(), () -> em.createQuery("select count(e) from LeadEvent e,"
                        + " Lead l where e.leadId = l.id and l.emailNormalized like :domain and e.kind = :kind", Long.class)
                .setParameter("domain", "%@" + domain).setParameter("kind", ca.tremplin.person.LeadEventKind.EVENT_REGISTERED)
                .getSingleResult()), "one timeline entry per person");
    }

    /**
     * Two members of staff resume one stopped import at the same moment (or one undoes it while the other resumes
     * it): the second restart reads the import again under its row's lock, finds it no longer stopped, and is
     * refused with the reason, starting no second execution to write the rows again beside the first.
     */
    @Test
    void aRestartThatFindsTheImportResumedByAColleagueMeanwhileIsRefusedAndStartsNothing() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire repris deux fois");
        String domain = "deuxfois" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        String trigger = "stop_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON event_registration FOR EACH ROW"
                + " IF NEW.email_normalized = 'row2@" + domain + "' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'; END IF");
        long importId;
        ImportProgress failed;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "deux-fois.csv", ("First Name,Last Name,Email\n"
                    + "Ana,Lima,row1@" + domain + "\nLuis,Rocha,row2@" + domain + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            importId = upload.getId();
            imports.start(importId, imports.progress(importId).mapping(), null, 1);
            failed = awaitEnd(importId);
            assertEquals(LeadImport.Status.FAILED, failed.status());
        } finally {
            execute("DROP TRIGGER IF EXISTS " + trigger);
        }
        java.util.concurrent.ExecutorService colleague = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Connection holder = database.getConnection()) {
            holder.setAutoCommit(false);
            // The first restart holds the import's row while it marks it running again.
            try (java.sql.PreparedStatement lock = holder.prepareStatement(
                    "select id from lead_import where id = ? for update")) {
                lock.setLong(1, importId);
                lock.executeQuery().close();
            }
            java.util.concurrent.Future<ImportProgress> second = colleague.submit(() ->
                    TestSessions.onThreadOfItsOwn(recruiter, fjord, () -> imports.restart(importId)));
            awaitLockingReadOfTheImport(holder);
            try (java.sql.PreparedStatement resumed = holder.prepareStatement(
                    "update lead_import set status = 'RUNNING' where id = ?")) {
                resumed.setLong(1, importId);
                resumed.executeUpdate();
            }
            holder.commit();

            java.util.concurrent.ExecutionException refused = assertThrows(
                    java.util.concurrent.ExecutionException.class,
                    () -> second.get(30, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof BusinessRuleException, String.valueOf(refused.getCause()));
            assertEquals("import.notFailed", ((BusinessRuleException) refused.getCause()).messageKey());
            assertEquals(failed.jobExecutionId(), tenancy.asTenant(fjord.getId(), () -> em.find(LeadImport.class,
                    importId).getJobExecutionId()), "no second execution started");
        } finally {
            colleague.shutdownNow();
            execute("update lead_import set status = 'FAILED' where id = " + importId);
        }
    }

    /**
     * Two members of staff start one list at the same moment (or one person clicks twice): the second start reads the
     * import under its row's lock, waits for the first, finds it under way and is told so — not an error page about
     * a version — and starts no second execution.
     */
    @Test
    void aListStartedTwiceAtOnceTellsTheSecondStartItIsUnderWay() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("deuxclics");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire lancé deux fois");
        String domain = "deuxclics" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        long importId;
        ColumnMapping mapping;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            importId = imports.upload(webinar.getId(), "deux-clics.csv", ("First Name,Last Name,Email\n"
                    + "Ana,Lima,ana@" + domain + "\n").getBytes(StandardCharsets.UTF_8)).getId();
            mapping = imports.progress(importId).mapping();
        }
        java.util.concurrent.ExecutorService colleague = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Connection holder = database.getConnection()) {
            holder.setAutoCommit(false);
            // The first start holds the import's row while it marks it running.
            try (java.sql.PreparedStatement lock = holder.prepareStatement(
                    "select id from lead_import where id = ? for update")) {
                lock.setLong(1, importId);
                lock.executeQuery().close();
            }
            long id = importId;
            java.util.concurrent.Future<ImportProgress> second = colleague.submit(() ->
                    TestSessions.onThreadOfItsOwn(recruiter, fjord, () -> imports.start(id, mapping, null)));
            awaitLockingReadOfTheImport(holder);
            try (java.sql.PreparedStatement started = holder.prepareStatement(
                    "update lead_import set status = 'RUNNING', version = version + 1 where id = ?")) {
                started.setLong(1, importId);
                started.executeUpdate();
            }
            holder.commit();

            java.util.concurrent.ExecutionException refused = assertThrows(
                    java.util.concurrent.ExecutionException.class,
                    () -> second.get(30, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof BusinessRuleException, String.valueOf(refused.getCause()));
            assertEquals("import.alreadyStarted", ((BusinessRuleException) refused.getCause()).messageKey());
            assertNull(tenancy.asTenant(fjord.getId(), () -> em.find(LeadImport.class, id).getJobExecutionId()),
                    "no execution started");
            assertEquals(0, countLeads(fjord, "ana@" + domain), "nobody imported by the second start");
        } finally {
            colleague.shutdownNow();
            execute("update lead_import set status = 'FAILED' where id = " + importId);
        }
    }

    /**
     * Waits, up to 30 s, until another connection reads the import's row to lock it (the second restart, which then
     * waits for the holder's transaction to end).
     */
    private static void awaitLockingReadOfTheImport(Connection holder) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        String query = "select count(*) from information_schema.processlist where id <> connection_id()"
                + " and command = 'Query' and info like '%from lead_import%' and info like '%for update%'";
        while ("0".equals(firstOf(holder, query))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No restart read the import under its lock within 30 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
    }

    private static String firstOf(Connection connection, String sql) throws SQLException {
        try (java.sql.PreparedStatement query = connection.prepareStatement(sql);
             java.sql.ResultSet found = query.executeQuery()) {
            found.next();
            return found.getString(1);
        }
    }

    @Test
    void anImportLeftRunningByAStoppedServerResumesFromItsCheckpointWithNoRowWrittenTwice() throws Exception {
        StoppedImport stopped = importStoppedInItsThirdChunk("Webinaire redémarrage", "restart");
        Tenant fjord = stopped.fjord();
        UserAccount recruiter = stopped.recruiter();
        Event webinar = stopped.webinar();
        String domain = stopped.domain();
        long importId = stopped.importId();
        // What the restart leaves behind: the import still marked running, an execution the runtime never knew.
        execute("UPDATE lead_import SET status = 'RUNNING', finished_at = NULL, job_execution_id = 987654321"
                + " WHERE id = " + importId);

        assertTrue(interruptedImports.resumeAll().contains(importId));
        importEndings.awaitNext(importId);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            ImportProgress resumed = imports.progress(importId);
            assertEquals(LeadImport.Status.COMPLETED, resumed.status());
            assertEquals(35, resumed.rowsRead());
            assertEquals(List.of(35, 0, 0, 0), List.of(resumed.created(), resumed.merged(), resumed.skipped(),
                    resumed.failed()), "rows 1 to 20 were not read again");
            assertEquals(35, events.registrations(webinar.getId(), null).size());
        }
        assertEquals(35L, tenancy.asTenant(fjord.getId(), () -> em.createQuery("select count(l) from Lead l"
                + " where l.emailNormalized like :domain", Long.class)
                .setParameter("domain", "%@" + domain).getSingleResult()), "one lead per person");
        assertEquals(35L, tenancy.asTenant(fjord.getId(), () -> em.createQuery("select count(e) from LeadEvent e,"
                        + " Lead l where e.leadId = l.id and l.emailNormalized like :domain and e.kind = :kind",
                        Long.class).setParameter("domain", "%@" + domain)
                .setParameter("kind", ca.tremplin.person.LeadEventKind.EVENT_REGISTERED).getSingleResult()),
                "one timeline entry per person");
    }

    /**
     * Several servers: an import whose server fell silent is resumed by exactly one other, never while its owner's
     * heartbeat is fresh, and with no row written twice.
     */
    @Test
    void anImportOfAServerFallenSilentIsResumedByExactlyOneOtherAndNeverWhileItsOwnerIsAlive() throws Exception {
        StoppedImport stopped = importStoppedInItsThirdChunk("Webinaire plusieurs serveurs", "owner");
        Tenant fjord = stopped.fjord();
        UserAccount recruiter = stopped.recruiter();
        String domain = stopped.domain();
        long importId = stopped.importId();
        // As another server left it: running there, under a job this server never knew, its heartbeat fresh.
        execute("UPDATE lead_import SET status = 'RUNNING', finished_at = NULL, job_execution_id = 987654321,"
                + " owner_node = 'node-a', heartbeat_at = now(3) WHERE id = " + importId);
        long stale = ImportOwnership.staleSeconds();

        assertFalse(interruptedImports.resumeAbandoned().contains(importId), "its owner is alive");
        assertFalse(ownership.claim(importId, LeadImport.Status.RUNNING, "node-b", stale, false));

        execute("UPDATE lead_import SET heartbeat_at = now(3) - interval " + (stale + 30) + " second"
                + " WHERE id = " + importId);
        assertTrue(ownership.claim(importId, LeadImport.Status.RUNNING, "node-b", stale, false),
                "the first server to claim it takes it over");
        assertFalse(ownership.claim(importId, LeadImport.Status.RUNNING, "node-c", stale, false),
                "a second server finds it taken");

        // node-b falls silent in turn: this server takes it over and reads on after the last committed chunk.
        execute("UPDATE lead_import SET heartbeat_at = now(3) - interval " + (stale + 30) + " second"
                + " WHERE id = " + importId);
        assertTrue(interruptedImports.resumeAbandoned().contains(importId));
        assertFalse(interruptedImports.resumeAbandoned().contains(importId), "resumed once");
        importEndings.awaitNext(importId);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            ImportProgress resumed = imports.progress(importId);
            assertEquals(LeadImport.Status.COMPLETED, resumed.status());
            assertEquals(List.of(35, 35, 0, 0, 0), List.of(resumed.rowsRead(), resumed.created(), resumed.merged(),
                    resumed.skipped(), resumed.failed()), "rows 1 to 20 were not read again");
        }
        assertEquals(35L, tenancy.asTenant(fjord.getId(), () -> em.createQuery("select count(l) from Lead l"
                + " where l.emailNormalized like :domain", Long.class)
                .setParameter("domain", "%@" + domain).getSingleResult()), "one lead per person");
    }

    /** A centre's import of 35 people, its event, and the domain of their addresses, as its server stopped. */
    private record StoppedImport(Tenant fjord, UserAccount recruiter, Event webinar, String domain, long importId) {
    }

    /**
     * An import of 35 rows in chunks of 10 whose server stops while the third chunk is being written: that chunk is
     * rolled back with its checkpoint, rows 1 to 20 stay written.
     */
    private StoppedImport importStoppedInItsThirdChunk(String eventName, String label) throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, eventName);
        String domain = label + UUID.randomUUID().toString().substring(0, 6) + ".example";
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email,Phone,Country\n");
        for (int i = 1; i <= 35; i++) {
            csv.append("Personne,Numéro ").append(i).append(",row").append(i).append('@').append(domain)
                    .append(",,SN\n");
        }
        String trigger = "halt_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON event_registration FOR EACH ROW"
                + " IF NEW.email_normalized = 'row25@" + domain + "' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'server stopped'; END IF");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), label + ".csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null, 10);
            awaitEnd(upload.getId());
            return new StoppedImport(fjord, recruiter, webinar, domain, upload.getId());
        } finally {
            execute("DROP TRIGGER IF EXISTS " + trigger);
        }
    }

    @Test
    void aPersonWithAnotherEmailButTheSameNameAndPhoneJoinsTheirLeadOnceAndDuplicatesInTheFileAreSkipped()
            throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Salon de Dakar");
        Event webinar = event(fjord, recruiter, "Webinaire doublons");
        publicEvents.register(earlier.getId(), new RegistrationRequest("Awa", "Diop", "awa.diop@exemple.sn",
                "+221 77 123 45 67", "SN", true, false, null, null), UUID.randomUUID().toString(), "10.9.8.7",
                Locale.FRENCH);
        String csv = "First Name,Last Name,Email,Phone,Country\n"
                + "AWA,DIOP,awa@travail.sn,+221771234567,SN\n"
                + "Awa,Diop,awa.perso@exemple.sn,+221771234567,SN\n"
                + "Moussa,Ndiaye,moussa@exemple.sn,,SN\n"
                + "Moussa,Ndiaye,MOUSSA@exemple.sn,,SN\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "doublons.csv", csv.getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            ImportProgress done = awaitEnd(upload.getId());
            assertEquals(List.of(1, 1, 2, 0), List.of(done.created(), done.merged(), done.skipped(), done.failed()),
                    "Awa joins her lead by name and phone, then is skipped; Moussa's second line is skipped");
            assertEquals(2, events.registrations(webinar.getId(), null).size());
        }
        assertEquals(1, countLeads(fjord, "awa.diop@exemple.sn"));
        assertEquals(0, countLeads(fjord, "awa@travail.sn"), "her lead keeps its own e-mail");
    }

    @Test
    void addressesThatDifferByAnAccentAreTwoPeopleAndAPastedAddressIsReadSoTheWholeListIsImported()
            throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire accents");
        String csv = "Email,First Name,Last Name\n"
                + "zoé.acc@exemple.ca,Zoé,Martin\n"
                + "zoe.acc@exemple.ca,Zoe,Bernard\n"
                + "\"Ok Person <Ok.Acc@exemple.ca>\",Ok,Person\n"
                + "\u00A0awa.acc@exemple.sn\u200B,Awa,Sow\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "accents.csv", csv.getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            ImportProgress done = awaitEnd(upload.getId());

            assertEquals(LeadImport.Status.COMPLETED, done.status(), "one row the database took for another's"
                    + " no longer stops the whole list");
            assertEquals(List.of(4, 0, 0, 0), List.of(done.created(), done.merged(), done.skipped(), done.failed()));
        }
        for (String email : List.of("zoé.acc@exemple.ca", "zoe.acc@exemple.ca", "ok.acc@exemple.ca",
                "awa.acc@exemple.sn")) {
            assertEquals(1, countLeads(fjord, email), email);
        }
    }

    /**
     * A list that writes an address's domain in ASCII ("xn--cole-9oa.ca", as a meeting tool may export it) names the
     * person who registered on the form with it in Unicode: their row is theirs (registered already, skipped), no second
     * lead; a new person's lead keeps the domain in Unicode as its key.
     */
    @Test
    void anAddressWhoseDomainAListWritesInAsciiIsThePersonWhoWroteItInUnicode() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire domaines");
        String amina = "amina." + UUID.randomUUID().toString().substring(0, 8);
        String ali = "ali." + UUID.randomUUID().toString().substring(0, 8);
        publicEvents.register(webinar.getId(), new RegistrationRequest("Amina", "Diallo", amina + "@école.ca", null,
                "CM", true, false, null, null), UUID.randomUUID().toString(), "10.9.8.6", Locale.FRENCH);
        String csv = "Email,First Name,Last Name\n"
                + amina.toUpperCase(Locale.ROOT) + "@XN--COLE-9OA.CA,Amina,Diallo\n"
                + ali + "@xn--cole-9oa.ca,Ali,Sow\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "domaines.csv", csv.getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            ImportProgress done = awaitEnd(upload.getId());
            assertEquals(LeadImport.Status.COMPLETED, done.status());
            assertEquals(List.of(1, 0, 1, 0), List.of(done.created(), done.merged(), done.skipped(), done.failed()),
                    "Amina registered already; Ali new");
        }
        assertEquals(1, countLeads(fjord, amina + "@école.ca"));
        assertEquals(0, countLeads(fjord, amina + "@xn--cole-9oa.ca"), "no second lead under the other spelling");
        assertEquals(1, countLeads(fjord, ali + "@école.ca"), "a new person's key writes the domain in Unicode");
    }

    @Test
    void aRowOfAPersonRegisteredAlreadyIsSkippedButTheOtherAddressItGivesIsProposed() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire déjà inscrits");
        RegistrationReceipt registered = publicEvents.register(webinar.getId(), new RegistrationRequest("Awa",
                "Diop", "awa.diop@exemple.sn", "+221 77 123 45 67", "SN", true, false, null, null),
                UUID.randomUUID().toString(), "10.9.8.5", Locale.FRENCH);
        String csv = "First Name,Last Name,Email,Phone,Country\n"
                + "Awa,Diop,awa.autre@exemple.sn,+221771234567,SN\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "inscrits.csv", csv.getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            ImportProgress done = awaitEnd(upload.getId());
            assertEquals(List.of(0, 0, 1, 0), List.of(done.created(), done.merged(), done.skipped(), done.failed()),
                    "her seat is hers already");
        }
        assertEquals(List.of("EMAIL:awa.autre@exemple.sn"), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select concat(p.field, ':', p.proposed_value) from lead_proposal p where p.lead_id = ?1"
                        + " and p.status = 'OPEN'").setParameter(1, registered.leadId()).getResultList()),
                "the address the list gives is proposed to staff, not lost with the skipped row");
    }

    /**
     * A row of a person registered already under the same address, whose list gives another phone and last name:
     * the seat stays as it is, and what differs is proposed to staff rather than dropped with the skipped row.
     */
    @Test
    void aRowOfAPersonRegisteredAlreadyUnderTheSameAddressProposesWhatDiffers() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire même adresse");
        RegistrationReceipt registered = publicEvents.register(webinar.getId(), new RegistrationRequest("Marie-Ève",
                "Tremblay", "marie.eve.meme@exemple.fr", "+33 6 12 34 56 78", "FR", true, false, null, null),
                UUID.randomUUID().toString(), "10.9.8.6", Locale.FRENCH);
        String csv = "Prénom;Nom;Courriel;Téléphone;Pays\r\n"
                + "Marie-Ève;Tremblay-Côté;marie.eve.meme@exemple.fr;+1 418 555 0100;FR\r\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "salon.csv", csv.getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            ImportProgress done = awaitEnd(upload.getId());
            assertEquals(List.of(0, 0, 1, 0), List.of(done.created(), done.merged(), done.skipped(), done.failed()),
                    "her seat is hers already");
        }
        assertEquals(List.of("LAST_NAME:Tremblay-Côté", "PHONE:+14185550100"), tenancy.acrossAllTenants(
                () -> em.createNativeQuery("select concat(p.field, ':', p.proposed_value) from lead_proposal p"
                        + " where p.lead_id = ?1 and p.status = 'OPEN' order by p.field")
                        .setParameter(1, registered.leadId()).getResultList()),
                "what the list says otherwise is proposed, not lost");
    }

    /**
     * A row that reaches a registration through the person's record rather than its address — another address with
     * the same name and phone, the address of a record merged into the registered one, no address and the name and
     * phone of someone a row higher in the list brought — counts there: its minutes are added, the person is marked
     * present with the line on their timeline, and the preview said it joins their registration, as the import does.
     */
    @Test
    void aRowReachingARegistrationThroughThePersonsRecordAddsItsMinutesAndMarksThemPresent() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("parfiche");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Salon de Dakar");
        Event webinar = event(fjord, recruiter, "Webinaire par la fiche");
        String domain = "fiche" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        registerOnThePublicPage(webinar, "Awa", "Diop", "awa@" + domain, "+221 77 123 45 67", "SN");
        registerOnThePublicPage(webinar, "Moussa", "Ndiaye", "moussa@" + domain, null, "SN");
        registerOnThePublicPage(earlier, "Moussa", "Ndiaye", "moussa.ancien@" + domain, null, "SN");
        long awa = leadId(fjord, "awa@" + domain);
        long moussa = leadId(fjord, "moussa@" + domain);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            leadService.merge(moussa, leadId(fjord, "moussa.ancien@" + domain));
        }
        String list = "First Name,Last Name,Email,Phone,Duration (Minutes)\n"
                + "Awa,Diop,awa.travail@" + domain + ",+221 77 123 45 67,30\n"
                + "Moussa,Ndiaye,moussa.ancien@" + domain + ",,20\n"
                + "Fatou,Sarr,fatou@" + domain + ",+221 77 234 56 78,25\n"
                + "Fatou,Sarr,,+221772345678,10\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "par-fiche.csv", list.getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            List<PreviewRow> preview = imports.preview(upload.getId(), mapping, Locale.FRENCH);
            assertEquals(List.of(PreviewRow.Outcome.JOIN, PreviewRow.Outcome.JOIN, PreviewRow.Outcome.CREATE,
                    PreviewRow.Outcome.JOIN), preview.stream().map(PreviewRow::outcome).toList(),
                    "no \"merge\" promised for a row whose minutes go to a registration already there");
            assertTrue(preview.get(0).reason().startsWith("Déjà inscrite à cet événement sous sa fiche"),
                    preview.get(0).reason());
            assertTrue(preview.get(1).reason().startsWith("Déjà inscrite à cet événement sous sa fiche"),
                    preview.get(1).reason());
            assertEquals("La même personne qu’à la ligne 4 : une seule inscription, où son temps de présence s’ajoute.",
                    preview.get(3).reason());

            imports.start(upload.getId(), mapping, null);
            ImportProgress done = awaitEnd(upload.getId());
            assertEquals(List.of(1, 0, 3, 0), List.of(done.created(), done.merged(), done.skipped(), done.failed()),
                    "Fatou once; the others' rows added to registrations already there");
        }
        assertEquals(List.of("awa@" + domain + " 1 30", "fatou@" + domain + " 1 35", "moussa@" + domain + " 1 20"),
                tenancy.acrossAllTenants(() -> em.createNativeQuery("select concat(email_normalized, ' ',"
                        + " attended_at is not null, ' ', coalesce(attended_minutes, '-')) from event_registration"
                        + " where event_id = ?1 order by 1").setParameter(1, webinar.getId()).getResultList()),
                "each present, with the minutes of their rows");
        for (long lead : List.of(awa, moussa)) {
            assertEquals(1L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*)"
                    + " from lead_event where lead_id = ?1 and kind = 'EVENT_ATTENDED' and import_id is not null")
                    .setParameter(1, lead).getSingleResult())).longValue(), "their timeline says they attended");
        }
        assertEquals(List.of(awa + " 1 30", moussa + " 1 20"), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select concat(a.lead_id, ' ', a.marked_present, ' ', a.minutes_added) from lead_import_attendance a"
                        + " join event_registration r on r.id = a.registration_id where r.event_id = ?1"
                        + " order by a.lead_id").setParameter(1, webinar.getId()).getResultList()),
                "kept with the import, for an undo to give back");
        assertEquals(List.of("EMAIL:awa.travail@" + domain), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select concat(field, ':', proposed_value) from lead_proposal where lead_id = ?1 and status = 'OPEN'")
                .setParameter(1, awa).getResultList()), "the other address still proposed to staff");
    }

    /**
     * A record merged into another is no one's record any more: a list's row with its name and phone — without an
     * address, or with one the centre does not know — reaches the record it was merged into, as its address would,
     * and lends that record's address; nothing is registered, written or proposed on the merged record, and a walk-in
     * with the same name and phone is found there too.
     */
    @Test
    void aNameAndPhoneOfARecordMergedIntoAnotherLeadToTheRecordThatStays() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fusionnee");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Salon d'Abidjan");
        Event webinar = event(fjord, recruiter, "Webinaire après fusion");
        String domain = "fusion" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        registerOnThePublicPage(earlier, "Aya", "Kouassi", "aya.ancienne@" + domain, "+221 77 321 54 76", "SN");
        registerOnThePublicPage(earlier, "Aya", "Kouassi-Yao", "aya@" + domain, "+221 78 111 22 33", "SN");
        long merged = leadId(fjord, "aya.ancienne@" + domain);
        long stays = leadId(fjord, "aya@" + domain);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            leadService.merge(stays, merged);
        }
        String list = "Prénom;Nom;Courriel;Téléphone\n"
                + "Aya;Kouassi;;+221 77 321 54 76\n"
                + "Aya;Kouassi;aya.pro@" + domain + ";+221 77 321 54 76\n";
        List<String> onTheMergedRecord = List.of("event_registration", "lead_event", "lead_proposal", "lead_audit");
        java.util.function.Function<String, Long> mergedRows = table -> ((Number) tenancy.acrossAllTenants(
                () -> em.createNativeQuery("select count(*) from " + table + " where lead_id = ?1")
                        .setParameter(1, merged).getSingleResult())).longValue();
        List<Long> before = onTheMergedRecord.stream().map(mergedRows).toList();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals(java.util.Optional.of(stays), registry.knownLeadId(fjord.getId(), new ContactDetails("Aya",
                    "Kouassi", null, null, "+221773215476", "SN", null, Locale.FRENCH)),
                    "a walk-in of that name and phone is the person of the record that stays");
            LeadImport upload = imports.upload(webinar.getId(), "fusion.csv", list.getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            assertEquals(List.of(PreviewRow.Outcome.MERGE, PreviewRow.Outcome.JOIN), imports.preview(upload.getId(),
                    mapping, Locale.FRENCH).stream().map(PreviewRow::outcome).toList());
            imports.start(upload.getId(), mapping, null);
            ImportProgress done = awaitEnd(upload.getId());
            assertEquals(List.of(0, 1, 1, 0), List.of(done.created(), done.merged(), done.skipped(), done.failed()),
                    "one registration, on the record that stays");
        }
        assertEquals(List.of(stays + " aya@" + domain), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select concat(lead_id, ' ', email_normalized) from event_registration where event_id = ?1")
                .setParameter(1, webinar.getId()).getResultList()), "registered with the address of the record that stays");
        assertEquals(before, onTheMergedRecord.stream().map(mergedRows).toList(),
                "nothing registered, written or proposed on the merged record");
        assertEquals(List.of("EMAIL:aya.pro@" + domain), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select concat(field, ':', proposed_value) from lead_proposal where lead_id = ?1 and source = 'IMPORT'"
                        + " and field = 'EMAIL'")
                .setParameter(1, stays).getResultList()), "the other address proposed where staff will see it");
        assertEquals(0, countLeads(fjord, "aya.pro@" + domain), "and no new record made for her");
    }

    @Test
    void aZoomMeetingExportGivesOneRegistrationPerPersonWithTheirTotalTimeAndTheHostIsNotRegistered()
            throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event session = event(fjord, recruiter, "Séance d'information");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(session.getId(), "participants.csv", SampleFiles.bytes(
                    "zoom-meeting-participants.csv"));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(upload.getId()).status());
            List<EventRegistration> registered = events.registrations(session.getId(), null);
            EventRegistration mohamed = registered.stream()
                    .filter(r -> r.getEmail().equalsIgnoreCase("mohamed.alaoui@exemple.ma")).findFirst().orElseThrow();
            assertEquals(59, mohamed.getAttendedMinutes(), "31 + 28 minutes; the waiting room is not attendance");
            assertEquals(1, registered.stream().filter(r -> r.getEmail().equalsIgnoreCase("mohamed.alaoui@exemple.ma"))
                    .count(), "three rows of one person, one registration");
            assertTrue(registered.stream().noneMatch(r -> r.getEmail().startsWith("genevieve.fortin")),
                    "the meeting's host is not an attendee");
        }
    }

    @Test
    void aRowWithANameAndAPhoneButNoEmailJoinsTheLeadItIdentifiesOrBecomesALeadWithoutEmail() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Salon d'Abidjan");
        Event webinar = event(fjord, recruiter, "Webinaire sans courriel");
        publicEvents.register(earlier.getId(), new RegistrationRequest("Aya", "Kouassi", "aya.kouassi@exemple.ci",
                "+221 77 765 43 21", "SN", true, false, null, null), UUID.randomUUID().toString(), "10.9.8.6",
                Locale.FRENCH);
        String csv = "Prénom;Nom;Courriel;Téléphone;Pays\n"
                + "Aya;Kouassi;;+221 77 765 43 21;Sénégal\n"
                + "Fatou;Sarr;;+221 77 234 56 78;Sénégal\n"
                + "FATOU;SARR;;+221772345678;Sénégal\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "sans-courriel.csv", csv.getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            assertEquals(List.of(PreviewRow.Outcome.MERGE, PreviewRow.Outcome.CREATE, PreviewRow.Outcome.JOIN),
                    imports.preview(upload.getId(), mapping, Locale.FRENCH).stream().map(PreviewRow::outcome).toList());
            imports.start(upload.getId(), mapping, null);
            ImportProgress done = awaitEnd(upload.getId());
            assertEquals(List.of(1, 1, 1, 0), List.of(done.created(), done.merged(), done.skipped(), done.failed()),
                    "Aya is known by her name and phone; Fatou is new, once; nobody who can be identified fails");
            List<EventRegistration> registered = events.registrations(webinar.getId(), null);
            assertEquals(2, registered.size());
            assertTrue(registered.stream().anyMatch(r -> "aya.kouassi@exemple.ci".equals(r.getEmail())),
                    "Aya registered with her lead's own e-mail");
            EventRegistration fatou = registered.stream().filter(r -> r.getLastName().equalsIgnoreCase("Sarr"))
                    .findFirst().orElseThrow();
            assertNull(fatou.getEmail(), "no e-mail invented for her");
            assertEquals("+221772345678", fatou.getPhoneE164(), "the phone staff will call");
        }
        assertEquals(1, countLeads(fjord, "aya.kouassi@exemple.ci"), "Aya keeps one lead");
    }

    /** The report is written in the language of whoever started the import: an English-speaking recruiter's. */
    @Test
    void theReportsReasonsAreInTheLanguageOfWhoeverStartedTheImport() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER, Locale.ENGLISH);
        Event webinar = event(fjord, recruiter, "Webinar Tunis");
        String csv = "Name;Email;Phone;Country;Role\r\n"
                + "Amina Haddad;amina.haddad@exemple.tn;12;Tunisie;Attendee\r\n"
                + "Geneviève Fortin;genevieve.fortin@exemple.org;;Canada;Organizer\r\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "tunis.csv", csv.getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            awaitEnd(upload.getId());
            String warning = imports.notes(upload.getId(), LeadImportFailure.Kind.WARNING, 0, 50).get(0).getReason();
            assertTrue(warning.contains("“12” reads neither in the country of residence’s format"), warning);
            assertEquals("Organiser of the event: not an attendee.",
                    imports.notes(upload.getId(), LeadImportFailure.Kind.SKIPPED, 0, 50).get(0).getReason());
        }
    }

    @Test
    void aRowWithAnUnreadablePhoneIsImportedWithAWarningAnOrganizerIsSkippedAndOnlyARowIdentifyingNobodyFails()
            throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire Tunis");
        String csv = "Name;Email;Phone;Country;Role\r\n"
                + "Amina Haddad;amina.haddad@exemple.tn;12;Tunisie;Attendee\r\n"
                + "Geneviève Fortin;genevieve.fortin@exemple.org;;Canada;Organizer\r\n"
                + ";;;;\r\n"
                + "Sans Adresse;;;Tunisie;Attendee\r\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "tunis.csv", csv.getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            assertEquals(List.of(PreviewRow.Outcome.CREATE, PreviewRow.Outcome.SKIP, PreviewRow.Outcome.FAIL),
                    imports.preview(upload.getId(), mapping, Locale.FRENCH).stream().map(PreviewRow::outcome)
                            .toList(), "the row of empty cells is no row");
            imports.start(upload.getId(), mapping, null);
            ImportProgress done = awaitEnd(upload.getId());

            assertEquals(List.of(1, 0, 1, 1), List.of(done.created(), done.merged(), done.skipped(), done.failed()));
            EventRegistration amina = events.registrations(webinar.getId(), null).get(0);
            assertEquals("amina.haddad@exemple.tn", amina.getEmailNormalized());
            assertNull(amina.getPhoneE164(), "the phone left out");
            assertEquals("TN", amina.getCountryOfResidence());
            List<LeadImportFailure> warnings = imports.notes(upload.getId(), LeadImportFailure.Kind.WARNING, 0, 50);
            assertEquals(List.of(2L), warnings.stream().map(LeadImportFailure::getLineNumber).toList());
            assertTrue(warnings.get(0).getReason().startsWith("Téléphone (Phone) : « 12 »"),
                    warnings.get(0).getReason());
            List<LeadImportFailure> skipped = imports.notes(upload.getId(), LeadImportFailure.Kind.SKIPPED, 0, 50);
            assertEquals(3L, skipped.get(0).getLineNumber());
            assertEquals("Organisateur de l’événement : ce n’est pas un participant.", skipped.get(0).getReason());
            assertEquals(List.of(5L), imports.failures(upload.getId()).stream()
                    .map(LeadImportFailure::getLineNumber).toList());
            LeadImportService.FailedRows failed = imports.failedRows(upload.getId(), Locale.FRENCH);
            assertEquals(List.of("Name", "Email", "Phone", "Country", "Role"), failed.headers());
            assertEquals(';', failed.delimiter());
            assertEquals("Sans Adresse;;;Tunisie;Attendee", failed.rows().get(0).getRawRow(), "the row as it was");
        }
    }

    @Test
    void namesAWindows1252ListLostTheLettersOfAreLeftOutAndReportedWithTheirLinesAndHowToGetThemBack()
            throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event forum = event(fjord, recruiter, "Forum emploi Vietnam–Maghreb");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(forum.getId(), "excel-fr-noms-perdus.csv",
                    SampleFiles.bytes("excel-fr-noms-perdus.csv"));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            PreviewRow previewed = imports.preview(upload.getId(), mapping, Locale.FRENCH).get(0);
            assertEquals("", previewed.name(), "the preview shows no \"Th? Hoa Nguy?n\"");
            assertTrue(previewed.reason().contains("(« Th? Hoa Nguy?n ») : laissé de côté. Enregistrez le fichier"
                    + " en « CSV UTF-8 »"), previewed.reason());

            imports.start(upload.getId(), mapping, null);
            ImportProgress done = awaitEnd(upload.getId());

            assertEquals(List.of(5, 0, 1), List.of(done.created(), done.skipped(), done.failed()),
                    "everyone an e-mail, or a readable name and a phone, identifies is imported");
            Lead hoa = tenancy.asTenant(fjord.getId(), () -> em.createQuery(
                    "select l from Lead l where l.emailNormalized = 'hoa.nguyen@exemple.vn'", Lead.class)
                    .getSingleResult());
            assertEquals("", hoa.getFirstName() + hoa.getLastName(), "no name of question marks on her lead");
            List<LeadImportFailure> warnings = imports.notes(upload.getId(), LeadImportFailure.Kind.WARNING, 0, 50);
            assertEquals(List.of(3L, 4L, 6L, 7L), warnings.stream().map(LeadImportFailure::getLineNumber).toList());
            assertTrue(warnings.get(0).getReason().startsWith("Prénom, Nom de famille (Nom) : illisible, le fichier"
                    + " a perdu des lettres de ce nom (« Th? Hoa Nguy?n »)"), warnings.get(0).getReason());
            assertEquals(List.of(8L), imports.failures(upload.getId()).stream()
                    .map(LeadImportFailure::getLineNumber).toList(), "a name and a phone, but the name is lost");
            assertEquals(5, imports.lostNames(upload.getId()), "the report's summary counts them");
        }
    }

    @Test
    void anExcelWorkbookIsImportedThroughTheColumnMappingWithExcelRowNumbersInTheReport() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Webinaire Dakar");
        Event fair = event(fjord, recruiter, "Salon Études Québec Casablanca");
        publicEvents.register(earlier.getId(), new RegistrationRequest("Fatou", "Sow", "fatou.sow@exemple.sn",
                null, "SN", true, false, null, null), UUID.randomUUID().toString(), "10.9.8.7", Locale.FRENCH);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(fair.getId(), "salon-casablanca-visiteurs.xlsx",
                    SampleFiles.bytes("salon-casablanca-visiteurs.xlsx"));
            ImportProgress read = imports.progress(upload.getId());
            assertEquals(ImportFormat.XLSX, read.format());
            assertEquals("XLSX", read.encoding());
            assertEquals(4, read.headerLine());
            // The mapping screen: "Nom" is the family name here, the phone and consent headers are not known ones.
            ColumnMapping mapping = read.mapping();
            mapping.set(ImportField.FULL_NAME, null);
            mapping.set(ImportField.LAST_NAME, imports.headers(upload.getId()).indexOf("Nom"));
            mapping.set(ImportField.PHONE, imports.headers(upload.getId()).indexOf("Téléphone portable"));
            mapping.set(ImportField.CONSENT_CONTACT, imports.headers(upload.getId())
                    .indexOf("Consentement (être contacté)"));
            assertEquals(List.of(PreviewRow.Outcome.CREATE, PreviewRow.Outcome.CREATE, PreviewRow.Outcome.MERGE,
                    PreviewRow.Outcome.CREATE, PreviewRow.Outcome.JOIN), imports.preview(upload.getId(), mapping,
                    Locale.FRENCH).stream().map(PreviewRow::outcome).toList(),
                    "Inès Haddad, row 8, gave no e-mail but her name and phone: she is not dropped");

            imports.start(upload.getId(), mapping, "Salons Maroc (Excel)");
            ImportProgress done = awaitEnd(upload.getId());

            assertEquals(LeadImport.Status.COMPLETED, done.status());
            assertEquals(List.of(3, 1, 1, 0), List.of(done.created(), done.merged(), done.skipped(), done.failed()));
            EventRegistration ines = events.registrations(fair.getId(), null).stream()
                    .filter(r -> r.getLastName().equals("Haddad")).findFirst().orElseThrow();
            assertNull(ines.getEmail(), "no address invented for her");
            assertEquals("+21620123456", ines.getPhoneE164());
            EventRegistration yasmine = events.registrations(fair.getId(), null).stream()
                    .filter(r -> r.getLastName().equals("El Amrani")).findFirst().orElseThrow();
            assertEquals("+212612345679", yasmine.getPhoneE164(), "her number, typed as a number in Excel");
        }
        List<ConsentRecord> consents = tenancy.acrossAllTenants(() -> em.createQuery("select c from ConsentRecord c,"
                        + " EventRegistration r where c.eventRegistrationId = r.id and r.eventId = :event"
                        + " order by r.lastName", ConsentRecord.class)
                .setParameter("event", fair.getId()).getResultList());
        assertEquals(List.of(false, true, true, true), consents.stream().map(ConsentRecord::isGranted).toList(),
                "Benali said no; El Amrani, Haddad and Sow yes");
    }

    /**
     * A list's answers on consent are dated by its event, not by the import; and a list's "yes" is never recorded over
     * a no the person said themselves: she said yes at the fair, then called to be left alone, and the list of the fair
     * imported after her call leaves her withdrawal in force, writes nothing of its yes, and says why on her row.
     */
    @Test
    void aListsAnswerOnConsentIsDatedByTheEventAndItsYesNeverRecordedOverAWithdrawal() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Webinaire Abidjan");
        Event fair = event(fjord, recruiter, "Salon de Dakar");
        publicEvents.register(earlier.getId(), new RegistrationRequest("Awa", "Diallo", "awa.diallo@exemple.sn",
                null, "SN", true, false, null, null), UUID.randomUUID().toString(), "10.9.8.7", Locale.FRENCH);
        long awa = tenancy.asTenant(fjord.getId(), () -> em.createQuery("select l.id from Lead l"
                + " where l.emailNormalized = 'awa.diallo@exemple.sn'", Long.class).getSingleResult());
        Instant fairStart = fair.getStartsAt();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            // She said yes at the fair (begun an hour ago), then called to be left alone; the list of the fair is
            // imported after her call.
            leadConsents.recordWithdrawal(awa, ConsentPurpose.CONTACT, ConsentChannel.PHONE, Instant.now(),
                    "Ne plus l’appeler");
            LeadImport upload = imports.upload(fair.getId(), "salon-dakar.csv", ("Prénom;Nom;Courriel;"
                    + "Consentement contact\r\nAwa;Diallo;awa.diallo@exemple.sn;oui\r\n"
                    + "Moussa;Ba;moussa.ba@exemple.sn;oui\r\n").getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            assertEquals(3, mapping.column(ImportField.CONSENT_CONTACT).orElseThrow());
            imports.start(upload.getId(), mapping, null);
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(upload.getId()).status());

            List<ConsentEntry> register = leadConsents.history(awa);
            assertTrue(register.stream().noneMatch(ConsentEntry::fromList), "the list's yes is not recorded: "
                    + register);
            ConsentEntry inForce = ConsentStandings.inForce(register).get(ConsentPurpose.CONTACT);
            assertFalse(inForce.granted(), "her withdrawal is still the word in force");
            assertEquals(ConsentChannel.PHONE, inForce.channel());
            List<LeadImportFailure> warnings = imports.notes(upload.getId(), LeadImportFailure.Kind.WARNING, 0, 50);
            assertEquals(List.of(2L), warnings.stream().map(LeadImportFailure::getLineNumber).toList(),
                    "her row is imported, with why its yes was not applied");
            assertTrue(warnings.get(0).getReason().startsWith("Consentement à être contacté : la liste dit oui, mais"
                    + " la personne a elle-même retiré son consentement à être contactée le ")
                    && warnings.get(0).getReason().contains("ce oui n’est pas enregistré, son retrait reste en"
                    + " vigueur"), warnings.get(0).getReason());

            long moussa = tenancy.asTenant(fjord.getId(), () -> em.createQuery("select l.id from Lead l"
                    + " where l.emailNormalized = 'moussa.ba@exemple.sn'", Long.class).getSingleResult());
            ConsentEntry his = ConsentStandings.inForce(leadConsents.history(moussa)).get(ConsentPurpose.CONTACT);
            assertTrue(his.granted() && his.fromList(), "a new person's yes from the list is in force");
            assertEquals(fairStart, his.at(), "dated by the fair, not the import");
        }
    }

    /**
     * An old list imported for an event to come, whose answers carry the day of the import: its "yes" reopens no mail
     * to a person who withdrew their consent to be contacted, nor to one who withdrew their consent to news — nothing
     * of it is recorded, each row says why, the lead list's file and every mail keep their no — while a new person's
     * yes counts, and a list's "no" from a person who never agreed stops even the link to their file. The person who
     * withdrew then registers for the event herself, box ticked: her own yes counts from that day, for the answers.
     */
    @Test
    void anOldListsYesReopensNoMailToThoseWhoSaidStopButTheirOwnLaterYesCounts() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire Thiès");
        publicEvents.register(webinar.getId(), new RegistrationRequest("Awa", "Ndiaye", "awa.ndiaye@exemple.sn",
                null, "SN", true, true, null, null), UUID.randomUUID().toString(), "10.9.8.11", Locale.FRENCH);
        publicEvents.register(webinar.getId(), new RegistrationRequest("Omar", "Sall", "omar.sall@exemple.sn",
                null, "SN", true, true, null, null), UUID.randomUUID().toString(), "10.9.8.12", Locale.FRENCH);
        long awa = leadId(fjord, "awa.ndiaye@exemple.sn");
        long omar = leadId(fjord, "omar.sall@exemple.sn");
        Event fair;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            leadConsents.recordWithdrawal(awa, ConsentPurpose.CONTACT, ConsentChannel.PHONE, Instant.now(),
                    "Ne plus m’écrire");
            leadConsents.recordWithdrawal(omar, ConsentPurpose.NEWS, ConsentChannel.EMAIL, Instant.now(), null);
            Event saved = saved("Salon de Saint-Louis", LocalDateTime.now(PARIS).plusDays(7).withSecond(0).withNano(0));
            fair = events.publish(saved.getId(), saved.getVersion());
            LeadImport upload = imports.upload(fair.getId(), "inscrits-2025.csv", ("Prénom;Nom;Courriel;"
                    + "Consentement contact;Consentement nouvelles\r\n"
                    + "Awa;Ndiaye;awa.ndiaye@exemple.sn;oui;oui\r\n"
                    + "Omar;Sall;omar.sall@exemple.sn;oui;oui\r\n"
                    + "Lina;Faye;lina.faye@exemple.sn;oui;oui\r\n"
                    + "Serge;Diouf;serge.diouf@exemple.sn;non;non\r\n").getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            assertEquals(4, mapping.column(ImportField.CONSENT_NEWS).orElseThrow());
            List<LeadImportFailure> warnings = importedWithWarnings(upload, mapping, List.of(2, 2, 0, 0),
                    "everyone is registered, whatever the list says of them");
            assertEquals(List.of(2L, 3L), warnings.stream().map(LeadImportFailure::getLineNumber).toList());
            assertTrue(warnings.get(0).getReason().startsWith("Consentement à être contacté, Consentement aux"
                    + " nouvelles : la liste dit oui, mais la personne a elle-même retiré son consentement à être"
                    + " contactée le "), warnings.get(0).getReason());
            assertTrue(warnings.get(1).getReason().startsWith("Consentement à être contacté, Consentement aux"
                    + " nouvelles : la liste dit oui, mais la personne s’est elle-même désabonnée des envois groupés"
                    + " du centre ou a retiré son consentement aux nouvelles le "), warnings.get(1).getReason());
            assertTrue(imports.failures(upload.getId()).isEmpty(), "no row to correct and send again");
        }
        long fairId = fair.getId();
        assertEquals(List.of("lina.faye@exemple.sn|CONTACT|true", "lina.faye@exemple.sn|NEWS|true",
                        "serge.diouf@exemple.sn|CONTACT|false", "serge.diouf@exemple.sn|NEWS|false"),
                tenancy.acrossAllTenants(() -> em.createQuery("select r.emailNormalized, c.purpose, c.granted"
                                + " from ConsentRecord c, EventRegistration r where c.eventRegistrationId = r.id"
                                + " and r.eventId = :event", Object[].class)
                        .setParameter("event", fairId).getResultList()).stream()
                        .map(c -> c[0] + "|" + c[1] + "|" + c[2]).sorted().toList(),
                "nothing of the list's yes for the two who said stop");
        long lina = leadId(fjord, "lina.faye@exemple.sn");
        long serge = leadId(fjord, "serge.diouf@exemple.sn");
        java.util.Map<Long, ca.tremplin.person.EmailContact> standing = mailingConsents.emailContact(
                List.of(awa, omar, lina, serge), Instant.now());
        assertEquals(ca.tremplin.person.EmailContact.Standing.WITHDRAWN, standing.get(awa).standing());
        assertEquals(ca.tremplin.person.EmailContact.Standing.UNSUBSCRIBED, standing.get(omar).standing());
        assertEquals(ca.tremplin.person.EmailContact.Standing.CONSENTED, standing.get(lina).standing());
        assertEquals(ca.tremplin.person.EmailContact.Standing.REFUSED, standing.get(serge).standing());
        assertFalse(mailingConsents.mayWrite(ca.tremplin.person.ConsentStandings.Mail.BULK, omar));
        assertTrue(mailingConsents.mayWrite(ca.tremplin.person.ConsentStandings.Mail.REPLY, omar),
                "news withdrawn: his questions are still answered");
        assertFalse(mailingConsents.mayWrite(ca.tremplin.person.ConsentStandings.Mail.REPLY, awa));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals("applicant.linkNotSentWithdrawn", assertThrows(BusinessRuleException.class,
                    () -> review.sendLink(serge)).messageKey(), "the list's no stops the file's mail as the export's"
                    + " \"do not write\" says");
        }

        // Awa registers for the fair herself, the box to be contacted ticked: her own later yes counts as of today —
        // for what concerns her registration and her questions; a public form, which anyone who knows her address can
        // send, reopens no mailings until she gives news from her own link.
        publicEvents.register(fair.getId(), new RegistrationRequest("Awa", "Ndiaye", "awa.ndiaye@exemple.sn", null,
                "SN", true, false, null, null), UUID.randomUUID().toString(), "10.9.8.13", Locale.FRENCH);
        ca.tremplin.person.EmailContact now = mailingConsents.emailContact(List.of(awa), Instant.now()).get(awa);
        assertEquals(ca.tremplin.person.EmailContact.Standing.CONSENTED_NO_MAILINGS, now.standing());
        assertEquals(java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE),
                java.time.LocalDate.ofInstant(now.since(), ca.tremplin.kernel.QuebecTime.ZONE), "since today");
        assertTrue(mailingConsents.mayWrite(ca.tremplin.person.ConsentStandings.Mail.REPLY, awa));
        assertFalse(mailingConsents.mayWrite(ca.tremplin.person.ConsentStandings.Mail.BULK, awa));
    }

    /**
     * A list's answer on being contacted counts only when it is yes or no. A blank answer records no refusal: the
     * person receives bulk e-mail when another consent allows it, and only then. "peut-être" records nothing and is
     * said on its row of the report; "non" records the refusal. A "non" from a person who had agreed to be contacted
     * before is kept with the registration but takes nothing back, and staff are told on its row.
     */
    @Test
    void onlyAnExplicitNoToBeingContactedIsRecordedAsARefusalAndAnUnclearAnswerIsSaidOnItsRow() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Webinaire Yaoundé");
        Event fair = event(fjord, recruiter, "Salon de Douala");
        // Awa subscribed to news on the webinar's form; Paul agreed to be contacted there, not to news.
        registerOnTheForm(earlier, "Awa", "Mbarga", true);
        registerOnTheForm(earlier, "Paul", "Etoa", false);
        // Paul's consent was given days before the fair, whose answers are dated by its start (an hour ago).
        execute("update consent_record c join event_registration r on r.id = c.event_registration_id"
                + " set c.given_at = c.given_at - interval 3 day where r.event_id = " + earlier.getId()
                + " and r.email_normalized = 'paul.etoa@exemple.cm'");
        String list = "Prénom;Nom;Courriel;Consentement contact\r\n"
                + "Awa;Mbarga;awa.mbarga@exemple.cm;\r\n"
                + "Jean;Fouda;jean.fouda@exemple.cm;\r\n"
                + "Chantal;Ngo;chantal.ngo@exemple.cm;peut-être\r\n"
                + "Serge;Kamga;serge.kamga@exemple.cm;non\r\n"
                + "Paul;Etoa;paul.etoa@exemple.cm;Non \r\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(fair.getId(), "salon-douala.csv", list.getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            assertEquals(3, mapping.column(ImportField.CONSENT_CONTACT).orElseThrow());
            String notUnderstood = "Consentement à être contacté (Consentement contact) : réponse non comprise, ni"
                    + " oui ni non (« peut-être ») : rien n’est enregistré, ni consentement ni refus.";
            assertTrue(imports.preview(upload.getId(), mapping, Locale.FRENCH).get(2).reason()
                    .contains(notUnderstood), "the preview says it before anything is imported");

            List<LeadImportFailure> warnings = importedWithWarnings(upload, mapping, List.of(3, 2, 0, 0),
                    "everyone is imported, whatever their answer");
            assertEquals(List.of(4L, 6L), warnings.stream().map(LeadImportFailure::getLineNumber).toList(),
                    "with their lines, like the report's other warnings");
            assertEquals(notUnderstood, warnings.get(0).getReason());
            assertEquals("Consentement à être contacté : la liste dit non, mais la personne avait accepté d’être"
                    + " contactée : son consentement reste en vigueur. Si elle a demandé de ne plus l’être, inscrivez"
                    + " ce retrait sur sa fiche.", warnings.get(1).getReason());
            assertTrue(imports.failures(upload.getId()).isEmpty(), "no row to correct and send again");
        }
        List<ConsentRecord> fromTheList = tenancy.acrossAllTenants(() -> em.createQuery("select c from ConsentRecord c,"
                        + " EventRegistration r where c.eventRegistrationId = r.id and r.eventId = :event"
                        + " order by r.lastName", ConsentRecord.class)
                .setParameter("event", fair.getId()).getResultList());
        assertEquals(List.of("CONTACT|false|« Consentement contact » = « Non » (salon-douala.csv, ligne 6)",
                        "CONTACT|false|« Consentement contact » = « non » (salon-douala.csv, ligne 5)"),
                fromTheList.stream().map(c -> c.getPurpose() + "|" + c.isGranted() + "|" + c.getTextShown()).toList(),
                "Etoa's and Kamga's explicit no, each with its proof; nothing for a blank or unclear answer");

        long awa = leadId(fjord, "awa.mbarga@exemple.cm");
        long jean = leadId(fjord, "jean.fouda@exemple.cm");
        long chantal = leadId(fjord, "chantal.ngo@exemple.cm");
        long serge = leadId(fjord, "serge.kamga@exemple.cm");
        long paul = leadId(fjord, "paul.etoa@exemple.cm");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            for (long blankOrUnclear : List.of(awa, jean, chantal)) {
                assertFalse(ConsentStandings.contactDeclined(leadConsents.history(blankOrUnclear)),
                        "no refusal the person never gave");
            }
            assertTrue(ConsentStandings.contactDeclined(leadConsents.history(serge)), "his no is recorded");
            assertTrue(ConsentStandings.contactAgreed(leadConsents.history(paul)),
                    "a list's no takes back no consent given before");
        }
        java.util.Map<Long, MailingConsents.Standing> bulk = mailingConsents.standing(List.of(awa, jean, chantal),
                Instant.now());
        assertTrue(bulk.get(awa).allowsBulkMail(), "her news consent from the webinar still allows bulk e-mail");
        assertEquals(MailingConsents.Standing.NONE, bulk.get(jean), "a blank answer allows nothing either");
        assertEquals(MailingConsents.Standing.NONE, bulk.get(chantal));
    }

    /**
     * A list of two thousand rows with a warning on half of them and the other half skipped: the report reaches every
     * one of each, a page at a time by line, past the first thousand its tables used to stop at without a word.
     */
    @Test
    void theReportReachesEveryRowWithAWarningAndEverySkippedRowAPageAtATime() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("rapport");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire de deux mille");
        String domain = "rapport" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        int each = 1030;
        StringBuilder csv = new StringBuilder("Name;Email;Phone;Country;Role\r\n");
        for (int i = 1; i <= each; i++) {
            csv.append("Participant ").append(i).append(";p").append(i).append('@').append(domain)
                    .append(";12;Tunisie;Attendee\r\n");
        }
        for (int i = 1; i <= each; i++) {
            csv.append("Animateur ").append(i).append(";o").append(i).append('@').append(domain)
                    .append(";;Canada;Organizer\r\n");
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "deux-mille.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), null);
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(upload.getId()).status());

            java.util.Map<LeadImportFailure.Kind, Long> counts = imports.noteCounts(upload.getId());
            assertEquals((long) each, counts.get(LeadImportFailure.Kind.WARNING));
            assertEquals((long) each, counts.get(LeadImportFailure.Kind.SKIPPED));
            List<LeadImportFailure> lastWarnings = imports.notes(upload.getId(), LeadImportFailure.Kind.WARNING,
                    1000, 50);
            assertEquals(each - 1000, lastWarnings.size(), "the page past the first thousand holds the others");
            assertEquals(List.of(1002L, (long) each + 1), List.of(lastWarnings.get(0).getLineNumber(),
                    lastWarnings.get(lastWarnings.size() - 1).getLineNumber()), "by line, to the list's last");
            List<LeadImportFailure> lastSkipped = imports.notes(upload.getId(), LeadImportFailure.Kind.SKIPPED,
                    1000, 50);
            assertEquals(each - 1000, lastSkipped.size());
            assertEquals((long) 2 * each + 1, lastSkipped.get(lastSkipped.size() - 1).getLineNumber());
            assertEquals(List.of(52L, 53L), imports.notes(upload.getId(), LeadImportFailure.Kind.WARNING, 50, 2)
                    .stream().map(LeadImportFailure::getLineNumber).toList(), "any page, from where it begins");
        }
    }

    /**
     * Six people, the fourth opening a quote it never closes: the preview shows the three above it as they will be
     * imported, the fourth's line as unreadable, then the two below it; the import, two rows a chunk, imports the five
     * and fails the fourth alone, with its line and why, its cells given back in the list's columns by the failed-rows
     * download.
     */
    @Test
    void aLineThatCannotBeReadFailsAloneAndEveryOtherRowIsImported() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("guillemet");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire du guillemet");
        byte[] list = ("Prénom;Nom;Courriel;Pays\r\n"
                + "Awa;Diop;awa.guillemet@exemple.sn;Sénégal\r\n"
                + "Karim;Benali;karim.guillemet@exemple.ma;Maroc\r\n"
                + "Luc;Tremblay;luc.guillemet@exemple.ca;Canada\r\n"
                + "Ana;\"Silva;ana.guillemet@exemple.br;Brésil\r\n"
                + "Li;Wei;li.guillemet@exemple.cn;Chine\r\n"
                + "Zoé;Côté;zoe.guillemet@exemple.ca;Canada\r\n").getBytes(java.nio.charset.Charset.forName(
                        "windows-1252"));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport upload = imports.upload(webinar.getId(), "guillemet.csv", list);
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();

            List<PreviewRow> preview = imports.preview(upload.getId(), mapping, Locale.FRENCH);

            assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), preview.stream().map(PreviewRow::line).toList());
            assertEquals(List.of(PreviewRow.Outcome.CREATE, PreviewRow.Outcome.CREATE, PreviewRow.Outcome.CREATE,
                    PreviewRow.Outcome.UNREADABLE, PreviewRow.Outcome.CREATE, PreviewRow.Outcome.CREATE),
                    preview.stream().map(PreviewRow::outcome).toList());
            assertTrue(preview.get(3).reason().startsWith("Ligne 5 illisible : le guillemet ouvert sur cette ligne"
                    + " ne se referme jamais"), preview.get(3).reason());

            imports.start(upload.getId(), mapping, null, 2);
            ImportProgress done = awaitEnd(upload.getId());

            assertEquals(LeadImport.Status.COMPLETED, done.status());
            assertEquals(List.of(5, 1), List.of(done.created(), done.failed()));
            List<LeadImportFailure> failures = imports.failures(upload.getId());
            assertEquals(List.of(5L), failures.stream().map(LeadImportFailure::getLineNumber).toList());
            assertTrue(failures.get(0).getReason().startsWith("Ligne 5 illisible"), failures.get(0).getReason());
            LeadImportService.FailedRows failed = imports.failedRows(upload.getId(), Locale.FRENCH);
            assertEquals(List.of("Ana", "\"Silva", "ana.guillemet@exemple.br", "Brésil"),
                    FailedRowsFile.cells(failed.rows().get(0).getRawRow(), failed.delimiter()),
                    "in the list's columns, to be corrected and sent again");
        }
        assertEquals(1, countLeads(fjord, "luc.guillemet@exemple.ca"));
        assertEquals(1, countLeads(fjord, "li.guillemet@exemple.cn"), "the row below it too");
        assertEquals(1, countLeads(fjord, "zoe.guillemet@exemple.ca"));
        assertEquals(0, countLeads(fjord, "ana.guillemet@exemple.br"), "none of its values read as a person's");
    }

    /**
     * A column without a header — the country, between the names and the address — mapped and saved under a name is
     * mapped so again when the next list of the same layout is uploaded.
     */
    @Test
    void aMappingSavedForAColumnWithoutAHeaderIsTakenByTheNextListOfThatLayout() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("sans-entete");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = event(fjord, recruiter, "Salon sans en-tête");
        String domain = "entete" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        String headers = "Prénom;Nom;;Courriel\r\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport first = imports.upload(fair.getId(), "salon.csv", (headers + "Awa;Diop;Sénégal;awa@" + domain
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(first.getId()).mapping();
            assertTrue(mapping.column(ImportField.COUNTRY).isEmpty(), "no header names it");
            mapping.set(ImportField.COUNTRY, 2);
            imports.start(first.getId(), mapping, "Salon sans en-tête");
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(first.getId()).status());

            LeadImport second = imports.upload(fair.getId(), "salon-2.csv", (headers + "Li;Wei;Chine;li@" + domain
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
            assertEquals(java.util.Optional.of(2), imports.progress(second.getId()).mapping()
                    .column(ImportField.COUNTRY), "the saved mapping's column without a header");
            assertEquals(List.of("Prénom", "Nom", "", "Courriel"), imports.headers(second.getId()));
            assertEquals("Chine", imports.samples(second.getId()).get(2));
        }
    }

    /**
     * An import not started whose list is no longer kept — swept after some days, or cleared by an erasure of a
     * person it named — says so ("import.fileGone", to upload it again) wherever its list is read, and nothing starts.
     */
    @Test
    void anImportNotStartedWhoseListIsNoLongerKeptSaysSoAndNothingStarts() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("balayee");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire oublié");
        byte[] list = "Email,First Name,Last Name\r\nawa.balayee@exemple.sn,Awa,Diop\r\n"
                .getBytes(StandardCharsets.UTF_8);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport swept = imports.upload(webinar.getId(), "balayee.csv", list);
            ColumnMapping mapping = imports.progress(swept.getId()).mapping();
            files.deleteKept(swept.getFilePath());
            LeadImport erased = imports.upload(webinar.getId(), "effacee.csv", list);
            // A list uploaded before lists were kept on disk, its bytes cleared by an erasure (ImportMentions).
            files.deleteKept(erased.getFilePath());
            execute("update lead_import set file_path = null, content = null where id = " + erased.getId());
            for (LeadImport gone : List.of(swept, erased)) {
                assertEquals("import.fileGone", assertThrows(ImportProblem.class,
                        () -> imports.headers(gone.getId())).messageKey());
                assertEquals("import.fileGone", assertThrows(ImportProblem.class,
                        () -> imports.preview(gone.getId(), mapping, Locale.FRENCH)).messageKey());
                assertEquals("import.fileGone", assertThrows(ImportProblem.class,
                        () -> imports.start(gone.getId(), mapping, null)).messageKey());
                assertEquals(LeadImport.Status.READY, imports.progress(gone.getId()).status(), "nothing started");
            }
        }
        assertEquals(0, countLeads(fjord, "awa.balayee@exemple.sn"));
    }

    /**
     * A colleague's mapping is never overwritten unseen: a start that would save its mapping under a name the centre's
     * mappings have already is refused, nothing saved or started, until the person chooses to replace it; each save
     * and replacement is traced with the centre's settings, who and from what to what.
     */
    @Test
    void savingAMappingUnderANameTakenAsksToReplaceItAndEachSaveIsTraced() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("correspondances");
        UserAccount first = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount colleague = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = event(fjord, first, "Salon de Montréal");
        String domain = "corresp" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(first, fjord)) {
            LeadImport upload = imports.upload(fair.getId(), "salon.csv", ("Email,First Name,Last Name\r\n"
                    + "awa@" + domain + ",Awa,Diop\r\n").getBytes(StandardCharsets.UTF_8));
            imports.start(upload.getId(), imports.progress(upload.getId()).mapping(), "Salon");
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(upload.getId()).status());
        }
        String salon = "select headers from import_mapping where tenant_id = ?1 and name = 'Salon'";
        String firstHeaders = savedHeaders(fjord, salon);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(colleague, fjord)) {
            LeadImport upload = imports.upload(fair.getId(), "kiosque.csv", ("Courriel;Prénom;Nom;Téléphone\r\n"
                    + "karim@" + domain + ";Karim;Benali;+212 6 98 76 54 32\r\n").getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            BusinessRuleException taken = assertThrows(BusinessRuleException.class,
                    () -> imports.start(upload.getId(), mapping, " Salon "));
            assertEquals("Une correspondance de colonnes porte déjà le nom « Salon » (un collègue l’a peut-être"
                    + " enregistrée) : rien n’a été lancé. Choisissez un autre nom, ou cochez « Remplacer la"
                    + " correspondance qui porte déjà ce nom », puis lancez de nouveau.",
                    taken.localizedMessage(Locale.FRENCH));
            assertEquals(LeadImport.Status.READY, imports.progress(upload.getId()).status(), "nothing started");
            assertEquals(firstHeaders, savedHeaders(fjord, salon), "the colleague's mapping as it was");

            imports.start(upload.getId(), mapping, "Salon", true);
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(upload.getId()).status());
        }
        assertEquals("Courriel\u001fPrénom\u001fNom\u001fTéléphone", savedHeaders(fjord, salon),
                "replaced, once chosen");
        List<?> trace = tenancy.acrossAllTenants(() -> em.createNativeQuery("select concat_ws('|', subject, what,"
                + " actor_id, detail) from staff_change where tenant_id = ?1 and what like 'COLUMNS%' order by id")
                .setParameter(1, fjord.getId()).getResultList());
        assertEquals(List.of("SETTINGS|COLUMNS_SAVED|" + first.getId() + "|Salon: FIRST_NAME=First Name;"
                        + "LAST_NAME=Last Name;EMAIL=Email",
                "SETTINGS|COLUMNS_REPLACED|" + colleague.getId() + "|Salon: FIRST_NAME=First Name;LAST_NAME=Last Name;"
                        + "EMAIL=Email → FIRST_NAME=Prénom;LAST_NAME=Nom;EMAIL=Courriel;PHONE=Téléphone"), trace,
                "who saved it, who replaced it, from what to what");
    }

    /**
     * A list with the headers of a mapping the centre saved is uploaded with that mapping, which the import page finds
     * again by the list's headers and recognises as unchanged (it then asks for no name); a colleague's list with other
     * headers finds none. Started as saved, no copy is added.
     */
    @Test
    void aListWithTheHeadersOfASavedMappingOpensWithItAsSaved() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("correspondance-reprise");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = event(fjord, recruiter, "Salon de Sherbrooke");
        String domain = "reprise" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        String headers = "Courriel;Prénom;Nom;Portable\r\n";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport first = imports.upload(fair.getId(), "salon.csv", (headers + "awa@" + domain
                    + ";Awa;Diop;+221 77 123 45 67\r\n").getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(first.getId()).mapping();
            mapping.set(ImportField.PHONE, 3);
            imports.start(first.getId(), mapping, "Salon de l’Estrie");
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(first.getId()).status());

            LeadImport second = imports.upload(fair.getId(), "salon-2.csv", (headers + "luc@" + domain
                    + ";Luc;Tremblay;+1 819 555 0101\r\n").getBytes(StandardCharsets.UTF_8));
            ColumnMapping shown = imports.progress(second.getId()).mapping();
            SavedMapping saved = imports.savedMappingFor(imports.headers(second.getId())).orElseThrow();
            assertEquals("Salon de l’Estrie", saved.getName());
            assertTrue(saved.mapping().sameAs(shown), "the upload took it as it was saved");
            assertTrue(imports.savedMappingFor(List.of("Email", "First Name", "Last Name")).isEmpty(),
                    "other headers, no saved mapping");

            imports.start(second.getId(), shown, null);
            assertEquals(LeadImport.Status.COMPLETED, awaitEnd(second.getId()).status());
        }
        assertEquals(1L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from"
                + " import_mapping where tenant_id = ?1").setParameter(1, fjord.getId()).getSingleResult()))
                .longValue(), "one mapping kept, no copy");
    }

    private String savedHeaders(Tenant tenant, String sql) {
        return (String) tenancy.acrossAllTenants(() -> em.createNativeQuery(sql).setParameter(1, tenant.getId())
                .getSingleResult());
    }

    @Test
    void badFilesAreRefusedAndAnotherCentresImportIsNotFound() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        Tenant rives = fixtures.newSchoolBoard("rives");
        UserAccount fjordRecruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount rivesRecruiter = fixtures.newAccount(rives, Role.RECRUITER);
        Event fair = event(fjord, fjordRecruiter, "Salon de Tunis");
        LeadImport upload;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fjordRecruiter, fjord)) {
            assertEquals("import.invalid.headerOnly", assertThrows(ImportProblem.class, () -> imports.upload(
                    fair.getId(), "vide.csv", "Email,Name\r\n".getBytes(StandardCharsets.UTF_8))).messageKey());
            assertEquals("import.invalid.binary", assertThrows(ImportProblem.class, () -> imports.upload(
                    fair.getId(), "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}))
                    .messageKey());
            upload = imports.upload(fair.getId(), "teams.csv", SampleFiles.bytes("teams-attendance.csv"));
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(rivesRecruiter, rives)) {
            assertThrows(NotFoundException.class, () -> imports.progress(upload.getId()));
            assertThrows(NotFoundException.class, () -> imports.failures(upload.getId()));
            assertThrows(NotFoundException.class, () -> imports.upload(fair.getId(), "x.csv",
                    "Email,Name\r\na@b.org,A B\r\n".getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A webinar of two hours saved as a draft by the signed-in staff member. */
    private Event saved(String title, LocalDateTime start) {
        Event webinar = new Event();
        webinar.setType(EventType.WEBINAR);
        webinar.setVirtual(true);
        webinar.setOnlineUrl("https://meet.example.org/" + UUID.randomUUID());
        webinar.setTitleFr(title);
        return events.save(webinar, start, start.plusHours(2), "Europe/Paris");
    }

    private Event event(Tenant tenant, UserAccount staff, String title) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, tenant)) {
            // Under way: begun an hour ago (who attended can be known), still taking registrations for another.
            Event saved = saved(title, LocalDateTime.now(PARIS).minusHours(1).withSecond(0).withNano(0));
            return events.publish(saved.getId(), saved.getVersion());
        }
    }

    /**
     * The list imported to its end, {@code counts} its people created, merged, skipped and failed; the warnings of
     * its report, in their lines' order.
     */
    private List<LeadImportFailure> importedWithWarnings(LeadImport upload, ColumnMapping mapping, List<Integer> counts,
                                                         String why) {
        imports.start(upload.getId(), mapping, null);
        ImportProgress done = awaitEnd(upload.getId());
        assertEquals(LeadImport.Status.COMPLETED, done.status());
        assertEquals(counts, List.of(done.created(), done.merged(), done.skipped(), done.failed()), why);
        return imports.notes(upload.getId(), LeadImportFailure.Kind.WARNING, 0, 50);
    }

    /** Waits for the job's run to end, then reads what the page reads. */
    private ImportProgress awaitEnd(long importId) {
        importEndings.awaitNext(importId);
        return imports.progress(importId);
    }

    /** A registration on the event's public form, which gives consent to be contacted, and to news when asked. */
    private void registerOnTheForm(Event event, String first, String last, boolean news) {
        String email = (first + "." + last + "@exemple.cm").toLowerCase(Locale.ROOT);
        publicEvents.register(event.getId(), new RegistrationRequest(first, last, email, null, "CM", true, news, null,
                null), UUID.randomUUID().toString(), "10.9.8.7", Locale.FRENCH);
    }

    /** A registration on the event's public page, with consent to be contacted and none to news. */
    private void registerOnThePublicPage(Event event, String first, String last, String email, String phone,
                                         String country) {
        publicEvents.register(event.getId(), new RegistrationRequest(first, last, email, phone, country, true, false,
                null, null), UUID.randomUUID().toString(), "10.9.8.7", Locale.FRENCH);
    }

    private long leadId(Tenant tenant, String email) {
        return tenancy.asTenant(tenant.getId(), () -> em.createQuery(
                "select l.id from Lead l where l.emailNormalized = :email", Long.class)
                .setParameter("email", email).getSingleResult());
    }

    private long countLeads(Tenant tenant, String email) {
        return tenancy.asTenant(tenant.getId(), () -> em.createQuery(
                "select count(l) from Lead l where l.emailNormalized = :email", Long.class)
                .setParameter("email", email).getSingleResult());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
