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
        assertTrue(shown.contains("Montréal (UTC-04:00)"), "the clock Québec's browsers report as Toronto's: " + shown);
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
    void aWebinarOverTheNightTheClocksMoveForwardGivesBothOffsets() {
        // 14 March 2027: Montréal moves from UTC-5 to UTC-4 at 02:00; the webinar runs from 23:00 to 03:30.
        ZoneId montreal = ZoneId.of("America/Montreal");
        Event webinar = event(LocalDateTime.of(2027, 3, 13, 23, 0), LocalDateTime.of(2027, 3, 14, 3, 30), montreal);

        assertEquals(Instant.parse("2027-03-14T07:30:00Z"), webinar.getEndsAt());
        String french = EventTimes.span(webinar, montreal, Locale.CANADA_FRENCH);
        assertTrue(french.contains("Montréal (UTC-05:00, puis UTC-04:00)"), french);
        String english = EventTimes.span(webinar, TORONTO, Locale.ENGLISH);
        assertTrue(english.contains("Montréal (UTC-05:00, then UTC-04:00)"), english);
        Event evening = event(LocalDateTime.of(2027, 3, 13, 19, 0), LocalDateTime.of(2027, 3, 13, 21, 0), montreal);
        assertTrue(EventTimes.span(evening, montreal, Locale.ENGLISH).endsWith("Montréal (UTC-05:00)"),
                "one offset when the clocks stay put: " + EventTimes.span(evening, montreal, Locale.ENGLISH));
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

    /**
     * A webinar of Tuesday 18:00 in Paris is on Wednesday where the visitor is: its own time carries its own day, so
     * that no one reads "18:00 in Paris" as Wednesday's; on the same day it is the time alone.
     */
    @Test
    void theEventsOwnTimeSaysItsDayWhenItIsAnotherDayWhereTheVisitorIs() {
        Event webinar = event(LocalDateTime.of(2026, 12, 15, 18, 0), LocalDateTime.of(2026, 12, 15, 20, 0), PARIS);

        String inHanoi = EventTimes.span(webinar, ZoneId.of("Asia/Ho_Chi_Minh"), Locale.CANADA_FRENCH);
        assertTrue(inHanoi.startsWith("mercredi 16 décembre 2026"), inHanoi);
        assertTrue(inHanoi.contains("· mardi 15 décembre, 18 h 00 à l’heure de Paris (UTC+01:00)"), inHanoi);
        String inEnglish = EventTimes.span(webinar, ZoneId.of("Asia/Ho_Chi_Minh"), Locale.ENGLISH);
        assertTrue(inEnglish.contains("· Tuesday, December 15, 6:00"), inEnglish);
        String inDakar = EventTimes.span(webinar, ZoneId.of("Africa/Dakar"), Locale.CANADA_FRENCH);
        assertTrue(inDakar.contains("· 18 h 00 à l’heure de Paris"), "the same day: the time alone: " + inDakar);

        Event onTheFirst = event(LocalDateTime.of(2027, 3, 1, 1, 0), LocalDateTime.of(2027, 3, 1, 2, 0), PARIS);
        assertTrue(EventTimes.span(onTheFirst, TORONTO, Locale.CANADA_FRENCH).contains("lundi 1er mars, 01 h 00"),
                EventTimes.span(onTheFirst, TORONTO, Locale.CANADA_FRENCH));
    }

    /** Chromium reports Hanoi's zone by its old name: the page names the city as it is called today. */
    @Test
    void aZoneReportedByItsOldNameIsTheZoneOfToday() {
        assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), EventTimes.zone("Asia/Saigon").orElseThrow());
        assertEquals(ZoneId.of("Asia/Kolkata"), EventTimes.zone("Asia/Calcutta").orElseThrow());
        Event webinar = event(LocalDateTime.of(2027, 1, 20, 13, 0), LocalDateTime.of(2027, 1, 20, 15, 0), TORONTO);
        assertTrue(EventTimes.span(webinar, ZoneId.of("Asia/Saigon"), Locale.CANADA_FRENCH)
                .contains("Hô-Chi-Minh-Ville (UTC+07:00)"), "a zone kept under its old name is named as today's");
    }

    /** A French page names in French the places whose zone id says them in English. */
    @Test
    void placesAreNamedInFrenchOnAFrenchPage() {
        Instant winter = Instant.parse("2027-01-20T12:00:00Z");
        assertEquals("Île de Man (UTC+00:00)", EventTimes.zoneName(ZoneId.of("Europe/Isle_of_Man"), winter,
                Locale.CANADA_FRENCH));
        assertEquals("Port-d’Espagne (UTC-04:00)", EventTimes.zoneName(ZoneId.of("America/Port_of_Spain"), winter,
                Locale.CANADA_FRENCH));
        assertEquals("Port of Spain (UTC-04:00)", EventTimes.zoneName(ZoneId.of("America/Port_of_Spain"), winter,
                Locale.ENGLISH));
    }

    /** A list of zones offers each once, by its name of today. */
    @Test
    void theListOfZonesOffersNoOldName() {
        assertTrue(EventZones.ALL.contains("Africa/Asmara"));
        assertFalse(EventZones.ALL.contains("Africa/Asmera"));
        assertFalse(EventZones.ALL.contains("Asia/Saigon"));
        assertFalse(EventZones.ALL.contains("Asia/Ashkhabad"));
    }

    static Event event(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        Event event = new Event();
        event.setTitleFr("Salon de l'étudiant");
        event.setTitleEn("Student Fair");
        event.schedule(start, end, zone);
        return event;
    }
}
