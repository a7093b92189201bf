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
}
