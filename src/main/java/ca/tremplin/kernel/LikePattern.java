package ca.tremplin.kernel;

import java.util.Locale;

/** Turns what a person typed in a filter box into a safe SQL {@code like} pattern. */
public final class LikePattern {

    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’ʼ‘]");

    private LikePattern() {
    }

    /**
     * "{@code %text%}" in lower case with {@code %}, {@code _} and {@code \} escaped and an apostrophe of any kind
     * matching any, or {@code null} when nothing was typed (queries read {@code :filter is null} as "no filter").
     */
    public static String containing(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String escaped = typed.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        // An apostrophe typed straight or curly (a phone's, Word's: "l’eau", "O’Brien") matches either as stored.
        return "%" + APOSTROPHES.matcher(escaped).replaceAll("_") + "%";
    }
}
