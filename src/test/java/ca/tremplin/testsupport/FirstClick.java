package ca.tremplin.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

/**
 * The first of two clicks at the same moment, played by the test so that the race is the same every run: a
 * transaction of its own writes the row the first click would write, and commits only once the server's statement
 * for the second click is running, that is, waiting for that row's lock. The second click then meets the first's row
 * exactly as a double click does (a duplicate key once the first commits). The database lists the statements of the
 * test's own account without the PROCESS privilege.
 */
public final class FirstClick {

    /** Where the test's connections come from: the server's data source in the server, the driver outside it. */
    public interface Connections {
        Connection open() throws SQLException;
    }

    private static final long MOST_WAIT_MILLIS = 30_000;

    private final Connections connections;
    private final Connection held;
    /** Whether the second click's statement was seen waiting before the first committed. */
    private volatile boolean met;
    /** What the first click writes once the second is waiting, before it commits; none unless {@link #thenWriting}. */
    private String[] later = {};
    /** Why the database refused what was written once the second click waited (a deadlock); null when it took it. */
    private volatile SQLException laterRefused;

    /** Writes, in a transaction left open, the statements of the first click. */
    public FirstClick(Connections connections, String... writes) throws SQLException {
        this.connections = connections;
        this.held = connections.open();
        held.setAutoCommit(false);
        try (Statement write = held.createStatement()) {
            for (String statement : writes) {
                write.execute(statement);
            }
        }
    }

    /**
     * The first click as a copy of one row of {@code table} (the first {@code where} finds), with a new id and the
     * columns {@code changes} sets (an SQL SET list): the row the first click would write, without listing its columns.
     */
    public static FirstClick copying(Connections connections, String table, String where, String changes)
            throws SQLException {
        String columns = String.join(", ", writtenColumns(connections, table));
        return new FirstClick(connections, "drop temporary table if exists first_click",
                "create temporary table first_click as select * from " + table + " where " + where + " limit 1",
                "update first_click set id = (select max(id) + 1000 from " + table + "), " + changes,
                // The columns the database computes itself (the lead's search text) take no value.
                "insert into " + table + " (" + columns + ") select " + columns + " from first_click",
                // The connection goes back to its pool: nothing of the copy stays with it.
                "drop temporary table first_click");
    }

    /** The table's columns in their order, but those the database generates. */
    private static java.util.List<String> writtenColumns(Connections connections, String table) throws SQLException {
        java.util.List<String> columns = new java.util.ArrayList<>();
        try (Connection connection = connections.open();
             PreparedStatement query = connection.prepareStatement("select column_name from information_schema.columns"
                     + " where table_schema = database() and table_name = ? and extra not like '%GENERATED%'"
                     + " order by ordinal_position")) {
            query.setString(1, table.replace("`", ""));
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    columns.add("`" + found.getString(1) + "`");
                }
            }
        }
        return columns;
    }

    /**
     * What the first click writes once the second click's statement waits for its rows, then commits: the later steps
     * of work that locks one row, then others (an erasure: the person, then their applications). Written too when the
     * wait runs out, so that a second click that waits elsewhere, holding one of those rows, meets them as it would.
     */
    public FirstClick thenWriting(String... writes) {
        this.later = writes.clone();
        return this;
    }

    /**
     * What the database said when it refused the writes of {@link #thenWriting} (a deadlock with the second click, the
     * first click rolled back whole); null when they were written and committed.
     */
    public SQLException laterRefused() {
        return laterRefused;
    }

    /**
     * Runs the second click, the first committing once a server statement like {@code runningLike} (SQL's LIKE)
     * waits for its row; returns what the second click returned.
     */
    public <T> T meets(String runningLike, Callable<T> secondClick) throws Exception {
        Thread committer = new Thread(() -> commitOnceRunning(runningLike));
        committer.start();
        try {
            return secondClick.call();
        } finally {
            committer.join();
            held.close();
        }
    }

    /**
     * Whether, by the time {@link #meets} returned, a statement like the one it named was seen waiting for the first
     * click's rows: false when the first committed only because the wait ran out, the second click having never
     * waited there (it went another way, or waited on another statement).
     */
    public boolean met() {
        return met;
    }

    private void commitOnceRunning(String runningLike) {
        try (Connection watch = connections.open();
             PreparedStatement running = watch.prepareStatement(
                     "select count(*) from information_schema.processlist where info like ?")) {
            running.setString(1, runningLike);
            long deadline = System.currentTimeMillis() + MOST_WAIT_MILLIS;
            while (System.currentTimeMillis() < deadline && !met) {
                met = seen(running);
                Thread.onSpinWait();
            }
        } catch (SQLException unreadable) {
            // committed all the same: the second click then answers its way, and the test says so
        } finally {
            writeLater();
            try {
                held.commit();
            } catch (SQLException failed) {
                throw new IllegalStateException(failed);
            }
        }
    }

    private void writeLater() {
        try (Statement write = held.createStatement()) {
            for (String statement : later) {
                write.execute(statement);
            }
        } catch (SQLException refused) {
            laterRefused = refused;
            try {
                held.rollback();
            } catch (SQLException failed) {
                throw new IllegalStateException(failed);
            }
        }
    }

    private static boolean seen(PreparedStatement running) throws SQLException {
        try (ResultSet count = running.executeQuery()) {
            return count.next() && count.getLong(1) > 0;
        }
    }
}
