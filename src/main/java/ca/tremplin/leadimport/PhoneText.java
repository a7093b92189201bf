package ca.tremplin.leadimport;

import ca.tremplin.kernel.PhoneNumbers;
import java.util.Optional;

/**
 * A phone number as lists really hold it, read in the order that loses nobody: in the person's country of
 * residence; else as an international number (a leading + or 00 is read by {@link PhoneNumbers} whatever the
 * country); else as a North-American number, since recruiters' lists of people living abroad are full of the
 * Canadian and American numbers they use here; else as an international number whose + a spreadsheet dropped
 * ("33612345678"). Empty when none of these is a valid number: the phone is then left out with a warning.
 */
final class PhoneText {

    private PhoneText() {
    }

    /**
     * The number and its extension, for a text that ends in one; empty otherwise. A phone is kept as a number only
     * (E.164), so a list's extension is left out, and said so, rather than making the whole number unreadable.
     */
    static Optional<String[]> numberAndExtension(String typed) {
        return PhoneNumbers.numberAndExtension(typed);
    }

    /** A number a data tool wrote as a decimal ("5145550199.0": a column of numbers with a blank in it). */
    private static final java.util.regex.Pattern AS_DECIMAL = java.util.regex.Pattern.compile("(\\d{7,15})[.,]0+");

    static Optional<String> e164(String typed, String countryOfResidence) {
        java.util.regex.Matcher decimal = AS_DECIMAL.matcher(typed.strip());
        if (decimal.matches()) {
            typed = decimal.group(1);
        }
        Optional<String> read = PhoneNumbers.toE164(typed, countryOfResidence);
        if (read.isEmpty()) {
            read = PhoneNumbers.toE164(typed, "CA");
        }
        String digits = typed.replaceAll("[\\s.()\\-]", "");
        if (read.isEmpty() && digits.matches("[1-9]\\d{7,14}")) {
            read = PhoneNumbers.toE164("+" + digits, null);
        }
        return read;
    }
}
