package ca.tremplin.event;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The time zones a person or an event may choose, as region/city identifiers, sorted. */
public final class EventZones {

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    private EventZones() {
    }

    /** A zone as a list offers it: its identifier as the value, "Dakar (UTC+00:00)" as what people read. */
    public record Choice(String id, String label) implements java.io.Serializable {
    }

    /**
     * Every zone, named as people say it (its city in the page's language, and its offset from UTC at the given
     * time) and sorted by that name, so that typing "Dak" in the list finds Dakar; "Africa/Dakar" is no one's way
     * of saying where they are.
     */
    public static List<Choice> choices(Locale locale, Instant at) {
        return choices(ALL, locale, at);
    }

    /** The given zones, named and sorted as {@link #choices(Locale, Instant)} does. */
    public static List<Choice> choices(List<String> ids, Locale locale, Instant at) {
        Collator byName = Collator.getInstance(locale);
        byName.setStrength(Collator.PRIMARY);
        List<Choice> named = ids.stream()
                .map(id -> new Choice(id, EventTimes.zoneName(ZoneId.of(id), at, locale))).toList();
        java.util.Map<String, Long> sameName = named.stream()
                .collect(java.util.stream.Collectors.groupingBy(Choice::label, java.util.stream.Collectors.counting()));
        // Two zones of one name (America/Indianapolis and America/Indiana/Indianapolis) are told apart.
        return named.stream()
                .map(choice -> sameName.get(choice.label()) > 1
                        ? new Choice(choice.id(), choice.label() + " – " + choice.id()) : choice)
                .sorted(Comparator.comparing(Choice::label, byName).thenComparing(Choice::id))
                .toList();
    }
}
