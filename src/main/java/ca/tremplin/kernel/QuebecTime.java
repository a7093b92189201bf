package ca.tremplin.kernel;

import java.time.ZoneId;

/**
 * Québec's time, the one the centres work in: deadlines, "today" for intakes and offers, the nightly and weekly jobs,
 * dates in files. One constant, so that every part of the platform agrees on when a day begins. (America/Toronto is
 * the zone's canonical name; America/Montreal, its alias, is what people are shown.)
 */
public final class QuebecTime {

    public static final ZoneId ZONE = ZoneId.of("America/Toronto");

    private QuebecTime() {
    }

    /**
     * Québec's day of a time the database grouped by UTC day and hour: Québec's offset is whole hours (−5 or −4), so
     * the day and hour name the Québec day exactly, without the server's own time zone tables, which a MariaDB or
     * MySQL server may not have loaded.
     */
    public static java.time.LocalDate dayOf(java.time.LocalDate utcDay, int utcHour) {
        return utcDay.atTime(utcHour, 0).atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDate();
    }
}
