package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.OutboxFiles;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An event's waiting list against MariaDB: a person who finds the online seats taken waits for one when they ask to,
 * with their lead, consents and timeline as a registration has them and a mail of their position; each seat freed —
 * given up from a link or by staff, or the capacity raised — goes to the first person waiting, in the same
 * transaction, with a registration's confirmation and calendar file, never twice and never past the capacity; staff
 * take people off the list; a cancelled event tells them, an event over lets them go; no one waiting counts as
 * registered, and erasure removes their place.
 */
class WaitingListIT extends InServerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    EventService eventService;

    @Inject
    PublicEvents publicEvents;

    @Inject
    RegistrationCancellations cancellations;

    @Inject
    EventReminders reminders;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.pipeline.LeadListService leadList;

    @Inject
    ca.tremplin.person.PersonErasure erasure;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * The event full, a person is refused and nothing of them is kept; asking to wait, they become the centre's lead,
     * their consents kept word for word on their place, their timeline saying they joined, and a mail tells them
     * their position with the link to leave. They are neither registered nor counted so; asking again keeps their
     * place.
     */
    @Test
    void aPersonWhoFindsTheEventFullWaitsWithTheirConsentsKeptAndIsMailedTheirPosition() {
        FullSession full = fullSession(1);
        Tenant fjord = full.centre();
        UserAccount recruiter = full.recruiter();
        Event session = full.event();
        String ana = full.registered().get(0);
        String bea = InquiryRequests.uniqueEmail();
        String cleo = InquiryRequests.uniqueEmail();

        assertEquals("event.register.full", assertThrows(BusinessRuleException.class, () -> publicEvents.register(
                session.getId(), registration(bea, "Bea", true), key(), ip(), Locale.FRENCH)).messageKey());
        assertEquals(0L, leadsOf(bea), "refused, nothing of her is kept");

        RegistrationReceipt waiting = publicEvents.register(session.getId(), registration(bea, "Bea", true)
                .waitingIfFull(true), key(), ip(), Locale.FRENCH);

        assertTrue(waiting.waiting() && waiting.newLead() && !waiting.alreadyRegistered(), waiting.toString());
        assertEquals(1, waiting.position());
        assertEquals(1L, leadsOf(bea), "she is the centre's lead, as a registrant would be");
        List<ConsentRecord> consents = tenancy.acrossAllTenants(() -> em.createQuery(
                "select c from ConsentRecord c where c.eventRegistrationId = :id", ConsentRecord.class)
                .setParameter("id", waiting.registrationId()).getResultList());
        assertEquals(2, consents.size(), "contact and news, as on a registration");
        assertTrue(consents.stream().allMatch(ConsentRecord::isGranted));
        assertTrue(consents.stream().anyMatch(consent -> consent.getPurpose() == ConsentPurpose.NEWS));
        assertEquals(List.of(LeadEventKind.EVENT_WAITLISTED), kinds(waiting.leadId()), "joined, not registered");
        OutboxMessage mail = outboxTo(bea, "Liste d’attente : " + session.getTitleFr());
        assertTrue(mail.getBodyText().contains("en position 1.") && mail.getBodyText().contains("/inscription.xhtml"),
                mail.getBodyText());
        assertNull(OutboxFiles.of(em, mail), "nothing of the event goes into her calendar yet");

        RegistrationReceipt next = publicEvents.register(session.getId(), registration(cleo, "Cleo", false)
                .waitingIfFull(true), key(), ip(), Locale.ENGLISH);
        assertEquals(2, next.position());
        assertTrue(outboxTo(cleo, "Waiting list: " + session.getTitleEn()).getBodyText().contains("in position 2."),
                "in her language");
        RegistrationReceipt again = publicEvents.register(session.getId(), registration(bea, "Bea", true)
                .waitingIfFull(true), key(), ip(), Locale.FRENCH);
        assertTrue(again.waiting() && again.alreadyRegistered(), again.toString());
        assertEquals(waiting.registrationId(), again.registrationId(), "her one place");
        assertEquals(1, again.position(), "kept, not moved to the end");
        assertEquals(2L, outboxCountTo(bea, "Liste d’attente : %"), "its mail sent again, as a confirmation is");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals(1, eventService.attendance(session.getId()).registered(), "nobody waiting counts");
            assertEquals(List.of(ana), eventService.registrations(session.getId(), null).stream()
                    .map(EventRegistration::getEmailNormalized).toList(), "the registrants' list is theirs");
            assertEquals(List.of(bea, cleo), eventService.waitingList(session.getId()).stream()
                    .map(EventRegistration::getEmailNormalized).toList(), "the waiting list, in its order");
            assertEquals(1L, leadList.stageCounts(ca.tremplin.pipeline.LeadFilter.parse("event=" + session.getId()))
                    .values().stream().mapToLong(Long::longValue).sum(), "the lead list narrowed to the event");
        }
    }

    /**
     * A registrant gives up their seat from their mail's link: the first person waiting has it at once, with the
     * confirmation and its calendar file, and their timeline says so; the second moves up. Staff give up the next
     * seat for someone who asked: the second has it.
     */
    @Test
    void aSeatGivenUpGoesAtOnceToTheFirstPersonWaitingWithTheConfirmationAndItsCalendarFile() {
        FullSession full = fullSession(1);
        Tenant fjord = full.centre();
        UserAccount recruiter = full.recruiter();
        Event session = full.event();
        String ana = full.registered().get(0);
        String bea = InquiryRequests.uniqueEmail();
        String cleo = InquiryRequests.uniqueEmail();
        RegistrationReceipt first = join(session, bea, "Bea");
        RegistrationReceipt second = join(session, cleo, "Cleo", Locale.ENGLISH);

        cancellations.cancel(token(ana, "Inscription confirmée : %"), ip(), Locale.FRENCH);

        EventRegistration seated = registrationOf(first.registrationId());
        assertEquals(EventRegistration.Status.REGISTERED, seated.getStatus(), "Bea has the seat Ana gave up");
        assertNull(seated.getWaitlistedAt());
        OutboxMessage confirmation = outboxTo(bea, "Inscription confirmée : " + session.getTitleFr());
        assertTrue(confirmation.getBodyText().contains("Une place s’est libérée"), confirmation.getBodyText());
        String ics = new String(OutboxFiles.of(em, confirmation).content(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("METHOD:PUBLISH") && ics.contains("UID:event-" + session.getId() + "@"), ics);
        LeadEvent line = lastLine(first.leadId());
        assertEquals(LeadEventKind.EVENT_WAITLIST_SEATED, line.getKind());
        assertNull(line.getActorId(), "the platform gave it, as the list's rule says");
        assertEquals("#" + session.getId() + " " + session.getTitleFr(), line.getDetail());
        RegistrationCancellations.View cleosPage = cancellations.view(token(cleo, "Waiting list: %"), ip(),
                Locale.ENGLISH);
        assertTrue(cleosPage.waiting() && cleosPage.position() == 1, "Cleo moved up: " + cleosPage);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            eventService.cancelRegistration(first.registrationId());
            assertEquals(1, eventService.attendance(session.getId()).registered(), "never past the capacity");
            assertEquals(List.of(), eventService.waitingList(session.getId()));
        }
        assertEquals(EventRegistration.Status.REGISTERED, registrationOf(second.registrationId()).getStatus(),
                "Cleo has the seat staff gave up for Bea");
        assertEquals(1L, outboxCountTo(cleo, "Registration confirmed: %"), "confirmed once, in her language");
    }

    /**
     * A registrant who gave up their seat finds the event full when they want it back, waits on the same
     * registration, and is given the next seat: the confirmation outranks the cancellation their calendar holds, one
     * event throughout, so that it puts the event back.
     */
    @Test
    void aRegistrantWhoGaveUpTheirSeatWaitsAndIsSeatedWithAFileThatOutranksTheirCancellation() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event session = published(fjord, recruiter, 1, LocalDateTime.now(PARIS).plusDays(5));
        String ana = InquiryRequests.uniqueEmail();
        String bea = InquiryRequests.uniqueEmail();
        RegistrationReceipt anas = register(session, ana, "Ana");
        cancellations.cancel(token(ana, "Inscription confirmée : %"), ip(), Locale.FRENCH);
        RegistrationReceipt beas = register(session, bea, "Bea");

        RegistrationReceipt waiting = join(session, ana, "Ana");
        assertEquals(anas.registrationId(), waiting.registrationId(), "the same registration waits");
        assertTrue(waiting.waiting() && waiting.position() == 1, waiting.toString());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            eventService.cancelRegistration(beas.registrationId());
        }

        List<String> files = calendarFilesTo(ana);
        assertEquals(3, files.size(), "the confirmation, the removal, the seat's confirmation: " + files);
        assertTrue(files.get(1).contains("METHOD:CANCEL") && files.get(2).contains("METHOD:PUBLISH"), files.get(2));
        assertEquals(1, files.stream().map(file -> EventFixtures.line(file, "UID")).distinct().count(), "one event in her calendar");
        List<Integer> sequences = files.stream().map(EventFixtures::sequence).toList();
        assertTrue(sequences.get(0) < sequences.get(1) && sequences.get(1) < sequences.get(2),
                "each file outranks the one before: " + sequences);
    }

    /** Staff raise the capacity: those waiting take the new seats in the order they joined; no limit seats them all. */
    @Test
    void raisingTheCapacitySeatsThoseWaitingInTheOrderTheyJoined() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        LocalDateTime start = LocalDateTime.now(PARIS).plusDays(5).withSecond(0).withNano(0);
        Event session = published(fjord, recruiter, 1, start);
        register(session, InquiryRequests.uniqueEmail(), "Ana");
        String bea = InquiryRequests.uniqueEmail();
        String cleo = InquiryRequests.uniqueEmail();
        String dan = InquiryRequests.uniqueEmail();
        join(session, bea, "Bea");
        join(session, cleo, "Cleo");
        join(session, dan, "Dan");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            Event edited = eventService.find(session.getId());
            edited.setCapacity(3);
            edited = eventService.save(edited, start, start.plusHours(2), "Europe/Paris");
            assertEquals(3, eventService.attendance(session.getId()).registered());
            assertEquals(List.of(dan), eventService.waitingList(session.getId()).stream()
                    .map(EventRegistration::getEmailNormalized).toList(), "Bea and Cleo first, as they joined");
            edited.setCapacity(null);
            eventService.save(edited, start, start.plusHours(2), "Europe/Paris");
            assertEquals(4, eventService.attendance(session.getId()).registered(), "no limit, nobody waits");
            assertEquals(List.of(), eventService.waitingList(session.getId()));
        }
        for (String seated : List.of(bea, cleo, dan)) {
            assertEquals(1L, outboxCountTo(seated, "Inscription confirmée : %"), seated);
        }
    }

    /**
     * Two seats given up at the same moment, each from its link: two people waiting are seated, each once, and the
     * seats taken stay within the capacity, however the two transactions meet.
     */
    @Test
    void twoSeatsGivenUpAtOnceGoToTwoPeopleEachOnceAndNeverPastTheCapacity() throws Exception {
        FullSession full = fullSession(2);
        Tenant fjord = full.centre();
        UserAccount recruiter = full.recruiter();
        Event session = full.event();
        String ana = full.registered().get(0);
        String bea = full.registered().get(1);
        List<String> waiting = List.of(InquiryRequests.uniqueEmail(), InquiryRequests.uniqueEmail(),
                InquiryRequests.uniqueEmail());
        for (String person : waiting) {
            join(session, person, "Eli");
        }
        List<String> links = List.of(token(ana, "Inscription confirmée : %"), token(bea, "Inscription confirmée : %"));
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.ExecutorService people = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<RegistrationCancellations.View>> sent = new java.util.ArrayList<>();
            for (String link : links) {
                sent.add(people.submit(() -> TestSessions.onThreadOfItsOwn(recruiter, fjord, () -> {
                    ready.countDown();
                    ready.await();
                    return cancellations.cancel(link, ip(), Locale.FRENCH);
                })));
            }
            for (java.util.concurrent.Future<RegistrationCancellations.View> answer : sent) {
                assertTrue(answer.get(60, java.util.concurrent.TimeUnit.SECONDS).cancelled());
            }
        } finally {
            people.shutdownNow();
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals(2, eventService.attendance(session.getId()).registered(), "two seats, two people");
            assertEquals(List.of(waiting.get(2)), eventService.waitingList(session.getId()).stream()
                    .map(EventRegistration::getEmailNormalized).toList(), "the first two seated, the third waits");
        }
        assertEquals(1L, outboxCountTo(waiting.get(0), "Inscription confirmée : %"));
        assertEquals(1L, outboxCountTo(waiting.get(1), "Inscription confirmée : %"));
        assertEquals(0L, outboxCountTo(waiting.get(2), "Inscription confirmée : %"));
    }

    /**
     * The first person waiting is captured at the fair by a recruiter at the very moment a registrant gives up their
     * seat from their link: however the two meet, she holds one seat, is marked present and confirmed once, and the
     * seat given up is not given to the next person waiting as well — the seats taken stay where either order of the
     * two would leave them, and neither the recruiter nor the person who gave up the seat sees an error.
     */
    @Test
    void aPersonWaitingCapturedAtTheFairAsASeatIsGivenUpIsSeatedOnceAndTheSeatsStayWithinTheCapacity()
            throws Exception {
        FullSession full = fullSession(1);
        String bea = InquiryRequests.uniqueEmail();
        RegistrationReceipt beas = join(full.event(), bea, "Bea");
        RegistrationReceipt cleos = join(full.event(), InquiryRequests.uniqueEmail(), "Cleo");

        atTheSameMoment(full, () -> eventService.registerAsStaff(full.event().getId(),
                new RegistrationRequest("Bea", "Nguyễn", bea, null, "VN", true, false, null, null),
                RegistrationChannel.CAPTURE, key()));

        assertSeatedOnceAndTheNextStillWaits(full, bea, beas, cleos);
    }

    /**
     * The same, the first person waiting checked in at the door by staff while the registrant gives up their seat.
     */
    @Test
    void aPersonWaitingCheckedInAsASeatIsGivenUpIsSeatedOnceAndTheSeatsStayWithinTheCapacity() throws Exception {
        FullSession full = fullSession(1);
        String bea = InquiryRequests.uniqueEmail();
        RegistrationReceipt beas = join(full.event(), bea, "Bea");
        RegistrationReceipt cleos = join(full.event(), InquiryRequests.uniqueEmail(), "Cleo");

        atTheSameMoment(full, () -> eventService.checkIn(beas.registrationId()));

        assertSeatedOnceAndTheNextStillWaits(full, bea, beas, cleos);
    }

    /** {@code staffWork} by the recruiter and the first registrant's giving up their seat, at the same moment. */
    private void atTheSameMoment(FullSession full, java.util.concurrent.Callable<?> staffWork) throws Exception {
        String link = token(full.registered().get(0), "Inscription confirmée : %");
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> sent = List.of(
                    both.submit(() -> TestSessions.onThreadOfItsOwn(full.recruiter(), full.centre(), () -> {
                        ready.countDown();
                        ready.await();
                        return staffWork.call();
                    })),
                    both.submit(() -> TestSessions.onThreadOfItsOwn(full.recruiter(), full.centre(), () -> {
                        ready.countDown();
                        ready.await();
                        return cancellations.cancel(link, ip(), Locale.FRENCH);
                    })));
            for (java.util.concurrent.Future<?> answer : sent) {
                answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            both.shutdownNow();
        }
    }

    private void assertSeatedOnceAndTheNextStillWaits(FullSession full, String bea, RegistrationReceipt beas,
                                                      RegistrationReceipt cleos) {
        EventRegistration seated = registrationOf(beas.registrationId());
        assertEquals(EventRegistration.Status.REGISTERED, seated.getStatus(), "Bea holds a seat");
        assertTrue(seated.getAttendedAt() != null, "and is present");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(full.recruiter(), full.centre())) {
            assertEquals(1, eventService.attendance(full.event().getId()).registered(),
                    "Ana's seat given up, Bea's taken: one seat, the capacity");
            assertEquals(List.of(cleos.registrationId()), eventService.waitingList(full.event().getId()).stream()
                    .map(EventRegistration::getId).toList(), "Cleo still waits: no seat was free for her");
        }
        assertEquals(1L, outboxCountTo(bea, "Inscription confirmée : %"), "Bea is confirmed once");
        assertEquals(EventRegistration.Status.CANCELLED,
                registrationOf(tenancy.acrossAllTenants(() -> em.createQuery("select r.id from EventRegistration r"
                        + " where r.emailNormalized = :email and r.eventId = :event", Long.class)
                        .setParameter("email", full.registered().get(0)).setParameter("event", full.event().getId())
                        .getSingleResult())).getStatus(), "Ana's seat is given up");
    }

    /**
     * A person waiting leaves the list from their mail's link: the page said their position, nothing changes until
     * they press, no mail follows, the next one moves up, and no seat is given for a place that was none.
     */
    @Test
    void aPersonWaitingLeavesTheListFromTheirLinkAndTheNextMovesUp() {
        FullSession full = fullSession(1);
        Tenant fjord = full.centre();
        UserAccount recruiter = full.recruiter();
        Event session = full.event();
        String bea = InquiryRequests.uniqueEmail();
        String cleo = InquiryRequests.uniqueEmail();
        RegistrationReceipt beas = join(session, bea, "Bea");
        join(session, cleo, "Cleo");
        String link = token(bea, "Liste d’attente : %");
        long mailsBefore = outboxCountTo(bea, "%");

        RegistrationCancellations.View page = cancellations.view(link, ip(), Locale.FRENCH);
        assertTrue(page.waiting() && page.position() == 1 && !page.cancelled(), page.toString());
        RegistrationCancellations.View left = cancellations.cancel(link, ip(), Locale.FRENCH);
        assertTrue(left.cancelled() && left.leftWaitingList() && !left.waiting(), left.toString());
        assertTrue(cancellations.cancel(link, ip(), Locale.FRENCH).leftWaitingList(), "twice is once");

        assertEquals(mailsBefore, outboxCountTo(bea, "%"), "the page says it; nothing is in her calendar to take out");
        LeadEvent line = lastLine(beas.leadId());
        assertEquals(LeadEventKind.EVENT_WAITLIST_LEFT, line.getKind());
        assertTrue(line.getDetail().endsWith("(PERSON)"), line.getDetail());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals(1, eventService.attendance(session.getId()).registered(), "no seat was freed");
            assertEquals(List.of(cleo), eventService.waitingList(session.getId()).stream()
                    .map(EventRegistration::getEmailNormalized).toList());
        }
    }

    /**
     * Staff take someone off the waiting list: only at their own centre; the person is told, their timeline names who
     * did it; taken off twice, the second is told the person is no longer waiting.
     */
    @Test
    void staffTakeSomeoneOffTheWaitingListAndThePersonIsToldAndTheirTimelineNamesWho() {
        FullSession full = fullSession(1);
        Tenant fjord = full.centre();
        UserAccount recruiter = full.recruiter();
        Event session = full.event();
        String bea = InquiryRequests.uniqueEmail();
        RegistrationReceipt beas = join(session, bea, "Bea");

        Tenant elsewhere = fixtures.newSchoolBoard("elsewhere");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fixtures.newAccount(elsewhere, Role.RECRUITER),
                elsewhere)) {
            assertThrows(NotFoundException.class, () -> eventService.removeFromWaitingList(beas.registrationId()));
            assertThrows(NotFoundException.class, () -> eventService.waitingList(session.getId()));
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            EventRegistration removed = eventService.removeFromWaitingList(beas.registrationId());
            assertTrue(removed.hasLeftWaitingList());
            assertEquals("eventsAdmin.notWaitingAnyMore", assertThrows(BusinessRuleException.class,
                    () -> eventService.removeFromWaitingList(beas.registrationId())).messageKey());
            assertEquals(List.of(), eventService.waitingList(session.getId()));
        }
        assertEquals(1L, tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.recipient = :email and m.bodyText like :said", Long.class)
                .setParameter("email", bea).setParameter("said", "%Notre équipe vous a retiré de la liste d’attente%")
                .getSingleResult()), "told in her language");
        LeadEvent line = lastLine(beas.leadId());
        assertEquals(LeadEventKind.EVENT_WAITLIST_LEFT, line.getKind());
        assertEquals(recruiter.getId(), line.getActorId(), "the line names who took her off");
        assertTrue(line.getDetail().endsWith("(STAFF)"), line.getDetail());
    }

    /**
     * The event cancelled: each registrant receives the cancellation with its file, each person waiting a mail
     * without one (nothing of it is in their calendar), and is taken off the list; nobody waits for an event over,
     * and those still on its list are let go without a word when it is closed.
     */
    @Test
    void aCancelledEventTellsThoseWaitingAndAnEventOverLetsThemGoWithoutAWord() {
        FullSession full = fullSession(1);
        Tenant fjord = full.centre();
        UserAccount recruiter = full.recruiter();
        Event cancelled = full.event();
        String ana = full.registered().get(0);
        String bea = InquiryRequests.uniqueEmail();
        RegistrationReceipt beas = join(cancelled, bea, "Bea");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            Event current = eventService.find(cancelled.getId());
            eventService.cancel(current.getId(), current.getVersion());
        }

        assertTrue(OutboxFiles.of(em, outboxTo(ana, "Annulé : " + cancelled.getTitleFr())) != null);
        OutboxMessage told = outboxTo(bea, "Annulé : " + cancelled.getTitleFr());
        assertNull(OutboxFiles.of(em, told), "no cancellation of an event she never held");
        assertTrue(told.getBodyText().contains("Vous étiez sur sa liste d’attente"), told.getBodyText());
        assertTrue(registrationOf(beas.registrationId()).hasLeftWaitingList());
        assertTrue(lastLine(beas.leadId()).getDetail().endsWith("(EVENT_CANCELLED)"));
        assertEquals("event.register.cancelled", assertThrows(BusinessRuleException.class, () -> publicEvents.register(
                cancelled.getId(), registration(InquiryRequests.uniqueEmail(), "Cleo", true).waitingIfFull(true),
                key(), ip(), Locale.FRENCH)).messageKey(), "no waiting list for a cancelled event");

        Event over = published(fjord, recruiter, 1, LocalDateTime.now(PARIS).plusDays(6));
        register(over, InquiryRequests.uniqueEmail(), "Dan");
        String eli = InquiryRequests.uniqueEmail();
        RegistrationReceipt elis = join(over, eli, "Eli");
        long mailsBefore = outboxCountTo(eli, "%");
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update event set starts_at = starts_at - interval 8 day,"
                + " ends_at = ends_at - interval 8 day where id = ?1").setParameter(1, over.getId()).executeUpdate());
        assertEquals("event.register.closed", assertThrows(BusinessRuleException.class, () -> publicEvents.register(
                over.getId(), registration(InquiryRequests.uniqueEmail(), "Fay", true).waitingIfFull(true), key(),
                ip(), Locale.FRENCH)).messageKey(), "no waiting list for an event over");

        reminders.closePastEvents();

        EventRegistration letGo = registrationOf(elis.registrationId());
        assertTrue(letGo.hasLeftWaitingList(), "off the list once the event is closed");
        assertEquals(mailsBefore, outboxCountTo(eli, "%"), "without a word");
        LeadEvent line = lastLine(elis.leadId());
        assertEquals(LeadEventKind.EVENT_WAITLIST_LEFT, line.getKind());
        assertTrue(line.getDetail().endsWith("(EVENT_OVER)") && line.getActorId() == null, line.getDetail());
    }

    /** Erasing a person removes their place on a waiting list whole, its consents with it; the seats stay as they were. */
    @Test
    void erasingAPersonRemovesTheirPlaceOnTheWaitingList() {
        FullSession full = fullSession(1);
        Tenant fjord = full.centre();
        UserAccount admin = fixtures.newAccount(fjord, Role.CSS_ADMIN);
        Event session = full.event();
        RegistrationReceipt beas = join(session, InquiryRequests.uniqueEmail(), "Bea");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, fjord)) {
            erasure.eraseOnRequest(beas.leadId());
            assertEquals(List.of(), eventService.waitingList(session.getId()));
            assertEquals(1, eventService.attendance(session.getId()).registered());
        }
        assertNull(tenancy.acrossAllTenants(() -> em.find(EventRegistration.class, beas.registrationId())),
                "her place is gone");
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery("select count(c) from ConsentRecord c"
                + " where c.eventRegistrationId = :id", Long.class).setParameter("id", beas.registrationId())
                .getSingleResult()));
    }

    /** A centre, its recruiter, and a session whose {@code seats} are all taken by people registered online. */
    /**
     * The event, full, moves to another day: the registrant's change comes with its calendar file, and the person
     * waiting is told too — the time and place now, their place still theirs, the link to leave — with no file, since
     * nothing of it is in their calendar yet.
     */
    @Test
    void anEventMovedTellsThoseWaitingWithTheirPlaceAndNoCalendarFile() {
        FullSession full = fullSession(1);
        Event session = full.event();
        String bea = InquiryRequests.uniqueEmail();
        join(session, bea, "Bea");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(full.recruiter(), full.centre())) {
            Event current = eventService.find(session.getId());
            LocalDateTime later = LocalDateTime.ofInstant(current.getStartsAt(), PARIS).plusDays(7);
            eventService.save(current, later, later.plusHours(2), "Europe/Paris");
        }

        assertTrue(OutboxFiles.of(em, outboxTo(full.registered().get(0), "Changement%")) != null,
                "the registrant's calendar is updated");
        OutboxMessage told = outboxTo(bea, "Changement%");
        assertNull(OutboxFiles.of(em, told), "no file for a seat not held yet");
        assertTrue(told.getBodyText().contains("toujours sur sa liste d’attente")
                && told.getBodyText().contains("/inscription.xhtml?token="), told.getBodyText());
        assertTrue(registrationOf(join(session, bea, "Bea").registrationId()).isWaiting(), "her place kept");
    }

    private record FullSession(Tenant centre, UserAccount recruiter, Event event, List<String> registered) {
    }

    private FullSession fullSession(int seats) {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event session = published(fjord, recruiter, seats, LocalDateTime.now(PARIS).plusDays(5));
        List<String> registered = new java.util.ArrayList<>();
        for (int seat = 0; seat < seats; seat++) {
            registered.add(InquiryRequests.uniqueEmail());
            register(session, registered.get(seat), seat == 0 ? "Ana" : "Bea");
        }
        return new FullSession(fjord, recruiter, session, List.copyOf(registered));
    }

    private RegistrationReceipt register(Event event, String email, String firstName) {
        RegistrationReceipt receipt = publicEvents.register(event.getId(), registration(email, firstName, true), key(),
                ip(), Locale.FRENCH);
        assertFalse(receipt.waiting(), "registered: " + receipt);
        return receipt;
    }

    private RegistrationReceipt join(Event event, String email, String firstName) {
        return join(event, email, firstName, Locale.FRENCH);
    }

    private RegistrationReceipt join(Event event, String email, String firstName, Locale language) {
        RegistrationReceipt receipt = publicEvents.register(event.getId(), registration(email, firstName, true)
                .waitingIfFull(true), key(), ip(), language);
        assertTrue(receipt.waiting(), "waiting: " + receipt);
        return receipt;
    }

    private Event published(Tenant tenant, UserAccount staff, Integer capacity, LocalDateTime localStart) {
        return eventFixtures().published(tenant, staff, capacity, localStart);
    }

    private EventFixtures eventFixtures() {
        return new EventFixtures(eventService, tenancy, em);
    }

    private static RegistrationRequest registration(String email, String firstName, boolean news) {
        return new RegistrationRequest(firstName, "Nguyễn", email, null, "VN", true, news, "Asia/Ho_Chi_Minh",
                null);
    }

    private EventRegistration registrationOf(long id) {
        return tenancy.acrossAllTenants(() -> em.find(EventRegistration.class, id));
    }

    private long leadsOf(String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(l) from Lead l"
                + " where l.emailNormalized = :email", Long.class).setParameter("email", email).getSingleResult());
    }

    private List<LeadEventKind> kinds(long leadId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select e.kind from LeadEvent e where e.leadId = :lead"
                        + " and e.kind in :events order by e.id", LeadEventKind.class).setParameter("lead", leadId)
                .setParameter("events", List.of(LeadEventKind.EVENT_REGISTERED, LeadEventKind.EVENT_WAITLISTED,
                        LeadEventKind.EVENT_WAITLIST_LEFT, LeadEventKind.EVENT_WAITLIST_SEATED))
                .getResultList());
    }

    private LeadEvent lastLine(long leadId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select e from LeadEvent e where e.leadId = :lead"
                        + " order by e.id desc", LeadEvent.class).setParameter("lead", leadId).setMaxResults(1)
                .getSingleResult());
    }

    /** The token of the link in the one mail to {@code email} whose subject is like {@code subject}. */
    private String token(String email, String subject) {
        return eventFixtures().linkToken(email, subject);
    }

    private long outboxCountTo(String email, String subject) {
        return eventFixtures().outboxCountTo(email, subject);
    }

    private OutboxMessage outboxTo(String email, String subject) {
        return eventFixtures().outboxTo(email, subject);
    }

    private List<String> calendarFilesTo(String email) {
        return eventFixtures().calendarFilesTo(email);
    }

    private static String key() {
        return EventFixtures.key();
    }

    private static String ip() {
        return EventFixtures.ip();
    }
}
