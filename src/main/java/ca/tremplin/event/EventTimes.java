package ca.tremplin.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * An event's time as a visitor reads it: in their own zone, with the zone named, and the event's own local time
 * beside it when the zones differ ("Sunday, March 29, 2026, 4:00 a.m. (Toronto time) — 10:00 a.m. in Paris").
 */
public final class EventTimes {

    private EventTimes() {
    }

    /** The zone a visitor's browser reported, if it is a real one. */
    public static Optional<ZoneId> zone(String reported) {
        if (reported == null || reported.isBlank() || reported.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(reported.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(ZonedDateTime.ofInstant(instant, zone));
    }

    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(ZonedDateTime.ofInstant(instant, zone));
    }

    /** "heure de Toronto" / "Toronto time": the zone as people say it, with its offset at that instant. */
    public static String zoneName(ZoneId zone, Instant at, Locale locale) {
        String offset = ZonedDateTime.ofInstant(at, zone).getOffset().getId().replace("Z", "+00:00");
        String city = zone.getId().contains("/") ? zone.getId().substring(zone.getId().lastIndexOf('/') + 1)
                .replace('_', ' ') : zone.getDisplayName(TextStyle.FULL, locale);
        return city + " (UTC" + offset + ")";
    }

    /**
     * The start and end for a visitor: "dimanche 29 mars 2026, 04 h 00 – 06 h 00, Toronto (UTC-04:00)", then
     * the event's own time when its zone differs.
     */
    public static String span(Event event, ZoneId viewer, Locale locale) {
        String shown = dateTime(event.getStartsAt(), viewer, locale) + " – " + time(event.getEndsAt(), viewer, locale)
                + ", " + zoneName(viewer, event.getStartsAt(), locale);
        ZoneId own = event.zone();
        if (own.getRules().equals(viewer.getRules())) {
            return shown;
        }
        return shown + " · " + ca.tremplin.kernel.Messages.get(locale, "event.localTime",
                time(event.getStartsAt(), own, locale), zoneName(own, event.getStartsAt(), locale));
    }
}
