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

    /** "a•••@exemple.org": enough for the person to recognise their address, not enough to read it off a screen. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }
}
