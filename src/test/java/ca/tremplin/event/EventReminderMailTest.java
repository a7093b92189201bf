package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.ContactDetails;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A reminder says "today" or "tomorrow" as the registrant's own calendar has the event's day. */
class EventReminderMailTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @Test
    void aWebinarRemindedTheMorningOfItsDayIsTodaysAndOneRemindedTheEveningBeforeIsTomorrows() {
        Event webinar = EventTimesTest.event(LocalDateTime.of(2026, 12, 5, 14, 0), LocalDateTime.of(2026, 12, 5, 15, 0),
                MONTREAL);
        EventCalendarFileTest.identify(webinar, 7L);
        EventRegistration inToronto = registration("America/Toronto", Locale.FRENCH);
        // 04:52 in Toronto, the webinar at 14:00 the same day.
        assertEquals("Rappel : Salon de l'étudiant, aujourd’hui",
                EventMails.reminder(webinar, inToronto, Instant.parse("2026-12-05T09:52:00Z"), null).subject());
        // 18:00 in Toronto the day before.
        assertEquals("Rappel : Salon de l'étudiant, demain",
                EventMails.reminder(webinar, inToronto, Instant.parse("2026-12-04T23:00:00Z"), null).subject());
        // 23:00 in Toronto the day before is already the webinar's day in Dakar.
        assertEquals("Reminder: Student Fair, today", EventMails.reminder(webinar,
                registration("Africa/Dakar", Locale.ENGLISH), Instant.parse("2026-12-05T04:00:00Z"), null).subject());
        assertEquals("Reminder: Student Fair, tomorrow", EventMails.reminder(webinar,
                registration("Africa/Dakar", Locale.ENGLISH), Instant.parse("2026-12-04T23:00:00Z"), null).subject());
    }

    /** A reminder carries the link that frees the seat, for whoever learns from it that they cannot come. */
    @org.junit.jupiter.api.Test
    void theReminderOffersToFreeTheSeat() {
        Event webinar = EventTimesTest.event(LocalDateTime.of(2026, 12, 5, 14, 0), LocalDateTime.of(2026, 12, 5, 15, 0),
                MONTREAL);
        EventCalendarFileTest.identify(webinar, 7L);
        String text = EventMails.reminder(webinar, registration("America/Toronto", Locale.FRENCH),
                Instant.parse("2026-12-05T09:52:00Z"), "https://tremplin.example/inscription.xhtml?token=t&lang=fr")
                .text();
        assertTrue(text.contains("Libérez votre place pour quelqu’un d’autre : "
                + "https://tremplin.example/inscription.xhtml?token=t&lang=fr"), text);
    }

    private static EventRegistration registration(String zone, Locale language) {
        return new EventRegistration(1L, 1L, 1L, "key", RegistrationChannel.WEB, new ContactDetails("Awa", "Diop",
                "awa@exemple.sn", "awa@exemple.sn", null, "SN", null, language), zone, null,
                Instant.parse("2026-12-01T12:00:00Z"));
    }
}
