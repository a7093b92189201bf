package ca.tremplin.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The envelope sender each message leaves with, where mail servers send its bounces: the bounce address
 * ({@code TREMPLIN_BOUNCE_ADDRESS}, e.g. {@code bounces@tremplin.example.org}) with the message's number and a short
 * keyed tag after a plus sign, {@code bounces+4127-9f2c61d0e8ab@tremplin.example.org} (VERP). A bounce names the
 * message it is about by the address it was sent to, whatever the reporting server copies of the original; the tag,
 * an HMAC of the number under the server's key ({@link ca.tremplin.kernel.KeyedHashes}), makes a report forged for
 * another number worth nothing: without the key nobody can write a tag that verifies.
 *
 * <p>Without a bounce address, messages leave with the mail session's sender as before, and no bounce is read.
 */
public final class ReturnPath {

    /** The variable naming the bounce address; none, no return path of our own. */
    static final String VARIABLE = "TREMPLIN_BOUNCE_ADDRESS";

    /** Hexadecimal digits of the tag: 48 bits, which nobody guesses for a chosen number. */
    static final int TAG_LENGTH = 12;

    private static final Pattern TAGGED = Pattern.compile("(.+)\\+(\\d{1,18})-([0-9a-fA-F]{" + TAG_LENGTH + "})");

    private final String localPart;
    private final String domain;
    private final UnaryOperator<String> keyedHash;

    ReturnPath(String bounceAddress, UnaryOperator<String> keyedHash) {
        int at = bounceAddress.lastIndexOf('@');
        if (at <= 0 || at == bounceAddress.length() - 1 || bounceAddress.indexOf('+') >= 0
                || bounceAddress.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>')) {
            throw new IllegalStateException(VARIABLE + " must be a plain address without a plus sign, such as"
                    + " bounces@tremplin.example.org; it is \"" + bounceAddress + "\"");
        }
        this.localPart = bounceAddress.substring(0, at);
        this.domain = bounceAddress.substring(at + 1);
        this.keyedHash = keyedHash;
    }

    /** The return path the environment configures, if any. */
    static Optional<ReturnPath> configured() {
        String address = System.getenv(VARIABLE);
        return address == null || address.isBlank() ? Optional.empty()
                : Optional.of(new ReturnPath(address.strip(), ca.tremplin.kernel.KeyedHashes::hash));
    }

    /** The envelope sender of the outbox's message {@code messageId}. */
    String forMessage(long messageId) {
        return localPart + "+" + messageId + "-" + tag(messageId) + "@" + domain;
    }

    /**
     * The outbox's message a bounce sent to {@code address} is about: empty when the address is not one of ours, or
     * its tag is not the one we wrote (forged, or mangled on the way). Capitals aside: some servers lower-case a
     * return path.
     */
    OptionalLong messageOf(String address) {
        if (address == null) {
            return OptionalLong.empty();
        }
        String bare = address.strip();
        if (bare.startsWith("<") && bare.endsWith(">")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        int at = bare.lastIndexOf('@');
        if (at <= 0 || !bare.substring(at + 1).equalsIgnoreCase(domain)) {
            return OptionalLong.empty();
        }
        Matcher tagged = TAGGED.matcher(bare.substring(0, at));
        if (!tagged.matches() || !tagged.group(1).equalsIgnoreCase(localPart)) {
            return OptionalLong.empty();
        }
        long messageId;
        try {
            messageId = Long.parseLong(tagged.group(2));
        } catch (NumberFormatException tooLong) {
            return OptionalLong.empty();
        }
        // Compared in constant time: how long a wrong tag took to refuse tells nothing of the right one.
        boolean ours = MessageDigest.isEqual(tag(messageId).getBytes(StandardCharsets.US_ASCII),
                tagged.group(3).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        return ours ? OptionalLong.of(messageId) : OptionalLong.empty();
    }

    /** Whether {@code address} is at the bounce address's domain and starts with its name: worth checking. */
    boolean looksLikeOurs(String address) {
        return address != null && address.toLowerCase(Locale.ROOT).contains(
                (localPart + "+").toLowerCase(Locale.ROOT));
    }

    private String tag(long messageId) {
        return keyedHash.apply("return-path " + messageId).substring(0, TAG_LENGTH).toLowerCase(Locale.ROOT);
    }
}
