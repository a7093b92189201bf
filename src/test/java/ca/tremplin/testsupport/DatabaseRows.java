package ca.tremplin.testsupport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain SQL on the application's database, outside Hibernate and its tenant filter: for tests that read what is
 * really stored (every column of every table) or set up what no use case writes (a lead's dates months ago).
 */
@ApplicationScoped
public class DatabaseRows {

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    public long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(string(sql, parameters));
    }

    /** The first column of the first row, or null when there is no row. */
    public String string(String sql, Object... parameters) throws SQLException {
        List<String> values = strings(sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row. */
    public List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = prepared(connection, sql, parameters);
             ResultSet found = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (found.next()) {
                values.add(found.getString(1));
            }
            return values;
        }
    }

    /** The first two columns of every row. */
    public List<String[]> pairs(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = prepared(connection, sql, parameters);
             ResultSet found = query.executeQuery()) {
            List<String[]> values = new ArrayList<>();
            while (found.next()) {
                values.add(new String[] {found.getString(1), found.getString(2)});
            }
            return values;
        }
    }

    public int execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
