package ca.tremplin.kernel;

import java.util.Locale;

/**
 * What a table cell or a detail shows for a value nobody gave — a wage, a recruiter, a median of no stays: a dash,
 * {@value #MARK}, which a screen reader reads "dash", or nothing at all. Pages and the services that name things for
 * them return {@link #MARK} for such a value; wherever it is written as a page's text, it is written as it looks and
 * said in the reader's language, {@link #spoken} ("non précisé", "not given"): the back office and the public pages
 * through {@code web.SpokenMissingValues}, a copy of a person's data through {@link #html}. Exports keep their own
 * convention — an empty cell —, since a spreadsheet's reader sorts and sums them.
 */
public final class MissingValue {

    /** The mark a missing value is shown with. */
    public static final String MARK = "—";

    /** The key of the words a screen reader says for the mark. */
    static final String SPOKEN_KEY = "missing.value";

    private MissingValue() {
    }

    /** A value, or the mark when it is null or blank. */
    public static String orMark(String value) {
        return value == null || value.isBlank() ? MARK : value;
    }

    /** Whether a text written on its own is the mark, and so a value nobody gave. */
    public static boolean isMark(Object text) {
        return text != null && MARK.equals(text.toString());
    }

    /** What a screen reader says for the mark, in the reader's language. */
    public static String spoken(Locale reader) {
        return Messages.get(reader, SPOKEN_KEY);
    }

    /**
     * The mark as HTML, for a page written without Faces: seen as the dash, heard as {@link #spoken}; the page's
     * style must hide {@code visually-hidden} as the application's does.
     */
    public static String html(Locale reader) {
        return "<span aria-hidden=\"true\">" + MARK + "</span><span class=\"visually-hidden\">"
                + spoken(reader).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</span>";
    }
}
