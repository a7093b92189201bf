package ca.tremplin.event;

import ca.tremplin.kernel.BusinessRuleException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The languages an event is held in, as staff type them: codes in any case ("FR, EN") or names in French or English
 * ("français, anglais", "Spanish"), separated by commas, semicolons or slashes. What cannot be read is refused with
 * its words, rather than dropped: an event said to be in French only when it is in English too loses its visitors.
 */
final class EventLanguages {

    /** The column holds "fr,en,…" in 20 characters: six languages. */
    static final int MOST = 6;

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            for (Locale in : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                String name = language.getDisplayLanguage(in);
                if (!name.isBlank() && !name.equalsIgnoreCase(code)) {
                    BY_NAME.putIfAbsent(key(name), code);
                }
            }
        }
    }

    private EventLanguages() {
    }

    /** The codes, in the order typed, without repeats; empty text is French. */
    static List<String> parse(String typed) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : (typed == null ? "" : typed).split("[,;/]")) {
            String word = part.strip();
            if (word.isEmpty()) {
                continue;
            }
            String code = code(word);
            if (code == null) {
                unknown.add(word);
            } else {
                codes.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("event.invalid.languages", String.join(", ", unknown));
        }
        if (codes.size() > MOST) {
            throw new BusinessRuleException("event.invalid.tooManyLanguages", MOST);
        }
        return codes.isEmpty() ? List.of("fr") : List.copyOf(codes);
    }

    private static String code(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.matches("[a-z]{2}") && List.of(Locale.getISOLanguages()).contains(lower)) {
            return lower;
        }
        return BY_NAME.get(key(word));
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .strip();
    }
}
