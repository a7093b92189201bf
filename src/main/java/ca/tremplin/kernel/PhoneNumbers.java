package ca.tremplin.kernel;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers from any country, as people type them: in international format ("+33 6 12 34 56 78",
 * "0033 6...", spaces, dots and dashes allowed), or national when the country of residence says which country
 * they belong to. Stored as E.164 ("+33612345678"), shown in international format.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** A number followed by its extension: "514 555-0199 poste 22", "+1 418 641 6411 ext. 5", "… x12", "… #3". */
    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile(
            "^(.*\\d)[\\s,;]*(?:ext\\.?|extension|poste|p\\.|x|#)\\s*(\\d{1,6})\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The number and its extension, for a text that ends in one; empty otherwise. A number is read without its
     * extension, which libphonenumber does not take as part of it when written this way.
     */
    public static Optional<String[]> numberAndExtension(String typed) {
        java.util.regex.Matcher extension = EXTENSION.matcher(typed.strip());
        return extension.matches() ? Optional.of(new String[] {extension.group(1), extension.group(2)})
                : Optional.empty();
    }

    /** The E.164 form of a valid number, or empty. {@code regionHint}: ISO country code for national numbers. */
    public static Optional<String> toE164(String typed, String regionHint) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        String text = typed.strip();
        // A letter ("43210x", "poste 12", "ext. 5") is not part of a number: read leniently, it would be dropped
        // without a word, an extension with it, since only the number itself is stored.
        if (text.codePoints().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        }
        try {
            PhoneNumber number = UTIL.parse(text, text.startsWith("+") ? null : regionHint);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * How a number typed without its country code was read with the country of residence, in international format
     * ("+212 6 12 34 56 78" for "06 12 34 56 78" and Morocco); empty for a number typed with its code, or unreadable.
     * A French mobile is written "06 12 34 56 78" too, and nothing on a form tells the two apart: the person is shown
     * the reading, to correct it when it is not theirs.
     */
    public static Optional<String> readNationally(String typed, String region) {
        if (typed == null || region == null || region.isBlank() || typed.strip().startsWith("+")
                || typed.strip().startsWith("00")) {
            return Optional.empty();
        }
        return toE164(typed, region).map(PhoneNumbers::formatted);
    }

    /** "+33 6 12 34 56 78" for "+33612345678"; what was given if it cannot be read. */
    public static String formatted(String e164) {
        if (e164 == null) {
            return "";
        }
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException unreadable) {
            return e164;
        }
    }
}
