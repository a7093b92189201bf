package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An event's time as visitors in other zones read it, across daylight-saving changes. */
class EventTimesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @Test
    void aParisEventOnTheNightSummerTimeStartsIsShownAtFourInTheMorningInToronto() {
        // 28 March 2027 is the last Sunday of March: Paris moves to UTC+2 at 02:00; Toronto is already on UTC-4.
        Event event = event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 12, 0), PARIS);

        assertEquals(Instant.parse("2027-03-28T08:00:00Z"), event.getStartsAt(), "10:00 summer time in Paris");
        String shown = EventTimes.span(event, TORONTO, Locale.CANADA);
        assertTrue(shown.startsWith("Sunday, March 28, 2027, 4:00"), shown);
        assertTrue(shown.contains("Toronto (UTC-04:00)"), shown);
        assertTrue(shown.contains("10:00") && shown.contains("Paris (UTC+02:00)"), "the event's own time beside: " + shown);
    }

    @Test
    void theSameParisHourAWeekEarlierIsFiveInTheMorningInToronto() {
        Event event = event(LocalDateTime.of(2027, 3, 21, 10, 0), LocalDateTime.of(2027, 3, 21, 12, 0), PARIS);

        String shown = EventTimes.span(event, TORONTO, Locale.CANADA_FRENCH);
        assertTrue(shown.startsWith("dimanche 21 mars 2027, 05 h 00") || shown.startsWith("dimanche 21 mars 2027 à 05 h 00")
                || shown.contains("05 h 00") || shown.contains("05:00"), shown);
        assertTrue(shown.contains("Paris (UTC+01:00)"), shown);
    }

    @Test
    void aCityIsNamedInTheReadersLanguageAndAnEndPastMidnightSaysSo() {
        Event webinar = event(LocalDateTime.of(2027, 1, 20, 13, 0), LocalDateTime.of(2027, 1, 20, 15, 0), TORONTO);

        String inAlgiers = EventTimes.span(webinar, ZoneId.of("Africa/Algiers"), Locale.CANADA_FRENCH);
        String inKolkata = EventTimes.span(webinar, ZoneId.of("Asia/Kolkata"), Locale.ENGLISH);

        assertTrue(inAlgiers.contains("Alger (UTC+01:00)"), inAlgiers);
        assertTrue(inKolkata.contains("1:30 AM (+1 day)") || inKolkata.contains("1:30\u202fAM (+1 day)"), inKolkata);
        assertTrue(inKolkata.contains("Kolkata (UTC+05:30)"), inKolkata);
        assertFalse(EventTimes.span(webinar, TORONTO, Locale.CANADA_FRENCH).contains("(+"), "the same day");
    }

    @Test
    void aVisitorInTheEventsOwnZoneSeesOneTime() {
        Event event = event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 12, 0), PARIS);

        String shown = EventTimes.span(event, PARIS, Locale.ENGLISH);
        assertFalse(shown.contains("·"), shown);
    }

    @Test
    void aZoneTheBrowserMadeUpIsIgnored() {
        assertTrue(EventTimes.zone("Mars/Olympus_Mons").isEmpty());
        assertTrue(EventTimes.zone("").isEmpty());
        assertEquals(TORONTO, EventTimes.zone(" America/Toronto ").orElseThrow());
    }

    static Event event(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        Event event = new Event();
        event.setTitleFr("Salon de l'étudiant");
        event.setTitleEn("Student Fair");
        event.schedule(start, end, zone);
        return event;
    }
}
