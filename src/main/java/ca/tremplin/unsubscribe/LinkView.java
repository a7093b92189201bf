package ca.tremplin.unsubscribe;

import ca.tremplin.kernel.Languages;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What the unsubscribe page shows: the centre, the address half hidden, and whether it is unsubscribed already; and,
 * for a link sent to a record merged since into another, the person's other address known to the centre, half hidden
 * too (null when there is none), which the button leaves out of the centre's bulk e-mail as well.
 */
public record LinkView(String centreFr, String centreEn, String maskedEmail, String maskedOtherEmail,
                       boolean unsubscribed) implements Serializable {

    public String centre(Locale locale) {
        return Languages.isEnglish(locale) ? centreEn : centreFr;
    }

    /** The page of a link to {@code addresses}' first, the person's other address at the centre after it if any. */
    static LinkView of(String centreFr, String centreEn, List<String> addresses, boolean unsubscribed) {
        return new LinkView(centreFr, centreEn, masked(addresses.get(0)),
                addresses.size() > 1 ? masked(addresses.get(1)) : null, unsubscribed);
    }

    static String masked(String email) {
        return ca.tremplin.person.ContactDetails.masked(email);
    }
}
