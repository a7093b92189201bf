package ca.tremplin.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The form in which text is indexed and searched: lower case, accents removed, punctuation turned to spaces.
 * "Mécanique d'entretien" and "mecanique entretien" meet here, whatever the database's collation does.
 */
public final class SearchText {

    /** MariaDB's InnoDB full-text index ignores shorter words (innodb_ft_min_token_size). */
    static final int SHORTEST_INDEXED_WORD = 3;

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Everything a person might type to find the item, in both languages, as one indexed text. */
    public static String of(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(SearchText::normalize)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
    }

    /**
     * A boolean-mode full-text query in which every typed word must match, as a prefix ("soud" finds
     * "soudage"), or {@code null} when nothing searchable was typed. Operators typed by the person are
     * removed by the normalisation, so the query cannot be malformed.
     */
    public static String booleanQuery(String typed) {
        String words = Arrays.stream(normalize(typed).split(" "))
                .filter(word -> word.length() >= SHORTEST_INDEXED_WORD)
                .limit(10)
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? null : words;
    }

    /** "DEP 5298 — Mécanique automobile" becomes "dep-5298-mecanique-automobile". */
    public static String slug(String... parts) {
        String slug = of(parts).replace(' ', '-');
        return slug.length() <= 180 ? slug : slug.substring(0, 180).replaceAll("-+$", "");
    }
}
