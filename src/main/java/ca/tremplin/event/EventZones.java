package ca.tremplin.event;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The time zones a person or an event may choose, as region/city identifiers, sorted. */
public final class EventZones {

    /** The first part of a zone named by a city: a continent or an ocean. */
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia",
            "Atlantic", "Australia", "Europe", "Indian", "Pacific");

    /**
     * Old names the time zone database keeps for compatibility, which name no city: Australian states by their
     * initials or points of the compass, an Argentine province's old spelling, an Indiana county.
     */
    private static final Set<String> LEGACY = Set.of("ACT", "NSW", "LHI", "North", "South", "West", "East",
            "Central", "Canberra", "Queensland", "Tasmania", "Victoria", "Yancowinna", "ComodRivadavia", "Knox_IN");

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && REGIONS.contains(id.substring(0, id.indexOf('/')))
                    && !LEGACY.contains(id.substring(id.lastIndexOf('/') + 1))
                    // "Asmera" beside "Asmara": a zone offered once, by its name of today.
                    && !ca.tremplin.kernel.TimeZoneIds.isRenamed(id))
            .sorted().toList();

    private EventZones() {
    }

    /** A zone as a list offers it: its identifier as the value, "Dakar (UTC+00:00)" as what people read. */
    public record Choice(String id, String label) implements java.io.Serializable {
    }

    /**
     * Every zone named by a city, as people say it (the city in the page's language, and its offset from UTC at the
     * given time), sorted by that name, so that typing "Dak" in the list finds Dakar; "Africa/Dakar" is no one's
     * way of saying where they are. The zone shown now ({@code shown}, as a link or the browser gave it) is among
     * them even when it names no city ("UTC+05:00"), so that the list says what the page shows.
     */
    public static List<Choice> choices(Locale locale, Instant at, String shown) {
        List<String> ids = new ArrayList<>(ALL);
        if (shown != null && !ids.contains(shown)) {
            ids.add(0, shown);
        }
        return choices(ids, locale, at, shown);
    }

    /** Every zone named by a city, named and sorted as {@link #choices(Locale, Instant, String)} does. */
    public static List<Choice> choices(Locale locale, Instant at) {
        return choices(ALL, locale, at, null);
    }

    /** The given zones, named and sorted as {@link #choices(Locale, Instant, String)} does. */
    public static List<Choice> choices(List<String> ids, Locale locale, Instant at) {
        return choices(ids, locale, at, null);
    }

    private static List<Choice> choices(List<String> ids, Locale locale, Instant at, String shown) {
        Collator byName = Collator.getInstance(locale);
        byName.setStrength(Collator.PRIMARY);
        // One name for two identifiers of the same zone (Asia/Calcutta and Asia/Kolkata, both "Calcutta" in
        // French): one entry, the one shown if it is either.
        Set<String> seen = new HashSet<>();
        List<Choice> named = new ArrayList<>();
        List<String> inOrder = new ArrayList<>(ids);
        if (shown != null && inOrder.remove(shown)) {
            inOrder.add(0, shown);
        }
        for (String id : inOrder) {
            ZoneId zone = ZoneId.of(id);
            Choice choice = new Choice(id, EventTimes.zoneName(zone, at, locale));
            if (seen.add(choice.label() + "\n" + zone.getRules())) {
                named.add(choice);
            }
        }
        Map<String, Long> sameName = named.stream()
                .collect(Collectors.groupingBy(Choice::label, Collectors.counting()));
        // Two zones of one name that keep different times are told apart by their region.
        return named.stream()
                .map(choice -> sameName.get(choice.label()) > 1 && choice.id().contains("/")
                        ? new Choice(choice.id(), choice.label() + " – "
                                + choice.id().substring(0, choice.id().lastIndexOf('/')).replace('_', ' '))
                        : choice)
                .sorted(Comparator.comparing(Choice::label, byName).thenComparing(Choice::id))
                .toList();
    }
}
