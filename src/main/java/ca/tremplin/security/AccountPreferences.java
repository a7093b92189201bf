package ca.tremplin.security;

import ca.tremplin.kernel.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/** Keeps a signed-in person's preferences (for now, their language) with their account. */
@ApplicationScoped
public class AccountPreferences {

    @Inject
    SignedInUser signedInUser;

    @Inject
    UserAccountRepository accounts;

    @Transactional
    public void rememberLanguageOfSignedInUser(Locale locale) {
        if (signedInUser.isSignedIn()) {
            accounts.findById(signedInUser.getUserId())
                    .ifPresent(account -> account.setPreferredLocale(Languages.code(locale)));
        }
    }
}
