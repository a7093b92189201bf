package ca.tremplin.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What tells a person apart in free text that no column links to them — a row of an imported list, an uploaded
 * file: every address they were known by, their names, and the last digits of each phone (a list writes a phone as
 * the person typed it, "+221 77 765 43 21" or "77 765 43 21", so the digits are compared, not the E.164 form).
 */
public record PersonTraits(Set<String> emails, List<Name> names, Set<String> phoneDigits) {

    /** The last digits of a phone that identify it whatever its prefix was written as. */
    static final int PHONE_DIGITS = 8;

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A first and a last name, both of which must appear for a text to name the person. */
    public record Name(String first, String last) {
    }

    /**
     * Whether a text names any of these people: one of their addresses, both their names, or a phone's last digits.
     * The text is read once however many people there are (an erasure of a slice of hundreds of people reads every
     * row of the centre's import reports): addresses are looked for at each "@" of the text, grouped by domain; the
     * phones' last digits in a set, against each run of that many digits of the text, whatever spaces or prefix
     * separate them; a name where each word of the first and the last name is a word of the text, in any case and
     * order ("DUPONT, Marie-Ève" names Marie-Ève Dupont; "Anne" is not found in "Joanne").
     */
    public static Predicate<String> mentionOfAny(List<PersonTraits> people) {
        Map<String, List<String>> localPartsByDomain = new HashMap<>();
        Set<String> phones = new HashSet<>();
        Map<String, List<Set<String>>> namesByFirstWord = new HashMap<>();
        for (PersonTraits person : people) {
            for (String email : person.emails()) {
                int at = email.lastIndexOf('@');
                localPartsByDomain.computeIfAbsent(email.substring(at + 1), d -> new ArrayList<>())
                        .add(email.substring(0, at + 1));
            }
            phones.addAll(person.phoneDigits());
            for (Name name : person.names()) {
                List<String> words = words(name.first() + " " + name.last());
                if (!words.isEmpty()) {
                    namesByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(Set.copyOf(words));
                }
            }
        }
        return text -> {
            if (text == null || text.isEmpty()) {
                return false;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
                for (Map.Entry<String, List<String>> domain : localPartsByDomain.entrySet()) {
                    if (lower.startsWith(domain.getKey(), at + 1)) {
                        for (String localPart : domain.getValue()) {
                            int from = at + 1 - localPart.length();
                            if (from >= 0 && lower.startsWith(localPart, from)) {
                                return true;
                            }
                        }
                    }
                }
            }
            if (!phones.isEmpty()) {
                String digits = lower.replaceAll("[^0-9]", "");
                for (int from = 0; from + PHONE_DIGITS <= digits.length(); from++) {
                    if (phones.contains(digits.substring(from, from + PHONE_DIGITS))) {
                        return true;
                    }
                }
            }
            if (!namesByFirstWord.isEmpty()) {
                Set<String> words = new HashSet<>(words(lower));
                for (String word : words) {
                    for (Set<String> name : namesByFirstWord.getOrDefault(word, List.of())) {
                        if (words.containsAll(name)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        };
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
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
