package ca.tremplin.kernel;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Time zone identifiers as the time zone database names them today. Browsers report some zones by a name the
 * database has since replaced and keeps only as a link ("Asia/Saigon" for Asia/Ho_Chi_Minh: Chromium's ICU data
 * still calls it so), and the JDK accepts both without saying they are one zone; a page would then name the city
 * by the old spelling, and a list of zones offer it twice. The old names here are the links of the database's
 * {@code backward} file that lead to a zone still in use.
 */
public final class TimeZoneIds {

    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("Africa/Asmera", "Africa/Asmara"),
            Map.entry("Africa/Timbuktu", "Africa/Bamako"),
            Map.entry("America/Argentina/ComodRivadavia", "America/Argentina/Catamarca"),
            Map.entry("America/Atka", "America/Adak"),
            Map.entry("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
            Map.entry("America/Catamarca", "America/Argentina/Catamarca"),
            Map.entry("America/Coral_Harbour", "America/Atikokan"),
            Map.entry("America/Cordoba", "America/Argentina/Cordoba"),
            Map.entry("America/Ensenada", "America/Tijuana"),
            Map.entry("America/Fort_Wayne", "America/Indiana/Indianapolis"),
            Map.entry("America/Godthab", "America/Nuuk"),
            Map.entry("America/Indianapolis", "America/Indiana/Indianapolis"),
            Map.entry("America/Jujuy", "America/Argentina/Jujuy"),
            Map.entry("America/Knox_IN", "America/Indiana/Knox"),
            Map.entry("America/Louisville", "America/Kentucky/Louisville"),
            Map.entry("America/Mendoza", "America/Argentina/Mendoza"),
            Map.entry("America/Porto_Acre", "America/Rio_Branco"),
            Map.entry("America/Rosario", "America/Argentina/Cordoba"),
            Map.entry("America/Shiprock", "America/Denver"),
            Map.entry("America/Virgin", "America/St_Thomas"),
            Map.entry("Antarctica/South_Pole", "Pacific/Auckland"),
            Map.entry("Asia/Ashkhabad", "Asia/Ashgabat"),
            Map.entry("Asia/Calcutta", "Asia/Kolkata"),
            Map.entry("Asia/Chongqing", "Asia/Shanghai"),
            Map.entry("Asia/Chungking", "Asia/Shanghai"),
            Map.entry("Asia/Dacca", "Asia/Dhaka"),
            Map.entry("Asia/Harbin", "Asia/Shanghai"),
            Map.entry("Asia/Istanbul", "Europe/Istanbul"),
            Map.entry("Asia/Kashgar", "Asia/Urumqi"),
            Map.entry("Asia/Katmandu", "Asia/Kathmandu"),
            Map.entry("Asia/Macao", "Asia/Macau"),
            Map.entry("Asia/Rangoon", "Asia/Yangon"),
            Map.entry("Asia/Saigon", "Asia/Ho_Chi_Minh"),
            Map.entry("Asia/Tel_Aviv", "Asia/Jerusalem"),
            Map.entry("Asia/Thimbu", "Asia/Thimphu"),
            Map.entry("Asia/Ujung_Pandang", "Asia/Makassar"),
            Map.entry("Asia/Ulan_Bator", "Asia/Ulaanbaatar"),
            Map.entry("Atlantic/Faeroe", "Atlantic/Faroe"),
            Map.entry("Atlantic/Jan_Mayen", "Europe/Oslo"),
            Map.entry("Australia/ACT", "Australia/Sydney"),
            Map.entry("Australia/Canberra", "Australia/Sydney"),
            Map.entry("Australia/LHI", "Australia/Lord_Howe"),
            Map.entry("Australia/NSW", "Australia/Sydney"),
            Map.entry("Australia/North", "Australia/Darwin"),
            Map.entry("Australia/Queensland", "Australia/Brisbane"),
            Map.entry("Australia/South", "Australia/Adelaide"),
            Map.entry("Australia/Tasmania", "Australia/Hobart"),
            Map.entry("Australia/Victoria", "Australia/Melbourne"),
            Map.entry("Australia/West", "Australia/Perth"),
            Map.entry("Australia/Yancowinna", "Australia/Broken_Hill"),
            Map.entry("Europe/Belfast", "Europe/London"),
            Map.entry("Europe/Kiev", "Europe/Kyiv"),
            Map.entry("Europe/Nicosia", "Asia/Nicosia"),
            Map.entry("Europe/Tiraspol", "Europe/Chisinau"),
            Map.entry("Europe/Uzhgorod", "Europe/Kyiv"),
            Map.entry("Europe/Zaporozhye", "Europe/Kyiv"),
            Map.entry("Pacific/Enderbury", "Pacific/Kanton"),
            Map.entry("Pacific/Johnston", "Pacific/Honolulu"),
            Map.entry("Pacific/Ponape", "Pacific/Pohnpei"),
            Map.entry("Pacific/Samoa", "Pacific/Pago_Pago"),
            Map.entry("Pacific/Truk", "Pacific/Chuuk"),
            Map.entry("Pacific/Yap", "Pacific/Chuuk"));

    private TimeZoneIds() {
    }

    /** Whether this identifier is an old name of a zone that the database now calls otherwise. */
    public static boolean isRenamed(String id) {
        return RENAMED.containsKey(id);
    }

    /** The name of today for an identifier, or the identifier itself (see {@link #current}). */
    public static String currentId(String id) {
        String renamed = RENAMED.get(id);
        return renamed != null && ZoneId.getAvailableZoneIds().contains(renamed) ? renamed : id;
    }

    /**
     * The zone a browser or a person reported, by its name of today ("Asia/Saigon" is Asia/Ho_Chi_Minh), if the time
     * zone database knows it. A new name the JDK's data does not know yet keeps the old one, which it does.
     */
    public static Optional<ZoneId> current(String reported) {
        if (reported == null || reported.isBlank() || reported.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(currentId(reported.strip())));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
