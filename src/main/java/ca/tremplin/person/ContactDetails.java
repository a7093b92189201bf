package ca.tremplin.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a person says they are, checked and normalised (e-mail lower-cased, phone E.164): what a lead is made of,
 * whether it came from an information request, an event registration or a list of attendees. Citizenship may be
 * unknown (an event registration does not ask for it).
 */
public record ContactDetails(String firstName, String lastName, String email, String emailNormalized,
                             String phoneE164, String countryOfResidence, String citizenship, Locale language) {

    /**
     * Formatting characters inside a name (a right-to-left override that shows the rest reversed, a zero-width space
     * or a soft hyphen that makes one name two strings) are left out, whoever sends the name, staff included: all but
     * the zero-width joiner and non-joiner, which shape letters (Persian writes "نیک‌پور" with a non-joiner). Shown,
     * they separate nothing, so "Ka\u200Bmal" is "Kamal".
     */
    private static final Pattern NAME_FORMATTING = Pattern.compile("[\\p{Cf}&&[^\\u200C\\u200D]]");

    public ContactDetails {
        firstName = withoutFormatting(firstName);
        lastName = withoutFormatting(lastName);
    }

    /** The same person, reading in {@code other}: the consent sentences a recruiter read aloud in the page's language. */
    public ContactDetails readingIn(Locale other) {
        return new ContactDetails(firstName, lastName, email, emailNormalized, phoneE164, countryOfResidence,
                citizenship, other);
    }

    /** A name without its formatting characters ({@link #NAME_FORMATTING}); null stays null. */
    public static String withoutFormatting(String name) {
        if (name == null || !NAME_FORMATTING.matcher(name).find()) {
            return name;
        }
        return NAME_FORMATTING.matcher(name).replaceAll("").strip();
    }

    /**
     * An address as a person typed, pasted or exported it, made what they meant
     * ({@link ca.tremplin.kernel.EmailAddresses#asMeant}); null stays null.
     */
    public static String cleanEmail(String typed) {
        return ca.tremplin.kernel.EmailAddresses.asMeant(typed);
    }

    /**
     * The name a letter opens with ("Bonjour Awa,"): the first name, or for someone who has one name only, that
     * name, whichever field holds it. Never null.
     */
    public static String addressedAs(String firstName, String lastName) {
        if (firstName != null && !firstName.isBlank()) {
            return firstName.strip();
        }
        return lastName == null ? "" : lastName.strip();
    }

    /** "First Last" as people read it, without a blank where a person has one name only. Never null. */
    public static String fullName(String firstName, String lastName) {
        return ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip()))
                .strip();
    }

    /** Control characters other than line breaks and tabs are never part of what a person types. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    /** Blanks and invisible characters around a value: no-break spaces, zero-width spaces, a byte-order mark. */
    private static final Pattern TEXT_EDGES = Pattern.compile("^[\\p{Z}\\s\\p{Cf}]+|[\\p{Z}\\s\\p{Cf}]+$");

    /**
     * A text as a person typed it (a name, a message), made what they meant, the same for every way a value enters:
     * composed (NFC), so that an "é" typed in one piece or in two is one name and not a proposal of itself; a line
     * break counted once (browsers send CR LF); no control characters; no blanks or invisible characters around it.
     * Empty when nothing is left; null stays null.
     */
    public static String cleanText(String typed) {
        if (typed == null) {
            return null;
        }
        String composed = Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n");
        return TEXT_EDGES.matcher(CONTROL.matcher(composed).replaceAll("")).replaceAll("");
    }

    /**
     * How a returning person is recognised: the e-mail, cleaned ({@link #cleanEmail}) and lower-cased, its domain in
     * Unicode ({@code kernel.EmailAddresses.withUnicodeDomain}): "Amina@ÉCOLE.ca", "amina@école.ca" and
     * "amina@xn--cole-9oa.ca" are one person at a centre, whichever way a form, the API, an import or a member of staff
     * wrote it, and one key for every table that keeps one (V76 gave the keys stored before this spelling). The part
     * before the at sign is lower-cased too, as it always was: mail servers in practice ignore its case. Mail goes to
     * the domain's ASCII form ({@code kernel.EmailAddresses.withAsciiDomain}).
     */
    public static String normalizeEmail(String email) {
        return ca.tremplin.kernel.EmailAddresses.key(email);
    }

    /**
     * "a•••@exemple.org": enough for a person to recognise their address on a page that a link opened, not enough to
     * read it off a screen.
     */
    public static String masked(String email) {
        int at = email.indexOf('@');
        // The first character whole: "𠀀" (outside the Basic Multilingual Plane) is two chars, neither one readable.
        return at <= 0 ? "•••" : email.substring(0, email.offsetByCodePoints(0, 1)) + "•••" + email.substring(at);
    }
}
