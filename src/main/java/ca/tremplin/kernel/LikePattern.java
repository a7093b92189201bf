package ca.tremplin.kernel;

import java.util.Locale;

/** Turns what a person typed in a filter box into a safe SQL {@code like} pattern. */
public final class LikePattern {

    private LikePattern() {
    }

    /**
     * "{@code %text%}" in lower case with {@code %}, {@code _} and {@code \} escaped, or {@code null} when
     * nothing was typed (queries read {@code :filter is null} as "no filter").
     */
    public static String containing(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String escaped = typed.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
