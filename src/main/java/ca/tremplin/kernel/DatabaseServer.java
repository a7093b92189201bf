package ca.tremplin.kernel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MySQLDialect;

/**
 * The database server the application talks to, as it names itself in {@code select version()}: MariaDB
 * ({@code 10.11.6-MariaDB-0+deb12u1}, {@code 11.4.5-MariaDB}) or MySQL ({@code 8.4.3}, {@code 8.0.36-0ubuntu0.22.04.1}).
 * Connector/J reports MySQL for both, so the version string is what tells them apart. It chooses the Hibernate
 * dialect ({@link ServerDialectResolver}) and the migrations that differ between the two ({@link SchemaMigrator}).
 */
public record DatabaseServer(boolean mariaDb, int major, int minor, int micro) {

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** Reads the version of the server behind the connection. */
    public static DatabaseServer of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("select version()")) {
            version.next();
            return parse(version.getString(1));
        }
    }

    static DatabaseServer parse(String version) {
        Matcher number = VERSION.matcher(version);
        if (!number.find()) {
            throw new IllegalArgumentException("Not a MySQL or MariaDB version: " + version);
        }
        return new DatabaseServer(version.toLowerCase(java.util.Locale.ROOT).contains("mariadb"),
                Integer.parseInt(number.group(1)), Integer.parseInt(number.group(2)),
                number.group(3) == null ? 0 : Integer.parseInt(number.group(3)));
    }

    /** {@code mariadb} or {@code mysql}: the folder of migrations written for this server alone. */
    public String vendor() {
        return mariaDb ? "mariadb" : "mysql";
    }

    /**
     * The dialect for this server: on MariaDB, {@link MariaDbDialect}, which binds times to the microsecond where
     * Connector/J would cut MariaDB 10's to the second (its handshake names itself 5.5.5); MySQL's binds them whole.
     */
    public Dialect dialect() {
        DatabaseVersion version = DatabaseVersion.make(major, minor, micro);
        return mariaDb ? new MariaDbDialect(version) : new MySQLDialect(version);
    }

    @Override
    public String toString() {
        return (mariaDb ? "MariaDB " : "MySQL ") + major + "." + minor + "." + micro;
    }
}
