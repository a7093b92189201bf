package ca.tremplin.event;

import java.time.ZoneId;
import java.util.List;

/** The time zones a person or an event may choose, as region/city identifiers, sorted. */
final class EventZones {

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    private EventZones() {
    }
}
