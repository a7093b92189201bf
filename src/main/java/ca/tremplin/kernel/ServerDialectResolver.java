package ca.tremplin.kernel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Chooses Hibernate's dialect from the server itself when the persistence unit starts: {@link MariaDbDialect} on
 * MariaDB (Hibernate's, with times bound to the microsecond), MySQLDialect on MySQL, each with the server's version. Declared in persistence.xml, and used only when
 * {@code TREMPLIN_HIBERNATE_DIALECT} names no dialect.
 *
 * <p>Why not Hibernate's own detection: it reads the JDBC metadata, and Connector/J's list of SQL keywords fails on
 * MariaDB 11 (its INFORMATION_SCHEMA.KEYWORDS has no RESERVED column), and it would take MariaDB for MySQL anyway,
 * since Connector/J names both "MySQL". So metadata access stays off and this resolver asks {@code select version()}
 * on the application's datasource; the information Hibernate passes in is not used.
 */
public class ServerDialectResolver implements DialectResolver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ServerDialectResolver.class.getName());
    static final String DATA_SOURCE = "java:jboss/datasources/TremplinDS";

    @Override
    public Dialect resolveDialect(DialectResolutionInfo ignored) {
        try (Connection connection = InitialContext.<DataSource>doLookup(DATA_SOURCE).getConnection()) {
            DatabaseServer server = DatabaseServer.of(connection);
            Dialect dialect = server.dialect();
            LOG.info(() -> "Database server " + server + ": " + dialect.getClass().getSimpleName());
            return dialect;
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException("Cannot ask the database server which it is, to choose Hibernate's"
                    + " dialect; set TREMPLIN_HIBERNATE_DIALECT to name one", e);
        }
    }
}
