package ca.tremplin.kernel;

import java.sql.SQLIntegrityConstraintViolationException;

/**
 * A transaction the database refused because a unique key already holds the row it wrote: the same thing sent twice
 * at the same moment (a tablet sending a capture again while its first sending is still at work). Nothing of it was
 * written; sent again, it finds the row the other one wrote.
 */
public final class DuplicateKeys {

    /** MariaDB's and MySQL's "Duplicate entry ... for key". */
    private static final int DUPLICATE_ENTRY = 1062;
    /** MariaDB's and MySQL's "Cannot add or update a child row: a foreign key constraint fails". */
    private static final int PARENT_ROW_MISSING = 1452;

    private DuplicateKeys() {
    }

    /**
     * A row the database refused because what it names was deleted a moment before (MariaDB's and MySQL's "Cannot add
     * or update a child row: a foreign key constraint fails"): an application to an offer deleted as a mistake while
     * the form was being sent. Nothing of it was written; sent again, it finds what it names gone, and says so.
     */
    public static boolean parentGone(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException violation
                    && violation.getErrorCode() == PARENT_ROW_MISSING) {
                return true;
            }
        }
        return false;
    }

    public static boolean refused(Throwable failed) {
        return refused(failed, null);
    }

    /**
     * As {@link #refused(Throwable)}, by the unique key named {@code uniqueKey} (null: any), which the database names
     * in its message ("for key 'uk_…'", MySQL's after the table's name): another rule than the one the caller
     * explains stays a failure.
     */
    public static boolean refused(Throwable failed, String uniqueKey) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException violation
                    && violation.getErrorCode() == DUPLICATE_ENTRY
                    && (uniqueKey == null || String.valueOf(violation.getMessage()).contains(uniqueKey + "'"))) {
                return true;
            }
        }
        return false;
    }
}
