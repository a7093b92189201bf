package ca.tremplin.security;

import java.util.List;
import java.util.Map;

/**
 * A record's change history as its page shows it: the newest lines, who made each by name, and whether older ones
 * are left for "Show more". Read by {@code WEB-INF/templates/change-history.xhtml}.
 */
public record ChangeLines(List<StaffChange> lines, Map<Long, String> actors, boolean more) {

    /** The most lines a page shows at first, and how many more each "Show more" adds. */
    public static final int STEP = 20;

    /** The most lines a page ever shows: past that, the oldest are for the database's own records. */
    public static final int MOST = 200;

    public static final ChangeLines NONE = new ChangeLines(List.of(), Map.of(), false);

    /** Who made the change: their name, "—" for an account since removed, null for the platform itself. */
    public String who(StaffChange change) {
        return change.getActorId() == null ? null : actors.getOrDefault(change.getActorId(), "—");
    }

    /** The number of lines to ask for after "Show more", given how many are shown. */
    public static int more(int shown) {
        return Math.min(MOST, shown + STEP);
    }
}
