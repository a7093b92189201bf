package ca.tremplin.event;

import ca.tremplin.kernel.Languages;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
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
        ZonedDateTime shown = ZonedDateTime.ofInstant(instant, zone);
        return ca.tremplin.kernel.FrenchDates.withOrdinal(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL,
                FormatStyle.SHORT).withLocale(locale).format(shown), shown, locale);
    }

    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(ZonedDateTime.ofInstant(instant, zone));
    }

    /**
     * Cities whose name is written otherwise than in their zone's id (which is English, without accents): in French
     * for the zones of the people Tremplin speaks to — Québec, the Francophonie, North Africa, the Middle East —
     * and in both languages where the id drops an accent or a point.
     */
    private static final Map<String, String[]> CITIES = Map.ofEntries(
            Map.entry("America/Montreal", new String[] {"Montréal", "Montréal"}),
            Map.entry("America/St_Johns", new String[] {"Saint-Jean de Terre-Neuve", "St. John's"}),
            Map.entry("America/Sao_Paulo", new String[] {"São Paulo", "São Paulo"}),
            Map.entry("America/Mexico_City", new String[] {"Mexico", "Mexico City"}),
            Map.entry("America/Port-au-Prince", new String[] {"Port-au-Prince", "Port-au-Prince"}),
            Map.entry("America/Cayenne", new String[] {"Cayenne", "Cayenne"}),
            Map.entry("Africa/Algiers", new String[] {"Alger", "Algiers"}),
            Map.entry("Africa/Cairo", new String[] {"Le Caire", "Cairo"}),
            Map.entry("Africa/Tripoli", new String[] {"Tripoli", "Tripoli"}),
            Map.entry("Africa/Lome", new String[] {"Lomé", "Lomé"}),
            Map.entry("Africa/Ndjamena", new String[] {"N’Djaména", "N’Djamena"}),
            Map.entry("Africa/Addis_Ababa", new String[] {"Addis-Abeba", "Addis Ababa"}),
            Map.entry("Africa/Mogadishu", new String[] {"Mogadiscio", "Mogadishu"}),
            Map.entry("Africa/Khartoum", new String[] {"Khartoum", "Khartoum"}),
            Map.entry("Asia/Beirut", new String[] {"Beyrouth", "Beirut"}),
            Map.entry("Asia/Damascus", new String[] {"Damas", "Damascus"}),
            Map.entry("Asia/Ho_Chi_Minh", new String[] {"Hô-Chi-Minh-Ville", "Ho Chi Minh City"}),
            Map.entry("Asia/Kolkata", new String[] {"Calcutta", "Kolkata"}),
            Map.entry("Asia/Singapore", new String[] {"Singapour", "Singapore"}),
            Map.entry("Asia/Tehran", new String[] {"Téhéran", "Tehran"}),
            Map.entry("Europe/London", new String[] {"Londres", "London"}),
            Map.entry("Europe/Brussels", new String[] {"Bruxelles", "Brussels"}),
            Map.entry("Europe/Lisbon", new String[] {"Lisbonne", "Lisbon"}),
            Map.entry("Europe/Athens", new String[] {"Athènes", "Athens"}),
            Map.entry("Europe/Bucharest", new String[] {"Bucarest", "Bucharest"}),
            Map.entry("Europe/Vienna", new String[] {"Vienne", "Vienna"}),
            Map.entry("Europe/Warsaw", new String[] {"Varsovie", "Warsaw"}),
            Map.entry("Europe/Moscow", new String[] {"Moscou", "Moscow"}),
            Map.entry("Europe/Zurich", new String[] {"Zurich", "Zurich"}),
            Map.entry("Europe/Copenhagen", new String[] {"Copenhague", "Copenhagen"}),
            Map.entry("Indian/Mauritius", new String[] {"Maurice", "Mauritius"}),
            Map.entry("Indian/Reunion", new String[] {"La Réunion", "Réunion"}),
            Map.entry("Indian/Comoro", new String[] {"Comores", "Comoros"}),
            Map.entry("Pacific/Noumea", new String[] {"Nouméa", "Nouméa"}));

    /** "Alger (UTC+01:00)" / "Algiers (UTC+01:00)": the zone as people say it, with its offset at that instant. */
    public static String zoneName(ZoneId zone, Instant at, Locale locale) {
        String offset = ZonedDateTime.ofInstant(at, zone).getOffset().getId().replace("Z", "+00:00");
        String id = zone.getId();
        if (!id.contains("/") || id.startsWith("Etc/")) {
            // A zone that names no city ("UTC", "GMT+5", "Etc/GMT-14", whose signs are the reverse of the
            // offset's): its offset alone says it.
            return "UTC" + offset;
        }
        String[] named = CITIES.get(id);
        String city = named != null ? named[Languages.isEnglish(locale) ? 1 : 0]
                : id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        return city + " (UTC" + offset + ")";
    }

    /** The end's time, said to be the next day (or later) when the span crosses midnight where it is shown. */
    private static String endTime(Instant start, Instant end, ZoneId zone, Locale locale) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(ZonedDateTime.ofInstant(start, zone).toLocalDate(),
                ZonedDateTime.ofInstant(end, zone).toLocalDate());
        String time = time(end, zone, locale);
        return days <= 0 ? time : time + " " + ca.tremplin.kernel.Messages.get(locale, "event.daysLater", days);
    }

    /**
     * The start and end for a visitor: "dimanche 29 mars 2026, 04 h 00 – 06 h 00, Toronto (UTC-04:00)", then
     * the event's own time when its zone differs.
     */
    public static String span(Event event, ZoneId viewer, Locale locale) {
        String shown = dateTime(event.getStartsAt(), viewer, locale) + " – "
                + endTime(event.getStartsAt(), event.getEndsAt(), viewer, locale)
                + ", " + zoneName(viewer, event.getStartsAt(), locale);
        ZoneId own = event.zone();
        if (own.getRules().equals(viewer.getRules())) {
            return shown;
        }
        return shown + " · " + ca.tremplin.kernel.Messages.get(locale, "event.localTime",
                time(event.getStartsAt(), own, locale), zoneName(own, event.getStartsAt(), locale));
    }
}
