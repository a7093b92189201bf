package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.LeadField;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a registrant is mailed, and where: a registration keeps the address the person typed, and when staff correct it
 * on the person's record, the reminder, a change and a cancellation of an event still to come go to the corrected
 * address, a past event's registration keeping what was typed then. A reminder goes only while it is due — the seat
 * held, the event published and starting within the day —, whatever changed since the round read the registrations;
 * and one registration that fails does not stop the round for the others.
 */
class RegistrantMailIT extends InServerTest {

    @Inject
    EventService eventService;

    @Inject
    PublicEvents publicEvents;

    @Inject
    EventRepository repository;

    @Inject
    EventReminders reminders;

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void theEventsStillToComeWriteToTheCorrectedAddressAndThePastKeepsWhatWasTyped() {
        Centre centre = centre("adresse");
        Event tomorrow = centre.eventIn(20);
        Event nextWeek = centre.eventIn(7 * 24);
        Event lastMonth = centre.eventIn(8 * 24);
        String typo = InquiryRequests.uniqueEmail().replace("@", "@gmial.");
        RegistrationReceipt soon = register(tomorrow, typo);
        RegistrationReceipt later = register(nextWeek, typo);
        RegistrationReceipt past = register(lastMonth, typo);
        execute("update event set starts_at = starts_at - interval 40 day, ends_at = ends_at - interval 40 day"
                + " where id = ?1", lastMonth.getId());
        registeredYesterday(soon);

        String corrected = InquiryRequests.uniqueEmail();
        Event cancelled;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            fixtures.correct(soon.leadId(), LeadField.EMAIL, corrected);
            reminders.sendDueReminders();
            cancelled = eventService.cancel(nextWeek.getId(), eventService.find(nextWeek.getId()).getVersion());
        }

        assertEquals(1L, centre.events.outboxCountTo(corrected, "Rappel%"), "the reminder goes where they read it");
        assertEquals(0L, centre.events.outboxCountTo(typo, "Rappel%"));
        assertEquals(1L, centre.events.outboxCountTo(corrected, "Annulé : " + cancelled.getTitleFr()));
        assertEquals(0L, centre.events.outboxCountTo(typo, "Annulé%"));
        assertEquals(corrected, centre.events.registration(later.registrationId()).getEmail());
        assertEquals(corrected, centre.events.registration(soon.registrationId()).getEmailNormalized(),
                "found by the corrected address too");
        assertEquals(typo, centre.events.registration(past.registrationId()).getEmail(),
                "a past event keeps the address typed then");
    }

    @Test
    void aSeatGivenUpOrAnEventCancelledOrMovedOffSinceTheRoundReadItIsNotReminded() {
        Centre centre = centre("rappel");
        Event tomorrow = centre.eventIn(20);
        Event cancelledSince = centre.eventIn(20);
        Event movedSince = centre.eventIn(20);
        RegistrationReceipt stays = register(tomorrow, InquiryRequests.uniqueEmail());
        RegistrationReceipt gaveUp = register(tomorrow, InquiryRequests.uniqueEmail());
        RegistrationReceipt ofCancelled = register(cancelledSince, InquiryRequests.uniqueEmail());
        RegistrationReceipt ofMoved = register(movedSince, InquiryRequests.uniqueEmail());
        Instant now = Instant.now();
        Instant until = now.plus(EventReminders.AHEAD);

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            eventService.cancelRegistration(gaveUp.registrationId());
            eventService.cancel(cancelledSince.getId(), eventService.find(cancelledSince.getId()).getVersion());
        }
        execute("update event set starts_at = starts_at + interval 3 day, ends_at = ends_at + interval 3 day"
                + " where id = ?1", movedSince.getId());

        assertFalse(claim(gaveUp, now, until), "the seat was given up");
        assertFalse(claim(ofCancelled, now, until), "the event was cancelled");
        assertFalse(claim(ofMoved, now, until), "the event starts beyond the reminder's day now");
        assertTrue(claim(stays, now, until));
        assertFalse(claim(stays, now, until), "claimed once");
    }

    /** A registration whose reminder cannot be written is left for the next round; the others are reminded now. */
    @Test
    void oneRegistrationThatFailsHoldsUpNoOther() {
        Centre centre = centre("rappels");
        Event unwritable = centre.eventIn(19);
        Event tomorrow = centre.eventIn(19);
        String fine = InquiryRequests.uniqueEmail();
        RegistrationReceipt broken = register(unwritable, InquiryRequests.uniqueEmail());
        RegistrationReceipt reminded = register(tomorrow, fine);
        registeredYesterday(broken);
        registeredYesterday(reminded);
        // Times said in the event's zone (none of the person's), which no time zone database knows: the first one's
        // reminder cannot say when, and its transaction rolls back.
        execute("update event_registration set viewer_zone_id = null where id = ?1", broken.registrationId());
        execute("update event set zone_id = 'Mars/Olympus_Mons' where id = ?1", unwritable.getId());
        try {
            reminders.sendDueReminders();
        } finally {
            execute("update event set zone_id = 'Europe/Paris' where id = ?1", unwritable.getId());
        }

        assertEquals(1L, centre.events.outboxCountTo(fine, "Rappel%"), "reminded despite the other's failure");
        assertEquals(null, centre.events.registration(broken.registrationId()).getReminderSentAt(),
                "unclaimed: the next round tries it again");
    }

    private boolean claim(RegistrationReceipt receipt, Instant now, Instant until) {
        return tenancy.acrossAllTenants(() -> repository.claimReminder(receipt.registrationId(), now, until));
    }

    private RegistrationReceipt register(Event event, String email) {
        return publicEvents.register(event.getId(), EventFixtures.registering(email), EventFixtures.key(),
                EventFixtures.ip(), Locale.FRENCH);
    }

    /** Registered yesterday: the reminders' round finds the seat (a confirmation of this morning stands for one). */
    private void registeredYesterday(RegistrationReceipt receipt) {
        execute("update event_registration set registered_at = registered_at - interval 13 hour where id = ?1",
                receipt.registrationId());
    }

    private void execute(String sql, long id) {
        tenancy.acrossAllTenants(() -> em.createNativeQuery(sql).setParameter(1, id).executeUpdate());
    }

    private Centre centre(String label) {
        Tenant tenant = fixtures.newSchoolBoard(label);
        return new Centre(tenant, fixtures.newAccount(tenant, Role.RECRUITER),
                new EventFixtures(eventService, tenancy, em));
    }

    /** A centre of the test, its recruiter, and the events it publishes. */
    private record Centre(Tenant tenant, UserAccount recruiter, EventFixtures events) {

        /** A webinar published by the centre, starting {@code hours} from now. */
        Event eventIn(int hours) {
            return events.published(tenant, recruiter, null, LocalDateTime.now(ZoneId.of("Europe/Paris"))
                    .plusHours(hours));
        }

        TenantContext.Scope asRecruiter() {
            return TestSessions.signedInAs(recruiter, tenant);
        }
    }
}
