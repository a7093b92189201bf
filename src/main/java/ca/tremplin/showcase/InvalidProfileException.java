package ca.tremplin.showcase;

import java.util.Map;

/** The form broke rules: each field named with the bundle key of its message. Nothing was stored. */
public class InvalidProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    InvalidProfileException(Map<String, String> problems) {
        super("invalid profile: " + problems.keySet());
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    /** Field name → bundle key, in the form's order. */
    public Map<String, String> problems() {
        return problems;
    }
}
