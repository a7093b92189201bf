package ca.tremplin.inquiry;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Response deadlines counted in business hours: Monday to Friday, 8:30 to 16:30, Montréal time (America/Toronto
 * shares its rules). A request received on Friday at 16:00 with 8 hours to answer is due on Monday at 16:00.
 * Statutory holidays are not counted out.
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
        while (cursor.getDayOfWeek() == DayOfWeek.SATURDAY || cursor.getDayOfWeek() == DayOfWeek.SUNDAY) {
            cursor = cursor.plusDays(1).with(OPENS);
        }
        return cursor;
    }
}
