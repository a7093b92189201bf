package ca.tremplin.security;

import ca.tremplin.kernel.Languages;
import ca.tremplin.web.AccountLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/** Keeps a signed-in person's preferences (for now, their language) with their account. */
@ApplicationScoped
public class AccountPreferences implements AccountLanguage {

    @Inject
    SignedInUser signedInUser;

    @Inject
    UserAccountRepository accounts;

    /** The account's language, for a signed-in person who has no language cookie on this device yet. */
    @Override
    public java.util.Optional<Locale> languageOfSignedInUser() {
        return signedInUser.isSignedIn() ? java.util.Optional.ofNullable(signedInUser.getPreferredLocale())
                : java.util.Optional.empty();
    }

    @Override
    @Transactional
    public void rememberLanguageOfSignedInUser(Locale locale) {
        if (signedInUser.isSignedIn()) {
            accounts.findById(signedInUser.getUserId())
                    .ifPresent(account -> account.setPreferredLocale(Languages.code(locale)));
        }
    }
}
