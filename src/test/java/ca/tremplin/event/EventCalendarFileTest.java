package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The calendar file a registrant adds to their calendar: RFC 5545 as calendar applications read it. */
class EventCalendarFileTest {

    @Test
    void theFileHoldsTheEventInUtcWithItsTitlePlaceAndStableId() {
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 12, 30),
                ZoneId.of("Europe/Paris"));
        event.setVirtual(false);
        event.setVenue("Paris Expo, hall 7");
        event.setCity("Paris");
        event.setCountry("FR");
        identify(event, 42L);

        String folded = new String(EventCalendarFile.of(event, Locale.ENGLISH), StandardCharsets.UTF_8);
        // RFC 5545: content lines are folded at 75 octets (CRLF then a space); read here unfolded.
        String ics = folded.replace("\r\n ", "");

        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("VERSION:2.0"), ics);
        assertTrue(ics.contains("METHOD:PUBLISH"), ics);
        assertTrue(ics.contains("DTSTART:20270328T080000Z"), ics);
        assertTrue(ics.contains("DTEND:20270328T103000Z"), ics);
        assertTrue(ics.contains("SUMMARY:Student Fair"), ics);
        assertTrue(ics.contains("LOCATION:Paris Expo\\, hall 7\\, Paris\\, France"), ics);
        assertTrue(ics.contains("STATUS:CONFIRMED"), ics);
        assertTrue(ics.contains("UID:event-42@tremplin"), ics);
        assertTrue(ics.contains("/en/events/42-student-fair"), "the event's page: " + ics);
        assertTrue(ics.contains("\r\n"), "lines end with CRLF");
    }

    @Test
    void longLinesAreFoldedAt75OctetsAndThePlaceIsInTheReadersLanguage() {
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 12, 30),
                ZoneId.of("Africa/Dakar"));
        event.setVirtual(false);
        event.setVenue("Centre international de conférences Abdou Diouf, salle Léopold-Sédar-Senghor");
        event.setCity("Diamniadio");
        event.setCountry("SN");
        event.setDescriptionEn("Meet the school service centres of Québec: welding, mechanics, cooking, health care, "
                + "construction trades, with advisers for the study permit and the CAQ, in French and in English.");
        identify(event, 43L);

        String ics = new String(EventCalendarFile.of(event, Locale.ENGLISH), StandardCharsets.UTF_8);

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "a line of " + line.length() + ": " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("Diamniadio\\, Senegal"), unfolded);
        assertTrue(unfolded.contains("the study permit and the CAQ"), unfolded);
    }

    /** The id the database would give (the entity has no setter for it, on purpose). */
    static void identify(Event event, long id) {
        try {
            java.lang.reflect.Field field = Event.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(event, id);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
