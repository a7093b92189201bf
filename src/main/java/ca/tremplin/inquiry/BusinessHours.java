package ca.tremplin.inquiry;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Response deadlines counted in business hours: Monday to Friday, 8:30 to 16:30, Montréal time (America/Toronto
 * shares its rules), Québec's statutory holidays left out (a school service centre is closed on them). A request
 * received on Friday at 16:00 with 8 hours to answer is due on Monday at 16:00; one received on Thursday 24 December
 * at 15:00, on Monday 28 December at 15:00.
 */
public final class BusinessHours {

    public static final ZoneId ZONE = ca.tremplin.kernel.QuebecTime.ZONE;
    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CLOSES = LocalTime.of(16, 30);

    private BusinessHours() {
    }

    public static Instant deadline(Instant received, int businessHours) {
        if (businessHours < 0) {
            throw new IllegalArgumentException("Negative business hours: " + businessHours);
        }
        Duration left = Duration.ofHours(businessHours);
        ZonedDateTime cursor = nextOpenMoment(received.atZone(ZONE));
        while (true) {
            ZonedDateTime closing = cursor.with(CLOSES);
            Duration today = Duration.between(cursor, closing);
            if (left.compareTo(today) <= 0) {
                return cursor.plus(left).toInstant();
            }
            left = left.minus(today);
            cursor = nextOpenMoment(closing.plusDays(1).with(OPENS));
        }
    }

    /** The moment itself during business hours, else the next opening. */
    private static ZonedDateTime nextOpenMoment(ZonedDateTime moment) {
        ZonedDateTime cursor = moment;
        if (!cursor.toLocalTime().isBefore(CLOSES)) {
            cursor = cursor.plusDays(1).with(OPENS);
        } else if (cursor.toLocalTime().isBefore(OPENS)) {
            cursor = cursor.with(OPENS);
        }
        while (cursor.getDayOfWeek() == DayOfWeek.SATURDAY || cursor.getDayOfWeek() == DayOfWeek.SUNDAY
                || isHoliday(cursor.toLocalDate())) {
            cursor = cursor.plusDays(1).with(OPENS);
        }
        return cursor;
    }

    /**
     * Québec's statutory holidays (Act respecting labour standards, s. 60; Act respecting the National Holiday; the
     * Holidays Act for Canada Day), as school service centres keep them: New Year's Day, Good Friday and Easter
     * Monday (the Act lets an employer choose one; the public sector closes on both), National Patriots' Day (the
     * Monday before 25 May), the National Holiday (24 June, the 25th when the 24th is a Sunday), Canada Day (1 July,
     * the 2nd when the 1st is a Sunday), Labour Day (the first Monday of September), Thanksgiving (the second Monday
     * of October) and Christmas Day.
     */
    static boolean isHoliday(LocalDate day) {
        int year = day.getYear();
        LocalDate easter = easterSunday(year);
        LocalDate patriots = LocalDate.of(year, 5, 25).with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
        LocalDate labour = LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        LocalDate thanksgiving = LocalDate.of(year, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2,
                DayOfWeek.MONDAY));
        return day.equals(LocalDate.of(year, 1, 1)) || day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1))
                || day.equals(patriots)
                || day.equals(observed(LocalDate.of(year, 6, 24))) || day.equals(observed(LocalDate.of(year, 7, 1)))
                || day.equals(labour) || day.equals(thanksgiving) || day.equals(LocalDate.of(year, 12, 25));
    }

    /** A holiday that falls on a Sunday is kept the next day. */
    private static LocalDate observed(LocalDate holiday) {
        return holiday.getDayOfWeek() == DayOfWeek.SUNDAY ? holiday.plusDays(1) : holiday;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
