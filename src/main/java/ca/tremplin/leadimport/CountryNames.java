package ca.tremplin.leadimport;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A country as exports write it — "SN", "Senegal", "Sénégal" — read as its ISO code. */
final class CountryNames {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            BY_NAME.put(ImportField.normalize(country.getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(ImportField.normalize(country.getDisplayCountry(Locale.FRENCH)), code);
            BY_NAME.put(code.toLowerCase(Locale.ROOT), code);
        }
    }

    private CountryNames() {
    }

    static Optional<String> code(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(ImportField.normalize(written)));
    }
}
