package ca.tremplin.web;

import ca.tremplin.kernel.Languages;
import java.util.Locale;

/** The public form's addresses, twinned by language. */
public final class InquiryPaths {

    public static final String FRENCH_FORM = "/fr/information";
    public static final String ENGLISH_FORM = "/en/information";

    private InquiryPaths() {
    }

    public static String form(Locale locale) {
        return Languages.isEnglish(locale) ? ENGLISH_FORM : FRENCH_FORM;
    }
}
