package ca.tremplin.kernel;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What an e-mail address typed in a form must look like: something, an at sign, a domain with a dot. One rule for
 * every form, the API, imports and staff edits. And the two ways of writing an internationalised domain: in Unicode,
 * the form addresses are known by ({@link #withUnicodeDomain}), and in ASCII, the form mail is sent to
 * ({@link #withAsciiDomain}). Bean Validation's own {@code @Email} takes "info@csiles" (a name no mail reaches);
 * every {@code @Email} of the application adds this pattern, and its message (ValidationMessages) says how an address
 * is written.
 */
public final class EmailAddresses {

    /**
     * Something, an at sign, a domain with a dot, and none of the characters that have a meaning in a mail header
     * ({@code < > ( ) [ ] \ , ; : "}) or blanks: "{@code <script>x</script>@evil.com}" is no address a mail server
     * takes, and it would wait in the outbox for ever.
     */
    public static final String ADDRESS = "[^@\\s<>()\\[\\]\\\\,;:\"]+@[^@\\s<>()\\[\\]\\\\,;:\"]+"
            + "\\.[^@\\s<>()\\[\\]\\\\,;:\"]+";

    /** An address, or nothing: whether a field may stay empty is for {@code @NotBlank} to say, not this. */
    public static final String PATTERN = "|" + ADDRESS;


    private EmailAddresses() {
    }

    /**
     * The address as a mail server takes it: the part before the at sign as given, each label of the domain that is
     * not ASCII written in ASCII ("école" as "xn--cole-9oa", {@link IDN#toASCII}), which every mail server and DNS
     * reads, whereas a domain in Unicode needs a server that speaks SMTPUTF8 (RFC 6531). Empty when the domain cannot
     * be written so without becoming another one: a label too long, or one IDNA 2003 maps to other letters ("straße"
     * to "strasse", a domain of its own since IDNA 2008), which would send the person's mail to a stranger.
     */
    public static Optional<String> withAsciiDomain(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0 || isAscii(address.substring(at + 1))) {
            return Optional.of(address);
        }
        String[] labels = address.substring(at + 1).split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            if (isAscii(labels[i])) {
                continue;
            }
            String ascii;
            try {
                ascii = IDN.toASCII(labels[i], IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException unwritable) {
                return Optional.empty();
            }
            String typed = Normalizer.normalize(labels[i], Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (!IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED).equals(typed)) {
                return Optional.empty();
            }
            labels[i] = ascii;
        }
        return Optional.of(address.substring(0, at + 1) + String.join(".", labels));
    }

    /**
     * The address with its domain as people read it: in lower case, each label written in ASCII ("xn--cole-9oa") in
     * its letters ("école"), the part before the at sign as given. A domain is one name however it is written — "ÉCOLE.ca",
     * "école.ca" and "xn--cole-9oa.ca" are one —, so a person's key ({@code person.ContactDetails.normalizeEmail}) and
     * the outbox write it so. A label that is no valid Punycode, or reads as letters no domain has (ASCII only, or
     * capitals), is kept as written. "ecole.ca", without its accent, is another domain, and stays one.
     */
    public static String withUnicodeDomain(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return address;
        }
        String[] labels = address.substring(at + 1).toLowerCase(Locale.ROOT).split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].startsWith(ACE_PREFIX)) {
                String ascii = labels[i];
                labels[i] = Punycode.decode(ascii.substring(ACE_PREFIX.length()))
                        .filter(letters -> !isAscii(letters) && letters.equals(letters.toLowerCase(Locale.ROOT)))
                        .orElse(ascii);
            }
        }
        return address.substring(0, at + 1) + String.join(".", labels);
    }

    /** What begins a label written in ASCII (an "A-label", RFC 5890). */
    private static final String ACE_PREFIX = "xn--";

    /**
     * Whether the part before the at sign is ASCII: a mail server takes any other ("élève@…") only when it speaks
     * SMTPUTF8 (RFC 6531), and no ASCII form of it exists.
     */
    public static boolean hasAsciiLocalPart(String address) {
        int at = address.lastIndexOf('@');
        return isAscii(at < 0 ? address : address.substring(0, at));
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
