package ca.tremplin.leadimport;

/**
 * A row of the preview as it will be imported: its line, the person read from it, and what will happen —
 * created, merged into an existing lead, skipped (already registered, or a duplicate in the file), or failed with
 * the reasons.
 */
public record PreviewRow(long line, String name, String email, String phone, String country, boolean attended,
                         Outcome outcome, String reason) {

    public enum Outcome { CREATE, MERGE, SKIP, FAIL }
}
