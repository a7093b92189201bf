package ca.tremplin.leadimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Many rows in few statements: one {@code INSERT ... VALUES (...), (...)} per slice of rows (the same SQL that
 * Connector/J's {@code rewriteBatchedStatements} writes, said here so that it does not depend on the driver's
 * settings), and {@code IN (...)} lists with one placeholder per value. Only placeholders are ever added to the
 * text; values always go as parameters. Instants are written as UTC, as Hibernate writes them
 * ({@code hibernate.jdbc.time_zone}), and to the microsecond ({@link ca.tremplin.kernel.TimesToTheMicrosecond}).
 */
final class SqlRows {

    /** Rows per statement: well under MySQL's 65,535 placeholders and 16 MB packets for the widest row. */
    static final int ROWS_PER_STATEMENT = 500;

    private SqlRows() {
    }

    /**
     * Inserts the rows (each an array of values in the order of the columns), returning the generated keys in
     * order.
     */
    static long[] insert(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        return insert(connection, table, columns, rows, true);
    }

    /** Inserts the rows into a table whose key is not generated (one statement per slice of rows, as above). */
    static void insertWithKeysGiven(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        insert(connection, table, columns, rows, false);
    }

    private static long[] insert(Connection connection, String table, List<String> columns, List<Object[]> rows,
                                 boolean generatedKeys) throws SQLException {
        long[] keys = new long[generatedKeys ? rows.size() : 0];
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(rows.size(), from + ROWS_PER_STATEMENT);
            String sql = "insert into `" + table + "` (" + String.join(", ", columns) + ") values "
                    + String.join(", ", java.util.Collections.nCopies(to - from, row));
            try (PreparedStatement insert = generatedKeys
                    ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                    : connection.prepareStatement(sql)) {
                int parameter = 1;
                for (int i = from; i < to; i++) {
                    for (Object value : rows.get(i)) {
                        set(insert, parameter++, value);
                    }
                }
                insert.executeUpdate();
                if (!generatedKeys) {
                    continue;
                }
                try (ResultSet generated = insert.getGeneratedKeys()) {
                    for (int i = from; i < to; i++) {
                        if (!generated.next()) {
                            throw new SQLException("fewer generated keys than rows inserted into " + table);
                        }
                        keys[i] = generated.getLong(1);
                    }
                }
            }
        }
        return keys;
    }

    /** Runs the statement once per row of parameters, sent as one JDBC batch. */
    static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    set(statement, i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** {@code ?, ?, ?} for the values, to go inside {@code IN (...)}. */
    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** The values split into slices small enough for one {@code IN} list each. */
    static <T> List<List<T>> slices(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT * 2) {
            slices.add(all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT * 2)));
        }
        return slices;
    }

    static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            // As text, as the dialect binds times: Connector/J would send MariaDB 10 the time cut to the second.
            statement.setString(index, ca.tremplin.kernel.TimesToTheMicrosecond.utc(instant));
        } else if (value instanceof java.time.LocalDateTime time) {
            // A time read back from a column (a cancellation an undo gives back) is written as it was read.
            statement.setString(index, ca.tremplin.kernel.TimesToTheMicrosecond.asRead(time));
        } else {
            statement.setObject(index, value);
        }
    }
}
