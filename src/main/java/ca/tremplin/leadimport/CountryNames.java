package ca.tremplin.leadimport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A country as exports and people write it — "SN", "SEN", "Senegal", "Sénégal", "Cote d'Ivoire", "Ivory Coast",
 * "Korea, Republic of" — read as its ISO code.
 *
 * <p>The names are the JDK's (CLDR) in English and in French, the ISO 3166 two- and three-letter codes, and the names
 * that registration forms and vendors' exports use besides those (the ISO 3166 list's own "Name, Republic of" forms,
 * older and everyday names); then the country's name in the languages of the people who write to the centres —
 * "Brasil", "México", "España", "Deutschland", "المغرب", "中国" — which a form filled in one's own language gives, a
 * name that two countries bear in those languages left unread. A place before the country, "Dakar, Sénégal",
 * "Quebec, Canada", is read by the country after its last comma. Case, accents, punctuation and a leading
 * "the"/"la"/"le"/"les" do not matter.
 */
final class CountryNames {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^&]]+");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|la|le|les|l) ");

    /**
     * The languages, besides English and French, whose names of countries are read: those of the countries the
     * students come from (Latin America, the Maghreb and the Middle East, Asia, Europe).
     */
    private static final List<Locale> OTHER_LANGUAGES = Stream.of("es", "pt", "ar", "de", "it", "nl", "ro", "pl",
            "ru", "uk", "tr", "fa", "zh", "ja", "ko", "vi").map(Locale::forLanguageTag).toList();

    /** Names that more than one country bears where people write them: never guessed, whatever the language. */
    private static final Set<String> NEVER_GUESSED = Set.of("congo", "kongo");

    /** Names in use that neither CLDR's English nor its French display name is, nor its code. */
    private static final String[][] ALSO_WRITTEN = {
            {"CI", "Ivory Coast", "Cote d Ivoire", "Republique de Cote d Ivoire"},
            {"CD", "DRC", "DR Congo", "RDC", "RD Congo", "Democratic Republic of the Congo",
                    "Democratic Republic of Congo", "Congo, The Democratic Republic of the",
                    "Congo, Democratic Republic of the", "Republique democratique du Congo", "Congo Kinshasa",
                    "Zaire"},
            {"CG", "Republic of the Congo", "Republic of Congo", "Congo, Republic of the", "Republique du Congo",
                    "Congo Brazzaville"},
            {"US", "USA", "U S A", "U S", "United States of America", "America", "Etats-Unis d Amerique", "EUA"},
            {"GB", "UK", "U K", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland",
                    "Grande-Bretagne", "Angleterre", "Ecosse", "Pays de Galles",
                    "United Kingdom of Great Britain and Northern Ireland"},
            {"KR", "South Korea", "Korea", "Korea, Republic of", "Republic of Korea", "Coree", "Coree du Sud"},
            {"KP", "North Korea", "Korea, Democratic People's Republic of", "Coree du Nord"},
            {"RU", "Russian Federation", "Russie, Federation de", "Federation de Russie"},
            {"VN", "Viet Nam"},
            {"IR", "Iran, Islamic Republic of", "Islamic Republic of Iran"},
            {"SY", "Syrian Arab Republic", "Republique arabe syrienne"},
            {"TZ", "Tanzania, United Republic of", "United Republic of Tanzania", "Republique-Unie de Tanzanie"},
            {"BO", "Bolivia, Plurinational State of", "Plurinational State of Bolivia"},
            {"VE", "Venezuela, Bolivarian Republic of", "Bolivarian Republic of Venezuela"},
            {"MD", "Moldova, Republic of", "Republic of Moldova"},
            {"LA", "Lao People's Democratic Republic", "Lao PDR", "Lao"},
            {"MK", "Macedonia", "Republic of North Macedonia", "Macedoine", "Macedoine du Nord"},
            {"CV", "Cabo Verde", "Cape Verde", "Cap Vert", "Cap-Vert"},
            {"SZ", "Swaziland", "Eswatini", "Kingdom of Eswatini"},
            {"MM", "Burma", "Birmanie"},
            {"CZ", "Czech Republic", "Republique tcheque", "Tchequie"},
            {"TR", "Turkey", "Turkiye", "Turquie"},
            {"NL", "Holland", "Hollande", "The Netherlands"},
            {"GM", "Gambia", "The Gambia", "Gambie"},
            {"GN", "Guinea Conakry", "Guinee Conakry", "Guinee"},
            {"BN", "Brunei Darussalam"},
            {"PS", "Palestine", "State of Palestine", "Palestine, State of", "Territoires palestiniens"},
            {"HK", "Hong Kong", "Hong Kong SAR"},
            {"MO", "Macao", "Macau"},
            {"TW", "Taiwan, Province of China"},
            {"CN", "People's Republic of China", "PRC", "Chine continentale", "Mainland China"},
            {"VA", "Holy See", "Vatican", "Vatican City", "Saint-Siege"},
            {"FM", "Micronesia, Federated States of", "Micronesia"},
            {"AE", "UAE", "EAU", "Emirates", "Emirats"},
            {"SA", "KSA", "Saudi"},
            {"BA", "Bosnia", "Bosnia-Herzegovina", "Bosnie"},
            {"TL", "East Timor", "Timor Oriental"},
            {"CF", "RCA", "Centrafrique"},
            {"DO", "Republique dominicaine"},
            {"CA", "Quebec", "Canada (Quebec)"},
            {"HT", "Ayiti"},
    };

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            BY_NAME.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(key(country.getDisplayCountry(Locale.FRENCH)), code);
            BY_NAME.put(key(code), code);
            try {
                BY_NAME.putIfAbsent(key(country.getISO3Country()), code);
            } catch (MissingResourceException noThreeLetterCode) {
                // A code without an ISO 3166 alpha-3 twin: its name and two letters still read it.
            }
        }
        for (String[] names : ALSO_WRITTEN) {
            String code = names[0];
            for (int i = 1; i < names.length; i++) {
                BY_NAME.put(key(names[i]), code);
            }
        }
        // A name in another language never takes the place of an English or French one, and a name two countries
        // bear in these languages reads neither.
        Map<String, String> otherNames = new HashMap<>();
        Set<String> sharedNames = new HashSet<>(NEVER_GUESSED);
        for (Locale language : OTHER_LANGUAGES) {
            for (String code : Locale.getISOCountries()) {
                String name = new Locale("", code).getDisplayCountry(language);
                if (name.isBlank() || name.equalsIgnoreCase(code)) {
                    continue; // no name in that language: the JDK answers with the code
                }
                String key = key(name);
                String earlier = otherNames.putIfAbsent(key, code);
                if (earlier != null && !earlier.equals(code)) {
                    sharedNames.add(key);
                }
            }
        }
        otherNames.forEach((key, code) -> {
            if (!sharedNames.contains(key)) {
                BY_NAME.putIfAbsent(key, code);
            }
        });
    }

    private CountryNames() {
    }

    static Optional<String> code(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String key = key(written);
        String code = BY_NAME.get(key);
        if (code == null) {
            code = BY_NAME.get(LEADING_ARTICLE.matcher(key).replaceFirst(""));
        }
        int comma = written.lastIndexOf(',');
        if (code == null && comma > 0 && comma < written.length() - 1) {
            // "Dakar, Sénégal", "Quebec, Canada": a place, then its country.
            return code(written.substring(comma + 1));
        }
        return Optional.ofNullable(code);
    }

    /** Lower case, no accents, punctuation as spaces: "Côte-d’Ivoire" and "cote d'ivoire" are one key. */
    private static String key(String name) {
        String plain = ImportField.normalize(name);
        return PUNCTUATION.matcher(plain).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
