package ca.tremplin.unsubscribe;

import ca.tremplin.kernel.Languages;
import java.io.Serializable;
import java.util.Locale;

/** What the unsubscribe page shows: the centre, the address half hidden, and whether it is unsubscribed already. */
public record LinkView(String centreFr, String centreEn, String maskedEmail, boolean unsubscribed)
        implements Serializable {

    public String centre(Locale locale) {
        return Languages.isEnglish(locale) ? centreEn : centreFr;
    }

    static String masked(String email) {
        return ca.tremplin.person.ContactDetails.masked(email);
    }
}
