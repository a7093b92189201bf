package ca.tremplin.kernel;

import java.util.List;
import java.util.Locale;

/**
 * The languages Tremplin speaks. French comes first: it is the language of the service in Québec; English is
 * offered beside it on every page.
 */
public final class Languages {

    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    public static final Locale ENGLISH = Locale.CANADA;
    public static final List<Locale> ALL = List.of(FRENCH, ENGLISH);

    private Languages() {
    }

    /** The supported locale for a language tag such as "fr", "en", "en-US"; French for anything else. */
    public static Locale fromTag(String tag) {
        if (tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        return FRENCH;
    }

    public static Locale supported(Locale locale) {
        return locale == null ? FRENCH : fromTag(locale.getLanguage());
    }

    /** The short code stored in preferences and cookies: "fr" or "en". */
    public static String code(Locale locale) {
        return supported(locale).getLanguage();
    }

    /**
     * Names in the order the reader's language lists them, {@link java.text.Collator}'s: "École des métiers" among
     * the E's and "Îles-de-la-Madeleine" among the I's, where the letters' codes put them after "Z", capitals and
     * small letters together. Names the collator finds alike ("Soudage" and "soudage") keep an order, their codes',
     * so that a sorted map counts them apart.
     */
    public static java.util.Comparator<String> alphabetical(Locale reader) {
        java.text.Collator collator = java.text.Collator.getInstance(supported(reader));
        return java.util.Comparator.<String, String>comparing(name -> name, collator::compare)
                .thenComparing(java.util.Comparator.naturalOrder());
    }

    /** A language code ("fr", "en") named in the reader's language ("French", "français"); "—" for none. */
    public static String name(String code, Locale reader) {
        return code == null || code.isBlank() ? MissingValue.MARK : Locale.forLanguageTag(code).getDisplayLanguage(reader);
    }

    public static boolean isEnglish(Locale locale) {
        return "en".equals(code(locale));
    }

    /** A text quoted as the reader's language does: « stage=perdu » in French, “stage=perdu” in English. */
    public static String quoted(String text, Locale language) {
        return isEnglish(language) ? "“" + text + "”" : "« " + text + " »";
    }
}
