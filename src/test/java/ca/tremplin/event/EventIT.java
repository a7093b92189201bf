package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.OutboxFiles;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.inquiry.Inquiry;
import ca.tremplin.inquiry.InquiryService;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.inquiry.SubmissionContext;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.security.Role;
import ca.tremplin.security.StaffChange;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Events against MariaDB and a real SMTP server: registration by the rules of information requests (one lead per
 * person and centre, consents kept, capacity, closed events refuse), the confirmation with its calendar file,
 * the reminder sent once, cancellation notices, and one centre's events out of another's reach.
 */
class EventIT extends InServerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    ca.tremplin.catalog.CatalogService catalogService;

    @Inject
    ca.tremplin.pipeline.LeadConsents leadConsents;

    @Inject
    EventService eventService;

    @Inject
    ca.tremplin.mail.MailSender mailSender;

    @Inject
    StaffRegistrations staffRegistrations;

    @Inject
    PublicEvents publicEvents;

    @Inject
    RegistrationCancellations cancellations;

    @Inject
    EventReminders reminders;

    @Inject
    InquiryService inquiries;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    @Inject
    ca.tremplin.person.ConsentRegister consentRegister;

    @Inject
    ca.tremplin.pipeline.LeadService leadService;

    @Inject
    ca.tremplin.pipeline.LeadListService leadList;

    @Inject
    ca.tremplin.security.UserAdministration administration;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void aPersonWhoAskedForInformationJoinsTheirLeadWhenRegisteringAndTheirConsentsAreKept() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        // A program of its own: the catalogue's tests look for the demo's welding program by its code.
        Program welding = fixtures.newProgram(fjord, ProgramType.DEP, TestFixtures.programCode(),
                "Ébénisterie " + word(), "Cabinetmaking", "07", word(), true);
        String email = InquiryRequests.uniqueEmail();
        fixtures.submitted(InquiryRequests.complete(email, welding.getId()),
                new SubmissionContext(UUID.randomUUID().toString(), Inquiry.Channel.FORM, ip(), Languages.FRENCH));
        Event webinar = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(10));

        RegistrationReceipt receipt = publicEvents.register(webinar.getId(),
                registration(email.toUpperCase(Locale.ROOT), "Thi Hoa", true, false), key(), ip(), Locale.ENGLISH);

        assertFalse(receipt.newLead(), "the person already was a lead of this centre");
        assertEquals(1L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(l) from Lead l where l.emailNormalized = :email", Long.class)
                .setParameter("email", email).getSingleResult()), "still one lead");
        List<ConsentRecord> consents = tenancy.acrossAllTenants(() -> em.createQuery(
                "select c from ConsentRecord c where c.eventRegistrationId = :id order by c.purpose",
                ConsentRecord.class).setParameter("id", receipt.registrationId()).getResultList());
        assertEquals(2, consents.size());
        ConsentRecord contact = consents.stream().filter(c -> c.getPurpose() == ConsentPurpose.CONTACT).findFirst()
                .orElseThrow();
        ConsentRecord news = consents.stream().filter(c -> c.getPurpose() == ConsentPurpose.NEWS).findFirst()
                .orElseThrow();
        assertTrue(contact.isGranted());
        assertFalse(news.isGranted(), "news were not ticked");
        assertEquals("en", contact.getLanguage(), "the text shown was the English one");
        assertEquals(ca.tremplin.person.ConsentTexts.CONTACT_AT_EVENT_VERSION, contact.getTextVersion());
        assertEquals("I agree that Tremplin and the school service centre concerned use my information to contact me"
                + " about this event and the programs that interest me.", contact.getTextShown(),
                "a person registering for an event agrees to be contacted about it, not about \"this request\"");
        List<LeadEvent> timeline = tenancy.asTenant(fjord.getId(), () -> em.createQuery(
                "select e from LeadEvent e where e.leadId = :lead order by e.id", LeadEvent.class)
                .setParameter("lead", receipt.leadId()).getResultList());
        assertEquals(LeadEventKind.EVENT_REGISTERED, timeline.get(timeline.size() - 1).getKind());
        assertTrue(timeline.get(timeline.size() - 1).getDetail().contains("Webinaire"), "names the event");
    }

    @Test
    void theConfirmationIsQueuedWithTheCalendarFileInTheRegistrantsLanguageAndZone() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = published(fjord, recruiter, null, LocalDateTime.of(2031, 3, 30, 10, 0));
        String email = InquiryRequests.uniqueEmail();

        RegistrationRequest request = new RegistrationRequest("Amadou", "Diallo", email, "+221 77 123 45 67", "SN",
                true, true, "America/Toronto", null);
        publicEvents.register(webinar.getId(), request, key(), ip(), Locale.ENGLISH);

        OutboxMessage mail = outboxTo(email, "%");
        assertEquals("Registration confirmed: Webinar " + webinar.getId(), mail.getSubject());
        ca.tremplin.mail.MailAttachment file = OutboxFiles.of(em, mail);
        assertEquals("event-" + webinar.getId() + ".ics", file.fileName());
        assertTrue(file.contentType().startsWith("text/calendar"));
        String ics = new String(file.content(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("DTSTART:20310330T080000Z"), "10:00 summer time in Paris: " + ics);
        assertTrue(ics.contains("SUMMARY:Webinar " + webinar.getId()), ics);
        assertTrue(mail.getBodyText().contains("Sunday, March 30, 2031, 4:00")
                && mail.getBodyText().contains("Montréal (UTC-04:00)"), "the registrant's time: " + mail.getBodyText());
    }

    @Test
    void aFullEventRefusesTheNextPersonWhoDoesNotAskToWaitButTheSamePersonKeepsTheirOnePlace() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event session = published(fjord, recruiter, 1, LocalDateTime.now(PARIS).plusDays(5));
        String first = InquiryRequests.uniqueEmail();

        RegistrationReceipt once = publicEvents.register(session.getId(), registration(first, "Ana", true, true),
                key(), ip(), Locale.FRENCH);
        RegistrationReceipt again = publicEvents.register(session.getId(), registration(first, "Ana", true, true),
                key(), ip(), Locale.FRENCH);

        assertTrue(again.alreadyRegistered());
        assertEquals(once.registrationId(), again.registrationId());
        assertEquals(2L, outboxCountTo(first),
                "the confirmation the page promises goes again: whoever registers twice has most often lost the first");
        RegistrationReceipt renamed = publicEvents.register(session.getId(), registration(first, "Anabela", true,
                true), key(), ip(), Locale.FRENCH);
        assertEquals(once.registrationId(), renamed.registrationId(), "still their one place");
        assertEquals(List.of("FIRST_NAME:Anabela"), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select concat(p.field, ':', p.proposed_value) from lead_proposal p where p.lead_id = ?1"
                        + " and p.status = 'OPEN'").setParameter(1, once.leadId()).getResultList()),
                "the other first name given this time is proposed to staff, not lost");
        String bea = InquiryRequests.uniqueEmail();
        BusinessRuleException full = assertThrows(BusinessRuleException.class, () -> publicEvents.register(
                session.getId(), registration(bea, "Bea", true, true), key(), ip(), Locale.FRENCH));
        assertEquals("event.register.full", full.messageKey());
        String page = new ca.tremplin.testsupport.HttpVisitor(base).get(EventPaths.page(session.getId(),
                session.getTitleFr(), Locale.FRENCH).substring(1)).body();
        assertTrue(page.contains("id=\"registration-full\"") && page.contains("id=\"registration:submit\""),
                "the page says it is full and offers its form to wait for a seat instead: " + page);
        assertTrue(page.contains("id=\"event-seats\">Complet"), "full, not \"0 seats left\": " + page);
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery("select count(l) from Lead l"
                + " where l.emailNormalized = :email", Long.class).setParameter("email", bea).getSingleResult()),
                "refused without asking to wait: nothing of her is kept");
    }

    /**
     * A registrant who cannot come gives up their seat from their confirmation's link: the page changes nothing until
     * its button is pressed, the seat goes to the next person, the timeline says so, and registering again restores
     * the same registration when a seat is free. Staff cancel for a person who asks, and only at their own centre.
     */
    @Test
    void aRegistrantGivesUpTheirSeatFromTheirMailsLinkAndRegisteringAgainRestoresIt() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event session = published(fjord, recruiter, 1, LocalDateTime.now(PARIS).plusDays(5));
        String ana = InquiryRequests.uniqueEmail();
        String bea = InquiryRequests.uniqueEmail();
        RegistrationReceipt first = publicEvents.register(session.getId(), registration(ana, "Ana", true, true), key(),
                ip(), Locale.FRENCH);
        String confirmation = outboxTo(ana, "%").getBodyText();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/inscription\\.xhtml\\?token=([^&\\s]+)&lang=fr")
                .matcher(confirmation);
        assertTrue(link.find(), "the confirmation carries the link that frees the seat: " + confirmation);
        String token = java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("event.register.full", assertThrows(BusinessRuleException.class, () -> publicEvents.register(
                session.getId(), registration(bea, "Bea", true, true), key(), ip(), Locale.FRENCH)).messageKey());

        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        java.net.http.HttpResponse<String> page = visitor.get("inscription.xhtml?token=" + link.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"unregister:confirm\"") && page.body().contains(session.getTitleFr()),
                "the page names the event and offers the button: " + page.body());
        assertEquals(404, visitor.get("inscription.xhtml?token=not-a-link").statusCode());
        assertFalse(cancellations.view(token, ip(), Locale.FRENCH).cancelled(), "opening the page cancels nothing");

        assertTrue(cancellations.cancel(token, ip(), Locale.FRENCH).cancelled());
        assertTrue(cancellations.cancel(token, ip(), Locale.FRENCH).cancelled(), "twice is once");
        assertEquals(1L, outboxCountTo(ana, "Inscription annulée : " + session.getTitleFr()),
                "told once, in the language she registered in");
        String removal = new String(OutboxFiles.of(em, outboxTo(ana, "Inscription annulée : %")).content(),
                StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(removal.contains("METHOD:CANCEL") && removal.contains("UID:event-" + session.getId() + "@")
                && removal.contains("ATTENDEE:mailto:" + ana), "the file takes the event out of her calendar: " + removal);
        assertEquals(List.of("EVENT_UNREGISTERED"), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select kind from lead_event where lead_id = ?1 and kind = 'EVENT_UNREGISTERED'")
                .setParameter(1, first.leadId()).getResultList()), "one line on the person's timeline");
        RegistrationReceipt next = publicEvents.register(session.getId(), registration(bea, "Bea", true, true), key(),
                ip(), Locale.FRENCH);
        assertFalse(next.alreadyRegistered(), "the freed seat goes to the next person");
        assertEquals("event.register.full", assertThrows(BusinessRuleException.class, () -> publicEvents.register(
                session.getId(), registration(ana, "Ana", true, true), key(), ip(), Locale.FRENCH)).messageKey(),
                "a seat given up is not held for its former holder");

        Tenant elsewhere = fixtures.newSchoolBoard("elsewhere");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fixtures.newAccount(elsewhere, Role.RECRUITER),
                elsewhere)) {
            assertThrows(NotFoundException.class, () -> eventService.cancelRegistration(next.registrationId()));
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertTrue(eventService.cancelRegistration(next.registrationId()).isCancelled(), "Bea asked by phone");
            assertEquals(1L, outboxCountTo(bea, "Inscription annulée : " + session.getTitleFr()),
                    "and has it in writing");
            assertEquals(0, eventService.attendance(session.getId()).registered());
            assertEquals(0, leadList.stageCounts(ca.tremplin.pipeline.LeadFilter.parse("event=" + session.getId()))
                    .getOrDefault(ca.tremplin.person.LeadStage.NEW, 0L).intValue(),
                    "the lead list narrowed to the event leaves out those who gave up their seat");
        }
        long confirmationsBefore = outboxCountTo(ana);
        RegistrationReceipt again = publicEvents.register(session.getId(), registration(ana, "Ana", true, true), key(),
                ip(), Locale.FRENCH);
        assertFalse(again.alreadyRegistered(), "registered anew");
        assertEquals(first.registrationId(), again.registrationId(), "the same registration, restored");
        assertEquals(confirmationsBefore + 1, outboxCountTo(ana), "and confirmed, with a new link");
        List<String> files = calendarFilesTo(ana);
        assertEquals(3, files.size(), "the confirmation, the removal, the confirmation again: " + files);
        assertTrue(files.get(2).contains("METHOD:PUBLISH"), files.get(2));
        List<String> uids = files.stream().map(file -> line(file, "UID")).toList();
        assertEquals(List.of(uids.get(0), uids.get(0), uids.get(0)), uids, "one event in her calendar");
        List<Integer> sequences = files.stream().map(EventIT::sequence).toList();
        assertTrue(sequences.get(0) < sequences.get(1) && sequences.get(1) < sequences.get(2),
                "each file outranks the one before, the event unchanged, so that her calendar puts it back: "
                        + sequences);
        assertEquals(List.of(String.valueOf(recruiter.getId())), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select concat(actor_id) from lead_event where lead_id = ?1 and kind = 'EVENT_UNREGISTERED'")
                .setParameter(1, next.leadId()).getResultList()), "Bea's line names the recruiter who cancelled");
    }

    /**
     * Two records of one person merged: the address of the record merged away leads to the one kept, and registering
     * with it finds the seat that person holds, instead of a second registration of the same lead.
     */
    @Test
    void aPersonRegisteredUnderOneAddressAndMergedIsKnownUnderTheOther() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = published(fjord, recruiter, 1, LocalDateTime.now(PARIS).plusDays(5));
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(9));
        String first = InquiryRequests.uniqueEmail();
        String other = InquiryRequests.uniqueEmail();
        RegistrationReceipt kept = publicEvents.register(webinar.getId(), registration(first, "Salif", true, true),
                key(), ip(), Locale.FRENCH);
        RegistrationReceipt mergedAway = publicEvents.register(fair.getId(), registration(other, "Salif", true,
                true), key(), ip(), Locale.FRENCH);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            leadService.merge(kept.leadId(), mergedAway.leadId());
        }

        RegistrationReceipt again = publicEvents.register(webinar.getId(), registration(other, "Salif", true, true),
                key(), ip(), Locale.FRENCH);

        assertTrue(again.alreadyRegistered(), "told they were registered already, not that the event is full");
        assertEquals(kept.registrationId(), again.registrationId(), "their one seat");
        assertEquals(2L, outboxCountTo(other), "the confirmation goes to the address typed, which the page names");
        assertEquals(1L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select count(*) from event_registration where event_id = ?1").setParameter(1, webinar.getId())
                .getSingleResult())).longValue(), "one registration for the one person");
    }

    /**
     * At the door, a recruiter types the name they hear: "dang" finds Đặng, "ndiaye" finds N'Diaye, a Chinese name
     * written family name first finds the person who registered it given name first.
     */
    @Test
    void theCheckInListFindsARegistrantByTheNameAsStaffTypeIt() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("checkin");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, recruiter, 50, LocalDateTime.now(PARIS).plusDays(5));
        for (String[] name : new String[][] {{"Thị Minh", "Đặng"}, {"Aïssatou", "N'Diaye"}, {"小明", "王"},
                {"Jean-Étienne", "O’Brien-Lévesque"}}) {
            publicEvents.register(fair.getId(), new RegistrationRequest(name[0], name[1], InquiryRequests.uniqueEmail(),
                    null, "SN", true, false, "Africa/Dakar", null), key(), ip(), Locale.FRENCH);
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals(List.of("Thị Minh Đặng"), registrants(fair, "dang"));
            assertEquals(List.of("Aïssatou N'Diaye"), registrants(fair, "ndiaye"));
            assertEquals(List.of("Aïssatou N'Diaye"), registrants(fair, "n’diaye aiss"));
            assertEquals(List.of("小明 王"), registrants(fair, "王小明"));
            assertEquals(List.of("Jean-Étienne O’Brien-Lévesque"), registrants(fair, "obrien etienne"));
            assertEquals(4, registrants(fair, " ").size(), "nothing typed: everyone");
        }
    }

    private List<String> registrants(Event event, String typed) {
        return eventService.registrations(event.getId(), typed).stream().map(EventRegistration::fullName).toList();
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    @Test
    void draftAndCancelledEventsRefuseRegistrationAndConsentToContactIsRequired() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event draft;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            draft = eventService.save(newEvent(null), LocalDateTime.now(PARIS).plusDays(3),
                    LocalDateTime.now(PARIS).plusDays(3).plusHours(2), "Europe/Paris");
        }
        assertThrows(NotFoundException.class, () -> publicEvents.register(draft.getId(),
                registration(InquiryRequests.uniqueEmail(), "Ana", true, true), key(), ip(), Locale.FRENCH));

        Event cancelled = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(3));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            eventService.cancel(cancelled.getId(), cancelled.getVersion());
        }
        BusinessRuleException closed = assertThrows(BusinessRuleException.class, () -> publicEvents.register(
                cancelled.getId(), registration(InquiryRequests.uniqueEmail(), "Ana", true, true), key(), ip(),
                Locale.FRENCH));
        assertEquals("event.register.cancelled", closed.messageKey());

        Event open = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(3));
        String email = InquiryRequests.uniqueEmail();
        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class, () -> publicEvents.register(
                open.getId(), registration(email, "Ana", false, true), key(), ip(), Locale.FRENCH));
        assertEquals("consentToContact", refused.problems().get(0).field());
        InvalidInquiryException everything = assertThrows(InvalidInquiryException.class, () -> publicEvents.register(
                open.getId(), registration("ana.at.example.vn", "Ana", false, true), key(), ip(), Locale.FRENCH));
        assertEquals(List.of("email", "consentToContact"), everything.problems().stream()
                .map(ca.tremplin.inquiry.FieldProblem::field).toList(), "every problem said at once");
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(l) from Lead l where l.emailNormalized = :email", Long.class)
                .setParameter("email", email).getSingleResult()), "nothing recorded");
    }

    /**
     * A centre the coordinating organisation closed has no public pages, its events' included: each is gone (410), and a
     * registration would file a person with a centre whose staff cannot sign in, under another centre's privacy
     * officer's name. Reopened, its event is back; a closed centre that takes part in another's event is no longer
     * named on it.
     */
    @Test
    void aClosedCentresEventIsGoneAndTakesNoRegistrationUntilItReopens() {
        Tenant closing = fixtures.newSchoolBoard("closing");
        Tenant partner = fixtures.newSchoolBoard("partner");
        UserAccount recruiter = fixtures.newAccount(closing, Role.RECRUITER);
        Event fair = published(closing, recruiter, null, LocalDateTime.now(PARIS).plusDays(3));
        UserAccount partnerRecruiter = fixtures.newAccount(partner, Role.RECRUITER);
        Event shared = published(partner, partnerRecruiter, null, LocalDateTime.now(PARIS).plusDays(4));
        tenancy.acrossAllTenants(() -> {
            em.find(Event.class, shared.getId()).getParticipatingTenantIds().add(closing.getId());
            em.find(Tenant.class, closing.getId()).setActive(false);
            return null;
        });
        String email = InquiryRequests.uniqueEmail();
        assertThrows(ca.tremplin.kernel.GoneException.class, () -> publicEvents.event(fair.getId()));
        assertThrows(ca.tremplin.kernel.GoneException.class, () -> publicEvents.register(fair.getId(),
                registration(email, "Ana", true, true), key(), ip(), Locale.FRENCH));
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(l) from Lead l where l.emailNormalized = :email", Long.class)
                .setParameter("email", email).getSingleResult()), "nobody filed with the closed centre");
        assertTrue(publicEvents.upcoming(1, 1000).events().stream()
                .noneMatch(event -> event.getId().equals(fair.getId())));
        assertEquals(List.of(partner.getNameFr()), publicEvents.event(shared.getId()).centres().stream()
                .map(PublicEvents.Centre::nameFr).toList(), "the closed centre is not named on another's event");

        tenancy.acrossAllTenants(() -> {
            em.find(Tenant.class, closing.getId()).setActive(true);
            return null;
        });
        assertEquals(fair.getId(), publicEvents.event(fair.getId()).event().getId(), "reopened, its event is back");
    }

    /**
     * A link to an event of a centre closed since, its page or its calendar file, kept from a mail or a poster: 410 and
     * "no longer available" in the address's language, the upcoming events next, kept by no cache; a draft of it is
     * not found, as it was while the centre was open.
     */
    @Test
    void aClosedCentresEventPageAndCalendarFileAreGoneWithTheUpcomingEventsNext() throws Exception {
        Tenant closing = fixtures.newSchoolBoard("event-closed");
        UserAccount recruiter = fixtures.newAccount(closing, Role.RECRUITER);
        Event fair = published(closing, recruiter, null, LocalDateTime.now(PARIS).plusDays(5));
        Event draft;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, closing)) {
            LocalDateTime start = LocalDateTime.now(PARIS).plusDays(6);
            draft = eventService.save(EventFixtures.newEvent(null), start, start.plusHours(2), "Europe/Paris");
        }
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        String french = EventPaths.page(fair.getId(), fair.getTitleFr(), Locale.FRENCH).substring(1);
        assertEquals(200, visitor.get(french).statusCode(), "public while the centre is open");

        fixtures.deactivate(closing);

        for (String page : List.of(french, EventPaths.calendarFile(fair.getId(), Locale.FRENCH).substring(1))) {
            ca.tremplin.testsupport.GoneAnswers.assertGone(visitor, page, "Ce centre de services scolaire ne présente"
                    + " plus ses programmes, ses offres ni ses événements", "/fr/evenements");
        }
        ca.tremplin.testsupport.GoneAnswers.assertGone(visitor, EventPaths.page(fair.getId(), fair.getTitleEn(),
                Locale.ENGLISH).substring(1), "This school service centre no longer presents its programs, offers or"
                + " events", "/en/events");
        assertEquals(404, visitor.get(EventPaths.page(draft.getId(), draft.getTitleFr(), Locale.FRENCH).substring(1))
                .statusCode(), "a draft was never public");
    }

    /**
     * The list of events only shows: a visitor's browser may keep it and asks again each time it shows it, no shared
     * cache keeps it. An event's page holds its registration form — a view state and the submission's token — and the
     * answer to a registration names the person: nobody keeps them, so that the Back button never posts a registration
     * again with the first one's token.
     */
    /**
     * An event's page answers at one address per language: a link with words added after the id, cut, from the other
     * language or none at all answers 301 to it, the query kept (a campaign's attribution, the zone chosen), so that
     * shared links and search engines converge; the page itself answers 200.
     */
    @Test
    void anEventsPageReachedByOtherWordsLeadsToItsOwnAddressForGood() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("event-words");
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        Event webinar = published(tenant, recruiter, null, LocalDateTime.now(PARIS).plusDays(5));
        long id = webinar.getId();
        String french = EventPaths.page(id, webinar.getTitleFr(), Locale.FRENCH);
        String english = EventPaths.page(id, webinar.getTitleEn(), Locale.ENGLISH);
        assertEquals("/fr/evenements/" + id + "-webinaire-" + id, french);
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);

        java.util.Map<String, String> moves = new java.util.LinkedHashMap<>();
        moves.put(french + "-inscrivez-vous?utm_source=infolettre&utm_campaign=salon",
                french + "?utm_source=infolettre&utm_campaign=salon");
        moves.put("/fr/evenements/" + id, french);
        moves.put("/fr/evenements/" + id + "-webinaire", french);
        moves.put("/fr/evenements/" + id + "-webinar-" + id + "?tz=Africa%2FDakar", french + "?tz=Africa%2FDakar");
        moves.put("/en/events/" + id + "-webinaire-" + id, english);
        moves.put("/en/events/" + id + "-webinar-" + id + "-register-now?utm_content=7", english + "?utm_content=7");
        for (java.util.Map.Entry<String, String> move : moves.entrySet()) {
            java.net.http.HttpResponse<String> moved = visitor.get(move.getKey().substring(1));
            assertEquals(301, moved.statusCode(), move.getKey() + ": " + moved.body());
            String location = moved.headers().firstValue("Location").orElseThrow();
            assertTrue(location.endsWith(move.getValue()), move.getKey() + " → " + location);
        }
        for (String own : List.of(french, english)) {
            java.net.http.HttpResponse<String> shown = visitor.get(own.substring(1));
            assertEquals(200, shown.statusCode(), own);
            assertTrue(shown.body().contains("id=\"registration:submit\""), own);
        }
        assertEquals(404, visitor.get("fr/evenements/" + Long.MAX_VALUE / 10 + "-webinaire").statusCode(),
                "an id no event has is still not found");
    }

    @Test
    void theEventListIsRevalidatedAndAnEventsPageWithItsFormIsKeptByNobody() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("event-cache");
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        Event webinar = published(tenant, recruiter, null, LocalDateTime.now(PARIS).plusDays(5));
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        for (String list : List.of("fr/evenements", "en/events")) {
            java.net.http.HttpResponse<String> shown = visitor.get(list);
            assertEquals(200, shown.statusCode(), list);
            assertEquals(java.util.Optional.of("private, no-cache"), shown.headers().firstValue("Cache-Control"), list);
        }
        String page = EventPaths.page(webinar.getId(), webinar.getTitleFr(), Locale.FRENCH).substring(1);
        java.net.http.HttpResponse<String> shown = visitor.get(page);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("id=\"registration:submit\""), "the page holds its form: " + shown.body());
        assertEquals(java.util.Optional.of("private, no-store"), shown.headers().firstValue("Cache-Control"));
        java.net.http.HttpResponse<String> registered = visitor.send(visitor.formOn(page, shown.body(),
                "registration", java.util.Map.of("registration:firstName", "Ana", "registration:lastName", "Diallo",
                        "registration:email", InquiryRequests.uniqueEmail(), "registration:countryOfResidence", "SN",
                        "registration:consentToContact", "on"), "registration:submit"));
        assertEquals(200, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("id=\"registration-confirmation\""), registered.body());
        assertEquals(java.util.Optional.of("private, no-store"), registered.headers().firstValue("Cache-Control"),
                "the answer names the person who registered");
    }

    /**
     * The upcoming events are read a page at a time, every one of them, by plain links (no script): "Suivante" and
     * "Précédente" in a navigation named for a screen reader, each page an address of its own that names itself as its
     * canonical address (without the zone it was read in) and its English twin; the zone chosen follows the links and
     * the zone chooser keeps the page. A page past the last shows the last one and says so; each event is in the
     * sitemap besides.
     */
    @Test
    void theUpcomingEventsAreReadPageByPageByLinksThatNeedNoScript() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("event-pages");
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        // Years ahead, after the others: the last pages of the list, whatever the other tests left upcoming.
        LocalDateTime first = LocalDateTime.now(PARIS).plusYears(3).withNano(0);
        List<Long> ours = new java.util.ArrayList<>();
        for (int i = 0; i <= EventBoardPage.PAGE_SIZE; i++) {
            ours.add(published(tenant, recruiter, null, first.plusHours(3L * i)).getId());
        }
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        java.util.regex.Pattern eventLink = java.util.regex.Pattern.compile("href=\"" + java.util.regex.Pattern.quote(
                base.getPath()) + "fr/evenements/(\\d+)-");
        java.util.regex.Pattern nextLink = java.util.regex.Pattern.compile("<a href=\"" + java.util.regex.Pattern.quote(
                base.getPath()) + "(fr/evenements[^\"]*)\" rel=\"next\"");

        List<Long> seen = new java.util.ArrayList<>();
        String address = "fr/evenements?tz=Africa%2FDakar";
        int page = 1;
        String body;
        while (true) {
            body = visitor.get(address).body();
            String canonical = page == 1 ? "/fr/evenements\"" : "/fr/evenements?page=" + page + "\"";
            java.util.regex.Matcher named = java.util.regex.Pattern.compile(
                    "<link rel=\"canonical\" href=\"https?://[^\"]+\"").matcher(body);
            assertTrue(named.find() && named.group().endsWith(canonical),
                    address + ": names itself, without the zone");
            assertTrue(body.contains("hreflang=\"en\" href=\"") && body.contains(page == 1 ? "/en/events\""
                    : "/en/events?page=" + page + "\""), address + ": its English twin");
            java.util.regex.Matcher events = eventLink.matcher(body);
            int onThisPage = 0;
            while (events.find()) {
                seen.add(Long.valueOf(events.group(1)));
                onThisPage++;
            }
            assertTrue(onThisPage <= EventBoardPage.PAGE_SIZE, address + ": " + onThisPage);
            assertTrue(body.contains("<nav class=\"pager\" aria-label=\"Pages des événements à venir\">"), address);
            java.util.regex.Matcher next = nextLink.matcher(body);
            if (!next.find()) {
                break;
            }
            assertEquals(EventBoardPage.PAGE_SIZE, onThisPage, "a page before the last is full: " + address);
            String following = next.group(1).replace("&amp;", "&");
            assertTrue(following.contains("tz=Africa%2FDakar") && following.contains("page=" + (page + 1)),
                    "the zone chosen follows the link: " + following);
            page++;
            address = following;
            assertTrue(visitor.get(address).body().contains("rel=\"prev\""), address + ": a way back");
            if (page == 2) {
                assertTrue(visitor.get(address).body().contains(
                        "<input type=\"hidden\" name=\"page\" value=\"2\""), "choosing another zone keeps the page");
            }
        }
        assertTrue(page >= 2, "more than a page of events");
        for (Long id : ours) {
            assertEquals(1, java.util.Collections.frequency(seen, id), "event " + id + " on one page, once");
        }
        assertTrue(seen.indexOf(ours.get(0)) < seen.indexOf(ours.get(ours.size() - 1)), "soonest first");

        String pastTheLast = visitor.get("fr/evenements?page=9999").body();
        assertTrue(pastTheLast.contains("Page " + page + " de " + page) && pastTheLast.contains("id=\"ignored-page\"")
                && pastTheLast.contains("page=9999"), "the last page, and said: " + pastTheLast);
        assertTrue(pastTheLast.contains("fr/evenements/" + ours.get(ours.size() - 1) + "-"), "ours close the list");
        String unreadable = visitor.get("en/events?page=abc").body();
        assertTrue(unreadable.contains("Page 1 of " + page) && unreadable.contains("page=abc"), unreadable);

        String sitemap = visitor.get("sitemap.xml").body();
        for (Long id : ours) {
            assertTrue(sitemap.contains("/fr/evenements/" + id + "-"), "event " + id + " in the sitemap");
        }
        assertFalse(sitemap.contains("evenements?page="), "the list's pages name themselves; its events are listed");
    }

    @Test
    void aPersonUnder14RegistersOnlyWithTheirGuardiansConsentRecordedWordForWord() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(5));
        String twelveYearsAgo = String.valueOf(java.time.Year.now(ca.tremplin.inquiry.BusinessHours.ZONE).getValue() - 12);
        String email = InquiryRequests.uniqueEmail();

        InvalidInquiryException withoutGuardian = assertThrows(InvalidInquiryException.class,
                () -> publicEvents.register(fair.getId(), minor(email, new ca.tremplin.inquiry.GuardianAnswers(
                        twelveYearsAgo, "", "", false)), key(), ip(), Locale.FRENCH));
        assertEquals(List.of("guardianName"), withoutGuardian.problems().stream().map(p -> p.field()).toList());
        assertEquals("Moins de 14 ans : un parent ou tuteur doit donner son nom, son courriel et cocher son consentement.",
                withoutGuardian.problems().get(0).message(Locale.FRENCH));
        InvalidInquiryException notAYear = assertThrows(InvalidInquiryException.class,
                () -> publicEvents.register(fair.getId(), minor(email, new ca.tremplin.inquiry.GuardianAnswers(
                        "douze", null, null, false)), key(), ip(), Locale.ENGLISH));
        assertEquals("birthYear", notAYear.problems().get(0).field());
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(l) from Lead l where l.emailNormalized = :email", Long.class)
                .setParameter("email", email).getSingleResult()), "nothing recorded without the guardian's consent");

        RegistrationReceipt receipt = publicEvents.register(fair.getId(), minor(email,
                new ca.tremplin.inquiry.GuardianAnswers(twelveYearsAgo, "Mai Nguyễn", "mai.parent@example.vn", true)),
                key(), ip(), Locale.FRENCH);

        ConsentRecord guardian = tenancy.acrossAllTenants(() -> em.createQuery(
                "select c from ConsentRecord c where c.eventRegistrationId = :id and c.purpose = :purpose",
                ConsentRecord.class).setParameter("id", receipt.registrationId())
                .setParameter("purpose", ConsentPurpose.GUARDIAN).getSingleResult());
        assertTrue(guardian.isGranted());
        assertEquals("Mai Nguyễn", guardian.getGuardianName());
        assertEquals("Je suis le parent ou le tuteur de cette personne de moins de 14 ans et je consens à ce que Tremplin"
                + " et le centre de services scolaire concerné utilisent ses renseignements pour son inscription à cet"
                + " événement et pour la contacter à son sujet.", guardian.getTextShown(),
                "the sentence the guardian agreed to, as the event's page shows it");
        assertEquals(ca.tremplin.person.ConsentTexts.GUARDIAN_AT_EVENT_VERSION, guardian.getTextVersion());
        OutboxMessage toParent = outboxTo("mai.parent@example.vn", "Votre consentement pour%");
        assertTrue(toParent.getBodyText().matches("(?s).*/consentements\\.xhtml\\?token=[^\\s&]+&lang=fr\\b.*"),
                "the parent is told, with where to withdraw it, the page in the mail's language: "
                        + toParent.getBodyText());

        String adult = InquiryRequests.uniqueEmail();
        RegistrationReceipt older = publicEvents.register(fair.getId(), minor(adult, new ca.tremplin.inquiry.GuardianAnswers(
                "2000", "Someone", "someone@example.com", true)), key(), ip(), Locale.FRENCH);
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(c) from ConsentRecord c where c.eventRegistrationId = :id and c.purpose = :purpose",
                Long.class).setParameter("id", older.registrationId()).setParameter("purpose", ConsentPurpose.GUARDIAN)
                .getSingleResult()), "a guardian typed for someone 14 or older is not kept");
    }

    private static RegistrationRequest minor(String email, ca.tremplin.inquiry.GuardianAnswers guardian) {
        return new RegistrationRequest("Linh", "Nguyễn", email, null, "VN", true, false, "Asia/Ho_Chi_Minh", null,
                List.of(), guardian);
    }

    @Test
    void eachRegistrantGetsOneReminderHoweverOftenTheRoundRuns() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event tomorrow = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusHours(20));
        Event nextWeek = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(7));
        String soon = InquiryRequests.uniqueEmail();
        String later = InquiryRequests.uniqueEmail();
        String justNow = InquiryRequests.uniqueEmail();
        publicEvents.register(tomorrow.getId(), registration(soon, "Ana", true, true), key(), ip(), Locale.FRENCH);
        publicEvents.register(nextWeek.getId(), registration(later, "Bea", true, true), key(), ip(), Locale.FRENCH);
        registeredHoursAgo(soon, 13);
        registeredHoursAgo(later, 13);
        publicEvents.register(tomorrow.getId(), registration(justNow, "Cleo", true, true), key(), ip(),
                Locale.FRENCH);
        String withdrew = InquiryRequests.uniqueEmail();
        publicEvents.register(tomorrow.getId(), registration(withdrew, "Dina", true, true), key(), ip(),
                Locale.FRENCH);
        registeredHoursAgo(withdrew, 13);
        tenancy.acrossAllTenants(() -> consentRegister.append(em.createQuery("select l from Lead l"
                        + " where l.emailNormalized = :email", ca.tremplin.person.Lead.class)
                        .setParameter("email", withdrew).getSingleResult(), ConsentPurpose.CONTACT, false,
                ca.tremplin.person.ConsentChannel.PHONE, java.time.Instant.now(), null, null, null, Locale.FRENCH));

        // Registered by a list that said "contact: no", never having agreed: the rule of the export's "do not write".
        String refused = InquiryRequests.uniqueEmail();
        publicEvents.register(tomorrow.getId(), registration(refused, "Eva", true, false), key(), ip(),
                Locale.FRENCH);
        registeredHoursAgo(refused, 13);
        assertEquals(1, (int) tenancy.acrossAllTenants(() -> em.createNativeQuery("update consent_record c"
                        + " join event_registration r on r.id = c.event_registration_id set c.granted = false"
                        + " where r.email_normalized = ?1 and c.purpose = 'CONTACT'").setParameter(1, refused)
                .executeUpdate()));

        reminders.sendDueReminders();
        reminders.sendDueReminders();

        assertEquals(0L, outboxCountTo(withdrew, "Rappel%"), "no reminder to a person who withdrew their consent"
                + " to be contacted since registering");
        assertEquals(0L, outboxCountTo(refused, "Rappel%"), "nor to one who refused it, having never agreed");
        assertEquals(1L, outboxCountTo(soon, "Rappel%"), "one reminder");
        assertEquals(0L, outboxCountTo(later, "Rappel%"), "not yet: the event is a week away");
        assertEquals(0L, outboxCountTo(justNow, "Rappel%"), "registered just now: the confirmation is the reminder");
    }

    @Test
    void theLeadListNarrowedToAnEventShowsItsRegistrantsOnlyAndNamesItAndAnotherCentresEventNarrowsToNobody() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Tenant other = fixtures.newSchoolBoard("other");
        UserAccount otherRecruiter = fixtures.newAccount(other, Role.RECRUITER);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(4));
        Event webinar = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(6));
        Event elsewhere = published(other, otherRecruiter, null, LocalDateTime.now(PARIS).plusDays(6));
        RegistrationReceipt ana = publicEvents.register(fair.getId(),
                registration(InquiryRequests.uniqueEmail(), "Ana", true, true), key(), ip(), Locale.FRENCH);
        RegistrationReceipt bea = publicEvents.register(fair.getId(),
                registration(InquiryRequests.uniqueEmail(), "Bea", true, true), key(), ip(), Locale.FRENCH);
        publicEvents.register(webinar.getId(), registration(InquiryRequests.uniqueEmail(), "Cleo", true, true), key(),
                ip(), Locale.FRENCH);
        publicEvents.register(elsewhere.getId(), registration(InquiryRequests.uniqueEmail(), "Dia", true, true),
                key(), ip(), Locale.FRENCH);

        ca.tremplin.pipeline.LeadFilter atTheFair = ca.tremplin.pipeline.LeadFilter.parse("event=" + fair.getId());
        ca.tremplin.pipeline.LeadFilter forged = ca.tremplin.pipeline.LeadFilter.parse("event=" + elsewhere.getId());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals(java.util.Set.of(ana.leadId(), bea.leadId()), java.util.Set.copyOf(leadList.page(atTheFair,
                    0, 25, ca.tremplin.kernel.TableSort.DEFAULT).stream().map(ca.tremplin.pipeline.LeadRow::id).toList()));
            assertEquals(2, leadList.stageCounts(atTheFair).get(ca.tremplin.person.LeadStage.NEW), "the board too");
            assertEquals("inscrites ou saisies à « Webinaire " + fair.getId() + " »",
                    leadList.narrowing(atTheFair, Locale.FRENCH));
            assertEquals(0, leadList.count(forged), "another centre's event narrows to none of this centre's leads");
            assertEquals("registered or captured at “no. " + elsewhere.getId() + "”",
                    leadList.narrowing(forged, Locale.ENGLISH), "and its title is not shown");
        }
    }

    @Test
    void aPublishedEventThatIsOverBecomesDoneAndTakesNoMoreRegistrations() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event past = published(fjord, recruiter, null, LocalDateTime.now(PARIS).minusHours(3));

        reminders.closePastEvents();

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals(EventStatus.DONE, eventService.find(past.getId()).getStatus());
            assertTrue(eventService.attendance(past.getId()).over());
        }
        assertThrows(BusinessRuleException.class, () -> publicEvents.register(past.getId(),
                registration(InquiryRequests.uniqueEmail(), "Ana", true, true), key(), ip(), Locale.FRENCH));
        java.net.http.HttpResponse<String> page = new ca.tremplin.testsupport.HttpVisitor(base).get(EventPaths.page(
                past.getId(), past.getTitleFr(), Locale.FRENCH).substring(1));
        assertEquals(200, page.statusCode(), "links to it were shared: its page stays");
        assertTrue(page.body().contains("Cet événement a eu lieu.") && !page.body().contains("id=\"add-to-calendar\"")
                && !page.body().contains("id=\"registration\""), "said to be over, nothing to add to a calendar");
    }

    @Test
    void aStartTheClockSkipsIsRefusedNotMovedAnHourLater() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        int year = LocalDateTime.now(PARIS).getYear() + 1;
        // The last Sunday of March: Paris moves from 2:00 to 3:00.
        LocalDateTime skipped = java.time.LocalDate.of(year, 3, 31)
                .with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY)).atTime(2, 30);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> eventService.save(newEvent(null), skipped, skipped.plusHours(2), "Europe/Paris"));
            assertEquals("time.skipped", refused.messageKey());
            assertTrue(refused.localizedMessage(Locale.FRENCH).contains("les horloges avancent"),
                    refused.localizedMessage(Locale.FRENCH));
        }
    }

    @Test
    void aWebinarLinkThatIsNoWebAddressAndLanguagesThatCannotBeReadAreRefused() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        LocalDateTime start = LocalDateTime.now(PARIS).plusDays(3);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            for (String link : List.of("javascript:alert(document.cookie)", "Zoom, ID 123 456; code: abc",
                    "https://localhost")) {
                Event webinar = newEvent(null);
                webinar.setOnlineUrl(link);
                assertEquals("event.invalid.linkNotAddress", assertThrows(BusinessRuleException.class,
                        () -> eventService.save(webinar, start, start.plusHours(1), "Europe/Paris")).messageKey(),
                        link);
            }
            Event described = newEvent(null);
            described.setDescriptionFr("é".repeat(40_000));
            assertEquals("event.invalid.descriptionTooLong", assertThrows(BusinessRuleException.class,
                    () -> eventService.save(described, start, start.plusHours(1), "Europe/Paris")).messageKey(),
                    "80 KB of text: said, not a 500 from the column");
            Event zoom = newEvent(null);
            zoom.setOnlineUrl(" https://zoom.us/j/123456789?pwd=abc ");
            assertEquals("https://zoom.us/j/123456789?pwd=abc",
                    eventService.save(zoom, start, start.plusHours(1), "Europe/Paris").getOnlineUrl());
        }
    }

    @Test
    void movingAPublishedEventTellsEachRegistrantWithACalendarFileThatReplacesTheFirst() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        LocalDateTime start = LocalDateTime.now(PARIS).plusDays(12).withHour(10).withMinute(0).withSecond(0)
                .withNano(0);
        Event fair = published(fjord, recruiter, null, start);
        String zoe = InquiryRequests.uniqueEmail();
        publicEvents.register(fair.getId(), registration(zoe, "Zoé", true, true), key(), ip(), Locale.FRENCH);
        String first = new String(OutboxFiles.of(em, outboxTo(zoe, "Inscription confirmée%")).content(),
                StandardCharsets.UTF_8);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            Event current = eventService.find(fair.getId());
            current.setDescriptionFr("Programme de la séance à venir.");
            current = eventService.save(current, start, start.plusHours(2), "Europe/Paris");
            assertEquals(0L, mailsTo(zoe, "Changement%"), "a new description changes nothing a registrant holds");

            eventService.save(current, start.plusDays(7).withHour(14), start.plusDays(7).withHour(16),
                    "Europe/Paris");
        }

        OutboxMessage moved = outboxTo(zoe, "Changement%");
        String ics = new String(OutboxFiles.of(em, moved).content(), StandardCharsets.UTF_8);
        assertTrue(moved.getBodyText().contains("a changé"), moved.getBodyText());
        assertTrue(ics.contains("UID:event-" + fair.getId() + "@" + ca.tremplin.kernel.PublicAddress.host()),
                "the same event, replaced: " + ics);
        assertTrue(sequence(ics) > sequence(first), "a higher SEQUENCE than the file added first: " + ics);
        String newStart = start.plusDays(7).withHour(14).atZone(PARIS).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertTrue(ics.contains("DTSTART:" + newStart), newStart + " in " + ics);
    }

    /**
     * Reminded of a webinar the day before, a registrant whose webinar then moves is reminded again of the new time;
     * a venue typed for an online event, which no registrant is shown, tells no one of a change.
     */
    @Test
    void aRegistrantRemindedOfAFormerTimeIsRemindedAgainAndAnOnlineEventsVenueTellsNoOne() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        LocalDateTime start = LocalDateTime.now(PARIS).plusHours(20).withSecond(0).withNano(0);
        Event webinar = published(fjord, recruiter, null, start);
        String ana = InquiryRequests.uniqueEmail();
        publicEvents.register(webinar.getId(), registration(ana, "Ana", true, true), key(), ip(), Locale.FRENCH);
        registeredHoursAgo(ana, 13);
        reminders.sendDueReminders();
        assertEquals(1L, outboxCountTo(ana, "Rappel%"));

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            Event current = eventService.find(webinar.getId());
            current.setVenue("Studio 2");
            current = eventService.save(current, start, start.plusHours(2), "Europe/Paris");
            assertEquals(0L, mailsTo(ana, "Changement%"), "nothing a registrant of an online event is shown changed");
            eventService.save(current, start.plusHours(2), start.plusHours(4), "Europe/Paris");
        }
        assertEquals(1L, mailsTo(ana, "Changement%"), "told of the new time");
        reminders.sendDueReminders();
        reminders.sendDueReminders();
        assertEquals(2L, outboxCountTo(ana, "Rappel%"), "reminded once more, of the new time");
    }

    private static String line(String ics, String name) {
        return EventFixtures.line(ics, name);
    }

    private static int sequence(String ics) {
        return EventFixtures.sequence(ics);
    }

    private long mailsTo(String email, String subject) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.recipient = :email and m.subject like :subject", Long.class)
                .setParameter("email", email).setParameter("subject", subject).getSingleResult());
    }

    @Test
    void cancellingAPublishedEventTellsEachRegistrantWithACancellingCalendarFile() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(12));
        String ana = InquiryRequests.uniqueEmail();
        String bea = InquiryRequests.uniqueEmail();
        publicEvents.register(fair.getId(), registration(ana, "Ana", true, true), key(), ip(), Locale.FRENCH);
        publicEvents.register(fair.getId(), registration(bea, "Bea", true, true), key(), ip(), Locale.ENGLISH);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            eventService.cancel(fair.getId(), fair.getVersion());
        }

        OutboxMessage toAna = outboxTo(ana, "Annulé%");
        OutboxMessage toBea = outboxTo(bea, "Cancelled%");
        String ics = new String(OutboxFiles.of(em, toBea).content(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("STATUS:CANCELLED") && ics.contains("METHOD:CANCEL"), ics);
        assertTrue(ics.replace("\r\n ", "").contains("ORGANIZER;CN=" + fjord.getNameEn() + ":mailto:"
                + mailSender.address()), "the centre organises it, in the registrant's language, at the address the"
                + " mail comes from: " + ics);
        String confirmed = new String(OutboxFiles.of(em, outboxTo(bea, "Registration%")).content(),
                StandardCharsets.UTF_8);
        assertEquals(line(confirmed, "ORGANIZER"), line(ics, "ORGANIZER"),
                "the organiser of the event she added, whose cancellation her calendar program applies");
        assertEquals(line(confirmed, "UID"), line(ics, "UID"));
        assertTrue(sequence(confirmed) < sequence(ics), confirmed);
        assertTrue(toAna.getBodyText().contains("annulé"), toAna.getBodyText());
        String anasIcs = new String(OutboxFiles.of(em, toAna).content(), StandardCharsets.UTF_8);
        String everyones = new String(tenancy.acrossAllTenants(() -> publicEvents.calendarFile(fair.getId(),
                Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertEquals(sequence(everyones), sequence(anasIcs), "one cancellation, one sequence: " + anasIcs);
        assertEquals(sequence(everyones), sequence(ics), "for every registrant: " + ics);
    }

    @Test
    void anotherCentresEventAndItsRegistrantsAreNotFoundEvenByTheirIds() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        Tenant rives = fixtures.newSchoolBoard("rives");
        UserAccount fjordRecruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount rivesRecruiter = fixtures.newAccount(rives, Role.RECRUITER);
        Event fair = published(fjord, fjordRecruiter, null, LocalDateTime.now(PARIS).plusDays(12));
        RegistrationReceipt receipt = publicEvents.register(fair.getId(),
                registration(InquiryRequests.uniqueEmail(), "Ana", true, true), key(), ip(), Locale.FRENCH);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(rivesRecruiter, rives)) {
            assertThrows(NotFoundException.class, () -> eventService.find(fair.getId()));
            assertThrows(NotFoundException.class, () -> eventService.cancel(fair.getId(), fair.getVersion()));
            assertThrows(NotFoundException.class, () -> eventService.checkIn(receipt.registrationId()));
            assertThrows(NotFoundException.class, () -> eventService.registrations(fair.getId(), null));
            assertTrue(eventService.page(null, 0, 100, ca.tremplin.kernel.TableSort.DEFAULT).stream()
                    .noneMatch(event -> event.id() == fair.getId()));
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fjordRecruiter, fjord)) {
            assertNotNull(eventService.checkIn(receipt.registrationId()).getAttendedAt(), "its own centre checks in");
        }
    }

    /**
     * An event's history says who changed it, when, from what to what — its date moved, its cancellation —, newest
     * first, and that the platform itself marked an event over done; another centre's staff neither open it by the
     * event's id nor read its lines.
     */
    @Test
    void anEventsHistorySaysWhoChangedItsDateAndWhenAndIsReadByItsOwnCentreOnly() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        Tenant rives = fixtures.newSchoolBoard("rives");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount rivesRecruiter = fixtures.newAccount(rives, Role.RECRUITER);
        LocalDateTime start = LocalDateTime.now(PARIS).plusDays(20).withHour(10).withMinute(0).withSecond(0)
                .withNano(0);
        Event fair = published(fjord, recruiter, null, start);
        Event past = published(fjord, recruiter, null, LocalDateTime.now(PARIS).minusHours(3));
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        reminders.closePastEvents();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            Event current = eventService.find(fair.getId());
            current = eventService.save(current, start.plusDays(1), start.plusDays(1).plusHours(2), "Europe/Paris");
            eventService.cancel(fair.getId(), current.getVersion());

            ca.tremplin.security.ChangeLines history = eventService.history(fair.getId(), 3);
            assertEquals(List.of("PUBLISHED → CANCELLED",
                            "ENDS_AT (" + start.plusHours(2).format(shown) + " → "
                                    + start.plusDays(1).plusHours(2).format(shown) + ")",
                            "STARTS_AT (" + start.format(shown) + " → " + start.plusDays(1).format(shown) + ")"),
                    history.lines().stream().map(StaffChange::getDetail).toList(), "newest first, in the event's zone");
            assertTrue(history.more(), "its creation, publication and titles are older lines");
            history.lines().forEach(line -> {
                assertEquals(recruiter.getId(), line.getActorId());
                assertEquals("Amani Nyambura", history.who(line));
                assertFalse(line.getChangedAt().isBefore(before));
            });

            StaffChange done = eventService.history(past.getId(), 20).lines().get(0);
            assertEquals(StaffChange.What.EVENT_STATUS, done.getWhat());
            assertEquals("PUBLISHED → DONE", done.getDetail());
            assertEquals(null, done.getActorId(), "the platform's own: no one's name");
        }
        assertAnotherCentreReadsNoLineOf(fair.getId(), rivesRecruiter, rives);
    }

    /**
     * An event's history keeps a new meeting address whole, long as it is, its page showing its beginning with the whole
     * to open; its description by its lengths; its capacity; its creation and publication, newest first, by whoever
     * made them; another centre's staff neither open it by the event's id nor read its lines.
     */
    @Test
    void anEventsLongMeetingAddressIsKeptWholeAndItsDescriptionByItsLengthsForItsOwnCentreOnly() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        Tenant rives = fixtures.newSchoolBoard("rives");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount rivesRecruiter = fixtures.newAccount(rives, Role.RECRUITER);
        LocalDateTime start = LocalDateTime.now(PARIS).plusDays(30).withHour(14).withMinute(0).withSecond(0)
                .withNano(0);
        String meeting = "https://meet.example.org/j/8123456789?pwd=" + "Qx7".repeat(40);
        String description = "Présentation des programmes, puis questions.";
        Event webinar;

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            webinar = eventService.save(newEvent(null), start, start.plusHours(1), "Europe/Paris");
            Event edited = eventService.find(webinar.getId());
            edited.setOnlineUrl(meeting + "-a");
            Event saved = eventService.save(edited, start, start.plusHours(1), "Europe/Paris");
            saved.setOnlineUrl(meeting + "-b");
            saved.setDescriptionFr(description);
            saved.setCapacity(120);
            saved = eventService.save(saved, start, start.plusHours(1), "Europe/Paris");
            eventService.publish(webinar.getId(), saved.getVersion());

            ca.tremplin.security.ChangeLines history = eventService.history(webinar.getId(), 20);
            assertEquals(List.of("EVENT_STATUS DRAFT → PUBLISHED", "EVENT_EDITED CAPACITY (— → 120)",
                            "EVENT_EDITED ONLINE_URL (" + meeting + "-a → " + meeting + "-b)",
                            "EVENT_EDITED DESCRIPTION_FR {0 → " + description.length() + "}",
                            "EVENT_EDITED ONLINE_URL (https://meet.example.org/fp-quebec → " + meeting + "-a)",
                            "EVENT_CREATED null"),
                    history.lines().stream().map(line -> line.getWhat() + " " + line.getDetail()).toList(),
                    "newest first, both addresses whole");
            StaffChange moved = history.lines().get(2);
            assertTrue(history.shortenedDetail(moved, Locale.ENGLISH).startsWith("online meeting address ("),
                    "the page shows its beginning");
            assertTrue(moved.detailIn(Locale.ENGLISH).endsWith(meeting + "-b)"), "and the whole when opened");
            assertEquals("description en français modifiée (0 → " + description.length() + " caractères)",
                    history.lines().get(3).detailIn(Locale.CANADA_FRENCH));
            history.lines().forEach(line -> assertEquals(recruiter.getId(), line.getActorId()));
        }
        assertAnotherCentreReadsNoLineOf(webinar.getId(), rivesRecruiter, rives);
    }

    /** The list brought back from a fair, checked in after it: present from the fair's start, not from the typing. */
    @Test
    void aRegistrantCheckedInOnceTheEventIsOverIsPresentFromItsStart() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(2));
        RegistrationReceipt receipt = publicEvents.register(fair.getId(), registration(InquiryRequests.uniqueEmail(),
                "Ana", true, true), key(), ip(), Locale.FRENCH);
        // The fair took place three days ago.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update event set starts_at = starts_at - interval 5 day,"
                + " ends_at = ends_at - interval 5 day where id = ?1").setParameter(1, fair.getId()).executeUpdate());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            Event held = eventService.find(fair.getId());
            assertEquals(held.getStartsAt(), eventService.checkIn(receipt.registrationId()).getAttendedAt());
        }
    }

    /**
     * A registrant who gave up their seat from their link comes after all and is checked in at the door, the event
     * still on: the seat is theirs again and they are told so, with the seat's calendar file, which outranks the
     * cancellation their calendar holds — one event throughout —; their timeline says the seat is theirs again.
     */
    @Test
    void aRegistrantCheckedInAfterGivingUpTheirSeatIsConfirmedWithAFileThatOutranksTheirCancellation() {
        Registrant ana = aSeatGivenUpByStaff();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(ana.recruiter(), ana.centre())) {
            EventRegistration checkedIn = eventService.checkIn(ana.receipt().registrationId());
            assertEquals(EventRegistration.Status.REGISTERED, checkedIn.getStatus(), "her seat again");
            assertNotNull(checkedIn.getAttendedAt());
        }

        List<String> files = calendarFilesTo(ana.email());
        assertEquals(3, files.size(), "the confirmation, the removal, the seat's confirmation: " + files);
        assertTrue(files.get(1).contains("METHOD:CANCEL") && files.get(2).contains("METHOD:PUBLISH"), files.get(2));
        assertEquals(1, files.stream().map(file -> line(file, "UID")).distinct().count(), "one event in her calendar");
        List<Integer> sequences = files.stream().map(EventIT::sequence).toList();
        assertTrue(sequences.get(0) < sequences.get(1) && sequences.get(1) < sequences.get(2),
                "the seat's file outranks the cancellation she holds: " + sequences);
        assertEquals(List.of("EVENT_REGISTERED", "EVENT_UNREGISTERED", "EVENT_REGISTERED", "EVENT_ATTENDED"),
                tenancy.acrossAllTenants(() -> em.createNativeQuery("select kind from lead_event where lead_id = ?1"
                        + " and kind like 'EVENT_%' order by id").setParameter(1, ana.receipt().leadId())
                        .getResultList()));
    }

    /**
     * A registrant who gave up their seat is checked in from the list brought back once the fair is over: present from
     * its start, their seat theirs again, and nothing sent — nothing of a past event goes to a calendar again — nor
     * does the sequence their next file would carry move.
     */
    @Test
    void aRegistrantCheckedInOnceTheEventIsOverAfterGivingUpTheirSeatIsSentNothingAndTheirSequenceStays() {
        Registrant ana = aSeatGivenUpByStaff();
        long mailsBefore = outboxCountTo(ana.email());
        // The fair took place three days ago.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update event set starts_at = starts_at - interval 5 day,"
                + " ends_at = ends_at - interval 5 day where id = ?1").setParameter(1, ana.fair().getId())
                .executeUpdate());

        try (TenantContext.Scope ignored = TestSessions.signedInAs(ana.recruiter(), ana.centre())) {
            Event held = eventService.find(ana.fair().getId());
            EventRegistration checkedIn = eventService.checkIn(ana.receipt().registrationId());
            assertEquals(EventRegistration.Status.REGISTERED, checkedIn.getStatus());
            assertEquals(held.getStartsAt(), checkedIn.getAttendedAt(), "present from its start");
            assertEquals(1, checkedIn.getCalendarSequenceOffset(), "the removal's step, and none since");
        }
        assertEquals(mailsBefore, outboxCountTo(ana.email()), "nothing sent about an event over");
    }

    /** A person registered online to a fair of a centre of its own, two days ahead, and one of its recruiters. */
    private record Registrant(Tenant centre, UserAccount recruiter, Event fair, String email,
                              RegistrationReceipt receipt) {
    }

    private Registrant registeredToAFairToCome() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(2));
        String ana = InquiryRequests.uniqueEmail();
        RegistrationReceipt receipt = publicEvents.register(fair.getId(), registration(ana, "Ana", true, true), key(),
                ip(), Locale.FRENCH);
        return new Registrant(fjord, recruiter, fair, ana, receipt);
    }

    /** As above, her seat given up by staff for her (she asked by phone), she being sent its removal. */
    private Registrant aSeatGivenUpByStaff() {
        Registrant ana = registeredToAFairToCome();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(ana.recruiter(), ana.centre())) {
            eventService.cancelRegistration(ana.receipt().registrationId());
        }
        return ana;
    }

    /**
     * A published event whose end has passed took place, even before the round marks it done: cancelling it is
     * refused with the reason, and none of the people who came is told it was cancelled.
     */
    @Test
    void aPublishedEventOverIsNotCancelledAndNobodyWhoCameIsToldItWas() {
        Registrant ana = registeredToAFairToCome();
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update event set starts_at = starts_at - interval 3 day,"
                + " ends_at = ends_at - interval 3 day where id = ?1").setParameter(1, ana.fair().getId())
                .executeUpdate());

        try (TenantContext.Scope ignored = TestSessions.signedInAs(ana.recruiter(), ana.centre())) {
            Event held = eventService.find(ana.fair().getId());
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> eventService.cancel(held.getId(), held.getVersion()));
            assertEquals("Cet événement est déjà annulé ou terminé.", refused.localizedMessage(Locale.FRENCH));
            assertEquals(EventStatus.PUBLISHED, eventService.find(held.getId()).getStatus());
        }
        assertEquals(0L, outboxCountTo(ana.email(), "Annulé : %"), "Ana, who came, is told nothing of a cancellation");
    }

    /**
     * A full webinar under way: Ana and Bea are checked in, Dan waits for a seat. Ana leaves early and opens her
     * confirmation's link: she came, so the page says her seat was used and offers no button, giving it up is refused
     * in her words, and staff cannot give it up for her either; nobody waiting is given it, and nothing is mailed to
     * her. The page counts her among the seats held and among those who came, as the reports and campaigns count them.
     * Cleo, who did not come, gives hers up: Dan has it.
     */
    @Test
    void aPersonCheckedInWhoThenGivesUpTheirSeatCameAndKeepsItAndNobodyWaitingIsGivenIt() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = published(fjord, recruiter, 3, LocalDateTime.now(PARIS).minusHours(1));
        String ana = InquiryRequests.uniqueEmail();
        String cleo = InquiryRequests.uniqueEmail();
        String dan = InquiryRequests.uniqueEmail();
        RegistrationReceipt anas = registeredOnline(webinar, ana, "Ana");
        RegistrationReceipt beas = registeredOnline(webinar, InquiryRequests.uniqueEmail(), "Bea");
        registeredOnline(webinar, cleo, "Cleo");
        assertTrue(publicEvents.register(webinar.getId(), registration(dan, "Dan", true, false).waitingIfFull(true),
                key(), ip(), Locale.FRENCH).waiting(), "the webinar is full: Dan waits");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            eventService.checkIn(anas.registrationId());
            eventService.checkIn(beas.registrationId());
        }
        String anasLink = eventFixtures().linkToken(ana, "Inscription confirmée : %");

        RegistrationCancellations.View page = cancellations.view(anasLink, ip(), Locale.FRENCH);
        assertTrue(page.came() && !page.cancelled() && !page.over(), page.toString());
        String shown = new ca.tremplin.testsupport.HttpVisitor(base).get("inscription.xhtml?token="
                + java.net.URLEncoder.encode(anasLink, StandardCharsets.UTF_8)).body();
        assertTrue(shown.contains("id=\"unregister-came\"") && !shown.contains("id=\"unregister:confirm\""),
                "the page says her seat was used, and offers no button: " + shown);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> cancellations.cancel(anasLink, ip(), Locale.FRENCH));
        assertEquals("Vous avez été enregistré comme présent à cet événement : votre place a servi, il n’y a plus de"
                + " place à libérer.", refused.localizedMessage(Locale.FRENCH));
        assertEquals("You were recorded as present at this event: your seat was used, and there is no seat left to"
                + " free.", refused.localizedMessage(Locale.ENGLISH));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            BusinessRuleException staffRefused = assertThrows(BusinessRuleException.class,
                    () -> eventService.cancelRegistration(anas.registrationId()));
            assertEquals("Cette personne a été enregistrée comme présente : elle est venue, et sa place lui reste.",
                    staffRefused.localizedMessage(Locale.FRENCH));
            assertEquals(List.of(dan), eventService.waitingList(webinar.getId()).stream()
                    .map(EventRegistration::getEmailNormalized).toList(), "nobody is given a seat that was used");
            EventService.Attendance attendance = eventService.attendance(webinar.getId());
            assertEquals(List.of(3L, 2L), List.of(attendance.registered(), attendance.attended()),
                    "Ana holds her seat and came");
        }
        assertEquals(EventRegistration.Status.REGISTERED, tenancy.acrossAllTenants(
                () -> em.find(EventRegistration.class, anas.registrationId())).getStatus());
        assertEquals(0L, outboxCountTo(ana, "Inscription annulée : %"), "nothing of a withdrawal is mailed to her");

        cancellations.cancel(eventFixtures().linkToken(cleo, "Inscription confirmée : %"), ip(), Locale.FRENCH);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals(List.of(), eventService.waitingList(webinar.getId()), "Dan has the seat Cleo gave up");
            EventService.Attendance attendance = eventService.attendance(webinar.getId());
            assertEquals(List.of(3L, 2L), List.of(attendance.registered(), attendance.attended()));
        }
    }

    /** A person registered on the event's public page, in French, consenting to be contacted and not to news. */
    private RegistrationReceipt registeredOnline(Event event, String email, String firstName) {
        return publicEvents.register(event.getId(), registration(email, firstName, true, false), key(), ip(),
                Locale.FRENCH);
    }

    /**
     * A cancelled event took place nowhere: its registrants are still listed, as they were told, but checking one in
     * is refused in the recruiter's words, and once its date has passed nobody is counted absent from it.
     */
    @Test
    void nobodyIsCheckedInAtACancelledEventNorCountedAbsentFromIt() {
        Registrant ana = registeredToAFairToCome();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(ana.recruiter(), ana.centre())) {
            Event current = eventService.find(ana.fair().getId());
            eventService.cancel(current.getId(), current.getVersion());
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> eventService.checkIn(ana.receipt().registrationId()));
            assertEquals("Cet événement est annulé : personne ne peut y être enregistré comme présent.",
                    refused.localizedMessage(Locale.FRENCH));
            assertEquals("This event is cancelled: nobody can be checked in at it.",
                    refused.localizedMessage(Locale.ENGLISH));
            assertEquals(1, eventService.registrations(ana.fair().getId(), null).size(), "she is still listed");
        }
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update event set starts_at = starts_at - interval 5 day,"
                + " ends_at = ends_at - interval 5 day where id = ?1").setParameter(1, ana.fair().getId())
                .executeUpdate());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(ana.recruiter(), ana.centre())) {
            assertThrows(BusinessRuleException.class, () -> eventService.checkIn(ana.receipt().registrationId()),
                    "nor from the list brought back after its date");
            EventService.Attendance attendance = eventService.attendance(ana.fair().getId());
            assertEquals(List.of(1L, 0L, 0L), List.of(attendance.registered(), attendance.attended(),
                    attendance.noShows()), "nobody failed to come to an event that was not held");
            assertFalse(attendance.takesAttendance() || attendance.noShowsKnown(), attendance.toString());
            assertNull(eventService.registrations(ana.fair().getId(), null).get(0).getAttendedAt());
        }
    }

    /**
     * The paper list from the door is typed once the fair is over: a walk-in, a registrant found on it, and a capture
     * the tablet took after the end are all present from the fair's start, as a check-in and an imported list date
     * them, not from the moment they were written down; the walk-in and the capture registered as they came, then
     * too — not days after the fair they came to —, while Ana keeps the day she registered online.
     */
    @Test
    void walkInsTypedFromThePaperListOnceTheFairIsOverArePresentFromItsStart() {
        Registrant ana = registeredToAFairToCome();
        java.time.Instant anaRegistered = tenancy.acrossAllTenants(() -> em.find(EventRegistration.class,
                ana.receipt().registrationId())).getRegisteredAt();
        // The fair took place three days ago.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update event set starts_at = starts_at - interval 5 day,"
                + " ends_at = ends_at - interval 5 day where id = ?1").setParameter(1, ana.fair().getId())
                .executeUpdate());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(ana.recruiter(), ana.centre())) {
            Event held = eventService.find(ana.fair().getId());
            eventService.registerAsStaff(held.getId(), new RegistrationRequest("Karim", "Benali",
                    InquiryRequests.uniqueEmail(), "+212 6 12 34 56 78", "MA", true, false, null, null),
                    RegistrationChannel.WALK_IN, key());
            assertTrue(eventService.registerAsStaff(held.getId(), new RegistrationRequest("Ana", "Nguyễn", ana.email(),
                    null, "VN", true, false, null, null), RegistrationChannel.WALK_IN, key()).alreadyRegistered());
            java.time.Instant afterTheEnd = held.getEndsAt().plus(java.time.Duration.ofHours(3))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            capturedAt(held, "Mariama", afterTheEnd);

            EventRegistration karim = eventService.registrations(held.getId(), "benali").get(0);
            assertEquals(held.getStartsAt(), karim.getAttendedAt(), "present from the fair's start");
            assertEquals(held.getStartsAt(), karim.getRegisteredAt(), "registered as he came, not when typed");
            EventRegistration anasRow = eventService.registrations(held.getId(), ana.email()).get(0);
            assertEquals(held.getStartsAt(), anasRow.getAttendedAt(), "Ana, registered before, too");
            assertEquals(anaRegistered, anasRow.getRegisteredAt(), "she registered when she did");
            EventRegistration mariama = eventService.registrations(held.getId(), "mariama").get(0);
            assertEquals(held.getStartsAt(), mariama.getRegisteredAt(), "registered as she came, not after the end");
            assertEquals(held.getStartsAt(), mariama.getAttendedAt(), "present from the fair's start");
            assertEquals(3, eventService.attendance(held.getId()).attended());
        }
    }

    /**
     * Staff give up no seat for anyone at an event cancelled, nor at one that is over, as the person's own link does
     * not: refused in the recruiter's words, the registration stays as it is, nothing is mailed to the person, and
     * the event's page offers no button.
     */
    @Test
    void staffGiveUpNoSeatAtACancelledEventNorAtOneThatIsOver() {
        Registrant ana = registeredToAFairToCome();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(ana.recruiter(), ana.centre())) {
            assertTrue(eventService.attendance(ana.fair().getId()).seatsMayBeGivenUp(), "offered while it is to come");
            Event current = eventService.find(ana.fair().getId());
            eventService.cancel(current.getId(), current.getVersion());
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> eventService.cancelRegistration(ana.receipt().registrationId()));
            assertEquals("Cet événement est terminé ou annulé : les inscriptions restent telles qu’elles sont, il n’y a"
                    + " plus de place à libérer.", refused.localizedMessage(Locale.FRENCH));
            assertEquals("This event is over or cancelled: registrations stay as they are, and there is no seat left"
                    + " to free.", refused.localizedMessage(Locale.ENGLISH));
            assertFalse(eventService.attendance(ana.fair().getId()).seatsMayBeGivenUp(), "no button");
        }
        Registrant bea = registeredToAFairToCome();
        // Her fair took place three days ago.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update event set starts_at = starts_at - interval 5 day,"
                + " ends_at = ends_at - interval 5 day where id = ?1").setParameter(1, bea.fair().getId())
                .executeUpdate());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(bea.recruiter(), bea.centre())) {
            assertEquals("eventsAdmin.overKeepsSeats", assertThrows(BusinessRuleException.class,
                    () -> eventService.cancelRegistration(bea.receipt().registrationId())).messageKey());
            assertFalse(eventService.attendance(bea.fair().getId()).seatsMayBeGivenUp(), "no button");
        }
        for (Registrant registrant : List.of(ana, bea)) {
            assertEquals(EventRegistration.Status.REGISTERED, tenancy.acrossAllTenants(
                    () -> em.find(EventRegistration.class, registrant.receipt().registrationId())).getStatus());
            assertEquals(0L, outboxCountTo(registrant.email(), "Inscription annulée : %"), "nothing mailed");
        }
    }

    @Test
    void aWalkInIsAttendedAtOnceAndNoShowsAppearOnceTheEventIsOver() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(2));
        publicEvents.register(fair.getId(), registration(InquiryRequests.uniqueEmail(), "Ana", true, true), key(),
                ip(), Locale.FRENCH);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            RegistrationReceipt walkIn = eventService.registerAsStaff(fair.getId(), new RegistrationRequest("Karim",
                    "Benali", InquiryRequests.uniqueEmail(), "+212 6 12 34 56 78", "MA", true, false, null,
                    "Intéressé par la mécanique"), RegistrationChannel.WALK_IN, key());
            EventRegistration row = eventService.registrations(fair.getId(), "benali").get(0);
            assertEquals(walkIn.registrationId(), row.getId());
            assertNotNull(row.getAttendedAt());
            assertEquals(row.getAttendedAt(), row.getRegisteredAt(), "registered as he came in");
            EventService.Attendance attendance = eventService.attendance(fair.getId());
            assertEquals(2, attendance.registered());
            assertEquals(1, attendance.attended());
            assertEquals(0, attendance.noShows(), "not over yet");
        }
        // A person the centre knows without a phone walks in and gives one: the audit of the filled phone names the
        // recruiter who typed it.
        String known = InquiryRequests.uniqueEmail();
        Event other = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(3));
        RegistrationReceipt online = publicEvents.register(other.getId(), registration(known, "Awa", true, true),
                key(), ip(), Locale.FRENCH);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            eventService.registerAsStaff(fair.getId(), new RegistrationRequest("Awa", "Nguyễn", known,
                    "+221 77 555 12 12", "SN", true, false, null, null), RegistrationChannel.WALK_IN, key());
        }
        assertEquals(List.of("PHONE:" + recruiter.getId()), tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select concat(field, ':', coalesce(actor_id, 'nobody')) from lead_audit where lead_id = ?1")
                .setParameter(1, online.leadId()).getResultList()));
    }

    @Test
    void aWalkInWithoutAnAddressIsRecordedByNameAndPhoneOnceAndOnlyNobodyToReachIsRefused() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(2));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            RegistrationReceipt first = eventService.registerAsStaff(fair.getId(), new RegistrationRequest(
                    "Thị Minh Khai", "Nguyễn", null, "+84 28 3822 1234", "VN", true, false, null, null),
                    RegistrationChannel.WALK_IN, key());
            RegistrationReceipt again = eventService.registerAsStaff(fair.getId(), new RegistrationRequest(
                    "thị minh khai", "NGUYỄN", " ", "028 3822 1234", "VN", true, false, null, null),
                    RegistrationChannel.WALK_IN, key());
            assertEquals(first.registrationId(), again.registrationId(), "the same person, by name and phone");
            assertEquals(first.leadId(), again.leadId());
            assertEquals(1, eventService.attendance(fair.getId()).attended());

            InvalidInquiryException nobody = assertThrows(InvalidInquiryException.class,
                    () -> eventService.registerAsStaff(fair.getId(), new RegistrationRequest("Awa", "Diop", null,
                            null, "SN", true, false, null, null), RegistrationChannel.WALK_IN, key()));
            assertEquals("inquiry.invalid.emailOrPhone", nobody.problems().get(0).messageKey());

            // The box the recruiter ticks for the person, left unticked: said to the recruiter, not to the person.
            InvalidInquiryException unread = assertThrows(InvalidInquiryException.class,
                    () -> eventService.registerAsStaff(fair.getId(), new RegistrationRequest("Awa", "Diop",
                            "awa.diop.walkin@exemple.sn", null, "SN", false, false, null, null),
                            RegistrationChannel.WALK_IN, key()));
            assertEquals("La case du consentement n’est pas cochée : lisez le consentement à la personne, et cochez la"
                    + " case si elle le donne.", unread.problems().get(0).message(Languages.FRENCH));
            assertEquals("The consent box is not ticked: read the consent to the person, and tick the box if they give"
                    + " it.", unread.problems().get(0).message(Languages.ENGLISH));
            // Nobody to reach and the box unticked: both said at once, one round trip at the door.
            InvalidInquiryException both = assertThrows(InvalidInquiryException.class,
                    () -> eventService.registerAsStaff(fair.getId(), new RegistrationRequest("Awa", "Diop", null,
                            null, "SN", false, false, null, null), RegistrationChannel.WALK_IN, key()));
            assertEquals(List.of("inquiry.invalid.emailOrPhone", "eventsAdmin.consentNotRead"),
                    both.problems().stream().map(ca.tremplin.inquiry.FieldProblem::messageKey).toList());
        }
        assertEquals(0L, outboxCount(fair), "no confirmation to nowhere");
    }

    /**
     * Four captures of one walk-in known by name and phone, by two recruiters at the same moment (a tablet sending
     * again while its first sending is at work): one lead, one registration, the others told they are registered.
     */
    @Test
    void aWalkInCapturedAtOnceByTwoRecruitersIsOneLeadAndOneRegistration() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount first = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount second = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, first, null, LocalDateTime.now(PARIS).plusDays(2));
        String sameKey = key();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(4);
        java.util.concurrent.ExecutorService tablets = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<RegistrationReceipt> receipts = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Future<RegistrationReceipt>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                UserAccount recruiter = i % 2 == 0 ? first : second;
                String idempotencyKey = i < 2 ? sameKey : key();
                sent.add(tablets.submit(() -> TestSessions.onThreadOfItsOwn(recruiter, fjord, () -> {
                    ready.countDown();
                    ready.await();
                    return eventService.registerAsStaff(fair.getId(), new RegistrationRequest("Chukwuemeka",
                            "Okonkwo", null, "+234 803 123 4567", "NG", true, false, null, null),
                            RegistrationChannel.CAPTURE, idempotencyKey);
                })));
            }
            for (java.util.concurrent.Future<RegistrationReceipt> receipt : sent) {
                receipts.add(receipt.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            tablets.shutdownNow();
        }
        assertEquals(1, receipts.stream().map(RegistrationReceipt::registrationId).distinct().count(), receipts.toString());
        assertEquals(1, receipts.stream().map(RegistrationReceipt::leadId).distinct().count(), receipts.toString());
        assertEquals(3, receipts.stream().filter(RegistrationReceipt::alreadyRegistered).count(), receipts.toString());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(first, fjord)) {
            assertEquals(1, eventService.attendance(fair.getId()).attended(), "one person in the room");
        }
    }

    private long outboxCount(Event event) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.tenantId = :t and m.subject like :title", Long.class)
                .setParameter("t", event.getTenantId()).setParameter("title", "%" + event.getTitleFr() + "%")
                .getSingleResult());
    }

    @Test
    void aCapturedEntrySentAgainAfterItsAnswerWasLostIsRecordedOnceAndCountsAsPresent() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(1));
        String deviceKey = key();
        RegistrationRequest captured = new RegistrationRequest("Léa", "Martin", InquiryRequests.uniqueEmail(),
                "06 12 34 56 78", "FR", true, false, null, "Veut faire de l'ébénisterie");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            RegistrationReceipt first = eventService.registerAsStaff(fair.getId(), captured,
                    RegistrationChannel.CAPTURE, deviceKey);
            RegistrationReceipt resent = eventService.registerAsStaff(fair.getId(), captured,
                    RegistrationChannel.CAPTURE, deviceKey);

            assertEquals(first.registrationId(), resent.registrationId());
            assertTrue(resent.alreadyRegistered());
            List<EventRegistration> rows = eventService.registrations(fair.getId(), "martin");
            assertEquals(1, rows.size());
            assertEquals("+33612345678", rows.get(0).getPhoneE164(), "a national number read for the country");
            assertNotNull(rows.get(0).getAttendedAt(), "met at the fair");
            assertEquals("Veut faire de l'ébénisterie", rows.get(0).getNote());
        }
    }

    /**
     * Entries a tablet kept offline at the fair and sends the next day are recorded when it took them: the person
     * registered and came on the fair's day; a time ahead of the server's clock, or older than a device keeps
     * entries, is not believed.
     */
    @Test
    void anEntrySentTheDayAfterTheFairIsRecordedWhenTheDeviceTookIt() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(1));
        java.time.Instant yesterday = java.time.Instant.now().minus(java.time.Duration.ofHours(26))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            capturedAt(fair, "Mariama", yesterday);
            EventRegistration mariama = eventService.registrations(fair.getId(), "mariama").get(0);
            assertEquals(yesterday, mariama.getRegisteredAt(), "registered when the tablet took her");
            assertEquals(yesterday, mariama.getAttendedAt(), "and present that day");

            java.time.Instant before = java.time.Instant.now().minusSeconds(1);
            capturedAt(fair, "Fatoumata", java.time.Instant.now().plus(java.time.Duration.ofDays(3)));
            capturedAt(fair, "Adama", java.time.Instant.now().minus(java.time.Duration.ofDays(60)));
            for (String name : List.of("fatoumata", "adama")) {
                assertTrue(!eventService.registrations(fair.getId(), name).get(0).getRegisteredAt().isBefore(before),
                        name + ": a time ahead of the clock, or two months old, is not believed");
            }
        }
    }

    private void capturedAt(Event fair, String firstName, java.time.Instant at) {
        CapturedPerson person = new CapturedPerson();
        person.setFirstName(firstName);
        person.setLastName("Diallo");
        person.setEmail(InquiryRequests.uniqueEmail());
        person.setCountryOfResidence("SN");
        person.setConsentToContact(true);
        person.setCapturedAt(at.toString());
        staffRegistrations.register(fair.getId(), person.toRequest(), RegistrationChannel.CAPTURE, key(),
                person.capturedAtInstant());
    }

    @Test
    void aCapturedPersonKeepsTheProgramsOfInterestTheRecruiterTickedFromTheOrganisingCentreOnly() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        Tenant rives = fixtures.newSchoolBoard("rives");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        String word = "capture" + key().substring(0, 6);
        // Titles and codes of no real program, so that catalogue searches in other tests never find them.
        Program welding = fixtures.newProgram(fjord, ProgramType.DEP, "9701", "Programme " + word + " soudure",
                "Program " + word + " welding", "10", word + "a", true);
        Program elsewhere = fixtures.newProgram(rives, ProgramType.DEP, "9702", "Programme " + word + " mécanique",
                "Program " + word + " mechanics", "10", word + "b", true);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(1));
        CapturedPerson captured = new CapturedPerson();
        captured.setFirstName("Yasmine");
        captured.setLastName("El Amrani");
        captured.setEmail(InquiryRequests.uniqueEmail());
        captured.setCountryOfResidence("MA");
        captured.setConsentToContact(true);
        captured.setProgramIds(List.of(welding.getId(), elsewhere.getId()));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertTrue(eventService.programChoices(fair.getId(), Locale.FRENCH).stream()
                    .anyMatch(choice -> choice.id() == welding.getId() && choice.label().contains("soudure")));
            eventService.registerAsStaff(fair.getId(), captured.toRequest(), RegistrationChannel.CAPTURE, key());
            long registrationId = eventService.registrations(fair.getId(), "amrani").get(0).getId();
            assertEquals(List.of(welding.getId()), tenancy.asTenant(fjord.getId(), () -> em.createQuery(
                    "select p from EventRegistration r join r.programIds p where r.id = :id", Long.class)
                    .setParameter("id", registrationId).getResultList()),
                    "another centre's program is not one of this fair's");
            long leadId = eventService.registrations(fair.getId(), "amrani").get(0).getLeadId();
            assertEquals(List.of(welding.getId()), leadService.open(leadId).programs().stream()
                    .map(ca.tremplin.pipeline.ProgramInterest::programId).toList(),
                    "the lead's page lists the program ticked at the fair");
            assertEquals(List.of(leadId), leadList.page(byProgram(welding), 0, 25,
                    ca.tremplin.kernel.TableSort.DEFAULT).stream().map(ca.tremplin.pipeline.LeadRow::id).toList(),
                    "the lead list filtered by the program finds the person captured at the fair");
            assertEquals(1, leadList.stageCounts(byProgram(welding)).get(ca.tremplin.person.LeadStage.NEW));
            assertEquals(0, leadList.count(byProgram(elsewhere)));
        }
    }

    /**
     * Registered online before the fair, then met at the stand: what the recruiter captures — the news the person
     * accepts now, the programs, a note — is kept on the registration and the lead, the consents in the words the
     * recruiter read from the page (French here, though the person's e-mails are in English), and an unticked box at
     * a later capture withdraws nothing.
     */
    @Test
    void aPersonRegisteredOnlineAndCapturedAtTheStandKeepsWhatTheRecruiterCaptured() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER, Languages.FRENCH);
        String word = "stand" + key().substring(0, 6);
        Program welding = fixtures.newProgram(fjord, ProgramType.DEP, TestFixtures.programCode(),
                "Programme " + word + " soudure", "Program " + word + " welding", "10", word, true);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(1));
        String email = InquiryRequests.uniqueEmail();
        RegistrationReceipt online = publicEvents.register(fair.getId(), registration(email, "Chidi", true, false),
                key(), ip(), Locale.ENGLISH);
        CapturedPerson met = new CapturedPerson();
        met.setFirstName("Chidi");
        met.setLastName("Nguyễn");
        met.setEmail(email);
        met.setCountryOfResidence("VN");
        met.setConsentToContact(true);
        met.setConsentToNews(true);
        met.setProgramIds(List.of(welding.getId()));
        met.setNote("Veut la soudure, rappeler en janvier");

        RegistrationReceipt atTheStand;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            atTheStand = eventService.registerAsStaff(fair.getId(), met.toRequest(), RegistrationChannel.CAPTURE,
                    key(), null, Locale.ENGLISH);
            met.setConsentToNews(false);
            met.setNote(null);
            eventService.registerAsStaff(fair.getId(), met.toRequest(), RegistrationChannel.CAPTURE, key(), null,
                    Locale.ENGLISH);
        }

        assertTrue(atTheStand.alreadyRegistered());
        assertEquals(online.registrationId(), atTheStand.registrationId(), "one registration");
        EventRegistration registration = tenancy.asTenant(fjord.getId(),
                () -> em.find(EventRegistration.class, online.registrationId()));
        assertEquals("Veut la soudure, rappeler en janvier", registration.getNote());
        assertEquals(List.of(welding.getId()), tenancy.asTenant(fjord.getId(), () -> em.createQuery(
                "select p from EventRegistration r join r.programIds p where r.id = :id", Long.class)
                .setParameter("id", online.registrationId()).getResultList()));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals(List.of(welding.getId()), leadService.open(online.leadId()).programs().stream()
                    .map(ca.tremplin.pipeline.ProgramInterest::programId).toList(), "the lead's interests too");
        }
        List<ca.tremplin.person.ConsentEntry> register;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            register = leadConsents.history(online.leadId());
        }
        List<ca.tremplin.person.ConsentEntry> news = register.stream()
                .filter(line -> line.purpose() == ConsentPurpose.NEWS).toList();
        assertEquals(2, news.size(), "not given online, given at the stand; the later unticked box records no"
                + " withdrawal: " + news);
        ca.tremplin.person.ConsentEntry givenOnline = news.stream().filter(line -> line.channel() == null)
                .findFirst().orElseThrow();
        ca.tremplin.person.ConsentEntry givenAtTheStand = news.stream()
                .filter(line -> line.channel() == ca.tremplin.person.ConsentChannel.EVENT).findFirst().orElseThrow();
        assertFalse(givenOnline.granted());
        assertEquals("en", givenOnline.language(), "the words the person read online");
        assertTrue(givenAtTheStand.granted());
        assertEquals("fr", givenAtTheStand.language(), "the words the recruiter read from the French page");
        assertEquals(ca.tremplin.person.ConsentTexts.of(ConsentPurpose.NEWS,
                ca.tremplin.person.ConsentTexts.Occasion.EVENT, Languages.FRENCH).text(), givenAtTheStand.textShown());
        assertEquals(recruiter.getId(), givenAtTheStand.recordedBy(), "who heard it");

        // A French-speaking recruiter on a page shown in English reads the English sentences: those are kept.
        met.setEmail(InquiryRequests.uniqueEmail());
        RegistrationReceipt readInEnglish;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            readInEnglish = eventService.registerAsStaff(fair.getId(), met.toRequest(), RegistrationChannel.CAPTURE,
                    key(), null, Languages.FRENCH, Locale.ENGLISH);
        }
        ConsentRecord contact = tenancy.acrossAllTenants(() -> em.createQuery("select c from ConsentRecord c"
                        + " where c.eventRegistrationId = :id and c.purpose = :purpose", ConsentRecord.class)
                .setParameter("id", readInEnglish.registrationId()).setParameter("purpose", ConsentPurpose.CONTACT)
                .getSingleResult());
        assertEquals("en", contact.getLanguage());
        assertTrue(contact.getTextShown().startsWith("I agree"), contact.getTextShown());
    }

    private static ca.tremplin.pipeline.LeadFilter byProgram(Program program) {
        return new ca.tremplin.pipeline.LeadFilter(null, null, null, null, program.getId(), null, null);
    }

    @Test
    void anEventFeaturesPublishedProgramsOnlyAndKeepsOneArchivedSinceWhenSavedAgain() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount admin = fixtures.newAccount(fjord, Role.CSS_ADMIN);
        String word = "featured" + key().substring(0, 6);
        Program offered = fixtures.newProgram(fjord, ProgramType.DEP, "9703", "Programme " + word + " offert",
                "Program " + word + " offered", "10", word + "a", true);
        Program draft = fixtures.newProgram(fjord, ProgramType.DEP, "9704", "Programme " + word + " brouillon",
                "Program " + word + " draft", "10", word + "b", false);
        LocalDateTime start = LocalDateTime.now(PARIS).plusDays(5).withSecond(0).withNano(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, fjord)) {
            List<Long> offeredOnTheForm = eventService.choices(Locale.FRENCH, null).programs().stream()
                    .map(EventChoices.Choice::id).toList();
            assertTrue(offeredOnTheForm.contains(offered.getId()));
            assertFalse(offeredOnTheForm.contains(draft.getId()), "a draft is not offered: the public page hides it");
            Event event = newEvent(null);
            event.setProgramIds(java.util.Set.of(offered.getId(), draft.getId()));
            assertEquals("event.programNotOffered", assertThrows(BusinessRuleException.class,
                    () -> eventService.save(event, start, start.plusHours(2), "Europe/Paris")).messageKey(),
                    "one sent anyway is refused, named, rather than saved and left off the public page unsaid");

            event.setProgramIds(java.util.Set.of(offered.getId()));
            Event saved = eventService.save(event, start, start.plusHours(2), "Europe/Paris");
            catalogService.changeStatus(offered.getId(), ca.tremplin.catalog.ProgramStatus.ARCHIVED,
                    catalogService.findProgram(offered.getId()).getVersion());
            Event shown = eventService.find(saved.getId());
            assertTrue(eventService.choices(Locale.FRENCH, shown).programs().stream()
                    .anyMatch(choice -> choice.id() == offered.getId()), "archived since, still on its form");
            shown.setTitleFr("Webinaire renommé");
            Event again = eventService.save(shown, start, start.plusHours(2), "Europe/Paris");
            assertEquals(java.util.Set.of(offered.getId()), again.getProgramIds(), "saved again, it keeps it");
        }
    }

    /** Another centre's staff neither open the event's history by its id nor read its lines (the tenant filter). */
    private void assertAnotherCentreReadsNoLineOf(long eventId, UserAccount staff, Tenant centre) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, centre)) {
            assertThrows(NotFoundException.class, () -> eventService.history(eventId, 20));
            assertEquals(List.of(), changes.ofRecord(StaffChange.Subject.EVENT, eventId, 20).lines(),
                    "the tenant filter keeps its lines out whatever the id");
        }
    }

    @Test
    void aRecruiterWhoLeavesIsReplacedOnTheEventsToComeByTheColleagueNamedAndWithoutOneTheEventsAreListedForStaff() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount admin = fixtures.newAccount(fjord, Role.CSS_ADMIN);
        UserAccount leaving = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount stays = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount colleague = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount leavingAlone = fixtures.newAccount(fjord, Role.RECRUITER);
        Event toCome = withStaff(fjord, admin, published(fjord, admin, null, LocalDateTime.now(PARIS).plusDays(10)),
                leaving, stays);
        Event over = withStaff(fjord, admin, draft(fjord, admin, LocalDateTime.now(PARIS).minusDays(3)), leaving);
        Event unattended = withStaff(fjord, admin, published(fjord, admin, null,
                LocalDateTime.now(PARIS).plusDays(20)), leavingAlone);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, fjord)) {
            UserAccount leavingNow = tenancy.acrossAllTenants(() -> em.find(UserAccount.class, leaving.getId()));
            assertEquals(1, administration.workHeldBy(leavingNow.getId()).count(
                    ca.tremplin.security.StaffHandover.Work.EVENTS), "the event to come, counted; not the one over");
            ca.tremplin.security.StaffHandover handover = administration.deactivate(leavingNow.getId(),
                    leavingNow.getVersion(), colleague.getId());
            assertEquals(1, handover.count(ca.tremplin.security.StaffHandover.Work.EVENTS));
            // The staff attending are a set, read back in the database's order.
            assertEquals(java.util.Set.of(colleague.getId(), stays.getId()),
                    java.util.Set.copyOf(eventService.find(toCome.getId()).getRecruiterIds()),
                    "the colleague goes in their place");
            assertEquals(List.of(leaving.getId()), List.copyOf(eventService.find(over.getId()).getRecruiterIds()),
                    "an event over keeps who was there");
            assertTrue(changes.ofRecord(StaffChange.Subject.EVENT, toCome.getId(), 20).lines().stream()
                    .anyMatch(line -> "STAFF".equals(line.getDetail())), "the event's history says its staff changed");

            UserAccount alone = tenancy.acrossAllTenants(() -> em.find(UserAccount.class, leavingAlone.getId()));
            administration.deactivate(alone.getId(), alone.getVersion(), null);
            assertEquals(List.of(leavingAlone.getId()),
                    List.copyOf(eventService.find(unattended.getId()).getRecruiterIds()),
                    "without a colleague named, the event still names them rather than nobody, unsaid");
            assertEquals(List.of(unattended.getId()), eventService.toComeNamingDepartedStaff().stream()
                    .map(EventRow::id).toList(), "and the events page lists it, not the one handed over");
            assertTrue(eventService.choices(Locale.FRENCH, eventService.find(unattended.getId())).staff().stream()
                    .anyMatch(choice -> choice.id() == leavingAlone.getId()
                            && choice.label().endsWith("(a quitté le centre)")), "its form says they left");
        }
    }

    /**
     * A person told the centre by phone to send no more news, then registers again with the news box ticked — anyone
     * who knows the address could have: the news stays withdrawn until they give it from their own link, which the
     * confirmation (and only it: the page says nothing) asks them to.
     */
    @Test
    void newsTickedAtARegistrationAfterThePersonWithdrewItWaitsForThemToConfirmItFromTheirLink() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER, Languages.FRENCH);
        Event fair = published(fjord, recruiter, null, LocalDateTime.now(PARIS).plusDays(3));
        String email = InquiryRequests.uniqueEmail();
        RegistrationReceipt first = publicEvents.register(fair.getId(), registration(email, "Linh", true, false),
                key(), ip(), Locale.FRENCH);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            leadConsents.recordWithdrawal(first.leadId(), ConsentPurpose.NEWS,
                    ca.tremplin.person.ConsentChannel.PHONE, java.time.Instant.now().minusSeconds(60),
                    "Plus de nouvelles, dit au téléphone");
        }

        publicEvents.register(fair.getId(), registration(email, "Linh", true, true), key(), ip(), Locale.FRENCH);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            ca.tremplin.person.ConsentEntry news = leadConsents.standing(first.leadId()).inForce()
                    .get(ConsentPurpose.NEWS);
            assertFalse(news.granted(), "the withdrawal stands: " + news);
        }
        long asked = ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from"
                + " outbox_message where recipient = ?1 and body_text like ?2").setParameter(1, email)
                .setParameter(2, "%confirmez-le depuis le lien de vos préférences%").getSingleResult())).longValue();
        assertEquals(1, asked, "the second confirmation asks the person to confirm the news they ticked");
    }

    private Event withStaff(Tenant tenant, UserAccount admin, Event event, UserAccount... staff) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, tenant)) {
            event.setRecruiterIds(new java.util.LinkedHashSet<>(java.util.Arrays.stream(staff)
                    .map(UserAccount::getId).toList()));
            LocalDateTime start = LocalDateTime.ofInstant(event.getStartsAt(), event.zone());
            return eventService.save(event, start, start.plusHours(2), event.getZoneId());
        }
    }

    private Event draft(Tenant tenant, UserAccount staff, LocalDateTime localStart) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, tenant)) {
            return eventService.save(newEvent(null), localStart, localStart.plusHours(2), "Europe/Paris");
        }
    }

    private Event published(Tenant tenant, UserAccount staff, Integer capacity, LocalDateTime localStart) {
        return eventFixtures().published(tenant, staff, capacity, localStart);
    }

    private static Event newEvent(Integer capacity) {
        return EventFixtures.newEvent(capacity);
    }

    private EventFixtures eventFixtures() {
        return new EventFixtures(eventService, tenancy, em);
    }

    private static RegistrationRequest registration(String email, String firstName, boolean contact, boolean news) {
        return new RegistrationRequest(firstName, "Nguyễn", email, null, "VN", contact, news, "Asia/Ho_Chi_Minh",
                null);
    }

    /** A registration made some hours ago, as the reminders' round then finds it. */
    private void registeredHoursAgo(String email, int hours) {
        assertEquals(1, (int) tenancy.acrossAllTenants(() -> em.createNativeQuery("update event_registration"
                        + " set registered_at = registered_at - interval ?1 hour where email_normalized = ?2")
                .setParameter(1, hours).setParameter(2, email).executeUpdate()));
    }

    private long outboxCountTo(String email) {
        return outboxCountTo(email, "%");
    }

    private long outboxCountTo(String email, String subject) {
        return eventFixtures().outboxCountTo(email, subject);
    }

    private List<String> calendarFilesTo(String email) {
        return eventFixtures().calendarFilesTo(email);
    }

    private OutboxMessage outboxTo(String email, String subject) {
        return eventFixtures().outboxTo(email, subject);
    }

    private static String key() {
        return EventFixtures.key();
    }

    private static String ip() {
        return EventFixtures.ip();
    }

    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
