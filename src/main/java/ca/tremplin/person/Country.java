package ca.tremplin.person;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An ISO 3166 country with its name in the visitor's language, as java.util.Locale knows them. */
public record Country(String code, String name) implements java.io.Serializable {

    /** Sorting 250 names with a collator is costly, and every form shows the list: sorted once per language. */
    private static final Map<Locale, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** Every country, sorted by name the way the language sorts (accents ignored at first). */
    public static List<Country> all(Locale language) {
        return BY_LANGUAGE.computeIfAbsent(language, Country::sortedIn);
    }

    private static List<Country> sortedIn(Locale language) {
        Collator collator = Collator.getInstance(language);
        collator.setStrength(Collator.PRIMARY);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(language)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
