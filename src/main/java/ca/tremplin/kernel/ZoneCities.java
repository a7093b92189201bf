package ca.tremplin.kernel;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The city a time zone is named after, as a reader of French or English writes it: "Alger" and "Algiers", "Bruxelles"
 * and "Brussels", "La Réunion" and "Réunion", where the zone's id gives the English name without its accents. Every
 * text that tells people a time "where they are" names their city so — an event's page, its mails, the acknowledgement
 * of a request — never by the id's English in a French sentence.
 */
public final class ZoneCities {

    private ZoneCities() {
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

    /**
     * The city {@code zone} is named after, in {@code locale}'s language, by its name of today ("Asia/Saigon" is
     * Hô-Chi-Minh-Ville); Québec's zone, which a browser there reports as America/Toronto, is Montréal. Empty for a
     * zone that names no city ("UTC", "Etc/GMT-1"), which only its offset says.
     */
    public static Optional<String> name(ZoneId zone, Locale locale) {
        String id = TimeZoneIds.currentId(zone.getId());
        if (!id.contains("/") || id.startsWith("Etc/")) {
            return Optional.empty();
        }
        if (id.equals("America/Toronto")) {
            // America/Montreal is an alias of it in the time zone database: the same clock, named by the city the
            // platform's people know it by.
            id = "America/Montreal";
        }
        String[] named = CITIES.get(id);
        return Optional.of(named != null ? named[Languages.isEnglish(locale) ? 1 : 0]
                : id.substring(id.lastIndexOf('/') + 1).replace('_', ' '));
    }
}
