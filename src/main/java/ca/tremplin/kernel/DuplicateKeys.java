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

    private DuplicateKeys() {
    }

    public static boolean refused(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException violation
                    && violation.getErrorCode() == DUPLICATE_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
