package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Time in stage is counted in Québec's calendar days, from what the database groups: the days between the UTC days of
 * the two ends, and for an end in the first UTC hours of its day (still the day before in Québec), that day and hour.
 */
class TimeInStageDaysTest {

    private static final LocalDate WINTER = LocalDate.of(2026, 1, 14);
    private static final LocalDate SUMMER = LocalDate.of(2026, 7, 14);

    @Test
    void anEveningEntryAndAMorningExitAreOneDayApart() {
        // 21:00 in Québec on the 13th (2:00 UTC on the 14th), left at 9:00 on the 14th: the same UTC day.
        assertEquals(1, FunnelQueries.quebecDaysApart(0, WINTER, 2, null, null));
    }

    @Test
    void aMorningEntryAndAnEveningExitOfOneDayAreNoDayApart() {
        // 9:00 in Québec on the 14th, left at 20:30 (1:30 UTC on the 15th).
        assertEquals(0, FunnelQueries.quebecDaysApart(1, null, null, WINTER.plusDays(1), 1));
    }

    @Test
    void theFourthUtcHourIsTheDayBeforeInWinterAndTheDayItselfInSummer() {
        // Entered at noon on the 14th; left at 4:30 UTC on the 15th: 23:30 on the 14th in winter (UTC−5), 0:30 on
        // the 15th in summer (UTC−4).
        assertEquals(0, FunnelQueries.quebecDaysApart(1, null, null, WINTER.plusDays(1), 4));
        assertEquals(1, FunnelQueries.quebecDaysApart(1, null, null, SUMMER.plusDays(1), 4));
        long apart = java.time.temporal.ChronoUnit.DAYS.between(WINTER, SUMMER);
        assertEquals(apart, FunnelQueries.quebecDaysApart(apart, WINTER, 3, SUMMER, 3), "both ends the day before");
    }

    @Test
    void endsAfterTheFirstHoursAreTheirUtcDays() {
        assertEquals(3, FunnelQueries.quebecDaysApart(3, null, null, null, null));
    }
}
