package ca.tremplin.event;

import ca.tremplin.kernel.Languages;
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

    /**
     * Cities and islands whose name is written otherwise than in their zone's id (which is English, without accents):
     * in French wherever French names them otherwise ("Île de Man", "Port-d’Espagne"), and in both languages where
     * the id drops an accent or a point.
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
            Map.entry("Pacific/Noumea", new String[] {"Nouméa", "Nouméa"}),
            Map.entry("Pacific/Easter", new String[] {"Île de Pâques", "Easter Island"}),
            Map.entry("Pacific/Marquesas", new String[] {"Marquises", "Marquesas"}),
            Map.entry("Pacific/Galapagos", new String[] {"Galápagos", "Galápagos"}),
            Map.entry("Europe/Isle_of_Man", new String[] {"Île de Man", "Isle of Man"}),
            Map.entry("Europe/Guernsey", new String[] {"Guernesey", "Guernsey"}),
            Map.entry("Europe/Malta", new String[] {"Malte", "Malta"}),
            Map.entry("Europe/Andorra", new String[] {"Andorre", "Andorra"}),
            Map.entry("Europe/Nicosia", new String[] {"Nicosie", "Nicosia"}),
            Map.entry("Asia/Nicosia", new String[] {"Nicosie", "Nicosia"}),
            Map.entry("Europe/Chisinau", new String[] {"Chișinău", "Chișinău"}),
            Map.entry("Europe/Tirane", new String[] {"Tirana", "Tirana"}),
            Map.entry("Atlantic/Cape_Verde", new String[] {"Cap-Vert", "Cape Verde"}),
            Map.entry("Atlantic/Canary", new String[] {"Canaries", "Canary Islands"}),
            Map.entry("Atlantic/Azores", new String[] {"Açores", "Azores"}),
            Map.entry("Atlantic/Madeira", new String[] {"Madère", "Madeira"}),
            Map.entry("Atlantic/St_Helena", new String[] {"Sainte-Hélène", "St. Helena"}),
            Map.entry("Atlantic/Bermuda", new String[] {"Bermudes", "Bermuda"}),
            Map.entry("Atlantic/South_Georgia", new String[] {"Géorgie du Sud", "South Georgia"}),
            Map.entry("America/Port_of_Spain", new String[] {"Port-d’Espagne", "Port of Spain"}),
            Map.entry("America/Puerto_Rico", new String[] {"Porto Rico", "Puerto Rico"}),
            Map.entry("America/Santo_Domingo", new String[] {"Saint-Domingue", "Santo Domingo"}),
            Map.entry("America/Havana", new String[] {"La Havane", "Havana"}),
            Map.entry("America/Jamaica", new String[] {"Jamaïque", "Jamaica"}),
            Map.entry("America/Barbados", new String[] {"Barbade", "Barbados"}),
            Map.entry("America/St_Lucia", new String[] {"Sainte-Lucie", "St. Lucia"}),
            Map.entry("America/St_Barthelemy", new String[] {"Saint-Barthélemy", "St. Barthélemy"}),
            Map.entry("America/St_Vincent", new String[] {"Saint-Vincent", "St. Vincent"}),
            Map.entry("America/St_Kitts", new String[] {"Saint-Christophe", "St. Kitts"}),
            Map.entry("America/St_Thomas", new String[] {"Saint-Thomas", "St. Thomas"}),
            Map.entry("America/Miquelon", new String[] {"Saint-Pierre-et-Miquelon", "Saint-Pierre and Miquelon"}),
            Map.entry("America/Bogota", new String[] {"Bogota", "Bogotá"}),
            Map.entry("America/Asuncion", new String[] {"Asuncion", "Asunción"}),
            Map.entry("Asia/Jerusalem", new String[] {"Jérusalem", "Jerusalem"}),
            Map.entry("Asia/Riyadh", new String[] {"Riyad", "Riyadh"}),
            Map.entry("Asia/Baghdad", new String[] {"Bagdad", "Baghdad"}),
            Map.entry("Asia/Kabul", new String[] {"Kaboul", "Kabul"}),
            Map.entry("Asia/Tbilisi", new String[] {"Tbilissi", "Tbilisi"}),
            Map.entry("Asia/Yerevan", new String[] {"Erevan", "Yerevan"}),
            Map.entry("Asia/Tashkent", new String[] {"Tachkent", "Tashkent"}),
            Map.entry("Asia/Dhaka", new String[] {"Dacca", "Dhaka"}),
            Map.entry("Asia/Seoul", new String[] {"Séoul", "Seoul"}),
            Map.entry("Asia/Shanghai", new String[] {"Shanghaï", "Shanghai"}),
            Map.entry("Asia/Kuwait", new String[] {"Koweït", "Kuwait"}),
            Map.entry("Asia/Muscat", new String[] {"Mascate", "Muscat"}),
            Map.entry("Asia/Bahrain", new String[] {"Bahreïn", "Bahrain"}),
            Map.entry("Asia/Manila", new String[] {"Manille", "Manila"}),
            Map.entry("Africa/Sao_Tome", new String[] {"São Tomé", "São Tomé"}),
            Map.entry("Africa/El_Aaiun", new String[] {"Laâyoune", "Laayoune"}));

    /** "Alger (UTC+01:00)" / "Algiers (UTC+01:00)": the zone as people say it, with its offset at that instant. */
    public static String zoneName(ZoneId zone, Instant at, Locale locale) {
        String offset = ZonedDateTime.ofInstant(at, zone).getOffset().getId().replace("Z", "+00:00");
        String id = ca.tremplin.kernel.TimeZoneIds.currentId(zone.getId());
        if (!id.contains("/") || id.startsWith("Etc/")) {
            // A zone that names no city ("UTC", "GMT+5", "Etc/GMT-14", whose signs are the reverse of the
            // offset's): its offset alone says it.
            return "UTC" + offset;
        }
        if (id.equals("America/Toronto")) {
            // What a browser in Québec reports (America/Montreal is an alias of it in the time zone database):
            // the same clock, named by the city the platform's people know it by.
            id = "America/Montreal";
        }
        String[] named = CITIES.get(id);
        String city = named != null ? named[Languages.isEnglish(locale) ? 1 : 0]
                : id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        return city + " (UTC" + offset + ")";
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
