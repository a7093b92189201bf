package ca.tremplin.kernel;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while a count is open, so that a test can show
 * a page reads a fixed handful of statements however much data is behind it (no N+1). Costs one thread-local read
 * per statement otherwise. Declared in persistence.xml.
 */
public class StatementCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    /** Runs the work and answers how many statements it issued on this thread. */
    public static int count(Runnable work) {
        int[] count = new int[1];
        COUNT.set(count);
        try {
            work.run();
            return count[0];
        } finally {
            COUNT.remove();
        }
    }
}
