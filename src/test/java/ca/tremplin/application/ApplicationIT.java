package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.OutboxFiles;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.mail.MailAttachment;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.offer.Offer;
import ca.tremplin.offer.OfferStatus;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Applications to an offer against MariaDB: an application joins the person's lead in the offer's centre, its CV is
 * checked by content, it moves along the offer's pipeline, an interview e-mails an .ics invitation, hires fill the
 * offer, and another centre reaches none of it.
 */
class ApplicationIT extends InServerTest {

    /** Interviews are planned ahead: next year's dates stay ahead whenever the suite runs. */
    private static final int NEXT_YEAR = java.time.LocalDate.now().getYear() + 1;

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String IP = "203.0.113.24";

    @Inject
    ApplicationService applications;

    @Inject
    ca.tremplin.offer.OfferService offers;

    @Inject
    OfferPipelineService pipelines;

    @Inject
    InterviewAnswers answers;

    @Inject
    LeadService leads;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.pipeline.LeadConsents leadConsents;

    @Inject
    ca.tremplin.mail.MailSender mailSender;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @Inject
    EarlierSendings earlierSendings;

    @Inject
    ca.tremplin.person.PersonalDataExport personalData;

    @Inject
    ca.tremplin.person.PersonErasure erasure;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    @Test
    void anApplicationJoinsThePersonsLeadInTheOffersCentreAndItsCvIsCheckedByContent() {
        Centre centre = centre("joins");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "Thị Hoa", "Nguyễn", email, null, null);

        InvalidInquiryException lying = assertThrows(InvalidInquiryException.class,
                () -> applications.apply(centre.offer.getId(), request(email), "cv.pdf", "MZ".getBytes(), Locale.FRENCH, IP));
        assertEquals(List.of("cv:cv.lyingType"), problems(lying));
        ApplicationRequest noConsent = request(email);
        noConsent.setConsent(false);
        noConsent.setEmail("not an address");
        assertEquals(List.of("email:inquiry.invalid.email", "consent:application.consentRequired", "cv:cv.missing"),
                problems(assertThrows(InvalidInquiryException.class, () -> applications.apply(centre.offer.getId(),
                        noConsent, null, null, Locale.FRENCH, IP))), "every problem said at once");

        long id = applications.apply(centre.offer.getId(), request(email.toUpperCase(Locale.ROOT)), "cv.pdf", PDF,
                Locale.FRENCH, IP);

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            OfferPipeline pipeline = pipelines.board(centre.offer.getId(), 20);
            assertEquals(1, pipeline.rows().size());
            assertEquals(lead.getId(), pipeline.rows().get(0).leadId(), "the same person, the same lead");
            assertEquals(1L, pipeline.counts().get(ApplicationStatus.APPLIED));
            assertTrue(leads.timeline(lead.getId(), 0, 10).stream()
                    .anyMatch(e -> e.getKind() == LeadEventKind.APPLIED_TO_OFFER));
            assertEquals("application/pdf", applications.cv(id).contentType());

