package ca.tremplin.security;

import java.io.Serializable;
import java.util.function.IntFunction;

/**
 * The change history a record's page shows, kept by its view-scoped bean: how many lines it shows ("Show more" adds
 * {@link ChangeLines#STEP}), and the lines as last read, read again once the page changed the record.
 */
public final class ShownHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    private int shown = ChangeLines.STEP;
    private transient ChangeLines lines;

    /** The lines, read by {@code read} (given how many to show) unless read since the last change. */
    public ChangeLines lines(IntFunction<ChangeLines> read) {
        if (lines == null) {
            lines = read.apply(shown);
        }
        return lines;
    }

    public void showMore() {
        shown = ChangeLines.more(shown);
        lines = null;
    }

    /** The record changed: its history is read again when the page next shows it. */
    public void forget() {
        lines = null;
    }
}
