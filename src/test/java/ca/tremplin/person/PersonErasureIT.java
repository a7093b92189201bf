package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.applicant.ApplicantFileService;
import ca.tremplin.applicant.DocumentKind;
import ca.tremplin.applicant.DocumentReviewService;
import ca.tremplin.application.ApplicationRequest;
import ca.tremplin.application.ApplicationService;
import ca.tremplin.event.Event;
import ca.tremplin.event.EventService;
import ca.tremplin.event.EventType;
import ca.tremplin.event.PublicEvents;
import ca.tremplin.event.RegistrationRequest;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.inquiry.InquirySettingsService;
import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.leadimport.ColumnMapping;
import ca.tremplin.leadimport.ImportFiles;
import ca.tremplin.leadimport.LeadImport;
import ca.tremplin.leadimport.LeadImportService;
import ca.tremplin.pipeline.LeadListService;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.security.TestSessions;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.ImportEndings;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.unsubscribe.MailOptOut;
import ca.tremplin.unsubscribe.Unsubscriptions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Erasure on request (GDPR, Law 25): one action on the lead page, confirmed by the centre's admin, erases the
 * person's personal information from every table and file that holds it — the record and its merged duplicate,
 * the timeline's text, the audit's values, proposals, requests, registrations, applications, documents and CVs,
 * sent mail, unsubscribe links and opt-outs, an import's report rows and a list kept on disk — while what reports
 * count stays: the record, its stage, dates, country and programs, each request, registration, application and
 * message as a row. After it, the whole database and the server's data directory are read and none of the person's
 * addresses, names or phones is found anywhere. The erasure itself is recorded without the data. Another centre's
 * admin cannot erase the person, whatever id they send, nor can a recruiter.
 */
class PersonErasureIT extends InServerTest {

    static final byte[] PDF_HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ca.tremplin.pipeline.LeadConsents leadConsents;

    @Inject
    PersonErasure erasure;

    @Inject
    ApprenticeErasure apprentices;

    @Inject
    ca.tremplin.showcase.ShowcaseInvitations showcaseInvitations;

    @Inject
    ca.tremplin.showcase.ShowcasePosting showcasePosting;

    @Inject
    ca.tremplin.showcase.GuardianConsents guardians;

    @Inject
    PersonalDataExport personalData;

    @Inject
    ca.tremplin.access.AccessRequests accessRequests;

    @Inject
    LeadService leads;

    @Inject
    ca.tremplin.inquiry.InboxService inbox;

    @Inject
    PublicEvents publicEvents;

    @Inject
    EventService events;

    @Inject
    ApplicationService applications;

    @Inject
    ca.tremplin.application.InterviewAnswers interviewAnswers;

    @Inject
    DocumentReviewService review;

    @Inject
    ApplicantFileService applicantFiles;

    @Inject
    LeadImportService imports;

    @Inject
    ImportEndings importEndings;

    @Inject
    ImportFiles importFiles;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    Tenancy tenancy;

    @jakarta.persistence.PersistenceContext(unitName = "tremplin")
    jakarta.persistence.EntityManager em;

