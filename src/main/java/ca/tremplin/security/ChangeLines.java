package ca.tremplin.security;

import ca.tremplin.kernel.MissingValue;
import java.util.List;
import java.util.Map;

/**
 * A record's change history as its page shows it: the newest lines, who made each by name, and whether older ones
 * are left for "Show more". Read by {@code WEB-INF/templates/change-history.xhtml}.
 */
public record ChangeLines(List<StaffChange> lines, Map<Long, String> actors, boolean more) {

    /**
     * The most lines a page shows at first, and how many more each "Show more" adds: the most recent fifty, as an
     * account's page shows its own.
     */
    public static final int STEP = StaffChanges.MOST_SHOWN;

    /**
     * The most characters of a line's detail a page shows at once: a line of a table, not a field's two whole values
     * (an online meeting's address, the list of a program's centres), which the reader opens below it.
     */
    public static final int SHOWN_DETAIL = 160;

    /** The most lines a page ever shows: past that, the oldest are for the database's own records. */
    public static final int MOST = 200;

    public static final ChangeLines NONE = new ChangeLines(List.of(), Map.of(), false);

    /** Who made the change: their name, "—" for an account since removed, null for the platform itself. */
    public String who(StaffChange change) {
        return change.getActorId() == null ? null : actors.getOrDefault(change.getActorId(), MissingValue.MARK);
    }

    /**
     * The line's detail in the reader's words cut to {@link #SHOWN_DETAIL} characters, for a page that shows the whole
     * on demand; null when it is short enough to be shown whole.
     */
    public String shortenedDetail(StaffChange change, java.util.Locale language) {
        String whole = change.detailIn(language);
        String shortened = ca.tremplin.kernel.ShortenedText.of(whole, SHOWN_DETAIL);
        return shortened == null || shortened.equals(whole) ? null : shortened;
    }

    /** The number of lines to ask for after "Show more", given how many are shown. */
    public static int more(int shown) {
        return Math.min(MOST, shown + STEP);
    }
}
