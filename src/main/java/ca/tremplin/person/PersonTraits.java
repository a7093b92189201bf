package ca.tremplin.person;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What tells a person apart in free text that no column links to them — a row of an imported list, an uploaded
 * file: every address they were known by, their names, and the last digits of each phone (a list writes a phone as
 * the person typed it, "+221 77 765 43 21" or "77 765 43 21", so the digits are compared, not the E.164 form).
 */
public record PersonTraits(Set<String> emails, List<Name> names, Set<String> phoneDigits) {

    /** The last digits of a phone that identify it whatever its prefix was written as. */
    static final int PHONE_DIGITS = 8;

    /** A first and a last name, both of which must appear for a text to name the person. */
    public record Name(String first, String last) {
    }

    /** True when the text names the person: one of their addresses, both their names, or a phone's digits. */
    public boolean mentionedIn(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String email : emails) {
            if (lower.contains(email)) {
                return true;
            }
        }
        for (Name name : names) {
            if (lower.contains(name.first()) && lower.contains(name.last())) {
                return true;
            }
        }
        if (!phoneDigits.isEmpty()) {
            String digits = lower.replaceAll("[^0-9]", "");
            for (String phone : phoneDigits) {
                if (digits.contains(phone)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The identifying tail of a phone number, or null when it has too few digits to tell anyone apart. */
    static String phoneTail(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < PHONE_DIGITS ? null : digits.substring(digits.length() - PHONE_DIGITS);
    }

    static String lower(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
