package ca.tremplin.kernel;

import java.util.Locale;

/**
 * Turns what a person typed in a filter box into a safe SQL {@code like} pattern. Its escape character is "!", named
 * in each query ({@link #ESCAPE}): without one, Hibernate's MariaDB dialect has the database read a backslash as text,
 * doubling any that escaped a "%" or a "_" ("jean_paul@" then found no one).
 */
public final class LikePattern {

    /** What follows each {@code like} of a pattern made here: {@code u.email like :filter escape '!'}. */
    public static final String ESCAPE = " escape '!'";

    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’ʼ‘]");

    private LikePattern() {
    }

    /**
     * "{@code %text%}" in lower case with {@code %}, {@code _} and {@code !} escaped and an apostrophe of any kind
     * matching any, or {@code null} when nothing was typed (queries read {@code :filter is null} as "no filter").
     */
    public static String containing(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String escaped = escaped(typed.strip().toLowerCase(Locale.ROOT));
        // An apostrophe typed straight or curly (a phone's, Word's: "l’eau", "O’Brien") matches either as stored.
        return "%" + APOSTROPHES.matcher(escaped).replaceAll("_") + "%";
    }

    /** A "%" or "_" typed, looked for as itself: behind {@link #ESCAPE}'s character. */
    public static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