            ConsentRecord consent = leads.open(lead.getId()).consents().stream()
                    .filter(c -> c.getPurpose() == ConsentPurpose.APPLICATION).findFirst().orElseThrow();
            assertEquals(id, consent.getOfferApplicationId(), "the consent is kept with the application");
            assertTrue(consent.isGranted());
            assertEquals(ConsentTexts.APPLICATION_VERSION, consent.getTextVersion());
            assertEquals(ConsentTexts.of(ConsentPurpose.APPLICATION, Locale.FRENCH).text(), consent.getTextShown(),
                    "the exact sentence the French form showed");
            assertEquals("fr", consent.getLanguage());
            assertEquals(IP, consent.getIpAddress());
            assertNotNull(consent.getGivenAt());
        }
        assertEquals("application.already", assertThrows(BusinessRuleException.class,
                () -> applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP)).messageKey());
        List<OutboxMessage> acknowledged = tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m"
                        + " where m.tenantId = :t and m.subject like 'Candidature reçue%'", OutboxMessage.class)
                .setParameter("t", centre.tenant.getId()).getResultList());
        assertEquals(1, acknowledged.size(), "the candidate keeps a written trace of applying, once");
        assertTrue(acknowledged.get(0).getBodyText().contains("cv.pdf")
                && acknowledged.get(0).getBodyText().contains(centre.offer.getEmployerName()),
                acknowledged.get(0).getBodyText());
        assertTrue(acknowledged.get(0).getBodyText().contains("L’équipe de recrutement (" + centre.tenant.getNameFr()
                + ") l’étudie"), "a sentence whatever the centre's name: " + acknowledged.get(0).getBodyText());
    }

    @Test
    void aPersonWhoseApplicationWasWithdrawnMayApplyAgainButNotTwiceWhileOneStands() {
        Centre centre = centre("apply-again");
        String email = InquiryRequests.uniqueEmail();
        long first = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(first, ApplicationStatus.WITHDRAWN);
        }

        long again = applications.apply(centre.offer.getId(), request(email), "cv-2027.pdf", PDF, Locale.FRENCH, IP);

        assertNotEquals(first, again, "a new application, the withdrawn one kept as it was");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(2, pipelines.board(centre.offer.getId(), 20).rows().size(), "both on the offer's board");
            assertEquals(ApplicationStatus.WITHDRAWN, tenancy.acrossAllTenants(() -> em.find(OfferApplication.class,
                    first)).getStatus());
            applications.changeStatus(again, ApplicationStatus.REJECTED);
        }
        assertEquals("application.already", assertThrows(BusinessRuleException.class, () -> applications.apply(
                centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP)).messageKey(),
                "a decided application stands: no third one");
    }

    @Test
    void anApplicantUnder14NeedsTheirGuardiansConsentWhichIsKeptWithTheApplication() {
        Centre centre = centre("minor");
        String email = InquiryRequests.uniqueEmail();
        ApplicationRequest minor = request(email);
        minor.setBirthYear(String.valueOf(java.time.Year.now(ca.tremplin.inquiry.BusinessHours.ZONE).getValue() - 13));

        ca.tremplin.inquiry.InvalidInquiryException refused = assertThrows(
                ca.tremplin.inquiry.InvalidInquiryException.class,
                () -> applications.apply(centre.offer.getId(), minor, "cv.pdf", PDF, Locale.ENGLISH, IP));
        assertEquals("Under 14: a parent or guardian must give their name and e-mail and tick their consent.",
                refused.problems().get(0).message(Locale.ENGLISH));
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery("select count(a) from OfferApplication a,"
                + " Lead l where l.id = a.leadId and l.emailNormalized = :email", Long.class)
                .setParameter("email", email).getSingleResult()), "no application, no CV stored");

        minor.setGuardianName("Ana Pereira");
        minor.setGuardianEmail("ana.pereira@example.pt");
        minor.setGuardianConsent(true);
        long id = applications.apply(centre.offer.getId(), minor, "cv.pdf", PDF, Locale.ENGLISH, IP);

        ConsentRecord guardian = tenancy.acrossAllTenants(() -> em.createQuery("select c from ConsentRecord c"
                + " where c.offerApplicationId = :id and c.purpose = :purpose", ConsentRecord.class)
                .setParameter("id", id).setParameter("purpose", ConsentPurpose.GUARDIAN).getSingleResult());
        assertTrue(guardian.isGranted());
        assertEquals("Ana Pereira", guardian.getGuardianName());
        assertEquals("I am the parent or guardian of this person under 14 and I agree that the school service centre"
                + " and the employer use their information to process their application.", guardian.getTextShown(),
                "the guardian agrees to the application being processed, not to an answer to \"this request\"");
        assertEquals(ConsentTexts.GUARDIAN_OF_APPLICANT_VERSION, guardian.getTextVersion());
        assertEquals("en", guardian.getLanguage());
        OutboxMessage toParent = tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m"
                + " where m.recipient = 'ana.pereira@example.pt'", OutboxMessage.class).getSingleResult());
        assertTrue(toParent.getSubject().startsWith("Your consent for") && toParent.getBodyText()
                .contains("/consentements.xhtml?token="), "the parent is told, in the form's language, with where to"
                + " withdraw it: " + toParent.getBodyText());
    }

    @Test
    void oneEmailApplyingOverAndOverIsBrakedBeforeAnotherCvIsStored() {
        Centre centre = centre("braked");
        String email = InquiryRequests.uniqueEmail();
        applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        for (int i = 0; i < 4; i++) {
            assertThrows(BusinessRuleException.class,
                    () -> applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP));
        }

        RateLimitedException braked = assertThrows(RateLimitedException.class,
                () -> applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP));
        assertTrue(braked.retryAfterSeconds() > 0);
    }

    @Test
    void aPersonHoldsAtMostFiftyApplicationsAtACentreAndTheNextCvIsNotStored() {
        Centre centre = centre("counted");
        String email = InquiryRequests.uniqueEmail();
        long first = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        long leadId = tenancy.acrossAllTenants(() -> em.find(OfferApplication.class, first).getLeadId());
        // The 49 others as earlier applications would have left them, without going through the hourly brakes.
        for (int i = 1; i < ApplicationService.MOST_APPLICATIONS; i++) {
            Offer other = fixtures.newOffer(centre.tenant, "Atelier " + i, "Soudeur", "Welder", "w" + i, OfferStatus.OPEN);
            tenancy.acrossAllTenants(() -> em.createNativeQuery("insert into offer_application (tenant_id, offer_id,"
                            + " lead_id, status_since, cv_file_name, cv_content_type, consent_at, applied_at) values"
                            + " (?1, ?2, ?3, utc_timestamp(6), 'cv.pdf', 'application/pdf', utc_timestamp(6),"
                            + " utc_timestamp(6))")
                    .setParameter(1, centre.tenant.getId()).setParameter(2, other.getId()).setParameter(3, leadId)
                    .executeUpdate());
        }
        Offer last = fixtures.newOffer(centre.tenant, "Atelier final", "Soudeur", "Welder", "wlast", OfferStatus.OPEN);

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> applications.apply(
                last.getId(), request(email), "cv.pdf", PDF, Locale.ENGLISH, "203.0.113.25"));

        assertEquals("application.tooMany", refused.messageKey());
        assertTrue(refused.localizedMessage(Locale.ENGLISH).contains("50 applications"),
                refused.localizedMessage(Locale.ENGLISH));
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(a) from OfferApplication a where a.offerId = :o", Long.class)
                .setParameter("o", last.getId()).getSingleResult()), "no application and no CV kept");
    }

    @Test
    void anInterviewIsSentWithAnIcsInvitationAndHiresFillTheOffer() {
        Centre centre = centre("hire");
        long first = applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF,
                Locale.ENGLISH, IP);
        long second = applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF,
                Locale.FRENCH, IP);
        long third = applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF,
                Locale.FRENCH, IP);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Interview interview = applications.scheduleInterview(first, LocalDateTime.of(NEXT_YEAR, 3, 4, 9, 30),
                    "Africa/Dakar", 45, null, "https://meet.example.org/entrevue");
            assertNotNull(interview.getId());
            assertEquals(ApplicationStatus.INTERVIEW, pipelines.board(centre.offer.getId(), 20).rows().stream()
                    .filter(row -> row.id() == first).findFirst().orElseThrow().status());
            assertEquals("interview.whereRequired", assertThrows(BusinessRuleException.class,
                    () -> applications.scheduleInterview(second, LocalDateTime.of(NEXT_YEAR, 3, 4, 9, 30), "Europe/Paris",
                            45, " ", null)).messageKey());

            applications.changeStatus(first, ApplicationStatus.HIRED);
            assertEquals("application.final", assertThrows(BusinessRuleException.class,
                    () -> applications.changeStatus(first, ApplicationStatus.REJECTED)).messageKey());
            applications.changeStatus(third, ApplicationStatus.OFFER_MADE);
            applications.scheduleInterview(third, LocalDateTime.of(NEXT_YEAR, 3, 6, 10, 0), "America/Montreal", 30,
                    "Bureau du centre", null);
            assertEquals(ApplicationStatus.OFFER_MADE, pipelines.board(centre.offer.getId(), 20).rows().stream()
                    .filter(row -> row.id() == third).findFirst().orElseThrow().status(),
                    "a second interview after an offer made leaves the application where it is");
            assertEquals("interview.inThePast", assertThrows(BusinessRuleException.class,
                    () -> applications.scheduleInterview(third, LocalDateTime.now().minusMonths(1), "Africa/Dakar",
                            45, "Bureau du centre", null)).messageKey());
            assertEquals("application.offerStillOpen", assertThrows(BusinessRuleException.class,
                    () -> applications.refuseTheRemaining(centre.offer.getId(), null, true)).messageKey(),
                    "an open offer's applications are handled one by one");
            applications.changeStatus(second, ApplicationStatus.HIRED);
            assertEquals(OfferStatus.FILLED, pipelines.board(centre.offer.getId(), 20).offerStatus(),
                    "every position is taken: the offer leaves the public board");
            assertEquals("application.noPositionLeft", assertThrows(BusinessRuleException.class,
                    () -> applications.changeStatus(third, ApplicationStatus.HIRED)).messageKey());
            // The "Apply" link the third candidate kept now says the offer is no longer offered, not "no such page".
            assertEquals("offer.gone", assertThrows(ca.tremplin.kernel.GoneException.class,
                    () -> applications.openOffer(centre.offer.getId())).messageKey());
            assertEquals("interview.applicationFinal", assertThrows(BusinessRuleException.class,
                    () -> applications.scheduleInterview(first, LocalDateTime.of(NEXT_YEAR, 3, 5, 9, 30), "Africa/Dakar",
                            45, "Bureau du centre", null)).messageKey(), "no invitation to a hired person's closed file");
            // Every position taken: no interview planned or moved, no offer made, for a post nobody can take.
            assertEquals("interview.offerFilled", assertThrows(BusinessRuleException.class,
                    () -> applications.scheduleInterview(third, LocalDateTime.of(NEXT_YEAR, 3, 9, 10, 0),
                            "America/Montreal", 30, "Bureau du centre", null)).messageKey());
            assertEquals("interview.offerFilled", assertThrows(BusinessRuleException.class,
                    () -> applications.changeStatus(third, ApplicationStatus.INTERVIEW)).messageKey());
        }
        // Closed once filled, its positions are still every one taken: still no interview for a post nobody can take.
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fixtures.newAccount(centre.tenant(),
                Role.CSS_ADMIN), centre.tenant())) {
            offers.changeStatus(centre.offer.getId(), OfferStatus.CLOSED, offers.find(centre.offer.getId()).getVersion());
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("interview.offerFilled", assertThrows(BusinessRuleException.class,
                    () -> applications.scheduleInterview(third, LocalDateTime.of(NEXT_YEAR, 3, 9, 10, 0),
                            "America/Montreal", 30, "Bureau du centre", null)).messageKey());
            // The third candidate would wait for news that will not come: the board offers to close what is open.
            OfferPipeline filled = pipelines.board(centre.offer.getId(), 20);
            assertTrue(filled.leavesCandidatesWaiting());
            assertEquals(1, filled.stillOpen());
            assertArrayEquals(new int[] {1, 1, 1}, applications.refuseTheRemaining(centre.offer.getId(),
                    "Les postes sont pourvus.", true), "one refused, its candidate told, its interview cancelled");
            OfferPipeline closed = pipelines.board(centre.offer.getId(), 20);
            assertEquals(ApplicationStatus.REJECTED, closed.rows().stream().filter(row -> row.id() == third)
                    .findFirst().orElseThrow().status());
            assertFalse(closed.leavesCandidatesWaiting());
            assertEquals(List.of(true), tenancy.acrossAllTenants(() -> em.createQuery("select i.cancelledAt is not null"
                    + " from Interview i where i.applicationId = :a", Boolean.class).setParameter("a", third)
                    .getResultList()), "their interview to come is cancelled, as a refusal by hand cancels it");
        }
        List<String> moves = tenancy.acrossAllTenants(() -> em.createQuery("select e.detail from LeadEvent e"
                        + " where e.kind = ca.tremplin.person.LeadEventKind.APPLICATION_STATUS and e.leadId ="
                        + " (select a.leadId from OfferApplication a where a.id = :a) order by e.id", String.class)
                .setParameter("a", first).getResultList());
        assertEquals(List.of("#" + centre.offer.getId() + " APPLIED → INTERVIEW",
                "#" + centre.offer.getId() + " INTERVIEW → HIRED"), moves, "the interview's move is on the timeline");
        assertEquals("application.offerClosed", assertThrows(BusinessRuleException.class,
                () -> applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF,
                        Locale.FRENCH, IP)).messageKey(), "filled while the person typed: said, not a page not found");
        // Two hires recorded on the board hold two positions: the offer's page cannot say fewer were filled, which
        // would reopen the offer and let the board hire past its positions.
        Offer filled = tenancy.acrossAllTenants(() -> em.find(Offer.class, centre.offer.getId()));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fixtures.newAccount(centre.tenant, Role.CSS_ADMIN),
                centre.tenant)) {
            BusinessRuleException belowHires = assertThrows(BusinessRuleException.class,
                    () -> offers.recordFilledPositions(filled.getId(), 1, filled.getVersion()));
            assertEquals("offer.filledBelowHires", belowHires.messageKey());
            assertTrue(belowHires.localizedMessage(Locale.FRENCH).startsWith("Le tableau des candidatures compte 2"
                    + " embauches"), belowHires.localizedMessage(Locale.FRENCH));
        }
        assertEquals(OfferStatus.CLOSED, tenancy.acrossAllTenants(() -> em.find(Offer.class, centre.offer.getId())
                .getStatus()), "as it was, closed once filled: the refused change reopened nothing");
        MailAttachment invitation = tenancy.acrossAllTenants(() -> OutboxFiles.of(em, em.createQuery(
                        "select m from OutboxMessage m where m.tenantId = :t and m.subject like 'Interview%'",
                        OutboxMessage.class).setParameter("t", centre.tenant.getId()).getSingleResult()));
        String ics = new String(invitation.content(), StandardCharsets.UTF_8);
        assertTrue(invitation.contentType().startsWith("text/calendar"));
        assertTrue(ics.contains("BEGIN:VCALENDAR") && ics.contains("METHOD:REQUEST"), ics);
        assertTrue(ics.contains("DTSTART:" + NEXT_YEAR + "0304T093000Z"), "09:30 in Dakar is 09:30 UTC: " + ics);
        assertTrue(ics.contains("https://meet.example.org/entrevue"), ics);
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("ORGANIZER;CN=" + centre.recruiter().getDisplayName() + ";SENT-BY=\"mailto:"
                        + mailSender.address() + "\":mailto:" + centre.recruiter().getEmail()),
                "an invitation names the recruiter who invites, whom its answer goes to, the platform sending the mail"
                        + " on their behalf: " + ics);
        assertTrue(unfolded.contains("ATTENDEE;") && unfolded.contains("ROLE=REQ-PARTICIPANT"), ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "a line of more than 75 octets: " + line);
        }
    }

    /**
     * A candidate who applied from Hanoi (their browser said "Asia/Saigon", the old name) reads an interview set at
     * 21:00 in Montréal in their own time too, with its day, which is the next; one whose browser said nothing reads
     * the interview's time alone.
     */
    @Test
    void aCandidateAbroadReadsTheInterviewsTimeInTheirOwnToo() {
        Centre centre = centre("zone");
        ApplicationRequest fromHanoi = request(InquiryRequests.uniqueEmail());
        fromHanoi.setViewerZone("Asia/Saigon");
        long abroad = applications.apply(centre.offer.getId(), fromHanoi, "cv.pdf", PDF, Locale.FRENCH, IP);
        long unknown = applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf",
                PDF, Locale.FRENCH, IP);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.scheduleInterview(abroad, LocalDateTime.of(NEXT_YEAR, 3, 4, 21, 0), "America/Montreal", 30,
                    null, "https://meet.example.org/hanoi");
            applications.scheduleInterview(unknown, LocalDateTime.of(NEXT_YEAR, 3, 4, 21, 30), "America/Montreal",
                    30, null, "https://meet.example.org/ailleurs");
        }
        List<String> bodies = tenancy.acrossAllTenants(() -> em.createQuery("select m.bodyText from OutboxMessage m"
                + " where m.tenantId = :t and m.subject like 'Entrevue%' order by m.id", String.class)
                .setParameter("t", centre.tenant.getId()).getResultList());
        assertEquals(2, bodies.size());
        assertTrue(bodies.get(0).contains("21 h 00") && bodies.get(0).contains(
                " 5 mars, 09 h 00 à l’heure de Hô-Chi-Minh-Ville (UTC+07:00)"), bodies.get(0));
        assertFalse(bodies.get(1).contains("à l’heure de"), "no other zone to speak of: " + bodies.get(1));
    }

    /**
     * A candidate who applied from Manila, a zone no short list holds, and asked for information from Tokyo before:
     * planning their interview offers Manila first, then Tokyo; an interview set at 09:00 in Manila reaches them at
     * that time, in the mail and in the calendar file (01:00 UTC). A candidate whose browser never said where they
     * are is offered none, and a zone that is none is refused with what was asked.
     */
    @Test
    void aCandidateFromManilaIsOfferedTheirZoneAndInvitedInIt() {
        Centre centre = centre("manila");
        String email = InquiryRequests.uniqueEmail();
        ca.tremplin.inquiry.InquiryRequest fromTokyo = InquiryRequests.complete(email, centre.program.getId());
        fromTokyo.setViewerZone("Asia/Tokyo");
        fixtures.newLead(centre.tenant, fromTokyo);
        ApplicationRequest fromManila = request(email);
        fromManila.setViewerZone("Asia/Manila");
        long manila = applications.apply(centre.offer.getId(), fromManila, "cv.pdf", PDF, Locale.FRENCH, IP);
        long nowhere = applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf",
                PDF, Locale.FRENCH, IP);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(List.of("Asia/Manila", "Asia/Tokyo"), pipelines.candidateZones(manila),
                    "where they applied from first, then what their request said");
            assertEquals(List.of(), pipelines.candidateZones(nowhere));
            applications.scheduleInterview(manila, LocalDateTime.of(NEXT_YEAR, 3, 4, 9, 0), "Asia/Manila", 45, null,
                    "https://meet.example.org/manille");
            BusinessRuleException unknown = assertThrows(BusinessRuleException.class,
                    () -> applications.scheduleInterview(nowhere, LocalDateTime.of(NEXT_YEAR, 3, 4, 9, 0),
                            "Mars/Olympus_Mons", 45, null, "https://meet.example.org/mars"));
            assertEquals("interview.zoneUnknown", unknown.messageKey());
            assertEquals("Fuseau horaire inconnu (« Mars/Olympus_Mons ») : choisissez-en un dans la liste.",
                    unknown.localizedMessage(Locale.FRENCH));
        }
        String mail = lastMailTo(email);
        assertTrue(mail.contains("4 mars " + NEXT_YEAR + " 09 h 00, Manille (UTC+08:00)"), mail);
        assertFalse(mail.contains("à l’heure de"), "the interview is in their own zone: " + mail);
        assertTrue(lastIcsTo(email).contains("DTSTART:" + NEXT_YEAR + "0304T010000Z"), lastIcsTo(email));
    }

    /**
     * A time set by mistake is moved, not doubled: the candidate's calendar receives the same event (its UID) with a
     * higher SEQUENCE; a cancellation removes it (METHOD:CANCEL). Both are on the timeline, the card shows only what
     * is still planned, and an interview set over another in the same room is said to staff.
     */
    @Test
    void anInterviewIsMovedAndCancelledInTheCandidatesCalendarAndAnOverlapIsSaid() {
        Centre centre = centre("move");
        String email = InquiryRequests.uniqueEmail();
        long first = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        long second = applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF,
                Locale.FRENCH, IP);
        Interview interview;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            interview = applications.scheduleInterview(first, LocalDateTime.of(NEXT_YEAR, 3, 10, 10, 0),
                    "America/Montreal", 45, "Bureau 101", null);
            Interview other = applications.scheduleInterview(second, LocalDateTime.of(NEXT_YEAR, 3, 10, 10, 15),
                    "America/Montreal", 30, "Bureau 101", null);
            assertEquals(List.of(interview.getId()), applications.overlapping(other).stream().map(Interview::getId)
                    .toList(), "the same room at the same time");

            applications.moveInterview(interview.getId(), 0, LocalDateTime.of(NEXT_YEAR, 3, 11, 13, 30),
                    "America/Montreal", 45, "Bureau 101 (corrigé)", null);
            assertEquals("interview.changedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> applications.cancelInterview(interview.getId(), 0)).messageKey(),
                    "a tab still showing the first time cancels nothing");
            assertTrue(applications.overlapping(other).isEmpty(), "moved away from the other");
            assertEquals(1, pipelines.board(centre.offer.getId(), 20).interviewsOf(first).size(),
                    "one interview on the card, not two");
        }
        String moved = lastIcsTo(email);
        String uid = "UID:interview-" + interview.getId() + "@";
        assertTrue(moved.contains(uid) && moved.contains("SEQUENCE:1") && moved.contains("METHOD:REQUEST")
                && moved.contains("DTSTART:" + NEXT_YEAR + "0311T"), moved);

        // Cancelled by the centre's admin: the file still names the recruiter who set it, the organiser of the
        // event the candidate's calendar holds.
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fixtures.newAccount(centre.tenant, Role.CSS_ADMIN),
                centre.tenant)) {
            applications.cancelInterview(interview.getId(), 1);
            assertEquals("interview.alreadyCancelled", assertThrows(BusinessRuleException.class,
                    () -> applications.cancelInterview(interview.getId(), 2)).messageKey());
            assertTrue(pipelines.board(centre.offer.getId(), 20).interviewsOf(first).isEmpty());
            assertEquals(ApplicationStatus.INTERVIEW, pipelines.board(centre.offer.getId(), 20).rows().stream()
                    .filter(row -> row.id() == first).findFirst().orElseThrow().status(), "the status is staff's call");
        }
        String cancelled = lastIcsTo(email);
        assertTrue(cancelled.contains(uid) && cancelled.contains("SEQUENCE:2") && cancelled.contains("METHOD:CANCEL")
                && cancelled.contains("STATUS:CANCELLED"), cancelled);
        assertEquals(organizerLine(moved), organizerLine(cancelled), "one organiser from the move to the cancellation");
        assertTrue(organizerLine(cancelled).endsWith(":mailto:" + centre.recruiter().getEmail()), cancelled);
        List<ca.tremplin.person.LeadEventKind> kinds = tenancy.acrossAllTenants(() -> em.createQuery("select e.kind"
                        + " from LeadEvent e where e.leadId = (select a.leadId from OfferApplication a where a.id = :a)"
                        + " and e.kind in (ca.tremplin.person.LeadEventKind.INTERVIEW_SCHEDULED,"
                        + " ca.tremplin.person.LeadEventKind.INTERVIEW_MOVED,"
                        + " ca.tremplin.person.LeadEventKind.INTERVIEW_CANCELLED) order by e.id",
                        ca.tremplin.person.LeadEventKind.class)
                .setParameter("a", first).getResultList());
        assertEquals(List.of(ca.tremplin.person.LeadEventKind.INTERVIEW_SCHEDULED,
                ca.tremplin.person.LeadEventKind.INTERVIEW_MOVED, ca.tremplin.person.LeadEventKind.INTERVIEW_CANCELLED),
                kinds);
    }

    /**
     * The organiser the first invitation named is kept on the interview; one invited when the centre organised every
     * interview (its contact address, its name) is moved and cancelled by the centre still, whoever in it acts, so
     * that the candidate's calendar, which takes changes from the organiser it holds alone, applies them.
     */
    @Test
    void anInterviewKeepsTheOrganiserItsFirstInvitationNamed() {
        Centre centre = centre("organiser");
        String email = InquiryRequests.uniqueEmail();
        long applied = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        Interview interview;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            interview = applications.scheduleInterview(applied, LocalDateTime.of(NEXT_YEAR, 3, 10, 10, 0),
                    "America/Montreal", 45, "Bureau 101", null);
        }
        Object[] stored = tenancy.acrossAllTenants(() -> (Object[]) em.createNativeQuery("select organizer_name,"
                + " organizer_email from interview where id = ?1").setParameter(1, interview.getId())
                .getSingleResult());
        assertArrayEquals(new Object[] {centre.recruiter().getDisplayName(), centre.recruiter().getEmail()}, stored,
                "the recruiter who set it, as the invitation named her");

        // As an interview invited before the recruiter organised them was left: the centre, as its files named it.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update interview set organizer_name = ?1,"
                        + " organizer_email = ?2 where id = ?3").setParameter(1, centre.tenant.getNameFr())
                .setParameter(2, centre.tenant.getContactEmail()).setParameter(3, interview.getId()).executeUpdate());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.moveInterview(interview.getId(), 0, LocalDateTime.of(NEXT_YEAR, 3, 11, 13, 30),
                    "America/Montreal", 45, "Bureau 101", null);
        }
        String moved = lastIcsTo(email);
        assertTrue(organizerLine(moved).endsWith(":mailto:" + centre.tenant.getContactEmail())
                && organizerLine(moved).contains(centre.tenant.getNameFr()), moved);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fixtures.newAccount(centre.tenant, Role.CSS_ADMIN),
                centre.tenant)) {
            applications.cancelInterview(interview.getId(), 1);
        }
        String cancelled = lastIcsTo(email);
        assertTrue(cancelled.contains("METHOD:CANCEL"), cancelled);
        assertEquals(organizerLine(moved), organizerLine(cancelled), "the centre from the move to the cancellation");
    }

    /**
     * A refusal cancels the interview still to come (out of the candidate's calendar, its answer link closed, no
     * task opened by an answer to it), and tells the candidate, with the reason given, when staff choose to; a refusal
     * without the e-mail still takes the interview out of the calendar.
     */
    @Test
    void aRefusalCancelsTheInterviewToComeAndTellsTheCandidateWithTheReason() {
        Centre centre = centre("refuse");
        String email = InquiryRequests.uniqueEmail();
        String quiet = InquiryRequests.uniqueEmail();
        long refused = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        long withoutMail = applications.apply(centre.offer.getId(), request(quiet), "cv.pdf", PDF, Locale.FRENCH, IP);
        Interview interview;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            interview = applications.scheduleInterview(refused, LocalDateTime.of(NEXT_YEAR, 5, 12, 10, 0),
                    "America/Montreal", 30, "Bureau 7", null);
            applications.scheduleInterview(withoutMail, LocalDateTime.of(NEXT_YEAR, 5, 12, 11, 0),
                    "America/Montreal", 30, "Bureau 7", null);
        }
        String token = answerToken(lastMailTo(email));

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("application.reasonTooLong", assertThrows(BusinessRuleException.class,
                    () -> applications.changeStatus(refused, ApplicationStatus.REJECTED, "x".repeat(1001), true))
                    .messageKey());
            applications.changeStatus(refused, ApplicationStatus.REJECTED, "  Le poste est pourvu.  ", true);
            applications.changeStatus(withoutMail, ApplicationStatus.REJECTED, null, false);
        }

        assertTrue(answers.open(token, Locale.FRENCH).orElseThrow().cancelled(), "the answer link says so");
        assertEquals("interview.answer.cancelled", assertThrows(BusinessRuleException.class,
                () -> answers.answer(token, InterviewAnswer.COMING, null)).messageKey());
        String cancelled = lastIcsTo(email);
        assertTrue(cancelled.contains("UID:interview-" + interview.getId() + "@") && cancelled.contains("METHOD:CANCEL"),
                cancelled);
        String refusal = lastMailTo(email);
        assertTrue(refusal.contains("Votre candidature n’a pas été retenue.") && refusal.contains("Motif : Le poste est"
                + " pourvu."), refusal);
        assertTrue(lastIcsTo(quiet).contains("METHOD:CANCEL"), "out of the calendar without the refusal's e-mail");
        assertFalse(lastMailTo(quiet).contains("n’a pas été retenue"), lastMailTo(quiet));
        String onTheTimeline = tenancy.acrossAllTenants(() -> em.createQuery("select e.detail from LeadEvent e"
                        + " where e.leadId = (select a.leadId from OfferApplication a where a.id = :a)"
                        + " and e.kind = ca.tremplin.person.LeadEventKind.APPLICATION_STATUS order by e.id desc",
                        String.class).setParameter("a", refused).setMaxResults(1).getSingleResult());
        assertTrue(onTheTimeline.endsWith("INTERVIEW → REJECTED — Le poste est pourvu."), onTheTimeline);
    }

    /**
     * Law 25: a person who withdrew their consent to the processing of their applications (on their consent page, or
     * by telling staff) is neither invited nor moved on; the application can only be closed, and no mail goes.
     */
    @Test
    void aPersonWhoWithdrewTheirConsentToProcessingIsNeitherInterviewedNorMovedOnNorMailed() {
        Centre centre = centre("processing-withdrawn");
        String email = InquiryRequests.uniqueEmail();
        long applied = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        long leadId = tenancy.acrossAllTenants(() -> em.find(OfferApplication.class, applied).getLeadId());
        String confirmation = lastMailTo(email);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertFalse(pipelines.board(centre.offer.getId(), 20).rows().get(0).cvWithheld(), "the CV's link, at first");
            leadConsents.recordWithdrawal(leadId, ConsentPurpose.APPLICATION, ca.tremplin.person.ConsentChannel.PHONE,
                    java.time.Instant.now(), null);
            assertEquals("application.consentWithdrawn", assertThrows(BusinessRuleException.class,
                    () -> applications.scheduleInterview(applied, LocalDateTime.of(NEXT_YEAR, 6, 3, 10, 0),
                            "America/Montreal", 30, "Bureau 7", null)).messageKey());
            assertEquals("application.consentWithdrawn", assertThrows(BusinessRuleException.class,
                    () -> applications.changeStatus(applied, ApplicationStatus.SCREENED)).messageKey());
            assertEquals("application.cvConsentWithdrawn", assertThrows(ca.tremplin.kernel.GoneException.class,
                    () -> applications.cv(applied)).messageKey(), "nor is their CV read any more");
            assertTrue(pipelines.board(centre.offer.getId(), 20).rows().stream().filter(row -> row.id() == applied)
                    .findFirst().orElseThrow().cvWithheld(), "the board says so instead of a link that fails");
            assertTrue(pipelines.page(centre.offer.getId(), 0, 20, TableSort.DEFAULT).stream()
                    .filter(row -> row.id() == applied).findFirst().orElseThrow().cvWithheld(), "and so does the list");
            assertEquals(MoveOutcome.News.UNREACHABLE, applications.changeStatus(applied, ApplicationStatus.REJECTED,
                    "Consentement retiré", true).news(), "the page is told that no refusal went, though it was asked for");
        }
        assertEquals(confirmation, lastMailTo(email), "no invitation, no refusal: the confirmation is the last mail");
    }

    /**
     * Law 25, the other way: a person who withdrew their consent to the processing of their application and then
     * applies again, ticking the consent, gives it again — the application still standing is processed again, with
     * the CV and message sent now, instead of a refusal saying only that they already applied. Nothing they had sent
     * is overwritten: the first CV, byte for byte, and its message are kept as an earlier version, which staff see
     * named and dated but cannot open (its consent was withdrawn), the person is told so on the page and by mail, it
     * is in the person's data, and their erasure clears it with the rest.
     */
    @Test
    void aPersonWhoWithdrewTheirConsentAndAppliesAgainHasTheirApplicationProcessedAgainWithTheFirstCvKept() {
        Centre centre = centre("processing-again");
        String email = InquiryRequests.uniqueEmail();
        byte[] firstCv = "%PDF-1.7\n% premier CV de Thi Hoa\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] newCv = "%PDF-1.7\n% CV 2027 de Thi Hoa\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long applied = applications.apply(centre.offer.getId(), request(email), "cv.pdf", firstCv, Locale.FRENCH, IP);
        long leadId = tenancy.acrossAllTenants(() -> em.find(OfferApplication.class, applied).getLeadId());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadConsents.recordWithdrawal(leadId, ConsentPurpose.APPLICATION, ca.tremplin.person.ConsentChannel.PHONE,
                    java.time.Instant.now(), null);
        }
        // Minutes apart, as people are: the form's consent, then the withdrawal, then the new form.
        tenancy.acrossAllTenants(() -> {
            em.createNativeQuery("update consent_record set given_at = given_at - interval 3 minute"
                    + " where offer_application_id = ?1").setParameter(1, applied).executeUpdate();
            em.createNativeQuery("update offer_application set consent_at = consent_at - interval 3 minute"
                    + " where id = ?1").setParameter(1, applied).executeUpdate();
            return em.createNativeQuery("update consent_change set changed_at = changed_at - interval 2 minute"
                    + " where lead_id = ?1").setParameter(1, leadId).executeUpdate();
        });
        ApplicationRequest again = request(email);
        again.setMessage("Je reviens : j’ai fini mon stage en soudage.");

        ApplicationService.Received received = applications.receive(centre.offer.getId(), again, "cv-2027.pdf", newCv,
                Locale.FRENCH, IP, ca.tremplin.web.CampaignTouches.NONE);

        assertEquals(applied, received.applicationId(), "the application that stood, not a second one");
        assertTrue(received.sentAgain(), "the page is told it was sent again");
        assertEquals("cv.pdf", received.keptEarlier().cvFileName());
        assertEquals(ApplicationStatus.APPLIED, received.standing(), "it resumes where it stood");
        Object[] earlier = tenancy.acrossAllTenants(() -> (Object[]) em.createNativeQuery("select cv_file_name,"
                        + " cover_message, cv_content, cv_content_type from offer_application_earlier_sending"
                        + " where application_id = ?1").setParameter(1, applied).getSingleResult());
        assertEquals("cv.pdf", earlier[0]);
        assertEquals("Je suis soudeuse depuis trois ans.", earlier[1], "the first message, word for word");
        assertArrayEquals(firstCv, (byte[]) earlier[2], "the first CV, byte for byte: nothing overwritten");
        assertEquals("application/pdf", earlier[3]);
        String mail = lastMailTo(email);
        assertTrue(mail.contains("cv-2027.pdf") && mail.contains("« cv.pdf »") && mail.contains("version antérieure"),
                "the candidate is told it was received, and that what they sent first stays: " + mail);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertFalse(pipelines.board(centre.offer.getId(), 20).rows().get(0).cvWithheld(), "its CV read again");
            ca.tremplin.applicant.DocumentReviewService.DocumentFile cv = applications.cv(applied);
            assertEquals("cv-2027.pdf", cv.fileName(), "the CV sent now");
            assertArrayEquals(newCv, cv.content());
            java.util.List<EarlierSendings.EarlierSending> kept = earlierSendings.ofOffer(centre.offer.getId())
                    .get(applied);
            assertEquals(List.of("cv.pdf"), kept.stream().map(EarlierSendings.EarlierSending::cvFileName).toList(),
                    "staff see the earlier version, named");
            assertTrue(kept.get(0).sentAt().isBefore(kept.get(0).replacedAt()), "sent before it was replaced");
            applications.changeStatus(applied, ApplicationStatus.SCREENED);
            applications.changeStatus(applied, ApplicationStatus.REJECTED);
        }
        assertEquals("application.already", assertThrows(BusinessRuleException.class, () -> applications.apply(
                centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP)).messageKey(),
                "a decided application stands: applying again is still refused");
        assertEquals(1L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from"
                + " offer_application_earlier_sending where application_id = ?1").setParameter(1, applied)
                .getSingleResult())).longValue(), "a refusal keeps nothing more");

        ca.tremplin.person.PersonalDataSet data = tenancy.asTenant(centre.tenant.getId(),
                () -> personalData.collect(leadId));
        assertArrayEquals(firstCv, (byte[]) data.tables().get("offer_application_earlier_sending").rows().get(0)
                .get("cv_content"), "the earlier version is in the person's data");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fixtures.newAccount(centre.tenant, Role.CSS_ADMIN),
                centre.tenant)) {
            erasure.eraseOnRequest(leadId);
        }
        Object[] erased = tenancy.acrossAllTenants(() -> (Object[]) em.createNativeQuery("select cv_file_name,"
                        + " cover_message, cv_content from offer_application_earlier_sending"
                        + " where application_id = ?1").setParameter(1, applied).getSingleResult());
        assertEquals(java.util.Arrays.asList(ca.tremplin.person.PersonErasure.MARKER, null, null),
                java.util.Arrays.asList(erased), "erased with the application: that it was sent stays, not what");
    }

    /**
     * A person the centre knows in English who applies from the French page is written to in French about that
     * application — its confirmation, its interview and its refusal — and a person with one name is greeted by it.
     */
    @Test
    void theMailsAboutAnApplicationSpeakTheLanguageItWasSentInAndGreetAOneNamePerson() {
        Centre centre = centre("apply-language");
        Offer other = fixtures.newOffer(centre.tenant(), "Garage Tremblay", "Mécanicien", "Mechanic",
                "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), OfferStatus.OPEN);
        String email = InquiryRequests.uniqueEmail();
        ApplicationRequest oneName = request(email);
        oneName.setFirstName("");
        oneName.setLastName("Suharto");
        applications.apply(centre.offer.getId(), oneName, "cv.pdf", PDF, Locale.ENGLISH, IP);
        assertTrue(lastMailTo(email).startsWith("Hello Suharto,"), lastMailTo(email));

        long inFrench = applications.apply(other.getId(), oneName, "cv.pdf", PDF, Locale.FRENCH, IP);
        assertTrue(lastMailTo(email).startsWith("Bonjour Suharto,"), lastMailTo(email));
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.scheduleInterview(inFrench, LocalDateTime.of(NEXT_YEAR, 6, 2, 10, 0), "America/Montreal",
                    30, "Bureau 7", null);
            assertTrue(lastMailTo(email).startsWith("Bonjour Suharto,"), "the interview, as the application: "
                    + lastMailTo(email));
            assertTrue(lastMailTo(email).contains("&lang=fr"), "its answer page in French too: " + lastMailTo(email));
            applications.changeStatus(inFrench, ApplicationStatus.REJECTED, null, true);
        }
        assertTrue(lastMailTo(email).contains("n’a pas été retenue"), lastMailTo(email));
    }

    /**
     * An invitation's link takes so many answers an hour (each a line on the person's timeline, most a task for
     * staff), then says to wait, the last answer kept.
     */
    @Test
    void anInvitationsLinkTakesSoManyAnswersAnHourThenSaysToWait() {
        Centre centre = centre("answers-braked");
        String email = InquiryRequests.uniqueEmail();
        long applied = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.scheduleInterview(applied, LocalDateTime.of(NEXT_YEAR, 4, 15, 10, 0), "America/Montreal", 45,
                    "Bureau 3", null);
        }
        String link = answerToken(lastMailTo(email));
        for (int i = 0; i < InterviewAnswers.PER_LINK.perHour(); i++) {
            answers.answer(link, i % 2 == 0 ? InterviewAnswer.COMING : InterviewAnswer.ANOTHER_TIME, "essai " + i);
        }
        assertThrows(ca.tremplin.kernel.RateLimitedException.class,
                () -> answers.answer(link, InterviewAnswer.NOT_COMING, null));
        assertEquals(InterviewAnswer.ANOTHER_TIME, answers.open(link, Locale.FRENCH).orElseThrow().answer(),
                "the last answer taken stands");
    }

    /**
     * The candidate answers the invitation from its link, without an account: their answer is kept beside the
     * interview, on their timeline, and a time that does not suit opens a task for whoever set the interview. A moved
     * interview sends a new link and forgets the answer to the old time; the old link answers nothing; a cancelled
     * interview takes no answer; another centre's staff never see it.
     */
    @Test
    void theCandidateAnswersTheInvitationFromItsLinkAndAMoveAsksAgain() {
        Centre centre = centre("answer");
        String email = InquiryRequests.uniqueEmail();
        long applied = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        Interview interview;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            interview = applications.scheduleInterview(applied, LocalDateTime.of(NEXT_YEAR, 4, 14, 10, 0),
                    "America/Montreal", 45, "Bureau 12", null);
        }
        String first = answerToken(lastMailTo(email));
        InterviewAnswers.InterviewToAnswer shown = answers.open(first, Locale.FRENCH).orElseThrow();
        assertEquals("Soudeur", shown.trade());
        assertEquals("Bureau 12", shown.where());
        assertTrue(shown.open() && shown.answer() == null, "nothing answered yet");

        answers.answer(first, InterviewAnswer.COMING, "  ");
        assertEquals(InterviewAnswer.COMING, answers.open(first, Locale.FRENCH).orElseThrow().answer());
        answers.answer(first, InterviewAnswer.ANOTHER_TIME, "Plutôt l’après-midi, après 14 h\r\n(heure de Dakar)");
        InterviewAnswers.InterviewToAnswer changed = answers.open(first, Locale.ENGLISH).orElseThrow();
        assertEquals(InterviewAnswer.ANOTHER_TIME, changed.answer(), "a later answer replaces the first");
        assertEquals("Plutôt l’après-midi, après 14 h\n(heure de Dakar)", changed.note());
        assertEquals("Welder", changed.trade(), "in the page's language");
        assertEquals(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(Locale.ENGLISH).format(changed.answeredAt().atZone(java.time.ZoneId.of("America/Montreal"))),
                changed.answeredOn(), "the day answered, in the candidate's calendar (here the interview's zone)");
        assertEquals("interview.answer.noteTooLong", assertThrows(BusinessRuleException.class,
                () -> answers.answer(first, InterviewAnswer.NOT_COMING, "x".repeat(501))).messageKey());
        assertEquals("interview.answer.choose", assertThrows(BusinessRuleException.class,
                () -> answers.answer(first, null, null)).messageKey());

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Interview seen = pipelines.board(centre.offer.getId(), 20).interviewsOf(applied).get(0);
            assertEquals(InterviewAnswer.ANOTHER_TIME, seen.getAnswer(), "staff see the answer with the interview");
            long leadId = em.find(OfferApplication.class, applied).getLeadId();
            List<String> tasks = em.createQuery("select t.title from LeadTask t where t.leadId = :lead"
                    + " and t.assignedTo = :by", String.class).setParameter("lead", leadId)
                    .setParameter("by", centre.recruiter.getId()).getResultList();
            assertEquals(1, tasks.size(), "one task, for the recruiter who set the interview: " + tasks);
            assertTrue(tasks.get(0).contains("demande un autre moment"), tasks.get(0));
            assertEquals(2, em.createQuery("select count(e) from LeadEvent e where e.leadId = :lead and e.kind ="
                    + " ca.tremplin.person.LeadEventKind.INTERVIEW_ANSWERED and e.actorId is null", Long.class)
                    .setParameter("lead", leadId).getSingleResult(), "each answer on the timeline, by the person");

            applications.moveInterview(interview.getId(), 0, LocalDateTime.of(NEXT_YEAR, 4, 14, 15, 0),
                    "America/Montreal", 45, "Bureau 12", null);
        }
        assertTrue(answers.open(first, Locale.FRENCH).isEmpty(), "the earlier link names no interview now");
        assertEquals("interview.answer.unknown", assertThrows(BusinessRuleException.class,
                () -> answers.answer(first, InterviewAnswer.COMING, null)).messageKey());
        String second = answerToken(lastMailTo(email));
        assertEquals(null, answers.open(second, Locale.FRENCH).orElseThrow().answer(),
                "the answer was about the time before");
        long leadId = tenancy.acrossAllTenants(() -> em.find(OfferApplication.class, applied).getLeadId());
        assertEquals(0, openTasks(leadId), "the move closed the task about the time before");
        answers.answer(second, InterviewAnswer.NOT_COMING, null);
        answers.answer(second, InterviewAnswer.ANOTHER_TIME, null);
        assertEquals(1, openTasks(leadId), "one task, about the latest answer");
        answers.answer(second, InterviewAnswer.COMING, null);
        assertEquals(0, openTasks(leadId), "coming after all: nothing left to do");
        answers.answer(second, InterviewAnswer.ANOTHER_TIME, null);

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.cancelInterview(interview.getId(), 1);
        }
        assertTrue(answers.open(second, Locale.FRENCH).orElseThrow().cancelled());
        assertEquals(0, openTasks(leadId), "the cancellation closed the task about its time");
        assertEquals("interview.answer.cancelled", assertThrows(BusinessRuleException.class,
                () -> answers.answer(second, InterviewAnswer.NOT_COMING, null)).messageKey());
        assertTrue(answers.open("not-a-token", Locale.FRENCH).isEmpty());
    }

    /**
     * A candidate with a long name, in another zone than the interview's, asks for another time: the answer is
     * kept and the task's title cut to what a title holds (the answer failed with an error page), and a note of
     * emoji is counted as people count it.
     */
    @Test
    void aLongNameAbroadAnswersAndTheTaskTitleIsCutNotRefused() {
        Centre centre = centre("answer-long");
        String email = InquiryRequests.uniqueEmail();
        ApplicationRequest request = request(email);
        request.setFirstName("Aminata-Marie-Christine-Soukeyna");
        request.setLastName("Ndiaye-Diallo-Fall-Sarr-Gueye-Mbaye-Thiam");
        request.setViewerZone("Africa/Dakar");
        long applied = applications.apply(centre.offer.getId(), request, "cv.pdf", PDF, Locale.FRENCH, IP);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.scheduleInterview(applied, LocalDateTime.of(NEXT_YEAR, 4, 20, 10, 0), "America/Montreal",
                    30, "Bureau 4", null);
        }
        String token = answerToken(lastMailTo(email));
        answers.answer(token, InterviewAnswer.NOT_COMING, "🙏".repeat(InterviewAnswers.NOTE_MAX));
        assertEquals(InterviewAnswer.NOT_COMING, answers.open(token, Locale.FRENCH).orElseThrow().answer());
        String title = tenancy.acrossAllTenants(() -> em.createQuery("select t.title from LeadTask t, OfferApplication a"
                + " where a.id = :a and t.leadId = a.leadId", String.class).setParameter("a", applied)
                .getSingleResult());
        assertTrue(title.codePointCount(0, title.length()) <= 200 && title.startsWith("Aminata-Marie"), title);
    }

    private long openTasks(long leadId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(t) from LeadTask t where t.leadId = :lead"
                + " and t.doneAt is null", Long.class).setParameter("lead", leadId).getSingleResult());
    }

    private String lastMailTo(String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select m.bodyText from OutboxMessage m"
                + " where m.recipient = :to order by m.id desc", String.class).setParameter("to", email)
                .setMaxResults(1).getSingleResult());
    }

    /** The token of the answer link an invitation carries. */
    private static String answerToken(String mail) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/entrevue\\.xhtml\\?token=([A-Za-z0-9_-]+)&lang=")
                .matcher(mail);
        assertTrue(link.find(), "the invitation carries its answer link: " + mail);
        return link.group(1);
    }

    /** The ORGANIZER line of an unfolded calendar file. */
    private static String organizerLine(String ics) {
        return java.util.Arrays.stream(ics.split("\r\n")).filter(line -> line.startsWith("ORGANIZER"))
                .findFirst().orElse("");
    }

    private String lastIcsTo(String email) {
        MailAttachment ics = tenancy.acrossAllTenants(() -> OutboxFiles.of(em, em.createQuery("select m from"
                        + " OutboxMessage m where m.recipient = :to and m.attachmentName is not null order by m.id desc",
                        OutboxMessage.class).setParameter("to", email).setMaxResults(1).getSingleResult()));
        return new String(ics.content(), StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    @Test
    void anotherCentreReachesNoApplicationAndAClosedOfferTakesNone() {
        Centre centre = centre("mine");
        Centre elsewhere = centre("theirs");
        long id = applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF,
                Locale.FRENCH, IP);
        try (TenantContext.Scope ignored = elsewhere.asRecruiter()) {
            assertThrows(NotFoundException.class, () -> pipelines.board(centre.offer.getId(), 20));
            assertThrows(NotFoundException.class, () -> applications.changeStatus(id, ApplicationStatus.SCREENED));
            assertThrows(NotFoundException.class, () -> applications.cv(id));
            assertThrows(NotFoundException.class, () -> applications.scheduleInterview(id,
                    LocalDateTime.of(NEXT_YEAR, 1, 1, 10, 0), "UTC", 30, "Saguenay", null));
        }
        Offer draft = fixtures.newOffer(centre.tenant, "Garage Tremblay", "Mécanicien", "Mechanic",
                "w" + UUID.randomUUID().toString().substring(0, 8), OfferStatus.DRAFT);
        assertThrows(NotFoundException.class, () -> applications.apply(draft.getId(),
                request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF, Locale.FRENCH, IP));
        Offer late = fixtures.newOffer(centre.tenant, "Garage Bouchard", "Mécanicien", "Mechanic", "10",
                "w" + UUID.randomUUID().toString().substring(0, 8), OfferStatus.OPEN,
                offer -> offer.setApplicationDeadline(java.time.LocalDate.now().minusDays(7)));
        BusinessRuleException tooLate = assertThrows(BusinessRuleException.class,
                () -> applications.apply(late.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF,
                        Locale.FRENCH, IP));
        assertEquals("application.deadlinePassed", tooLate.messageKey());
        assertTrue(tooLate.localizedMessage(Locale.ENGLISH).contains(java.time.format.DateTimeFormatter
                        .ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(late.getApplicationDeadline())),
                "the day is written out for the reader: " + tooLate.localizedMessage(Locale.ENGLISH));
        // The form says so as it opens, before anything is typed.
        assertTrue(applications.openOffer(late.getId()).deadlinePassed(), "the form knows the deadline passed");
        assertFalse(applications.openOffer(centre.offer.getId()).deadlinePassed(), "an offer without a deadline");
    }

    /**
     * A candidate abroad opens the form, and the coordinating organisation closes the offer's centre before they send
     * it: the form says the offer no longer takes applications, and nothing is filed with the closed centre — no
     * lead, no application, no acknowledgement promising that its team will read it.
     */
    @Test
    void anOfferWhoseCentreClosedWhileTheFormWasFilledTakesNoApplication() {
        Centre centre = centre("closing");
        assertEquals(centre.offer.getId(), applications.openOffer(centre.offer.getId()).id(), "the form opens");
        tenancy.acrossAllTenants(() -> {
            em.find(Tenant.class, centre.tenant.getId()).setActive(false);
            return null;
        });
        String email = InquiryRequests.uniqueEmail();

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> applications.apply(
                centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.ENGLISH, IP));

        assertEquals("application.offerClosed", refused.messageKey());
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(l) from Lead l where l.emailNormalized = :email", Long.class)
                .setParameter("email", email).getSingleResult()), "nobody filed with the closed centre");
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(a) from OfferApplication a where a.offerId = :offer", Long.class)
                .setParameter("offer", centre.offer.getId()).getSingleResult()));
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.recipient = :email", Long.class)
                .setParameter("email", email).getSingleResult()), "no acknowledgement");
    }

    /**
     * Two members of staff read the offer's board; one makes the candidate an offer, and the other, from the board as
     * it was, refuses the application with a mail: the refusal is refused with where the application stands now,
     * nothing moves and nothing is mailed. From the board read again, the move goes.
     */
    @Test
    void aMoveFromABoardReadBeforeAColleaguesIsRefusedAndMailsNothing() {
        Centre centre = centre("stale");
        String email = InquiryRequests.uniqueEmail();
        long id = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(id, ApplicationStatus.APPLIED, ApplicationStatus.OFFER_MADE, null, false);
            long mailed = mailsTo(email);

            BusinessRuleException stale = assertThrows(BusinessRuleException.class, () -> applications.changeStatus(
                    id, ApplicationStatus.APPLIED, ApplicationStatus.REJECTED, "Profil incomplet", true));

            assertEquals("application.changedMeanwhile", stale.messageKey());
            assertTrue(stale.localizedMessage(Locale.FRENCH).contains("« Offre faite »"),
                    stale.localizedMessage(Locale.FRENCH));
            assertEquals(ApplicationStatus.OFFER_MADE, pipelines.board(centre.offer.getId(), 20).rows().get(0).status());
            assertEquals(mailed, mailsTo(email), "no refusal mailed to a person just offered the job");
            assertEquals(ApplicationStatus.OFFER_MADE,
                    pipelines.row(centre.offer.getId(), id).orElseThrow().status(), "the card as it stands now");

            assertTrue(applications.changeStatus(id, ApplicationStatus.OFFER_MADE, ApplicationStatus.REJECTED,
                    null, true).mailed(), "from the board read again, the move goes and tells the candidate");
            assertEquals(mailed + 1, mailsTo(email));
        }
    }

    /**
     * A candidate is told, a few minutes later, that their application was read and kept for a closer look, in the
     * language they applied in, with how to reach the centre; the card put back meanwhile — dropped on the wrong column
     * — takes the mail back before it leaves, and the timeline keeps both. Moved there again, the step is told then.
     */
    @Test
    void aScreeningIsToldAfterAFewMinutesAndAMoveBackMeanwhileTakesItBack() {
        Centre centre = centre("news-held");
        String email = InquiryRequests.uniqueEmail();
        long id = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        long acknowledged = mailsTo(email);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            java.time.Instant before = java.time.Instant.now();
            MoveOutcome screened = applications.changeStatus(id, ApplicationStatus.APPLIED, ApplicationStatus.SCREENED,
                    null, true);

            assertEquals(new MoveOutcome(MoveOutcome.News.HELD, null), screened);
            OutboxMessage held = lastMessageTo(email);
            assertTrue(held.getSubject().startsWith("Votre candidature est à l’étude : Soudeur chez Soudures du Fjord"),
                    held.getSubject());
            assertEquals(ca.tremplin.mail.OutboxStatus.PENDING, held.getStatus());
            // The outbox keeps its times to the second.
            assertFalse(held.getNextAttemptAt().isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .plus(ApplicationNews.HOLD)),
                    "held for the minutes a move by mistake takes to undo: " + held.getNextAttemptAt());
            assertTrue(held.getBodyText().startsWith("Bonjour Thị Hoa,"), held.getBodyText());
            assertTrue(held.getBodyText().contains("répondez simplement à ce courriel ou joignez "
                    + centre.tenant.getNameFr() + " : " + centre.tenant.getContactEmail() + " · 100, rue Principale,"
                    + " Trois-Rivières (Québec)  G9A 1A1."), "how to reach the centre: " + held.getBodyText());
            assertTrue(held.getBodyText().contains(centre.recruiter.getDisplayName() + "\n"
                    + centre.tenant.getNameFr()), "signed by the recruiter and the centre: " + held.getBodyText());
            assertEquals(held.getId(), application(id).getNewsHeldId());

            MoveOutcome back = applications.changeStatus(id, ApplicationStatus.SCREENED, ApplicationStatus.APPLIED,
                    null, true);

            assertEquals(new MoveOutcome(MoveOutcome.News.NOTHING, ApplicationStatus.SCREENED), back,
                    "nothing to tell of a move back, and the screening's mail taken back");
            assertEquals(acknowledged, mailsTo(email), "the held mail is gone from the outbox: it never leaves");
            assertNull(application(id).getNewsHeldId());
            String offer = "#" + centre.offer.getId();
            assertEquals(List.of("APPLICATION_NEWS_QUEUED " + offer + " SCREENED " + ApplicationNews.HOLD.toMinutes(),
                            "APPLICATION_NEWS_WITHDRAWN " + offer + " SCREENED"), newsOnTheTimeline(id),
                    "the timeline keeps that a mail was queued, and taken back");

            assertEquals(MoveOutcome.News.HELD, applications.changeStatus(id, ApplicationStatus.APPLIED,
                    ApplicationStatus.SCREENED, null, true).news(), "never told: told when it moves there again");
            assertEquals(acknowledged + 1, mailsTo(email));
        }
    }

    /**
     * Staff may choose not to tell a candidate of a move to "screened" or "offer made", for that move only, as they
     * may for a final one: the mail held for it is taken back and the timeline says so; asked again, or once the card
     * moved on, nothing more is taken back. A mail that left already is said to have left, the candidate counted as
     * told. The next step forward is still told.
     */
    @Test
    void aScreeningOrAnOfferMadeIsKeptUntoldWhenStaffChooseSoForThatMove() throws Exception {
        Centre centre = centre("news-untold");
        String email = InquiryRequests.uniqueEmail();
        long id = appliedFrom(centre, email);
        long sent = appliedFrom(centre, InquiryRequests.uniqueEmail());
        long acknowledged = mailsTo(email);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(MoveOutcome.News.HELD, applications.changeStatus(id, ApplicationStatus.APPLIED,
                    ApplicationStatus.SCREENED, null, true).news());

            assertTrue(applications.keepUntold(id, ApplicationStatus.SCREENED), "taken back before it left");
            assertEquals(acknowledged, mailsTo(email), "the screening's mail never leaves");
            assertNull(application(id).getNewsHeldId());
            assertEquals(ApplicationStatus.SCREENED, application(id).getStatus(), "the move itself stands");
            String offer = "#" + centre.offer.getId();
            assertEquals(List.of("APPLICATION_NEWS_QUEUED " + offer + " SCREENED " + ApplicationNews.HOLD.toMinutes(),
                            "APPLICATION_NEWS_WITHDRAWN " + offer + " SCREENED"), newsOnTheTimeline(id),
                    "the timeline keeps that a mail was queued, and taken back");
            assertEquals("application.noNewsHeld", assertThrows(BusinessRuleException.class,
                    () -> applications.keepUntold(id, ApplicationStatus.SCREENED)).messageKey(),
                    "nothing left to hold");

            assertEquals(MoveOutcome.News.HELD, applications.changeStatus(id, ApplicationStatus.SCREENED,
                    ApplicationStatus.OFFER_MADE, null, true).news(), "the next step forward is still news");
            assertEquals("application.changedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> applications.keepUntold(id, ApplicationStatus.SCREENED)).messageKey(),
                    "from a page that shows it screened: it has moved on");
            assertTrue(applications.keepUntold(id, ApplicationStatus.OFFER_MADE), "an offer made, kept untold too");
            assertEquals(acknowledged, mailsTo(email), "no mail of either step");

            applications.changeStatus(sent, ApplicationStatus.APPLIED, ApplicationStatus.SCREENED, null, true);
            theOutboxSentItsHeldNews(sent);
            assertFalse(applications.keepUntold(sent, ApplicationStatus.SCREENED), "gone already: said so");
            assertEquals(ApplicationStatus.SCREENED, application(sent).getNewsTold(), "counted as told");
        }
    }

    /**
     * A step the candidate was told of is not told again when a card goes back and comes to it again; a move back is
     * never told; the next step forward is. An interview's invitation is the news of the interview: it takes back a
     * screening's mail still held, and a card moved to the interview column without one tells nothing yet.
     */
    @Test
    void aStepToldIsNotToldAgainAndAnInterviewIsToldByItsInvitation() throws Exception {
        Centre centre = centre("news-once");
        String email = InquiryRequests.uniqueEmail();
        String invited = InquiryRequests.uniqueEmail();
        long id = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        long other = applications.apply(centre.offer.getId(), request(invited), "cv.pdf", PDF, Locale.FRENCH, IP);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(id, ApplicationStatus.APPLIED, ApplicationStatus.SCREENED, null, true);
            theOutboxSentItsHeldNews(id);

            MoveOutcome back = applications.changeStatus(id, ApplicationStatus.SCREENED, ApplicationStatus.APPLIED,
                    null, true);
            assertEquals(new MoveOutcome(MoveOutcome.News.NOTHING, null), back, "gone: nothing to take back");
            assertEquals(ApplicationStatus.SCREENED, application(id).getNewsTold(), "counted as told");
            long mailed = mailsTo(email);
            assertEquals(MoveOutcome.News.NOTHING, applications.changeStatus(id, ApplicationStatus.APPLIED,
                    ApplicationStatus.SCREENED, null, true).news(), "told already: not twice");
            assertEquals(MoveOutcome.News.AT_INVITATION, applications.changeStatus(id, ApplicationStatus.SCREENED,
                    ApplicationStatus.INTERVIEW, null, true).news(), "the invitation will tell it");
            assertEquals(mailed, mailsTo(email));
            MoveOutcome offered = applications.changeStatus(id, ApplicationStatus.INTERVIEW,
                    ApplicationStatus.OFFER_MADE, null, true);
            assertEquals(MoveOutcome.News.HELD, offered.news(), "the next step forward is news");
            assertTrue(lastMessageTo(email).getSubject().startsWith("Bonne nouvelle pour votre candidature"),
                    lastMessageTo(email).getSubject());

            applications.changeStatus(other, ApplicationStatus.APPLIED, ApplicationStatus.SCREENED, null, true);
            long screeningMail = application(other).getNewsHeldId();
            applications.scheduleInterview(other, LocalDateTime.of(NEXT_YEAR, 4, 8, 10, 0), "America/Montreal", 30,
                    "Bureau 7", null);
            assertNull(tenancy.acrossAllTenants(() -> em.find(OutboxMessage.class, screeningMail)),
                    "the invitation is the news: the screening's mail, still held, is taken back");
            assertTrue(lastMessageTo(invited).getSubject().startsWith("Entrevue"), lastMessageTo(invited).getSubject());
            assertEquals(ApplicationStatus.INTERVIEW, application(other).getNewsTold());
            assertEquals(MoveOutcome.News.NOTHING, applications.changeStatus(other, ApplicationStatus.INTERVIEW,
                    ApplicationStatus.SCREENED, null, true).news(), "a move back tells nothing");
        }
    }

    /**
     * A final decision, confirmed by staff, is told at once when they choose to, in the language the person applied in:
     * a hire with how to reach the centre, and a line on the timeline; a withdrawal they chose not to tell sends
     * nothing.
     */
    @Test
    void aFinalDecisionIsToldAtOnceWhenStaffChooseToInThePersonsLanguage() {
        Centre centre = centre("news-final");
        String email = InquiryRequests.uniqueEmail();
        String quiet = InquiryRequests.uniqueEmail();
        long hired = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.ENGLISH, IP);
        long withdrawn = applications.apply(centre.offer.getId(), request(quiet), "cv.pdf", PDF, Locale.FRENCH, IP);
        long quietMails = mailsTo(quiet);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            java.time.Instant before = java.time.Instant.now();
            assertEquals(new MoveOutcome(MoveOutcome.News.MAILED, null), applications.changeStatus(hired,
                    ApplicationStatus.APPLIED, ApplicationStatus.HIRED, null, true));
            assertEquals(new MoveOutcome(MoveOutcome.News.NOT_ASKED, null), applications.changeStatus(withdrawn,
                    ApplicationStatus.APPLIED, ApplicationStatus.WITHDRAWN, null, false));
            OutboxMessage told = lastMessageTo(email);
            assertEquals("Hiring confirmed: Welder at Soudures du Fjord", told.getSubject());
            assertTrue(told.getNextAttemptAt().isBefore(before.plus(java.time.Duration.ofMinutes(1))),
                    "a final decision leaves at once: " + told.getNextAttemptAt());
            assertTrue(told.getBodyText().startsWith("Hello Thị Hoa,\n\nCongratulations: your hiring for the Welder"
                    + " position at Soudures du Fjord is confirmed."), told.getBodyText());
            assertTrue(told.getBodyText().contains("simply reply to this e-mail or contact "
                    + centre.tenant.getNameEn() + ": " + centre.tenant.getContactEmail()), told.getBodyText());
            assertEquals(List.of("APPLICATION_NEWS_QUEUED #" + centre.offer.getId() + " HIRED"),
                    newsOnTheTimeline(hired));
        }
        assertEquals(quietMails, mailsTo(quiet), "a withdrawal staff chose not to tell sends nothing");
        assertEquals(List.of(), newsOnTheTimeline(withdrawn));
    }

    /** An application to the centre's offer from this address, in French, with a CV. */
    private long appliedFrom(Centre centre, String email) {
        return applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
    }

    /** The minutes over, the outbox sent the news the application's last move held. */
    private void theOutboxSentItsHeldNews(long applicationId) throws Exception {
        long heldId = application(applicationId).getNewsHeldId();
        assertEquals(1, rows.execute("update outbox_message set status = 'SENT', sent_at = now(6) where id = ?",
                heldId));
    }

    private OfferApplication application(long id) {
        return tenancy.acrossAllTenants(() -> em.find(OfferApplication.class, id));
    }

    /**
     * The news of a step waits a quarter of an hour in the outbox; the candidate withdraws their consent to the
     * processing of their applications meanwhile (by phone, staff record it): it does not leave, and the timeline says
     * it was taken back.
     */
    @Test
    void aStepsNewsHeldInTheOutboxDoesNotLeaveOnceTheCandidateWithdrawsTheProcessing() {
        Centre centre = centre("news-consent");
        String email = InquiryRequests.uniqueEmail();
        long id = applications.apply(centre.offer.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        long leadId = tenancy.acrossAllTenants(() -> em.find(OfferApplication.class, id).getLeadId());
        long held;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(id, ApplicationStatus.APPLIED, ApplicationStatus.SCREENED, null, true);
            held = lastMessageTo(email).getId();
            leadConsents.recordWithdrawal(leadId, ConsentPurpose.APPLICATION, ca.tremplin.person.ConsentChannel.PHONE,
                    java.time.Instant.now(), null);
        }

        assertNull(tenancy.acrossAllTenants(() -> em.find(OutboxMessage.class, held)), "the held news is taken back");
        assertNull(tenancy.acrossAllTenants(() -> em.find(OfferApplication.class, id).getNewsHeldId()));
        assertTrue(newsOnTheTimeline(id).stream().anyMatch(line -> line.startsWith("APPLICATION_NEWS_WITHDRAWN")),
                "the timeline says so: " + newsOnTheTimeline(id));
    }

    private OutboxMessage lastMessageTo(String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m where m.recipient = :to"
                + " order by m.id desc", OutboxMessage.class).setParameter("to", email).setMaxResults(1)
                .getSingleResult());
    }

    /** The timeline's lines about mails to the candidate of this application: kind and detail, oldest first. */
    private List<String> newsOnTheTimeline(long applicationId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select e.kind, e.detail from LeadEvent e"
                        + " where e.leadId = (select a.leadId from OfferApplication a where a.id = :a) and e.kind in"
                        + " (ca.tremplin.person.LeadEventKind.APPLICATION_NEWS_QUEUED,"
                        + " ca.tremplin.person.LeadEventKind.APPLICATION_NEWS_WITHDRAWN) order by e.id", Object[].class)
                .setParameter("a", applicationId).getResultList()).stream().map(line -> line[0] + " " + line[1])
                .toList();
    }

    private long mailsTo(String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                + " where m.recipient = :to", Long.class).setParameter("to", email).getSingleResult());
    }

    private static List<String> problems(InvalidInquiryException invalid) {
        return invalid.problems().stream().map(problem -> problem.field() + ":" + problem.messageKey()).toList();
    }

    private static ApplicationRequest request(String email) {
        ApplicationRequest request = new ApplicationRequest();
        request.setFirstName("Thị Hoa");
        request.setLastName("Nguyễn");
        request.setEmail(email);
        request.setCountry("VN");
        request.setMessage("Je suis soudeuse depuis trois ans.");
        request.setConsent(true);
        return request;
    }

    @Test
    void theOffersBoardShowsTheFirstCardsOfEachColumnAndTheListIsPagedAndSortedInTheDatabase() {
        Centre centre = centre("board");
        for (int i = 0; i < 23; i++) {
            applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF,
                    Locale.FRENCH, IP);
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            OfferPipeline board = pipelines.board(centre.offer.getId(), 20);
            assertEquals(23L, board.counts().get(ApplicationStatus.APPLIED), "the count is the whole column's");
            assertEquals(20, board.inStatus(ApplicationStatus.APPLIED).size(), "only the first cards are read");
            assertTrue(board.hasMore(ApplicationStatus.APPLIED));
            OfferPipeline longer = board.withMore(ApplicationStatus.APPLIED,
                    pipelines.more(centre.offer.getId(), ApplicationStatus.APPLIED, 20, 20));
            assertEquals(23, longer.inStatus(ApplicationStatus.APPLIED).size());
            assertFalse(longer.hasMore(ApplicationStatus.APPLIED));

            long moved = board.inStatus(ApplicationStatus.APPLIED).get(0).id();
            applications.changeStatus(moved, ApplicationStatus.SCREENED);
            assertEquals(1L, pipelines.board(centre.offer.getId(), 20).counts().get(ApplicationStatus.SCREENED));

            assertEquals(23, pipelines.count(centre.offer.getId()));
            List<ApplicationRow> secondPage = pipelines.page(centre.offer.getId(), 20, 20, TableSort.DEFAULT);
            assertEquals(3, secondPage.size(), "the list's second page holds what is left");
            List<ApplicationRow> byStatus = pipelines.page(centre.offer.getId(), 0, 1,
                    new TableSort("status", false));
            assertEquals(ApplicationStatus.SCREENED, byStatus.get(0).status(), "sorted by status, descending");
        }
    }

    /**
     * An offer created by mistake, nobody having applied, is deleted with its trace in the centre's history; one
     * someone applied to is closed instead — off the board, kept in the applicant's file and the reports.
     */
    @Test
    void anOfferNobodyAppliedToIsDeletedAndOneWithAnApplicationIsClosedInstead() throws Exception {
        Centre centre = centre("offer-removal");
        UserAccount admin = fixtures.newAccount(centre.tenant, Role.CSS_ADMIN);
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Offer mistaken = fixtures.newOffer(centre.tenant, "Erreurs inc.", "Soudeur", "Welder", word, OfferStatus.DRAFT);
        applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF, Locale.FRENCH,
                IP);
        Offer filled = fixtures.newOffer(centre.tenant, "Soudure Fortin", "Soudeur", "Welder",
                "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), OfferStatus.OPEN);
        applications.apply(filled.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF, Locale.FRENCH, IP);

        try (var session = TestSessions.signedInAs(admin, centre.tenant)) {
            Offer stored = offers.find(mistaken.getId());
            assertTrue(offers.remove(mistaken.getId(), stored.getVersion()));
            assertThrows(ca.tremplin.kernel.NotFoundException.class, () -> offers.find(mistaken.getId()));

            Offer applied = offers.find(centre.offer.getId());
            assertFalse(offers.remove(applied.getId(), applied.getVersion()), "closed, not deleted");
            assertEquals(OfferStatus.CLOSED, offers.find(centre.offer.getId()).getStatus());

            Offer toFill = offers.find(filled.getId());
            offers.recordFilledPositions(toFill.getId(), toFill.getPositions(), toFill.getVersion());
            Offer wasFilled = offers.find(filled.getId());
            assertEquals(OfferStatus.FILLED, wasFilled.getStatus());
            assertFalse(offers.remove(wasFilled.getId(), wasFilled.getVersion()), "kept, not deleted");
            assertEquals(OfferStatus.FILLED, offers.find(filled.getId()).getStatus(),
                    "a filled offer stays filled: what became of it is not rewritten as closed");
        }
        assertEquals(1L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from"
                        + " staff_change where tenant_id = ?1 and subject = 'CENTRE' and what = 'OFFER_DELETED'")
                .setParameter(1, centre.tenant.getId()).getSingleResult())).longValue());
    }

    /**
     * An offer still open whose last day to apply passed is listed nowhere and takes no application: its board says
     * so and offers to refuse at once the applications still open, as for a closed offer, each candidate told.
     */
    @Test
    void theApplicationsOfAnOfferOpenPastItsDeadlineAreRefusedAtOnce() {
        Centre centre = centre("expired");
        List<Long> sent = java.util.stream.Stream.of(Locale.FRENCH, Locale.ENGLISH)
                .map(language -> applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()),
                        "cv.pdf", PDF, language, IP)).toList();
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update offer set application_deadline = ?1 where id = ?2")
                .setParameter(1, java.time.LocalDate.now().minusDays(2)).setParameter(2, centre.offer.getId())
                .executeUpdate());

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            OfferPipeline board = pipelines.board(centre.offer.getId(), 20);
            assertEquals(OfferStatus.OPEN, board.offerStatus());
            assertEquals("offer.status.openDeadlinePassed", board.offerStatusKey(), "open, but listed nowhere");
            assertTrue(board.leavesCandidatesWaiting());
            assertArrayEquals(new int[] {2, 2, 0}, applications.refuseTheRemaining(centre.offer.getId(),
                    "La date limite est passée.", true), "both refused, both told");
            OfferPipeline after = pipelines.board(centre.offer.getId(), 20);
            assertEquals(sent.size(), after.rows().stream().filter(row -> sent.contains(row.id()))
                    .filter(row -> row.status() == ApplicationStatus.REJECTED).count());
            assertFalse(after.leavesCandidatesWaiting());
        }
    }

    /**
     * An offer someone applied to never goes back to draft, which would make the address its applicants were sent a
     * page that never existed: refused, nothing changed; closed instead, its address says it is no longer offered.
     * An offer nobody applied to still goes back to draft.
     */
    @Test
    void anOfferSomeoneAppliedToNeverGoesBackToDraft() {
        Centre centre = centre("no-draft");
        applications.apply(centre.offer.getId(), request(InquiryRequests.uniqueEmail()), "cv.pdf", PDF, Locale.FRENCH,
                IP);
        Offer untouched = fixtures.newOffer(centre.tenant, "Soudures du Fjord", "Monteur", "Fitter",
                "w" + UUID.randomUUID().toString().substring(0, 8), OfferStatus.OPEN);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(fixtures.newAccount(centre.tenant(),
                Role.CSS_ADMIN), centre.tenant())) {
            assertEquals("offer.draftOnceApplied", assertThrows(BusinessRuleException.class,
                    () -> offers.changeStatus(centre.offer.getId(), OfferStatus.DRAFT,
                            offers.find(centre.offer.getId()).getVersion())).messageKey());
            assertEquals(OfferStatus.OPEN, offers.find(centre.offer.getId()).getStatus(), "nothing changed");
            offers.changeStatus(centre.offer.getId(), OfferStatus.CLOSED, offers.find(centre.offer.getId()).getVersion());
            assertEquals("offer.draftOnceApplied", assertThrows(BusinessRuleException.class,
                    () -> offers.changeStatus(centre.offer.getId(), OfferStatus.DRAFT,
                            offers.find(centre.offer.getId()).getVersion())).messageKey(), "closed either");
            assertEquals(OfferStatus.DRAFT, offers.changeStatus(untouched.getId(), OfferStatus.DRAFT,
                    offers.find(untouched.getId()).getVersion()).getStatus(), "nobody applied to this one");
        }
        assertEquals("offer.gone", assertThrows(ca.tremplin.kernel.GoneException.class,
                () -> applications.openOffer(centre.offer.getId())).messageKey(), "its applicants' link says so");
    }

    /**
     * An admin edits the offer while a colleague hires on its board: the admin's save takes the form's fields and
     * leaves the hire counted, and fewer positions than those already filled are refused in words, in both languages,
     * nothing of the form saved. A colleague's edit of the form's fields meanwhile is still a conflict.
     */
    @Test
    void anOfferEditedWhileAColleagueHiresKeepsTheHireAndRefusesFewerPositionsThanFilled() {
        Centre centre = centre("edit-while-hiring");
        long first = appliedFrom(centre, InquiryRequests.uniqueEmail());
        long second = appliedFrom(centre, InquiryRequests.uniqueEmail());
        UserAccount admin = fixtures.newAccount(centre.tenant(), Role.CSS_ADMIN);
        long offerId = centre.offer().getId();
        Offer opened;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre.tenant())) {
            opened = offers.find(offerId);
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(first, ApplicationStatus.HIRED);
        }
        Offer reopened;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre.tenant())) {
            opened.setTradeFr("Soudeur-monteur");
            opened.setPositions(3);
            Offer saved = offers.save(opened, opened.getEmployerSector().getCode(), programsOf(opened));
            assertEquals("Soudeur-monteur", saved.getTradeFr());
            assertEquals(3, saved.getPositions());
            assertEquals(1, saved.getPositionsFilled(), "the hire made while the form was open is not undone");
            assertEquals(OfferStatus.OPEN, saved.getStatus());
            reopened = offers.find(offerId);
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(second, ApplicationStatus.HIRED);
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre.tenant())) {
            reopened.setPositions(1);
            reopened.setCity("Alma");
            BusinessRuleException tooFew = assertThrows(BusinessRuleException.class,
                    () -> offers.save(reopened, reopened.getEmployerSector().getCode(), programsOf(reopened)));
            assertEquals("offer.fewerPositionsThanFilled", tooFew.messageKey());
            assertEquals("2 postes de cette offre sont déjà pourvus, embauches comprises : elle ne peut pas"
                    + " compter moins de postes.", tooFew.localizedMessage(Locale.FRENCH));
            assertEquals("2 positions of this offer are already filled, hires included: it cannot have fewer"
                    + " positions.", tooFew.localizedMessage(Locale.ENGLISH));

            Offer mine = offers.find(offerId);
            Offer theirs = offers.find(offerId);
            theirs.setCity("Alma");
            offers.save(theirs, theirs.getEmployerSector().getCode(), programsOf(theirs));
            mine.setTradeEn("Welder-fitter");
            assertEquals("conflict.modifiedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> offers.save(mine, mine.getEmployerSector().getCode(), programsOf(mine))).messageKey(),
                    "a colleague changed a field the form shows: never overwritten");
        }
        Offer stored = tenancy.acrossAllTenants(() -> em.find(Offer.class, offerId));
        assertEquals(3, stored.getPositions(), "the refused form saved nothing");
        assertEquals(2, stored.getPositionsFilled());
        assertEquals("Soudeur-monteur", stored.getTradeFr());
        assertEquals("Welder", stored.getTradeEn());
    }

    private static java.util.Set<Long> programsOf(Offer offer) {
        return offer.getPrograms().stream().map(Program::getId).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * An interview planned at the moment a colleague hires the offer's last position: planning reads the positions
     * under the offer's lock, as the hire does, so it waits for the hire and is refused, rather than inviting a
     * candidate to a post just taken.
     */
    @Test
    void anInterviewPlannedAsTheLastPositionIsHiredWaitsForTheHireAndIsRefused() throws Exception {
        Centre centre = centre("plan-while-hiring");
        long hired = appliedFrom(centre, InquiryRequests.uniqueEmail());
        long invited = appliedFrom(centre, InquiryRequests.uniqueEmail());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(hired, ApplicationStatus.HIRED);
        }
        java.util.concurrent.ExecutorService planner = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.sql.Connection colleague = database.getConnection()) {
            colleague.setAutoCommit(false);
            // The colleague's hire of the last position, not yet committed: the offer's row held, as a hire holds it.
            try (java.sql.PreparedStatement hire = colleague.prepareStatement("update offer set positions_filled ="
                    + " positions, version = version + 1 where id = ?")) {
                hire.setLong(1, centre.offer().getId());
                assertEquals(1, hire.executeUpdate());
            }
            java.util.concurrent.Future<Interview> planned = planner.submit(() -> TestSessions.onThreadOfItsOwn(
                    centre.recruiter(), centre.tenant(), () -> applications.scheduleInterview(invited,
                            LocalDateTime.of(NEXT_YEAR, 3, 9, 10, 0), "America/Montreal", 30, "Bureau du centre",
                            null)));
            untilWaitingForTheOfferOrDone(planned);
            colleague.commit();
            java.util.concurrent.ExecutionException refused = assertThrows(
                    java.util.concurrent.ExecutionException.class,
                    () -> planned.get(60, java.util.concurrent.TimeUnit.SECONDS), "planned past the positions");
            assertEquals("interview.offerFilled", assertInstanceOf(BusinessRuleException.class, refused.getCause())
                    .messageKey());
        } finally {
            planner.shutdownNow();
        }
        assertEquals(0L, rows.count("select count(*) from interview where application_id = ?", invited),
                "no invitation for the post just taken");
    }

    /**
     * Until the work is over or waits for the offer's row (its locking read shown by the database's process list):
     * what it read before the colleague's commit is then what it decided on.
     */
    private void untilWaitingForTheOfferOrDone(java.util.concurrent.Future<?> work) throws Exception {
        long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!work.isDone() && rows.count("select count(*) from information_schema.processlist"
                + " where id <> connection_id() and info like 'select%from offer %for update%'") == 0) {
            assertTrue(System.nanoTime() < giveUpAt, "the planning neither ended nor waited for the offer");
        }
    }

    /**
     * The person's applications on their lead page, newest first: two sent at the same instant come in one order, the
     * later first, whichever way the database reads them.
     */
    @Test
    void applicationsSentAtTheSameInstantAreListedInOneOrderTheLaterFirst() throws Exception {
        Centre centre = centre("same-instant");
        Offer other = fixtures.newOffer(centre.tenant(), "Soudures du Fjord", "Monteur", "Fitter",
                "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), OfferStatus.OPEN);
        String email = InquiryRequests.uniqueEmail();
        long earlier = appliedFrom(centre, email);
        long later = applications.apply(other.getId(), request(email), "cv.pdf", PDF, Locale.FRENCH, IP);
        assertEquals(2, rows.execute("update offer_application set applied_at = '2026-03-02 10:00:00' where id in"
                + " (?, ?)", earlier, later));
        long leadId = tenancy.acrossAllTenants(() -> em.find(OfferApplication.class, earlier).getLeadId());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(List.of(later, earlier), applications.ofLead(leadId).stream().map(LeadApplication::id)
                    .toList());
        }
    }

    private Centre centre(String label) {
        Tenant tenant = fixtures.newSchoolBoard(label);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(),
                "Soudage-montage", "Welding and Fitting", "07", word, true);
        Offer offer = fixtures.newOffer(tenant, "Soudures du Fjord", "Soudeur", "Welder", word, OfferStatus.OPEN);
        return new Centre(tenant, recruiter, program, offer);
    }

    private record Centre(Tenant tenant, UserAccount recruiter, Program program, Offer offer) {
        TenantContext.Scope asRecruiter() {
            return TestSessions.signedInAs(recruiter, tenant);
        }
    }
}
