package ca.tremplin.showcase;

import java.util.Map;

/** The form broke rules: each field named with the bundle key of its message. Nothing was stored. */
public class InvalidProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;
    /** The photo of the attempt, read and fit to show, which the form keeps for the next one; null without one. */
    private final transient ca.tremplin.photo.ProcessedPhoto photo;

    InvalidProfileException(Map<String, String> problems) {
        this(problems, null);
    }

    InvalidProfileException(Map<String, String> problems, ca.tremplin.photo.ProcessedPhoto photo) {
        super("invalid profile: " + problems.keySet());
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
        this.photo = photo;
    }

    /** The photo the person gave, taken though the rest was refused: they need not choose it again. */
    public ca.tremplin.photo.ProcessedPhoto photo() {
        return photo;
    }

    /** Field name → bundle key, in the form's order. */
    public Map<String, String> problems() {
        return problems;
    }
}