    @Inject
    DatabaseRows rows;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    @Test
    void anErasureLeavesNoneOfThePersonsDataInTheDatabaseNorTheDataDirectoryAndKeepsWhatReportsCount()
            throws Exception {
        TestCentre centre = fixtures.newCentre("erase");
        Person person = Person.invented();
        Lead lead = fixtures.newLead(centre.tenant(), centre.program(), person.first, person.last, person.email,
                person.phoneTyped, 2004);
        Lead duplicate = fixtures.newLead(centre.tenant(), centre.program(), person.first, person.last,
                person.otherEmail, null, null);
        InquiryRequest again = InquiryRequests.complete(person.email, centre.program().getId());
        again.setFirstName(person.otherFirst);
        again.setLastName(person.last);
        again.setMessage("Je m'appelle " + person.otherFirst + " " + person.last + ", mon numéro : "
                + person.phoneTyped);
        fixtures.submitted(again, new ca.tremplin.inquiry.SubmissionContext(UUID.randomUUID().toString(),
                ca.tremplin.inquiry.Inquiry.Channel.API, "10.66.1.2", Locale.FRENCH));
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            correctPhone(lead.getId(), person.otherPhoneTyped);
            leads.addNote(lead.getId(), "Appelé " + person.first + " " + person.last + " au " + person.otherPhoneTyped);
            leads.addTask(lead.getId(), "Rappeler " + person.first, Instant.now().plus(2, ChronoUnit.DAYS), null);
            leads.merge(lead.getId(), duplicate.getId());
        }
        Event fair = event(centre, "Salon " + UUID.randomUUID());
        publicEvents.register(fair.getId(), new RegistrationRequest(person.first, person.last, person.email,
                person.phoneTyped, "SN", true, true, null, null, null), UUID.randomUUID().toString(), "10.66.2.3",
                Locale.FRENCH);
        byte[] cv = pdf("CV de " + person.first + " " + person.last + " " + person.email);
        long applied = applications.apply(centre.offer().getId(), application(person), "CV_" + person.last + ".pdf",
                cv, Locale.FRENCH, "10.66.3.4");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            // Staff type where the interview is held, and it may name the person's own phone.
            applications.scheduleInterview(applied, java.time.LocalDateTime.now().plusMonths(2).withNano(0),
                    "Africa/Dakar", 30, "WhatsApp " + person.otherPhoneTyped, null);
        }
        // The person answers the invitation, and their note names them.
        interviewAnswers.answer(found(lastMailTo(person.email, ANSWER_LINK), ANSWER_LINK),
                ca.tremplin.application.InterviewAnswer.ANOTHER_TIME, "Écrivez-moi à " + person.email);
        String token;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            review.sendLink(lead.getId());
        }
        token = parameter(lastMailTo(person.email, "/dossier\\.xhtml\\?token=([A-Za-z0-9_-]+)"), 1);
        applicantFiles.upload(token, DocumentKind.PASSPORT, "passeport-" + person.last + ".pdf",
                pdf("Passeport " + person.first + " " + person.last));
        String list = "First Name,Last Name,Email,Phone,Country\n" + person.first + "," + person.last + ","
                + person.email + ",12,SN\n";
        Event webinar = event(centre, "Webinaire " + UUID.randomUUID());
        long completed = importList(centre, webinar, list);
        long waiting;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            waiting = imports.upload(webinar.getId(), "a-importer.csv", list.getBytes(StandardCharsets.UTF_8)).getId();
        }
        String listFile = rows.string("select file_path from lead_import where id = ?", waiting);
        sendBulkMail(centre, lead.getId());
        String unsubscribe = URLDecoder.decode(parameter(lastMailTo(person.email,
                "/desabonnement\\.xhtml\\?token=([^&\\s]+)"), 1), StandardCharsets.UTF_8);
        unsubscriptions.unsubscribe(unsubscribe, MailOptOut.Channel.PAGE, "10.66.4.5");

        Map<String, Long> counted = counts(lead.getId());
        assertTrue(rows.count("select count(*) from routed_inquiry where lead_id = ? and status in ('NEW', 'OPEN')",
                lead.getId()) > 0 && rows.count("select count(*) from lead_task where lead_id = ? and done_at is null",
                lead.getId()) > 0, "a request waits for its answer and tasks are open before");
        long request = rows.count("select max(id) from routed_inquiry where lead_id = ?", lead.getId());
        List<String> before = findAnywhere(person);
        assertTrue(before.size() > 10, "the person is everywhere before: " + before);
        assertTrue(Files.exists(importFiles.keptFile(listFile) == null ? Paths.get("/missing") : importFiles.keptFile(listFile)),
                "the list waiting to be imported is on disk");

        PersonErasureRecord record;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            record = erasure.eraseOnRequest(lead.getId());
        }

        assertEquals(List.of(), findAnywhere(person), "no table, column or file of the data directory names them");
        assertEquals(0L, rows.count("select count(*) from routed_inquiry where lead_id = ? and status in ('NEW', 'OPEN')",
                lead.getId()), "no request waits in the inbox for an answer nobody can be sent");
        assertEquals(0L, rows.count("select count(*) from lead_task where lead_id = ? and done_at is null",
                lead.getId()), "no task stays open on a home page");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("inbox.personErased", assertThrows(BusinessRuleException.class,
                    () -> inbox.markContacted(request)).messageKey(), "a page opened before is told, not a failure");
        }
        // Two lines more, which name nobody: the application under way closed, its interview to come cancelled.
        counted.merge("lead_event", 2L, Long::sum);
        assertEquals(counted, counts(lead.getId()), "every row reports count is still there");
        assertEquals("WITHDRAWN", rows.string("select status from offer_application where id = ?", applied),
                "nobody is left to process: the application under way is closed");
        assertEquals("VN|NEW|" + centre.program().getId(), rows.string("select concat_ws('|', l.country_of_residence,"
                + " l.stage, (select min(i.value) from lead_interest i where i.lead_id = l.id and i.kind = 'PROGRAM'))"
                + " from `lead` l where l.id = ?", lead.getId()), "country, stage and program of interest stay");
        assertEquals(ErasureReason.REQUEST, record.getReason());
        assertEquals(centre.admin().getId(), record.getErasedBy(), "who confirmed it");
        assertEquals(2, record.getRecords(), "the record and its merged duplicate");
        assertEquals(1L, rows.count("select count(*) from person_erasure where lead_id = ? and tenant_id = ?",
                lead.getId(), centre.tenant().getId()));
        assertEquals(1L, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'ERASED'", lead.getId()),
                "the timeline says so");
        assertTrue(importFiles.keptFile(listFile) == null, "the list that named them is deleted from the disk");
        assertEquals(LeadImport.Status.COMPLETED.name(), rows.string("select status from lead_import where id = ?",
                completed), "the completed import stays, with its counts");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            assertEquals("erasure.already", assertThrows(BusinessRuleException.class,
                    () -> erasure.eraseOnRequest(lead.getId())).messageKey());
        }
        // Nothing written about the person comes back afterwards, by a note, a task or a merge either way.
        Person other = Person.invented();
        Lead someoneElse = fixtures.newLead(centre.tenant(), centre.program(), other.first, other.last, other.email,
                null, null);
        long timelineBefore = rows.count("select count(*) from lead_event where lead_id = ?", lead.getId());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            for (org.junit.jupiter.api.function.Executable adding : List.<org.junit.jupiter.api.function.Executable>of(
                    () -> leads.addNote(lead.getId(), "Rappelé " + person.first + " au " + person.phoneTyped),
                    () -> leads.addTask(lead.getId(), "Écrire à " + person.email, Instant.now().plus(1,
                            ChronoUnit.DAYS), null),
                    () -> leads.merge(lead.getId(), someoneElse.getId()),
                    () -> leads.merge(someoneElse.getId(), lead.getId()))) {
                assertEquals("erasure.nothingAdded", assertThrows(BusinessRuleException.class, adding).messageKey());
            }
            leads.addTag(lead.getId(), "suivi-termine");
            // Nor in a stage move's written reason, a withdrawal's note, or a review of a document from a page
            // opened before the erasure; the move and the withdrawal themselves are made.
            assertEquals("erasure.reasonNotKept", assertThrows(BusinessRuleException.class,
                    () -> leads.changeStage(lead.getId(), ca.tremplin.person.LeadStage.CONTACTED,
                            "Parlé à " + person.first + " au " + person.phoneTyped, null)).messageKey());
            leads.changeStage(lead.getId(), ca.tremplin.person.LeadStage.CONTACTED, null, null);
            leads.changeStage(lead.getId(), ca.tremplin.person.LeadStage.NEW, null, null);
            assertEquals("erasure.noteNotKept", assertThrows(BusinessRuleException.class,
                    () -> leadConsents.recordWithdrawal(lead.getId(), ConsentPurpose.NEWS,
                            ca.tremplin.person.ConsentChannel.PHONE, Instant.now(), "Appel de " + person.first))
                    .messageKey());
            leadConsents.recordWithdrawal(lead.getId(), ConsentPurpose.NEWS, ca.tremplin.person.ConsentChannel.PHONE,
                    Instant.now(), null);
            assertEquals("application.final", assertThrows(BusinessRuleException.class,
                    () -> applications.changeStatus(applied, ca.tremplin.application.ApplicationStatus.REJECTED,
                            person.first + " a un casier", false)).messageKey(),
                    "an application of the person, closed by the erasure, refused with a written reason");
            ca.tremplin.applicant.LeadDocument passport = review.documents(lead.getId()).get(0);
            assertEquals("erasure.nothingAdded", assertThrows(BusinessRuleException.class,
                    () -> review.reject(passport.getId(), "Passeport de " + person.first + " expiré",
                            passport.getVersion())).messageKey());
        }
        assertEquals(List.of(), findAnywhere(person), "still nothing names them");
        assertEquals(timelineBefore + 4, rows.count("select count(*) from lead_event where lead_id = ?", lead.getId()),
                "only the tag, the two moves and the withdrawal, which name no one, were added");
        assertEquals(0L, rows.count("select count(*) from `lead` where merged_into_id is not null and id in (?, ?)",
                lead.getId(), someoneElse.getId()), "neither record was merged");
    }

    /**
     * A person under 14: their request's guardian was mailed about them by name, and their showcase profile, which
     * the guardian consented to and then withdrew (its address blanked with the rest), is known by its consent
     * register alone. The export finds that profile, and the erasure leaves neither the person's data nor the
     * guardian's name and address anywhere, mail to the guardian included.
     */
    @Test
    void aMinorsErasureTakesTheWithdrawnShowcaseProfileAndTheMailToTheirGuardian() throws Exception {
        TestCentre centre = fixtures.newCentre("minor");
        Person person = Person.invented();
        Person guardian = Person.invented();
        int young = java.time.Year.now().getValue() - 12;
        InquiryRequest request = InquiryRequests.complete(person.email, centre.program().getId());
        request.setFirstName(person.first);
        request.setLastName(person.last);
        request.setBirthYear(young);
        request.setGuardianName(guardian.first + " " + guardian.last);
        request.setGuardianEmail(guardian.email);
        request.setGuardianConsent(true);
        Lead lead = fixtures.newLead(centre.tenant(), request);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            showcaseInvitations.inviteByEmail(person.email, Locale.FRENCH);
        }
        String invitation = found(lastMailTo(person.email, "invitation=([A-Za-z0-9_-]+)"),
                "invitation=([A-Za-z0-9_-]+)");
        showcasePosting.post(invitation, new ca.tremplin.showcase.ProfilePost(person.first, centre.program().getId(),
                "Pâtissière", null, "J’aime créer des desserts et travailler en équipe le matin.", null, person.email,
                young, guardian.first + " " + guardian.last, guardian.email, true, true, true),
                ca.tremplin.showcase.TestPhotos.photo(), Locale.FRENCH, "10.66.5.6");
        String guardianLink = "vitrine-tuteur\\.xhtml\\?token=([A-Za-z0-9_-]+)";
        String guardianToken = found(lastMailTo(guardian.email, guardianLink), guardianLink);
        guardians.confirm(guardianToken, "10.66.5.7");
        guardians.withdraw(guardianToken, Locale.FRENCH, "10.66.5.7");
        assertEquals(1L, rows.count("select count(*) from showcase_profile p where p.email_normalized is null and"
                + " exists (select 1 from consent_record c where c.showcase_profile_id = p.id and c.email_normalized"
                + " = ?)", person.email), "withdrawn: the profile keeps no address, its register does");

        PersonalDataSet export = tenancy.asTenant(centre.tenant().getId(), () -> personalData.collect(lead.getId()));
        assertEquals(1, export.tables().get("showcase_profile").rows().size(),
                "the person's withdrawn profile is in their data");
        assertEquals(6, export.tables().get("consent_record").rows().stream()
                .filter(row -> row.get("showcase_profile_id") != null).count(),
                "with its consents given and withdrawn: publication, image, guardian, each twice");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            erasure.eraseOnRequest(lead.getId());
        }

        List<String> left = new ArrayList<>(findAnywhere(person));
        left.addAll(findAnywhere(guardian));
        assertEquals(List.of(), left, "neither the person nor the guardian who consented for them is named anywhere");
    }

    /**
     * An apprentice under 14 the centre knows only by the showcase — no request, registration or application — posted
     * a profile their guardian consented to, withdrew it, and posted again; both profiles are theirs, one by its
     * address, the withdrawn one by its consent register. The centre's admin erases them from the showcase: afterwards
     * no table, column or file holds their names, address or words, nor their guardian's name or address (the mail
     * telling the guardian about them included), and the erasure is recorded by the profile's number, with both
     * profiles counted. Another apprentice of the centre, whose guardian is the same parent, keeps their profile,
     * the guardian's consent to it and the mail that told the guardian about it.
     */
    @Test
    void anApprenticeKnownOnlyByTheShowcaseIsErasedEverywhereWithTheMailToTheirGuardian() throws Exception {
        TestCentre centre = fixtures.newCentre("apprentice");
        Person person = Person.invented();
        Person guardian = Person.invented();
        Person sibling = Person.invented();
        int young = java.time.Year.now().getValue() - 12;
        ca.tremplin.showcase.ShowcasePosting.Posted withdrawn = postedByAMinor(centre, person, guardian, young);
        long first = withdrawn.profileId();
        jakarta.enterprise.inject.spi.CDI.current().select(ca.tremplin.showcase.OwnProfiles.class).get()
                .withdraw(found(withdrawn.ownerLink(), "token=([A-Za-z0-9_-]+)"), "10.66.7.1");
        long second = postedByAMinor(centre, person, guardian, young).profileId();
        long siblings = postedByAMinor(centre, sibling, guardian, young).profileId();
        assertTrue(findAnywhere(person).size() > 3 && !findAnywhere(guardian).isEmpty(), "they are there before");

        PersonErasureRecord record;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            record = apprentices.eraseOnRequest(first);
        }

        assertEquals(List.of(), findAnywhere(person), "nothing names the apprentice any more");
        assertEquals(List.of(), findAnywhere(guardian).stream().filter(found -> !found.startsWith("showcase_profile.")
                && !found.startsWith("consent_record.") && !found.startsWith("outbox_message.")).toList(),
                "nor the guardian, but with the sibling's profile and mail");
        assertEquals(rows.count("select count(*) from outbox_message where recipient = ?", guardian.email),
                rows.count("select count(*) from outbox_message where recipient = ? and body_text like ?",
                        guardian.email, "%" + sibling.first + "%"),
                "the mail to the guardian that stays is the sibling's: what told them about the apprentice is gone");
        assertTrue(rows.count("select count(*) from outbox_message where recipient = ?", guardian.email) >= 1,
                "and the sibling's is there");
        assertEquals(0L, rows.count("select count(*) from consent_record where (guardian_email = ? or email_normalized"
                + " = ?) and showcase_profile_id <> ?", guardian.email, guardian.email, siblings),
                "the guardian's name stays only with the sibling's profile they consented to");
        assertEquals(0L, rows.count("select count(*) from showcase_profile where id in (?, ?)", first, second),
                "both profiles, the withdrawn one found by its register");
        assertEquals(1L, rows.count("select count(*) from showcase_profile where id = ?", siblings),
                "the sibling's profile, which names the same guardian, is the sibling's");
        assertEquals(sibling.first, rows.string("select display_name from showcase_profile where id = ?", siblings));
        assertEquals(2, record.getRecords(), "two profiles erased");
        assertEquals(1L, rows.count("select count(*) from person_erasure where showcase_profile_id = ? and lead_id"
                + " is null and reason = 'REQUEST' and erased_by = ?", first, centre.admin().getId()));
        assertEquals(1L, rows.count("select count(*) from person_erasure where tenant_id = ?",
                centre.tenant().getId()), "one person, recorded once");
    }

    /** A profile posted by this minor, their guardian named, who confirms it. */
    private ca.tremplin.showcase.ShowcasePosting.Posted postedByAMinor(TestCentre centre, Person person,
                                                                        Person guardian, int birthYear)
            throws Exception {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            showcaseInvitations.inviteByEmail(person.email, Locale.FRENCH);
        }
        String invitation = found(lastMailTo(person.email, "invitation=([A-Za-z0-9_-]+)"),
                "invitation=([A-Za-z0-9_-]+)");
        ca.tremplin.showcase.ShowcasePosting.Posted posted = showcasePosting.post(invitation, new ca.tremplin.showcase.ProfilePost(person.first,
                        centre.program().getId(), "Pâtissière", "Boulangerie " + person.last,
                        "Moi, " + person.first + " " + person.last + ", j’aime créer des desserts le matin.", null,
                        person.email, birthYear, guardian.first + " " + guardian.last, guardian.email, true, true, true),
                ca.tremplin.showcase.TestPhotos.photo(), Locale.FRENCH, "10.66.7.2");
        String guardianLink = "vitrine-tuteur\\.xhtml\\?token=([A-Za-z0-9_-]+)";
        guardians.confirm(found(lastMailTo(guardian.email, guardianLink), guardianLink), "10.66.7.3");
        return posted;
    }

    /**
     * Mail kept before V76 wrote its recipient's domain as it was typed, in ASCII ("xn--cole-9oa.ca"), where the keys
     * now write it in Unicode ("école.ca"). The platform's mail to a person another centre still follows stays for
     * that centre, whatever the age of the row; once no centre follows them, it goes.
     */
    @Test
    void aPersonAnotherCentreFollowsIsRecognisedByThePlatformsMailWrittenBeforeV76() throws Exception {
        TestCentre fjord = fixtures.newCentre("ascii-a");
        TestCentre other = fixtures.newCentre("ascii-b");
        Person person = Person.invented();
        String local = person.first.toLowerCase(Locale.ROOT);
        String unicode = local + "@école.ca";
        String ascii = local + "@xn--cole-9oa.ca";
        InquiryRequest toBoth = InquiryRequests.complete(unicode, fjord.program().getId(), other.program().getId());
        toBoth.setFirstName(person.first);
        toBoth.setLastName(person.last);
        Lead lead = fixtures.newLead(fjord.tenant(), toBoth);
        Lead elsewhere = fixtures.leadOf(other.tenant(), unicode);
        assertEquals(unicode, rows.string("select email_normalized from `lead` where id = ?", elsewhere.getId()));
        rows.execute("insert into outbox_message (tenant_id, recipient, subject, body_text, status, attempts,"
                + " next_attempt_at, created_at, sent_at) values (null, ?, 'Accusé de réception', ?, 'SENT', 1,"
                + " utc_timestamp(6), utc_timestamp(6), utc_timestamp(6))", ascii.toUpperCase(Locale.ROOT),
                "Bonjour " + person.first + ", votre demande est reçue.");
        long old = rows.count("select max(id) from outbox_message where recipient = ?", ascii);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(fjord.admin(), fjord.tenant())) {
            erasure.eraseOnRequest(lead.getId());
        }
        assertEquals("Bonjour " + person.first + ", votre demande est reçue.",
                rows.string("select body_text from outbox_message where id = ?", old),
                "the other centre still follows the person: the platform's mail to them stays");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(other.admin(), other.tenant())) {
            erasure.eraseOnRequest(elsewhere.getId());
        }
        assertEquals("|" + PersonErasure.MARKER, rows.string("select concat(recipient, '|', subject, body_text)"
                + " from outbox_message where id = ?", old), "no centre follows them any more: it goes");
    }

    /**
     * Two people whose addresses differ only by an accent, "andre…@" and "andré…@", are two people, though the
     * outbox's column compares without accents or case. Erasing the first empties the mail to their address — the
     * centre's and the platform's, whatever its case — and leaves every message to the other's whole.
     */
    @Test
    void erasingAnAddressLeavesTheMailOfAnAddressThatDiffersFromItByAnAccent() throws Exception {
        TestCentre centre = fixtures.newCentre("accent");
        Person erased = Person.invented();
        Person other = Person.invented();
        String local = "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.ca";
        String plain = "andre" + local;
        String accented = "andré" + local;
        Lead lead = fixtures.newLead(centre.tenant(), centre.program(), erased.first, erased.last, plain, null, null);
        fixtures.newLead(centre.tenant(), centre.program(), other.first, other.last, accented, null, null);
        for (String recipient : List.of(plain.toUpperCase(Locale.ROOT), accented)) {
            rows.execute("insert into outbox_message (tenant_id, recipient, subject, body_text, status, attempts,"
                    + " next_attempt_at, created_at, sent_at) values (?, ?, 'Nouvelles du centre', ?, 'SENT', 1,"
                    + " utc_timestamp(6), utc_timestamp(6), utc_timestamp(6))", centre.tenant().getId(), recipient,
                    "Bonjour, voici les nouvelles du centre.");
            rows.execute("insert into outbox_message (tenant_id, recipient, subject, body_text, status, attempts,"
                    + " next_attempt_at, created_at, sent_at) values (null, ?, 'Accusé de réception', ?, 'SENT', 1,"
                    + " utc_timestamp(6), utc_timestamp(6), utc_timestamp(6))", recipient,
                    "Bonjour, votre demande est reçue.");
        }
        String whole = "select count(*) from outbox_message where lower(recipient) collate utf8mb4_bin = ?"
                + " and body_text <> ''";
        long othersMail = rows.count(whole, accented);
        assertTrue(othersMail >= 3 && rows.count(whole, plain) >= 3,
                "each was acknowledged and sent the centre's and the platform's mail");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            erasure.eraseOnRequest(lead.getId());
        }

        assertEquals(0L, rows.count("select count(*) from outbox_message where lower(recipient) collate utf8mb4_bin"
                + " = ?", plain), "the erased person's mail keeps no address");
        assertEquals(othersMail, rows.count(whole, accented), "the other person's mail stays whole");
    }

    /**
     * A file mailed to the person — their data answered to an access request, a calendar file naming them — is kept
     * beside its message (V98), compressed or encoded where no search for their name finds it: it goes with their
     * erasure, and the file mailed to someone whose address differs by an accent stays.
     */
    @Test
    void theFilesMailedToAnErasedPersonGoWithTheirErasure() throws Exception {
        TestCentre centre = fixtures.newCentre("erase-files");
        Person erased = Person.invented();
        String local = "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.ca";
        String plain = "andre" + local;
        String accented = "andré" + local;
        Lead lead = fixtures.newLead(centre.tenant(), centre.program(), erased.first, erased.last, plain, null, null);
        for (String recipient : List.of(plain, accented)) {
            rows.execute("insert into outbox_message (tenant_id, recipient, subject, body_text, status, attempts,"
                    + " next_attempt_at, created_at, sent_at, attachment_name, attachment_type) values (?, ?,"
                    + " 'Vos données', 'Ci-joint.', 'SENT', 1, utc_timestamp(6), utc_timestamp(6), utc_timestamp(6),"
                    + " 'personal-data.zip', 'application/zip')", centre.tenant().getId(), recipient);
            rows.execute("insert into outbox_attachment (message_id, content) select max(id), ? from outbox_message"
                    + " where lower(recipient) collate utf8mb4_bin = ?", new byte[] {0x50, 0x4b, 0x03, 0x04}, recipient);
        }
        String files = "select count(*) from outbox_attachment a join outbox_message m on m.id = a.message_id"
                + " where lower(m.recipient) collate utf8mb4_bin = ?";
        assertTrue(rows.count(files, plain) == 1 && rows.count(files, accented) == 1, "each was mailed a file");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            erasure.eraseOnRequest(lead.getId());
        }

        assertEquals(0L, rows.count("select count(*) from outbox_attachment a join outbox_message m"
                + " on m.id = a.message_id where m.tenant_id = ? and m.recipient = ''", centre.tenant().getId()),
                "no file of the erased person's mail stays");
        assertEquals(0L, rows.count("select count(*) from outbox_message where tenant_id = ? and recipient = ''"
                + " and attachment_name is not null", centre.tenant().getId()), "nor its name");
        assertEquals(1L, rows.count(files, accented), "the other person's file stays");
    }

    /**
     * The admin erases a person while a colleague's save of their details is being written: the erasure waits for the
     * save before it reads anything of the person, then erases what the save wrote too — where it read the record
     * before the save and the save's values, written after, stayed on a record erased of them.
     */
    @Test
    void anErasureWaitsForASaveBeingWrittenAndErasesWhatItWrote() throws Exception {
        TestCentre centre = fixtures.newCentre("erase-race");
        Person person = Person.invented();
        Lead lead = fixtures.newLead(centre.tenant(), centre.program(), person.first, person.last, person.email,
                null, null);
        // The colleague's save, holding the record until the erasure waits for it.
        ca.tremplin.testsupport.FirstClick save = new ca.tremplin.testsupport.FirstClick(database::getConnection,
                "update `lead` set phone_e164 = '" + person.phoneE164 + "', version = version + 1 where id = "
                        + lead.getId());

        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            save.meets("select id from `lead` where id = % for update", () -> erasure.eraseOnRequest(lead.getId()));
        }

        assertTrue(save.met(), "the erasure waited for the save before reading the person");
        assertEquals(0L, rows.count("select count(*) from `lead` where id = ? and (phone_e164 is not null"
                + " or erased_at is null)", lead.getId()), "erased, the phone the save wrote with it");
    }

    @Test
    void onlyTheCentresAdminErasesItsOwnPeopleWhateverIdIsSent() throws Exception {
        TestCentre fjord = fixtures.newCentre("erase-a");
        TestCentre other = fixtures.newCentre("erase-b");
        Person person = Person.invented();
        InquiryRequest toBoth = InquiryRequests.complete(person.email, fjord.program().getId(), other.program().getId());
        toBoth.setFirstName(person.first);
        toBoth.setLastName(person.last);
        toBoth.setPhone(person.phoneTyped);
        Lead lead = fixtures.newLead(fjord.tenant(), toBoth);
        Lead elsewhere = fixtures.leadOf(other.tenant(), person.email);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(other.admin(), other.tenant())) {
            assertThrows(NotFoundException.class, () -> erasure.eraseOnRequest(lead.getId()),
                    "another centre's lead id is not found");
        }
        try (TenantContext.Scope ignored = fjord.asRecruiter()) {
            assertThrows(AccessDeniedException.class, () -> erasure.eraseOnRequest(lead.getId()),
                    "a recruiter cannot erase");
        }
        assertEquals(person.email, rows.string("select email from `lead` where id = ?", lead.getId()));
        // The person has asked both centres for their data (the address proved): one request, a part for each.
        String address = person.email.toLowerCase(Locale.ROOT);
        rows.execute("insert into access_request (email_normalized, language, token_hash, requested_at,"
                + " link_expires_at, verified_at) values (?, 'fr', sha2(uuid(), 256), now(6), now(6) + interval 1 day,"
                + " now(6))", address);
        long request = rows.count("select max(id) from access_request where email_normalized = ?", address);
        for (Lead part : List.of(lead, elsewhere)) {
            rows.execute("insert into access_request_part (tenant_id, request_id, lead_id, due_on)"
                    + " values (?, ?, ?, current_date + interval 30 day)", part.getTenantId(), request, part.getId());
        }

        long links = rows.count("select count(*) from preference_link where email_normalized = ?", address);
        assertTrue(links >= 1, "the acknowledgement of the request to both centres carried a preferences link");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(fjord.admin(), fjord.tenant())) {
            erasure.eraseOnRequest(lead.getId());
            // The centre that erased the person reads them nowhere again: not in its list of access requests, not
            // in its export of the erased record (the request to both centres, which the other keeps whole,
            // included), and it sends them nothing.
            assertEquals(List.of(""), accessRequests.ofCentre().stream().filter(row -> lead.getId().equals(
                    row.leadId())).map(ca.tremplin.access.AccessRequests.Row::email).toList());
            String exported = unzipped(accessRequests.staffExport(lead.getId()).content());
            assertFalse(exported.contains(address) || exported.contains(person.first) || exported.contains(person.last),
                    "nothing of the person in the erasing centre's export: " + exported);
            long ownPart = rows.count("select id from access_request_part where request_id = ? and tenant_id = ?",
                    request, fjord.tenant().getId());
            assertEquals("access.noAddressLeft", assertThrows(BusinessRuleException.class,
                    () -> accessRequests.send(ownPart)).messageKey());
        }
        assertEquals(links, rows.count("select count(*) from preference_link where email_normalized = ?", address),
                "the preferences link the person was mailed still opens their choices at the other centre");
        assertEquals(address, rows.string("select email_normalized from access_request where id = ?", request),
                "the other centre has still to answer the request at the address");
        long otherPart = rows.count("select id from access_request_part where request_id = ? and tenant_id = ?",
                request, other.tenant().getId());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(other.admin(), other.tenant())) {
            accessRequests.send(otherPart);
        }
        assertEquals(1L, rows.count("select count(*) from outbox_message where recipient = ? and tenant_id = ?"
                + " and attachment_name like 'personal-data%'", address, other.tenant().getId()),
                "the other centre's answer goes to the person, its data attached");
        assertEquals(null, rows.string("select email from `lead` where id = ?", lead.getId()));
        assertEquals(person.email, rows.string("select email from `lead` where id = ?", elsewhere.getId()),
                "the other centre still follows the person: its record is untouched");
        assertEquals(1L, rows.count("select count(distinct i.id) from inquiry i join routed_inquiry r"
                + " on r.inquiry_id = i.id where r.lead_id in (?, ?) and i.first_name = ?", lead.getId(),
                elsewhere.getId(), person.first), "the request to both centres stays whole for the other centre");
        assertTrue(rows.count("select count(*) from outbox_message where recipient = ? and tenant_id is null",
                person.email) >= 1, "and so does its acknowledgement, which the platform sent for both");
        assertEquals(0L, rows.count("select count(*) from person_erasure where tenant_id = ?", other.tenant().getId()));

        try (TenantContext.Scope ignored = TestSessions.signedInAs(other.admin(), other.tenant())) {
            erasure.eraseOnRequest(elsewhere.getId());
            assertEquals("access.noAddressLeft", assertThrows(BusinessRuleException.class,
                    () -> accessRequests.send(otherPart)).messageKey(),
                    "erased everywhere: no address left, and the officer is told rather than shown a mail sent");
        }
        assertEquals("", rows.string("select email_normalized from access_request where id = ?", request));
        assertEquals(0L, rows.count("select count(*) from preference_link where email_normalized = ?", address),
                "no centre follows the address any more: its links go");
    }

    /**
     * Every text and binary column of every table, and every file under the server's data directory but its deployed
     * archives.
     */
    private List<String> findAnywhere(Person person) throws SQLException, IOException {
        List<String> found = new ArrayList<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String[] column : rows.pairs("select table_name, column_name from information_schema.columns"
                + " where table_schema = database() and data_type in ('char', 'varchar', 'tinytext', 'text',"
                + " 'mediumtext', 'longtext', 'binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob',"
                + " 'json') order by table_name, ordinal_position")) {
            columns.computeIfAbsent(column[0], t -> new ArrayList<>()).add(column[1]);
        }
        // One pass over each table for all its columns and all the person's values: what it finds, one per line.
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            List<String> tests = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            for (String column : table.getValue()) {
                for (String value : person.values()) {
                    tests.add("if(max(convert(`" + column + "` using utf8mb4) collate utf8mb4_unicode_ci like ?), ?, null)");
                    parameters.add("%" + value + "%");
                    parameters.add(table.getKey() + "." + column + " holds " + value);
                }
            }
            String holding = rows.string("select concat_ws('\n', " + String.join(", ", tests) + ") from `"
                    + table.getKey() + "`", parameters.toArray());
            if (holding != null && !holding.isEmpty()) {
                found.addAll(List.of(holding.split("\n")));
            }
        }
        Path data = Paths.get(System.getProperty("jboss.server.data.dir"));
        // The server's deployed archives (content/) are what was shipped, not what anyone gave: reading them as text
        // took most of this test's time.
        Path deployments = data.resolve("content");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(deployments))::iterator) {
                if (Files.size(file) > 50L * 1024 * 1024) {
                    continue;
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                for (String value : person.values()) {
                    if (text.contains(value.toLowerCase(Locale.ROOT))) {
                        found.add(data.relativize(file) + " holds " + value);
                    }
                }
            }
        }
        return found;
    }

    /** What reports count about the person: their rows, by table. */
    private Map<String, Long> counts(long leadId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("lead_event", "routed_inquiry", "event_registration", "offer_application",
                "lead_document", "lead_interest", "lead_audit", "lead_task")) {
            counts.put(table, rows.count("select count(*) from " + table + " where lead_id = ?"
                    + (table.equals("lead_event") ? " and kind <> 'ERASED'" : ""), leadId));
        }
        counts.put("lead (with its duplicate)", rows.count("select count(*) from `lead` where id = ? or merged_into_id = ?",
                leadId, leadId));
        counts.put("lead_import_failure", rows.count("select count(*) from lead_import_failure f join lead_import i"
                + " on i.id = f.import_id join `lead` l on l.tenant_id = i.tenant_id where l.id = ?", leadId));
        return counts;
    }

    private void correctPhone(long leadId, String phone) {
        Lead current = tenancy.acrossAllTenants(() -> em.find(Lead.class, leadId));
        Map<LeadField, String> original = new EnumMap<>(LeadField.class);
        for (LeadField field : LeadField.values()) {
            original.put(field, field.of(current));
        }
        Map<LeadField, String> edited = new EnumMap<>(original);
        edited.put(LeadField.PHONE, phone);
        leads.updateDetails(leadId, current.getVersion(), original, edited);
    }

    private void sendBulkMail(TestCentre centre, long leadId) {
        String subject = "Rentrée " + UUID.randomUUID();
        long templateId;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            templateId = jakarta.enterprise.inject.spi.CDI.current().select(InquirySettingsService.class).get()
                    .saveTemplate(new ReplyTemplate(subject, "fr", subject, "Bonjour {firstName},\nÀ bientôt.")).getId();
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            jakarta.enterprise.inject.spi.CDI.current().select(LeadListService.class).get()
                    .email(List.of(leadId), templateId);
        }
    }

    private long importList(TestCentre centre, Event event, String csv) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            LeadImport upload = imports.upload(event.getId(), "liste.csv", csv.getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            imports.start(upload.getId(), mapping, null);
            assertEquals(LeadImport.Status.COMPLETED, importEndings.awaitNext(upload.getId()).status());
            return upload.getId();
        }
    }

    private Event event(TestCentre centre, String title) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Event event = new Event();
            event.setType(EventType.WEBINAR);
            event.setVirtual(true);
            event.setOnlineUrl("https://meet.example.org/" + UUID.randomUUID());
            event.setTitleFr(title);
            LocalDateTime start = LocalDateTime.now(ZoneId.of("America/Toronto")).plusDays(3);
            Event saved = events.save(event, start, start.plusHours(2), "America/Toronto");
            return events.publish(saved.getId(), saved.getVersion());
        }
    }

    private String lastMailTo(String recipient, String pattern) throws SQLException {
        List<String> bodies = rows.strings("select body_text from outbox_message where recipient = ? order by id desc",
                recipient);
        for (String body : bodies) {
            if (Pattern.compile(pattern).matcher(body).find()) {
                return body;
            }
        }
        throw new AssertionError("no mail to " + recipient + " matching " + pattern);
    }

    /** The link of an interview's invitation, by which the person answers it; its token as the first group. */
    private static final String ANSWER_LINK = "/entrevue\\.xhtml\\?token=([A-Za-z0-9_-]+)";

    private static String found(String text, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(text);
        assertTrue(found.find(), text);
        return found.group(1);
    }

    private static String parameter(String text, int group) {
        Matcher found = Pattern.compile("/(?:dossier|desabonnement)\\.xhtml\\?token=([^&\\s]+)").matcher(text);
        assertTrue(found.find(), text);
        return found.group(group);
    }

    private static ApplicationRequest application(Person person) {
        ApplicationRequest request = new ApplicationRequest();
        request.setFirstName(person.first);
        request.setLastName(person.last);
        request.setEmail(person.email);
        request.setPhone(person.phoneTyped);
        request.setCountry("SN");
        request.setMessage("Je suis " + person.first + " " + person.last + ", soudeuse depuis trois ans.");
        request.setConsent(true);
        return request;
    }

    private static byte[] pdf(String text) {
        byte[] body = (text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[PDF_HEAD.length + body.length];
        System.arraycopy(PDF_HEAD, 0, all, 0, PDF_HEAD.length);
        System.arraycopy(body, 0, all, PDF_HEAD.length, body.length);
        return all;
    }


    /**
     * A person whose names, addresses and phones appear nowhere else in the database: invented words and random
     * numbers, so that finding one after the erasure can only mean it was left behind.
     */
    private record Person(String first, String otherFirst, String last, String email, String otherEmail,
                          String phoneTyped, String phoneE164, String otherPhoneTyped, String otherPhoneE164) {

        static Person invented() {
            Random random = new Random();
            String first = "Zeph" + letters(random, 6);
            String last = "Quor" + letters(random, 7);
            String mobile = String.format("%03d", random.nextInt(1000)) + String.format("%04d", random.nextInt(10000));
            // French mobiles 06 1x xx xx xx are all allotted; some other 06 ranges (06 39…, 06 9…) are not, and
            // a number drawn there is rightly refused as invalid.
            String french = "1" + String.format("%07d", random.nextInt(10_000_000));
            return new Person(first, "Ysol" + letters(random, 6), last,
                    first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@exemple.sn",
                    "z" + letters(random, 9) + "@courriel.sn",
                    "+221 77 " + mobile.substring(0, 3) + " " + mobile.substring(3, 5) + " " + mobile.substring(5),
                    "+22177" + mobile,
                    "+33 6 " + french.substring(0, 2) + " " + french.substring(2, 4) + " " + french.substring(4, 6)
                            + " " + french.substring(6), "+336" + french);
        }

        List<String> values() {
            return List.of(first, otherFirst, last, email, otherEmail, phoneTyped, phoneE164, otherPhoneTyped,
                    otherPhoneE164);
        }

        private static String letters(Random random, int count) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < count; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        }
    }

    /** Every text file of a zip, one after the other. */
    private static String unzipped(byte[] zip) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".json") || entry.getName().endsWith(".csv")
                        || entry.getName().endsWith(".txt")) {
                    text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString();
    }
}
