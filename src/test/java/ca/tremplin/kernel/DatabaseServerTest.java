package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.junit.jupiter.api.Test;

/** The server's own version string chooses the dialect and the migrations of its own. */
class DatabaseServerTest {

    @Test
    void mariaDbIsToldFromMySqlByItsVersionString() {
        DatabaseServer debian = DatabaseServer.parse("10.11.6-MariaDB-0+deb12u1");
        assertEquals(new DatabaseServer(true, 10, 11, 6), debian);
        assertInstanceOf(MariaDBDialect.class, debian.dialect());
        assertEquals(List.of("classpath:db/migration", "classpath:db/vendor/mariadb"),
                SchemaMigrator.locations(debian.vendor()));

        DatabaseServer mysql = DatabaseServer.parse("8.4.3");
        assertFalse(mysql.mariaDb());
        assertInstanceOf(MySQLDialect.class, mysql.dialect());
        assertFalse(mysql.dialect() instanceof MariaDBDialect);
        assertEquals(8, mysql.dialect().getVersion().getDatabaseMajorVersion());
        assertEquals(List.of("classpath:db/migration"), SchemaMigrator.locations(mysql.vendor()));

        assertEquals(new DatabaseServer(false, 8, 0, 36), DatabaseServer.parse("8.0.36-0ubuntu0.22.04.1"));
        assertEquals(new DatabaseServer(true, 11, 4, 5), DatabaseServer.parse("11.4.5-MariaDB"));
    }
}
