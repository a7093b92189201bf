package ca.tremplin.person;

import java.util.Locale;

/**
 * Who a person says they are, checked and normalised (e-mail lower-cased, phone E.164): what a lead is made of,
 * whether it came from an information request, an event registration or a list of attendees. Citizenship may be
 * unknown (an event registration does not ask for it).
 */
public record ContactDetails(String firstName, String lastName, String email, String emailNormalized,
                             String phoneE164, String countryOfResidence, String citizenship, Locale language) {

    /** How a returning person is recognised: the e-mail, trimmed and lower-cased. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * "a•••@exemple.org": enough for a person to recognise their address on a page that a link opened, not enough to
     * read it off a screen.
     */
    public static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }
}
