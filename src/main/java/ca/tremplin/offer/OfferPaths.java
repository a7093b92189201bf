package ca.tremplin.offer;

import ca.tremplin.kernel.Languages;
import java.util.Locale;

/** The public addresses of the offer board, twinned by language: {@code /fr/offres} and {@code /en/offers}. */
public final class OfferPaths {

    public static final String FRENCH_BOARD = "/fr/offres";
    public static final String ENGLISH_BOARD = "/en/offers";

    private OfferPaths() {
    }

    public static String board(Locale locale) {
        return Languages.isEnglish(locale) ? ENGLISH_BOARD : FRENCH_BOARD;
    }

    public static String offer(Locale locale, String tenantSlug, String slug) {
        return board(locale) + "/" + tenantSlug + "/" + slug;
    }
}
