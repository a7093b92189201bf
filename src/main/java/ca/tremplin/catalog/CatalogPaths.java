package ca.tremplin.catalog;

import ca.tremplin.kernel.Languages;
import java.util.Locale;

/**
 * The public addresses of the catalogue, twinned by language: {@code /fr/programmes} and
 * {@code /en/programs}, and a program at {@code /fr/programmes/{centre}/{program}} and its English twin.
 */
public final class CatalogPaths {

    public static final String FRENCH_CATALOGUE = "/fr/programmes";
    public static final String ENGLISH_CATALOGUE = "/en/programs";

    private CatalogPaths() {
    }

    public static String catalogue(Locale locale) {
        return Languages.isEnglish(locale) ? ENGLISH_CATALOGUE : FRENCH_CATALOGUE;
    }

    public static String program(Locale locale, String tenantSlug, String programSlug) {
        return catalogue(locale) + "/" + tenantSlug + "/" + programSlug;
    }
}
