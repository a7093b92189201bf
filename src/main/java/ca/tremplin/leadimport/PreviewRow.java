package ca.tremplin.leadimport;

/**
 * A row of the preview as it will be imported: its line, the person read from it, the minutes it counts, and what
 * will happen — created, merged into an existing lead, skipped (already registered, a duplicate in the file, or
 * someone who ran the event, with the reason), or failed with the reasons. A created or merged row may carry
 * warnings in {@code reason}: values left out.
 */
public record PreviewRow(long line, String name, String email, String phone, String country, boolean attended,
                         Integer minutes, Outcome outcome, String reason) implements java.io.Serializable {

    public enum Outcome { CREATE, MERGE, SKIP, FAIL }
}
