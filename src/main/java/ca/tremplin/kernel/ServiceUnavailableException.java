package ca.tremplin.kernel;

import java.net.ConnectException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached: nothing was written, and the same request can be sent again in a moment.
 * Pages answer with a "temporarily unavailable, please retry" message, the API with 503 and Retry-After.
 */
public class ServiceUnavailableException extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 30;

    public ServiceUnavailableException(Throwable cause) {
        super("Database unreachable", cause);
    }

    /**
     * Whether a failure comes from an unreachable database (no connection from the pool, refused or lost
     * connection) rather than from the request itself.
     */
    public static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause.getClass().getName().startsWith("jakarta.resource.")
                    || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08"))
                    // The database went away in the middle of a request: Connector/J has closed the connection's
                    // statements, and the next use says so (SQLState S1009) rather than naming the lost link.
                    || (cause instanceof java.sql.SQLException closed && closed.getMessage() != null
                        && closed.getMessage().startsWith("No operations allowed after"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
