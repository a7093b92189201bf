package ca.tremplin.web;

import ca.tremplin.kernel.Languages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of this visitor's pages. French unless they chose English: the choice is kept in the session,
 * in a year-long cookie for visitors, and in the account of signed-in staff (see {@link LanguageSwitchFilter}).
 */
@Named
@SessionScoped
public class LanguagePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        return locale == null ? Languages.FRENCH : locale;
    }

    /** "fr" or "en", for the {@code lang} attribute of pages. */
    public String getLanguage() {
        return Languages.code(getLocale());
    }

    public boolean isChosen() {
        return locale != null;
    }

    void choose(Locale chosen) {
        this.locale = Languages.supported(chosen);
    }
}
