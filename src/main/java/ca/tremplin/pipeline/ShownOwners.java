package ca.tremplin.pipeline;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The owner each lead had as the list showed it, for a bulk assignment to leave alone the leads a colleague took
 * since — by hand on the lead's page, or by a bulk assignment of their own — rather than take them from them unseen.
 * The list's row keys carry it ({@link #key}: "412-7", lead 412 shown with owner 7; "412-", shown without one), so
 * the rows a browser sends back ticked name the owners the person saw, whatever page they ticked them on. A lead
 * chosen without a key that names its owner (a key of its id alone) is taken as it stands.
 */
public final class ShownOwners implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Nothing known of what the list showed: every lead is taken as it stands. */
    public static final ShownOwners NONE = new ShownOwners(Map.of());

    private static final char SEPARATOR = '-';

    /** Each lead's owners as shown (null: nobody); a lead shown twice, once before a change, has both. */
    private final Map<Long, Set<Long>> shown;

    private ShownOwners(Map<Long, Set<Long>> shown) {
        this.shown = shown;
    }

    /** A row's key on the list: the lead and the owner it was shown with. */
    static String key(long leadId, Long ownerId) {
        return leadId + String.valueOf(SEPARATOR) + (ownerId == null ? "" : ownerId);
    }

    /** The lead a row's key names; a key of the id alone is read too. */
    static long leadId(String key) {
        int separator = key.indexOf(SEPARATOR);
        return Long.parseLong(separator < 0 ? key.strip() : key.substring(0, separator).strip());
    }

    /** The owner a row's key names; null for nobody, or for a key that names no owner. */
    static Long ownerId(String key) {
        int separator = key.indexOf(SEPARATOR);
        String owner = separator < 0 ? "" : key.substring(separator + 1).strip();
        return owner.isEmpty() ? null : Long.valueOf(owner);
    }

    /**
     * The owners the rows sent back name: {@code posted}, the table's ticked rows as the browser sends them, keys
     * separated by commas. A key that cannot be read, or names no owner, tells nothing.
     */
    static ShownOwners read(String posted) {
        if (posted == null || posted.isBlank()) {
            return NONE;
        }
        Map<Long, Set<Long>> shown = new HashMap<>();
        for (String key : posted.split(",")) {
            if (key.indexOf(SEPARATOR) < 0) {
                continue;
            }
            try {
                long leadId = leadId(key);
                Long ownerId = ownerId(key);
                shown.computeIfAbsent(leadId, id -> new HashSet<>()).add(ownerId);
            } catch (NumberFormatException unreadable) {
                // Not a key the list wrote: the lead, if any, is taken as it stands.
            }
        }
        return new ShownOwners(shown);
    }

    /** The owners of rows as they were read from the database: the whole list chosen by its count. */
    static ShownOwners of(Collection<LeadRow> rows) {
        Map<Long, Set<Long>> shown = new HashMap<>();
        rows.forEach(row -> shown.computeIfAbsent(row.id(), id -> new HashSet<>()).add(row.ownerId()));
        return new ShownOwners(shown);
    }

    /**
     * Whether the lead's owner now ({@code ownerNow}, null: nobody) is none the list showed it with: someone gave it
     * to another member of staff, or took it from whoever had it, since. False for a lead whose owner was not shown.
     */
    boolean changedSince(long leadId, Long ownerNow) {
        Set<Long> owners = shown.get(leadId);
        return owners != null && !owners.contains(ownerNow);
    }
}
