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
