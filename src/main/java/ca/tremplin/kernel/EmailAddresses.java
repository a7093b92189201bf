package ca.tremplin.kernel;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Characters that show nothing: zero-width spaces and joiners, the byte-order mark, soft hyphens. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    /** Blanks at either end, Unicode's included (the no-break space that spreadsheets and web pages carry). */
    private static final Pattern EDGE_BLANKS = Pattern.compile("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$");
    /** "Awa Diop <awa@exemple.sn>", as mail programs copy an address: the part between the angle brackets. */
    private static final Pattern NAMED_ADDRESS = Pattern.compile("(?s)[^<>]*<([^<>]+)>[\\p{Z}\\s]*");
    private static final Pattern MAILTO = Pattern.compile("(?i)^mailto:");
    /** The dot a domain may end with when written as a fully qualified name ("exemple.org."), no part of an address. */
    private static final Pattern DOMAIN_FINAL_DOTS = Pattern.compile("(@[^@]*[^.@])\\.+$");

    /**
     * An address as a person typed, pasted or exported it, made what they meant: without invisible characters, the
     * blanks around it (no-break spaces included), a "mailto:" before it, the name around "Name &lt;address&gt;", or
     * a dot after the domain ("exemple.org."); in Unicode's compatibility form (NFKC), so that an "é" typed in one
     * piece or in two is the same, and an address typed with a keyboard in full-width mode ("ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ",
     * as Japanese and Chinese input methods write it) is the address it means. Whether it is usable is for the caller
     * to check; null stays null.
     */
    public static String asMeant(String typed) {
        if (typed == null) {
            return null;
        }
        String text = INVISIBLE.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("");
        text = EDGE_BLANKS.matcher(text).replaceAll("");
        Matcher named = NAMED_ADDRESS.matcher(text);
        if (named.matches()) {
            text = EDGE_BLANKS.matcher(named.group(1)).replaceAll("");
        }
        text = EDGE_BLANKS.matcher(MAILTO.matcher(text).replaceFirst("")).replaceAll("");
        return DOMAIN_FINAL_DOTS.matcher(text).replaceFirst("$1");
    }

    /**
     * The key an address is known by, whoever holds it (a person a centre follows, a member of staff): the address
     * {@link #asMeant as meant}, its domain in Unicode ({@link #withUnicodeDomain}), in lower case. "Amina@ÉCOLE.ca",
     * "amina@xn--cole-9oa.ca", "Amina Diallo &lt;amina@école.ca&gt;" and the address pasted with a zero-width space
     * are one. The part before the at sign is lower-cased too: mail servers in practice ignore its case. Null stays
     * null.
     */
    public static String key(String typed) {
        return typed == null ? null : withUnicodeDomain(asMeant(typed)).toLowerCase(Locale.ROOT);
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
