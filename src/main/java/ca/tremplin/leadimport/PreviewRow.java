package ca.tremplin.leadimport;

import java.util.Locale;

/**
 * A row of the preview as it will be imported: its line, the person read from it, the minutes it counts, and what
 * will happen — created, merged into an existing lead, added to a registration (the person's registration to the
 * event, or a row of the same person higher in the file: one registration, the time adding up), skipped (someone who
 * ran the event, with the reason), or failed with the reasons. A created, merged or added row may carry warnings in
 * {@code reason}: values left out.
 */
public record PreviewRow(long line, String name, String email, String phone, String country, boolean attended,
                         Integer minutes, Outcome outcome, String reason) implements java.io.Serializable {

    /** A line the parser cannot read (a quote never closed): its line and why; the import fails it alone. */
    static PreviewRow unreadable(ImportProblem problem, Locale language) {
        return new PreviewRow(((Number) problem.arguments()[0]).longValue(), null, null, null, null, false, null,
                Outcome.UNREADABLE, problem.localizedMessage(language));
    }

    public enum Outcome { CREATE, MERGE, JOIN, SKIP, FAIL, UNREADABLE }
}
