package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.QuebecTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Time in stage is counted in Québec's calendar days, from what the database groups: the days between the UTC days of
 * the two ends, and for an end in the first UTC hours of its day (still the day before in Québec) its hour, with its
 * day for the hour that depends on summer time.
 */
class TimeInStageDaysTest {

    private static final LocalDate WINTER = LocalDate.of(2026, 1, 14);
    private static final LocalDate SUMMER = LocalDate.of(2026, 7, 14);

    @Test
    void anEveningEntryAndAMorningExitAreOneDayApart() {
        // 21:00 in Québec on the 13th (2:00 UTC on the 14th), left at 9:00 on the 14th: the same UTC day.
        assertEquals(1, FunnelQueries.quebecDaysApart(0, null, 2, null, null));
    }

    @Test
    void aMorningEntryAndAnEveningExitOfOneDayAreNoDayApart() {
        // 9:00 in Québec on the 14th, left at 20:30 (1:30 UTC on the 15th).
        assertEquals(0, FunnelQueries.quebecDaysApart(1, null, null, null, 1));
    }

    @Test
    void theFourthUtcHourIsTheDayBeforeInWinterAndTheDayItselfInSummer() {
        // Entered at noon on the 14th; left at 4:30 UTC on the 15th: 23:30 on the 14th in winter (UTC−5), 0:30 on
        // the 15th in summer (UTC−4).
        assertEquals(0, FunnelQueries.quebecDaysApart(1, null, null, WINTER.plusDays(1), 4));
        assertEquals(1, FunnelQueries.quebecDaysApart(1, null, null, SUMMER.plusDays(1), 4));
    }

    /** Every pair of hours of 2026 a few hours to a few days apart, summer time's changes among them. */
    @Test
    void theDaysAreThoseOfQuebecsCalendarAllYearRound() {
        Instant start = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Instant entered = start; entered.isBefore(start.plus(365, ChronoUnit.DAYS));
                entered = entered.plus(1, ChronoUnit.HOURS)) {
            for (int hours : new int[] {1, 5, 11, 23, 49, 170}) {
                Instant left = entered.plus(hours, ChronoUnit.HOURS).plus(30, ChronoUnit.MINUTES);
                long expected = ChronoUnit.DAYS.between(entered.atZone(QuebecTime.ZONE).toLocalDate(),
                        left.atZone(QuebecTime.ZONE).toLocalDate());
                long utcDays = ChronoUnit.DAYS.between(utcDay(entered), utcDay(left));
                assertEquals(expected, FunnelQueries.quebecDaysApart(utcDays, dayGrouped(entered),
                        hourGrouped(entered), dayGrouped(left), hourGrouped(left)), entered + " → " + left);
            }
        }
    }

    private static LocalDate utcDay(Instant time) {
        return time.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** As the database groups it: the UTC hour of a time before 5:00 UTC, else null. */
    private static Integer hourGrouped(Instant time) {
        int hour = time.atOffset(ZoneOffset.UTC).getHour();
        return hour <= 4 ? hour : null;
    }

    /** As the database groups it: the UTC day of a time in the fourth UTC hour, else null. */
    private static LocalDate dayGrouped(Instant time) {
        return time.atOffset(ZoneOffset.UTC).getHour() == 4 ? utcDay(time) : null;
    }
}
