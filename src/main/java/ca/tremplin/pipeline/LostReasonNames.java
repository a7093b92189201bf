package ca.tremplin.pipeline;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two lost reasons are one: the reports count lost leads by the reason's words, so "Visa refusé", "visa refusé
 * 🛂", "Visa refusé !" and "Visa-refusé" would split the same leads into several lines. Two reasons are the same once
 * capitals, accents, emoji and other pictographs, punctuation and blanks are set aside: only their letters and digits
 * count.
 */
final class LostReasonNames {

    private LostReasonNames() {
    }

    /**
     * What of a reason is compared: its letters (without their accents, in small letters) and digits, in order.
     * Empty for a reason made of nothing else (an emoji alone), which is then compared as it is written.
     */
    static String comparable(String label) {
        if (label == null) {
            return "";
        }
        // Compatibility decomposition: accents become marks of their own, and letters written in another form
        // (full-width, ligatures such as "ﬁ") the plain ones; marks, symbols, emoji, punctuation and blanks are dropped.
        String decomposed = Normalizer.normalize(label, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the two reasons would count as one: their letters and digits alike, or written alike. */
    static boolean same(String one, String other) {
        String comparable = comparable(one);
        return comparable.isEmpty() ? one.equalsIgnoreCase(other) : comparable.equals(comparable(other));
    }
}
