package ca.tremplin.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The tests' database read from outside the server, as a test run as a client checks what a request stored: the
 * connection the build gives the server ({@code TREMPLIN_DB_URL}, user and password).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The number the query counts, for its one text parameter. */
    public static long count(String sql, String parameter) throws SQLException {
        return Long.parseLong(firstColumn(sql, parameter));
    }

    /**
     * Changes rows as no page of the application would at that moment (an offer a colleague puts back to draft while
     * a candidate fills its form), for the statement's one text parameter: the number of rows changed.
     */
    public static int update(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getenv("TREMPLIN_DB_URL"),
                System.getenv("TREMPLIN_DB_USER"), System.getenv("TREMPLIN_DB_PASSWORD"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            return statement.executeUpdate();
        }
    }

    /** The first column of the query's first row, for its one text parameter; null when it finds no row. */
    public static String firstColumn(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getenv("TREMPLIN_DB_URL"),
                System.getenv("TREMPLIN_DB_USER"), System.getenv("TREMPLIN_DB_PASSWORD"));
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
