package ca.tremplin.kernel;

import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;

/**
 * Work in a transaction of its own that the database may roll back to end a deadlock or a lock wait with other work
 * running beside it (the parts of an import's undo, the slices of a retention run): nothing of it was written, so
 * it is tried again, a few times. Any other failure is the caller's at once.
 */
public final class RolledBackRetries {

    /** Tries in all, the first included. */
    public static final int ATTEMPTS = 3;

    private RolledBackRetries() {
    }

    public static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failed) {
                if (attempt == ATTEMPTS || !rolledBackByTheDatabase(failed)) {
                    throw failed;
                }
            }
        }
    }

    /**
     * The same thing sent twice at the same moment (a double click), the second refused by the database: a unique
     * key the first one's row already holds, a deadlock or a lock wait between the two, or a version the first one
     * moved. Nothing of the refused one
     * was written; tried again, it finds what the first one wrote.
     */
    public static boolean raced(Throwable failed) {
        if (rolledBackByTheDatabase(failed) || DuplicateKeys.refused(failed)) {
            return true;
        }
        // Or the row's version moved under it: the first one changed it a moment before.
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** A deadlock or a lock wait timeout: the database rolled the transaction back and it may be tried again. */
    static boolean rolledBackByTheDatabase(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
