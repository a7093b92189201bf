package ca.tremplin.kernel;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A time typed on a clock of a place, made an instant: refused, with the reason, when that clock never shows it (the
 * hour skipped when summer time begins, 2:30 on the second Sunday of March in Montréal), rather than moved an hour
 * later without a word; the first of the two when it shows it twice (the hour repeated when it ends).
 */
public final class LocalTimes {

    private LocalTimes() {
    }

    /** @throws BusinessRuleException "time.skipped" naming the time and the zone, when the clock skips it */
    public static ZonedDateTime at(LocalDateTime local, ZoneId zone) {
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new BusinessRuleException("time.skipped",
                    local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), zone.getId());
        }
        return local.atZone(zone);
    }
}
