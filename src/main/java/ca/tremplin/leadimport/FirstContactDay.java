package ca.tremplin.leadimport;

import ca.tremplin.kernel.QuebecTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a person an attendee list makes known met the centre: at the event, when it was held before the list was
 * imported (a fair last month whose list is imported today). The reports count a new lead in the week of its first
 * contact, read in Québec's days, and an event in the day it was held where it was held ({@code report.FunnelReport
 * .EventResult#heldOn}): a person dated at the event counts in the event's week, not the import's. The import's own
 * time stays on what says who imported them and when (the import, the timeline's lines).
 */
final class FirstContactDay {

    private FirstContactDay() {
    }

    /**
     * The time a new person of the list is first known: the event's start, moved within its day where it is held to
     * a time that Québec's calendar dates the same day (a fair in Tokyo on the 2nd at 10:00 is still the 1st in
     * Québec); the import's time for an event yet to start, and never later than the import.
     */
    static Instant of(Instant eventStart, ZoneId eventZone, Instant importedAt) {
        if (eventStart.isAfter(importedAt)) {
            return importedAt;
        }
        LocalDate heldOn = eventStart.atZone(eventZone).toLocalDate();
        LocalDate quebecDay = eventStart.atZone(QuebecTime.ZONE).toLocalDate();
        Instant dated = eventStart;
        if (quebecDay.isBefore(heldOn)) {
            // Held east of Québec, early in its day: the first moment of that day in Québec.
            dated = heldOn.atStartOfDay(QuebecTime.ZONE).toInstant();
        } else if (quebecDay.isAfter(heldOn)) {
            // Held west of Québec, late in its day: the last second of that day in Québec.
            dated = heldOn.plusDays(1).atStartOfDay(QuebecTime.ZONE).toInstant().minusSeconds(1);
        }
        return dated.isAfter(importedAt) ? importedAt : dated;
    }
}
