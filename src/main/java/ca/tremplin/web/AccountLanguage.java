package ca.tremplin.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The language kept with a signed-in person's account. Pages only need to read and remember it; the accounts
 * themselves live above this package ({@code security.AccountPreferences} is the implementation CDI injects), so
 * that what every page shares does not depend on who signs in.
 */
public interface AccountLanguage {

    /** The account's language, for a signed-in person; empty for anyone else. */
    Optional<Locale> languageOfSignedInUser();

    /** Remembers the language a signed-in person chose; does nothing for anyone else. */
    void rememberLanguageOfSignedInUser(Locale locale);
}
