package ca.tremplin.event;

import ca.tremplin.kernel.Languages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * An event's time as a visitor reads it: in their own zone, with the zone named, and the event's own local time
 * beside it when the zones differ ("Sunday, March 29, 2026, 4:00 a.m. (Montréal time) — 10:00 a.m. in Paris").
 */
public final class EventTimes {

    private EventTimes() {
    }

    /** The zone a visitor's browser reported, if it is a real one, by its name of today. */
    public static Optional<ZoneId> zone(String reported) {
        return ca.tremplin.kernel.TimeZoneIds.current(reported);
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        ZonedDateTime shown = ZonedDateTime.ofInstant(instant, zone);
        return ca.tremplin.kernel.FrenchDates.withOrdinal(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL,
                FormatStyle.SHORT).withLocale(locale).format(shown), shown, locale);
    }

    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(ZonedDateTime.ofInstant(instant, zone));
    }

    /** "Alger (UTC+01:00)" / "Algiers (UTC+01:00)": the zone as people say it, with its offset at that instant. */
    public static String zoneName(ZoneId zone, Instant at, Locale locale) {
        String offset = ZonedDateTime.ofInstant(at, zone).getOffset().getId().replace("Z", "+00:00");
        // A zone that names no city ("UTC", "GMT+5", "Etc/GMT-14", whose signs are the reverse of the offset's): its
        // offset alone says it.
        return ca.tremplin.kernel.ZoneCities.name(zone, locale).map(city -> city + " (UTC" + offset + ")")
                .orElse("UTC" + offset);
    }

    /**
     * The zone over a span: "Montréal (UTC-05:00)", or, when the clocks change between start and end, both offsets
     * ("Montréal (UTC-05:00, puis UTC-04:00)"), so that nobody converting the end with the start's offset is an hour
     * off.
     */
    public static String zoneName(ZoneId zone, Instant start, Instant end, Locale locale) {
        String atStart = zoneName(zone, start, locale);
        if (end == null || !atStart.endsWith(")")) {
            return atStart;
        }
        java.time.ZoneOffset after = zone.getRules().getOffset(end);
        if (zone.getRules().getOffset(start).equals(after)) {
            return atStart;
        }
        return atStart.substring(0, atStart.length() - 1) + ca.tremplin.kernel.Messages.get(locale,
                "event.offsetThen", "UTC" + after.getId().replace("Z", "+00:00")) + ")";
    }

    /** The end's time, said to be the next day (or later) when the span crosses midnight where it is shown. */
    private static String endTime(Instant start, Instant end, ZoneId zone, Locale locale) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(ZonedDateTime.ofInstant(start, zone).toLocalDate(),
                ZonedDateTime.ofInstant(end, zone).toLocalDate());
        String time = time(end, zone, locale);
        return days <= 0 ? time : time + " " + ca.tremplin.kernel.Messages.get(locale, "event.daysLater", days);
    }

    /**
     * The start and end for a visitor: "dimanche 29 mars 2026, 04 h 00 – 06 h 00, Montréal (UTC-04:00)", then
     * the event's own time when its zone differs.
     */
    public static String span(Event event, ZoneId viewer, Locale locale) {
        String shown = dateTime(event.getStartsAt(), viewer, locale) + " – "
                + endTime(event.getStartsAt(), event.getEndsAt(), viewer, locale)
                + ", " + zoneName(viewer, event.getStartsAt(), event.getEndsAt(), locale);
        ZoneId own = event.zone();
        if (own.getRules().equals(viewer.getRules())) {
            return shown;
        }
        return shown + " · " + ca.tremplin.kernel.Messages.get(locale, "event.localTime",
                ownTime(event.getStartsAt(), viewer, own, locale), zoneName(own, event.getStartsAt(), locale));
    }

    /**
     * The start in the event's own zone: its time alone when it falls on the same day as where the visitor is, else
     * with its own day ("mardi 15 décembre, 18 h 00"), so that a webinar of Tuesday evening in Paris, shown on
     * Wednesday in Hanoi, is not read as Wednesday evening in Paris.
     */
    public static String ownTime(Instant start, ZoneId viewer, ZoneId own, Locale locale) {
        ZonedDateTime there = ZonedDateTime.ofInstant(start, own);
        String time = time(start, own, locale);
        if (there.toLocalDate().equals(ZonedDateTime.ofInstant(start, viewer).toLocalDate())) {
            return time;
        }
        String day = DateTimeFormatter.ofPattern(Languages.isEnglish(locale) ? "EEEE, MMMM d" : "EEEE d MMMM", locale)
                .format(there);
        return ca.tremplin.kernel.FrenchDates.withOrdinal(day, there, locale) + ", " + time;
    }
}
