package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * An interview on the applications' board and in the list of those planned, as a recruiter reads it: its day and hour
 * written in the page's language, as the candidate's invitation is in theirs, never "2027-03-04 09:00"; in its own zone,
 * and in Québec's time beside it when that is another, with its day when that is another too.
 */
class InterviewTimesForStaffTest {

    @Test
    void anInterviewAbroadIsWrittenInThePagesLanguageWithQuebecsHourBeside() {
        Interview inAbidjan = interview(ZonedDateTime.of(2027, 3, 4, 9, 30, 0, 0, ZoneId.of("Africa/Abidjan")));
        assertEquals("4 mars 2027 09 h 30, Abidjan (UTC+00:00) — 04 h 30 à Montréal",
                OfferApplicationsPage.when(inAbidjan, Languages.FRENCH));
        assertEquals("Mar. 4, 2027, 9:30 a.m., Abidjan (UTC+00:00) — 4:30 a.m. in Montréal",
                OfferApplicationsPage.when(inAbidjan, Languages.ENGLISH));
    }

    @Test
    void quebecsHourOnAnotherDaySaysThatDayAndTheFirstOfAMonthIsTheFirst() {
        Interview inManila = interview(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneId.of("Asia/Manila")));
        assertEquals("1er mars 2027 09 h 00, Manille (UTC+08:00) — 28 févr. 2027 20 h 00 à Montréal",
                OfferApplicationsPage.when(inManila, Languages.FRENCH));
    }

    @Test
    void anInterviewInQuebecsTimeIsWrittenOnce() {
        Interview atTheCentre = interview(ZonedDateTime.of(2027, 3, 10, 10, 0, 0, 0, ZoneId.of("America/Montreal")));
        assertEquals("10 mars 2027 10 h 00, Montréal (UTC-05:00)",
                OfferApplicationsPage.when(atTheCentre, Languages.FRENCH));
    }

    private static Interview interview(ZonedDateTime start) {
        return new Interview(12L, start, 45, "Bureau 101", null, 7L, Instant.parse("2027-02-01T12:00:00Z"));
    }
}
