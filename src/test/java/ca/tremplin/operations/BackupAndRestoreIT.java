package ca.tremplin.operations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.tremplin.kernel.SchemaMigrator;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup that operators run (src/ops/backup.sh) restores (src/ops/restore.sh): a database built by the real
 * migrations, with rows that test the dump's escaping (quotes, backslashes, line breaks, accents, non-Latin
 * scripts, emoji, binary images holding every byte, an attachment of a few megabytes), and a data directory with
 * uploaded lists, is backed up, destroyed, restored, and found again — every table with the same rows and the same
 * CHECKSUM TABLE, every file with the same SHA-256; the archive is readable by its owner only. Before it drops
 * anything, a restore refuses an archive the server could not load (a statement longer than its max_allowed_packet)
 * or the code could not run (a schema newer than its migrations); a restore over the live database keeps the
 * erasures made since the backup (Law 25), and the unsubscriptions and consents withdrawn since (CASL). The scratch
 * database's name has a '-', and the database named by what comes before it is left alone. The folders' names hold
 * blanks, accents and an apostrophe, and a list still being written (its name ending in .partial) is left out of the
 * backup. Runs against the integration tests' database server (the local one or the embedded one the build starts),
 * without a deployment.
 */
class BackupAndRestoreIT {

    private static final String ADDRESS = System.getProperty("it.db.address", "127.0.0.1:3306");
    /** A name the scripts once cut at its '-', backing up and dropping {@link #PREFIX} instead. */
    private static final String DATABASE = System.getProperty("it.db.name", "tremplin_it") + "_backup-rehearsal";
    private static final String PREFIX = DATABASE.substring(0, DATABASE.indexOf('-'));
    private static final String ACCOUNT = "tremplin_backup_it";
    private static final String PASSWORD = "backup-it-local-only \"quoted\\";

    @TempDir
    static Path work;

    private static Path dataDir;

    /** Built once: the migrations take most of this test's time, and neither test leaves the data changed. */
    @BeforeAll
    static void createScratchDatabaseAndFiles() throws Exception {
        try (Connection admin = admin().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
            sql.execute("CREATE DATABASE `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            sql.execute("DROP DATABASE IF EXISTS " + PREFIX);
            sql.execute("CREATE DATABASE " + PREFIX);
            sql.execute("CREATE TABLE " + PREFIX + ".kept (id INT)");
            sql.execute("CREATE USER IF NOT EXISTS '" + ACCOUNT + "'@'%' IDENTIFIED BY '" + escaped(PASSWORD) + "'");
            sql.execute("CREATE USER IF NOT EXISTS '" + ACCOUNT + "'@'localhost' IDENTIFIED BY '"
                    + escaped(PASSWORD) + "'");
            // On the other database too, as an account with rights on the whole server would have.
            for (String database : List.of("`" + DATABASE + "`", PREFIX)) {
                sql.execute("GRANT ALL ON " + database + ".* TO '" + ACCOUNT + "'@'%'");
                sql.execute("GRANT ALL ON " + database + ".* TO '" + ACCOUNT + "'@'localhost'");
            }
        }
        SchemaMigrator.on(application()).migrate();
        storeRowsThatTestEscaping();
        byte[] attachment = new byte[3 << 20];
        new Random(3).nextBytes(attachment);
        storeAttachment(attachment);
        dataDir = work.resolve("données de l'atelier");
        writeUploadedLists();
    }

    @AfterAll
    static void dropScratchDatabase() throws SQLException {
        try (Connection admin = admin().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
            sql.execute("DROP DATABASE IF EXISTS " + PREFIX);
        }
    }

    @Test
    void aBackupRestoresEveryRowAndEveryFileAfterBothAreLost() throws Exception {
        Map<String, String> tablesBefore = rowsAndChecksumOfEveryTable();
        Map<String, String> filesBefore = hashOfEveryFile();
        assertTrue(tablesBefore.size() > 50, "the migrations built the schema: " + tablesBefore.keySet());
        // A list arriving as the backup runs: under its temporary name until it is whole, never in the archive.
        Files.writeString(dataDir.resolve("imports/6a1f2c3d-arriving.upload.partial"), "Prénom,Nom\nZo");

        Path archive = backUp();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive.getParent())),
                "the folder the backup made is its owner's only");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)),
                "the archive holds everyone's data: its owner's only");
        destroyDatabaseAndFiles();
        assertEquals(0, tableCount(), "the database is gone before the restore");
        // What a started server leaves in an emptied data directory: an empty folder for the lists it imports.
        Files.createDirectories(dataDir.resolve("imports"));

        String restored = run("src/ops/restore.sh", archive.toString());
        assertTrue(restored.contains("Restored and checked against the manifest: " + tablesBefore.size() + " tables"),
                restored);
        assertEquals(tablesBefore, rowsAndChecksumOfEveryTable());
        assertEquals(filesBefore, hashOfEveryFile());
    }

    /**
     * The key of the hashes the database keeps (keys/hash.key) stays out of the archive, and the backup says where it
     * is; a restore of hashes without their key is refused before anything changes, and the key kept apart, given
     * back, is written where the server reads it, its owner's only.
     */
    @Test
    void theHashesKeyIsKeptApartFromTheArchiveAndTheRestoreAsksForIt() throws Exception {
        Path key = dataDir.resolve("keys/hash.key");
        Files.createDirectories(key.getParent());
        byte[] keyBytes = new byte[32];
        new Random(11).nextBytes(keyBytes);
        Files.write(key, keyBytes);
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into rate_limit_count (limit_key, window_start, attempts)"
                    + " values ('" + "ab".repeat(32) + "', '2026-12-01 10:00:00', 2)");
        }
        try {
            Path backups = Files.createTempDirectory(work, "sauvegardes ").resolve("tremplin de nuit");
            String said = run("src/ops/backup.sh", backups.toString());
            Path archive = archiveIn(backups, said);
            assertTrue(said.contains(key + ", is not in the archive: keep a copy of it apart"), said);
            assertFalse(manifest(archive).contains("keys/hash.key"), manifest(archive));
            Map<String, String> tablesBefore = rowsAndChecksumOfEveryTable();
            destroyDatabaseAndFiles();
            Files.createDirectories(dataDir.resolve("imports"));

            String refusal = refused("src/ops/restore.sh", archive.toString());
            assertTrue(refusal.contains("TREMPLIN_HASH_KEY") && refusal.contains("--hash-key FILE")
                    && refusal.contains("nothing was changed"), refusal);
            assertEquals(0, tableCount(), "nothing was restored: " + refusal);

            Path apart = Files.write(work.resolve("clé gardée à part"), keyBytes);
            String restored = run("src/ops/restore.sh", "--hash-key", apart.toString(), archive.toString());
            assertTrue(restored.contains("The hashes' key: " + apart), restored);
            assertEquals(tablesBefore, rowsAndChecksumOfEveryTable());
            assertArrayEquals(keyBytes, Files.readAllBytes(key));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        } finally {
            try (Connection connection = application().getConnection();
                 Statement sql = connection.createStatement()) {
                sql.executeUpdate("delete from rate_limit_count");
            }
            Files.deleteIfExists(key);
        }
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeAnythingIsOverwritten() throws Exception {
        Path archive = backUp();
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length / 2] ^= 0x55; // inside one of its compressed parts
        Files.write(archive, bytes);
        Map<String, String> tablesBefore = rowsAndChecksumOfEveryTable();

        String output = refused("src/ops/restore.sh", "--replace", archive.toString());
        assertTrue(output.contains("damaged"), output);
        assertEquals(tablesBefore, rowsAndChecksumOfEveryTable(), "the database was left as it was");
    }

    @Test
    void aStatementLongerThanTheServerAcceptsIsRefusedBeforeTheDatabaseIsDropped() throws Exception {
        long serverLimit = serverPacketLimit();
        // Between the limits: short enough to store, twice as long in the dump's hexadecimal. An attachment column
        // (MEDIUMBLOB) holds up to 16 MB.
        long length = serverLimit * 6 / 10;
        assumeTrue(length < 16 << 20, "the server's max_allowed_packet is too large for this test: " + serverLimit);
        long attachment = storeAttachmentOfLength(length);
        try {
            Path backups = Files.createTempDirectory(work, "backups");
            String warned = run("src/ops/backup.sh", backups.toString());
            assertTrue(warned.contains("longer than this server's max_allowed_packet"), warned);
            Path archive = archiveIn(backups, warned);
            Map<String, String> tablesBefore = rowsAndChecksumOfEveryTable();

            String output = refused("src/ops/restore.sh", "--replace", archive.toString());
            assertTrue(output.contains("max_allowed_packet") && output.contains("nothing was changed"), output);
            assertTrue(output.length() < 2_000, "a message, not the rows: " + output.length() + " characters");
            assertEquals(tablesBefore, rowsAndChecksumOfEveryTable(), "the database was left as it was");
        } finally {
            deleteAttachment(attachment);
        }
    }

    @Test
    void anArchiveOfANewerSchemaIsRefusedAndOneOfBeforeTheSchemaLineIsRestored() throws Exception {
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) values (9999, '999', 'from a newer Tremplin', 'SQL',"
                    + " 'V999__from_a_newer_tremplin.sql', 'tremplin', 1, 1)");
        }
        try {
            Path archive = backUp();
            assertTrue(manifest(archive).contains("\nschema 999\n"), manifest(archive));
            Map<String, String> tablesBefore = rowsAndChecksumOfEveryTable();

            String output = refused("src/ops/restore.sh", "--replace", archive.toString());
            assertTrue(output.contains("migration 999") && output.contains("V999__"), output);
            assertEquals(tablesBefore, rowsAndChecksumOfEveryTable(), "the database was left as it was");

            // An archive written before backups named their schema has no such line: it is restored.
            withoutSchemaLine(archive);
            String restored = run("src/ops/restore.sh", "--replace", archive.toString());
            assertTrue(restored.contains("Restored and checked against the manifest"), restored);
        } finally {
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("delete from flyway_schema_history where version = '999'");
            }
        }
    }

    /**
     * An apprentice a centre knew only by their showcase profile, erased after the backup: the record of it, by the
     * profile's number (V74), is kept across the restore for the server to delete the backup's profile again.
     */
    @Test
    void aRestoreKeepsTheErasureOfAnApprenticeKnownOnlyByTheShowcase() throws Exception {
        long tenant;
        long profile;
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            tenant = longValue(sql, "select min(id) from tenant");
            sql.execute("insert into showcase_profile (tenant_id, status, display_name, email_normalized, language,"
                    + " submitted_at) values (" + tenant + ", 'AWAITING_MODERATION', 'Zoé',"
                    + " 'zoe.vitrine@example.org', 'fr', now(6))");
            profile = longValue(sql, "select max(id) from showcase_profile");
        }
        Path archive = backUp();
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into person_erasure (tenant_id, showcase_profile_id, reason, erased_at) values ("
                    + tenant + ", " + profile + ", 'REQUEST', '2026-12-05 11:00:00.654321')");
        }
        try {
            String restored = run("src/ops/restore.sh", "--replace", archive.toString());
            assertTrue(restored.contains("Law 25: 1 erasures made after the backup were kept")
                    && restored.contains("erased again when the server starts: 1"), restored);
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                assertEquals(1, longValue(sql, "select count(*) from person_erasure where showcase_profile_id = "
                        + profile + " and lead_id is null and erased_at = '2026-12-05 11:00:00.654321'"),
                        "the erasure is recorded again, by the profile's number, as it was");
                assertEquals(1, longValue(sql, "select count(*) from showcase_profile where id = " + profile),
                        "the backup's profile, whole until the server starts");
            }
        } finally {
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("delete from person_erasure where showcase_profile_id = " + profile);
                sql.execute("delete from showcase_profile where id = " + profile);
            }
        }
    }

    /**
     * A showcase profile its apprentice withdrew after the backup: the restore marks the backup's profile, whole, with
     * that withdrawal (its moment and withdrawer, nothing the apprentice wrote) for the server to withdraw it again as
     * it starts. A number the replaced database gave a profile posted at another moment names another profile: left.
     */
    @Test
    void aRestoreMarksAShowcaseProfileWithdrawnSinceTheBackupForTheServerToWithdrawAgain() throws Exception {
        long tenant;
        long withdrawn;
        long another;
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            tenant = longValue(sql, "select min(id) from tenant");
            for (String name : new String[] {"Noé", "Inès"}) {
                sql.execute("insert into showcase_profile (tenant_id, status, display_name, email_normalized, language,"
                        + " submitted_at) values (" + tenant + ", 'AWAITING_MODERATION', '" + name + "',"
                        + " 'vitrine-" + name.length() + name.charAt(0) + "@example.org', 'fr',"
                        + " '2026-12-01 09:00:00.000001')");
            }
            another = longValue(sql, "select max(id) from showcase_profile");
            withdrawn = another - 1;
        }
        Path archive = backUp();
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            String emptied = "update showcase_profile set status = 'WITHDRAWN', display_name = null,"
                    + " email_normalized = null, ";
            sql.execute(emptied + "withdrawn_at = '2026-12-05 11:00:00.654321', withdrawn_by = 'PERSON' where id = "
                    + withdrawn);
            sql.execute(emptied + "submitted_at = '2026-12-03 09:00:00', withdrawn_at = '2026-12-05 12:00:00',"
                    + " withdrawn_by = 'GUARDIAN' where id = " + another);
        }
        try {
            String restored = run("src/ops/restore.sh", "--replace", archive.toString());
            assertTrue(restored.contains("Showcase: 1 profiles withdrawn after the backup, withdrawn again when the"
                    + " server starts"), restored);
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                assertEquals(1, longValue(sql, "select count(*) from showcase_profile where id = " + withdrawn
                        + " and status = 'AWAITING_MODERATION' and display_name = 'Noé' and withdrawn_by = 'PERSON'"
                        + " and withdrawn_at = '2026-12-05 11:00:00.654321'"),
                        "the backup's profile, whole until the server starts, marked with its withdrawal");
                assertEquals(1, longValue(sql, "select count(*) from showcase_profile where id = " + another
                        + " and status = 'AWAITING_MODERATION' and withdrawn_at is null"), "another profile: left");
            }
        } finally {
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("delete from showcase_profile where id in (" + withdrawn + ", " + another + ")");
            }
        }
    }

    @Test
    void aRestoreOverTheLiveDatabaseKeepsTheErasuresMadeSinceTheBackupAndTouchesNoOtherDatabase() throws Exception {
        long tenant;
        long lead;
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            tenant = longValue(sql, "select min(id) from tenant");
            lead = newLead(sql, tenant, "zoe@example.org", "Zoé", "N''Diaye");
        }
        Path archive = backUp();
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into person_erasure (tenant_id, lead_id, reason, erased_at) values (" + tenant + ", "
                    + lead + ", 'REQUEST', '2026-12-03 09:00:00.123456')");
        }
        try {
            String said = refused("src/ops/restore.sh", archive.toString());
            assertTrue(said.contains("tables: give --replace"), "says which is not empty: " + said);

            String restored = run("src/ops/restore.sh", "--replace", archive.toString());
            assertTrue(restored.contains("Law 25: 1 erasures made after the backup were kept")
                    && restored.contains("erased again when the server starts: 1"), restored);
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                assertEquals(1, longValue(sql, "select count(*) from person_erasure where lead_id = " + lead
                        + " and erased_at = '2026-12-03 09:00:00.123456' and reason = 'REQUEST'"),
                        "the erasure is recorded again, as it was, for the server to erase the person again");
                assertEquals(1, longValue(sql, "select count(*) from `lead` where id = " + lead
                        + " and erased_at is null"), "the backup's person, whole until the server starts");
            }

            // A restore whose load failed kept the erasures it had set aside beside the archive, as it said: the next
            // restore from that folder puts them back, though the database it replaces no longer holds them.
            Path kept = archive.resolveSibling("tremplin-erasures-before-restore-" + DATABASE + ".sql");
            assertFalse(Files.exists(kept), "the erasures set aside go once a restore has succeeded");
            Files.writeString(kept, "INSERT INTO erasures_before_restore VALUES\n(" + tenant + ", " + lead
                    + ", 'RETENTION', NULL, NULL, '2026-12-04 10:00:00.000000', 1)\n;\n");
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("delete from person_erasure where lead_id = " + lead);
            }
            String again = run("src/ops/restore.sh", "--replace", archive.toString());
            assertTrue(again.contains("Law 25: 1 erasures made after the backup were kept"), again);
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                assertEquals(1, longValue(sql, "select count(*) from person_erasure where lead_id = " + lead
                        + " and erased_at = '2026-12-04 10:00:00' and reason = 'RETENTION'"), "put back");
            }
            assertFalse(Files.exists(kept), "used once, then removed");
            try (Connection admin = admin().getConnection(); Statement sql = admin.createStatement()) {
                assertEquals(1, longValue(sql, "select count(*) from information_schema.tables"
                        + " where table_schema = '" + PREFIX + "'"), "the database " + PREFIX + " is left alone");
            }
        } finally {
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("delete from person_erasure where lead_id = " + lead);
                sql.execute("delete from `lead` where id = " + lead);
            }
        }
    }

    /**
     * An unsubscription made since the backup survives a restore (the next bulk e-mail must not reach the person); and
     * for a point-in-time recovery, the restore leaves the erasures aside until the binary log is replayed (its own
     * erasures come back with it), then puts back those it did not bring, once.
     */
    @Test
    void aRestoreKeepsTheUnsubscriptionsMadeSinceTheBackupAndLeavesTheErasuresForAfterAReplay() throws Exception {
        long tenant;
        long lead;
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            tenant = longValue(sql, "select min(id) from tenant");
            lead = newLead(sql, tenant, "ines@example.org", "Inès", "Ba");
        }
        Path archive = backUp();
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into mail_opt_out (tenant_id, email_normalized, opted_out_at, channel) values ("
                    + tenant + ", 'ines@example.org', '2026-12-03 08:00:00', 'ONE_CLICK')");
            sql.execute("insert into person_erasure (tenant_id, lead_id, reason, erased_at) values (" + tenant + ", "
                    + lead + ", 'REQUEST', '2026-12-03 09:30:00.000000')");
        }
        Path kept = archive.resolveSibling("tremplin-erasures-before-restore-" + DATABASE + ".sql");
        try {
            try (Connection stillRunning = application().getConnection()) {
                String said = refused("src/ops/restore.sh", "--replace", archive.toString());
                assertTrue(said.contains("stop the server") && said.contains("nothing was changed"), said);
            }
            String forReplay = run("src/ops/restore.sh", "--replace", "--for-replay", archive.toString());
            assertTrue(forReplay.contains("--put-back-erasures"), "says what to run after the replay: " + forReplay);
            assertTrue(Files.exists(kept), "the erasures stay aside for after the replay");
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                assertEquals(0, longValue(sql, "select count(*) from person_erasure where lead_id = " + lead),
                        "not put back before the replay, which would bring it a second time");
            }

            String after = run("src/ops/restore.sh", "--put-back-erasures", archive.toString());
            assertTrue(after.contains("1 erasures made after the backup and not replayed were put back")
                    && after.contains("CASL: 1 unsubscriptions put back"), after);
            assertFalse(Files.exists(kept), "used once, then removed");
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                assertEquals(1, longValue(sql, "select count(*) from person_erasure where lead_id = " + lead));
                assertEquals(1, longValue(sql, "select count(*) from mail_opt_out where tenant_id = " + tenant
                        + " and email_normalized = 'ines@example.org' and channel = 'ONE_CLICK'"));
            }

            String restored = run("src/ops/restore.sh", "--replace", archive.toString());
            assertTrue(restored.contains("CASL: 1 unsubscriptions made after the backup were kept"), restored);
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                assertEquals(1, longValue(sql, "select count(*) from mail_opt_out where tenant_id = " + tenant
                        + " and email_normalized = 'ines@example.org' and opted_out_at = '2026-12-03 08:00:00'"),
                        "the unsubscription made after the backup, as it was");
            }
        } finally {
            Files.deleteIfExists(kept);
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("delete from mail_opt_out where email_normalized = 'ines@example.org'");
                sql.execute("delete from person_erasure where lead_id = " + lead);
                sql.execute("delete from `lead` where id = " + lead);
            }
        }
    }

    /**
     * A consent withdrawn after the backup (by phone, as staff record it) survives a restore: the restored register
     * holds the withdrawal word for word — its sentence and note across lines, with quotes, a backslash and an emoji —,
     * so the person is not taken to consent again; the consent the backup already held is not put back a second time,
     * and a member of staff the backup does not know is named by none.
     */
    @Test
    void aRestoreKeepsTheConsentsWithdrawnSinceTheBackup() throws Exception {
        String sentence = "Je ne veux plus recevoir\nles « nouvelles » d'un centre \\ 😀";
        String note = "Appel du 3 décembre,\r\nrappel demandé";
        long tenant;
        long lead;
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            tenant = longValue(sql, "select min(id) from tenant");
            lead = newLead(sql, tenant, "noor@example.org", "Noor", "Haddad");
            consentChange(connection, tenant, lead, true, "J'accepte de recevoir les nouvelles.", "PREFERENCES",
                    null, null, "2026-12-01 10:00:00", "2026-12-01 10:00:00.100000");
        }
        Path archive = backUp();
        try (Connection connection = application().getConnection()) {
            consentChange(connection, tenant, lead, false, sentence, "PHONE", note, 987_654_321L,
                    "2026-12-03 09:55:00", "2026-12-03 10:05:00.250000");
        }
        try {
            String restored = run("src/ops/restore.sh", "--replace", archive.toString());
            assertTrue(restored.contains("Consents: 1 withdrawn or given again after the backup were kept"), restored);
            try (Connection connection = application().getConnection();
                 PreparedStatement withdrawal = connection.prepareStatement("select text_shown, note, channel,"
                         + " recorded_by is null from consent_change where lead_id = ? and purpose = 'NEWS'"
                         + " and not granted and changed_at = '2026-12-03 09:55:00'"
                         + " and recorded_at = '2026-12-03 10:05:00.250000'");
                 Statement sql = connection.createStatement()) {
                withdrawal.setLong(1, lead);
                try (ResultSet row = withdrawal.executeQuery()) {
                    assertTrue(row.next(), "the withdrawal made after the backup is in the restored register");
                    assertEquals(sentence, row.getString(1), "word for word");
                    assertEquals(note, row.getString(2));
                    assertEquals("PHONE", row.getString(3));
                    assertTrue(row.getBoolean(4), "recorded by no one the backup knows");
                    assertFalse(row.next(), "once");
                }
                assertEquals(2, longValue(sql, "select count(*) from consent_change where lead_id = " + lead),
                        "the consent the backup held, once, and the withdrawal");
            }
        } finally {
            try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("delete from consent_change where lead_id = " + lead);
                sql.execute("delete from `lead` where id = " + lead);
            }
        }
    }

    /** A lead of the centre, as a request from Senegal in French makes one (names written as SQL text); its id. */
    private static long newLead(Statement sql, long tenant, String email, String firstName, String lastName)
            throws SQLException {
        sql.execute("insert into `lead` (tenant_id, email_normalized, email, first_name, last_name, language,"
                + " country_of_residence, first_inquiry_at, last_inquiry_at, stage, stage_since) values (" + tenant
                + ", '" + email + "', '" + email + "', '" + firstName + "', '" + lastName + "', 'fr', 'SN', now(6),"
                + " now(6), 'NEW', now(6))");
        return longValue(sql, "select max(id) from `lead`");
    }

    /** A line of the consent register about news, in French, as the application appends it. */
    private static void consentChange(Connection connection, long tenant, long lead, boolean granted, String sentence,
                                      String channel, String note, Long recordedBy, String changedAt,
                                      String recordedAt) throws SQLException {
        try (PreparedStatement change = connection.prepareStatement("insert into consent_change (tenant_id, lead_id,"
                + " email_normalized, purpose, granted, text_version, text_shown, language, changed_at, channel, note,"
                + " recorded_by, recorded_at, ip_address) values (?, ?, 'noor@example.org', 'NEWS', ?, 'news-v1', ?,"
                + " 'fr', ?, ?, ?, ?, ?, ?)")) {
            change.setLong(1, tenant);
            change.setLong(2, lead);
            change.setBoolean(3, granted);
            change.setString(4, sentence);
            change.setString(5, changedAt);
            change.setString(6, channel);
            change.setString(7, note);
            change.setObject(8, recordedBy, java.sql.Types.BIGINT);
            change.setString(9, recordedAt);
            change.setString(10, recordedBy == null ? "192.0.2.7" : null);
            change.executeUpdate();
        }
    }

    private static void storeRowsThatTestEscaping() throws SQLException {
        Random random = new Random(25);
        try (Connection connection = application().getConnection();
             PreparedStatement tenant = connection.prepareStatement("insert into tenant (slug, kind, name_fr, name_en,"
                     + " region, contact_email, created_at, updated_at) values (?, 'SCHOOL_BOARD', ?, ?, 'MONTREAL',"
                     + " ?, '2026-12-02 10:11:12.345678', now(6))", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement logo = connection.prepareStatement(
                     "insert into tenant_logo (tenant_id, image_png, updated_at) values (?, ?, now(6))")) {
            String[][] names = {
                {"css-de-l-ile", "Centre de services scolaire de l’Île-d’Orléans", "It's \"quoted\" \\ and ),( too"},
                {"css-multilingue", "École 東京 — Дом — مدرسة 😀", "line one\nline two\ttab\r\n"},
                {"css-sans-courriel", "Centre sans courriel", "Null e-mail below"},
            };
            for (String[] name : names) {
                tenant.setString(1, name[0]);
                tenant.setString(2, name[1]);
                tenant.setString(3, name[2]);
                tenant.setString(4, name[0].equals("css-sans-courriel") ? null : name[0] + "@example.org");
                tenant.executeUpdate();
                try (ResultSet key = tenant.getGeneratedKeys()) {
                    key.next();
                    byte[] image = new byte[70_000];
                    random.nextBytes(image);
                    for (int b = 0; b < 256; b++) {
                        image[b] = (byte) b;
                    }
                    logo.setLong(1, key.getLong(1));
                    logo.setBytes(2, image);
                    logo.executeUpdate();
                }
            }
        }
    }

    private static void writeUploadedLists() throws IOException {
        Path imports = Files.createDirectories(dataDir.resolve("imports"));
        byte[] binary = new byte[300_000];
        new Random(7).nextBytes(binary);
        Files.write(imports.resolve("3f0c1a52-9a51-4d43-8c3e-6f1f3c3c1e11.upload"), binary);
        Files.writeString(imports.resolve("présence à l'atelier.csv"), "Prénom,Nom\nZoé,N'Diaye\n");
        Files.createDirectories(dataDir.resolve("elsewhere"));
        Files.write(dataDir.resolve("elsewhere/empty"), new byte[0]);
    }

    private Path backUp() throws Exception {
        // A folder the script makes, as a first backup does.
        Path backups = Files.createTempDirectory(work, "sauvegardes ").resolve("tremplin de nuit");
        return archiveIn(backups, run("src/ops/backup.sh", backups.toString()));
    }

    private static Path archiveIn(Path backups, String output) throws IOException {
        try (Stream<Path> written = Files.list(backups)) {
            List<Path> archives = written.filter(path -> path.getFileName().toString().matches(
                    "tremplin-backup-\\d{8}T\\d{6}Z\\.tar")).toList();
            assertEquals(1, archives.size(), output);
            return archives.get(0);
        }
    }

    private static void storeAttachment(byte[] content) throws SQLException {
        try (Connection connection = application().getConnection();
             PreparedStatement message = connection.prepareStatement("insert into outbox_message (recipient, subject,"
                     + " body_text, status, next_attempt_at, created_at, attachment_name, attachment_type)"
                     + " values ('zoe@example.org', 'Votre attestation', 'Ci-joint.', 'SENT', now(6), now(6),"
                     + " 'attestation.pdf', 'application/pdf')");
             PreparedStatement file = connection.prepareStatement("insert into outbox_attachment (message_id, content)"
                     + " values (last_insert_id(), ?)")) {
            message.executeUpdate();
            file.setBytes(1, content);
            file.executeUpdate();
        }
    }

    /** An attachment of that many bytes, made by the server: the statement that stores it is short. */
    private static long storeAttachmentOfLength(long length) throws SQLException {
        storeAttachment(new byte[0]);
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            long id = longValue(sql, "select max(id) from outbox_message");
            sql.execute("update outbox_attachment set content = repeat('A', " + length + ") where message_id = " + id);
            return id;
        }
    }

    private static void deleteAttachment(long id) throws SQLException {
        try (Connection connection = application().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("delete from outbox_message where id = " + id);
        }
    }

    private static long serverPacketLimit() throws SQLException {
        try (Connection connection = admin().getConnection(); Statement sql = connection.createStatement()) {
            return longValue(sql, "select @@global.max_allowed_packet");
        }
    }

    private static long longValue(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String manifest(Path archive) throws Exception {
        return new String(tar(archive.getParent(), "-xOf", archive.toString(), "manifest.txt"),
                StandardCharsets.UTF_8);
    }

    /** The archive as backup.sh wrote it before its manifest named the schema. */
    private static void withoutSchemaLine(Path archive) throws Exception {
        Path parts = Files.createTempDirectory(work, "parts");
        tar(parts, "-xf", archive.toString());
        Path manifest = parts.resolve("manifest.txt");
        Files.write(manifest, Files.readAllLines(manifest).stream().filter(line -> !line.startsWith("schema "))
                .toList());
        tar(parts, "-cf", archive.toString(), "manifest.txt", "database.sql.gz", "data.tar.gz");
    }

    private static byte[] tar(Path folder, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("tar", "-C", folder.toString()));
        command.addAll(List.of(arguments));
        Process tar = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] output = tar.getInputStream().readAllBytes();
        assertTrue(tar.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, tar.exitValue(), String.join(" ", command));
        return output;
    }

    private void destroyDatabaseAndFiles() throws Exception {
        try (Connection admin = admin().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE `" + DATABASE + "`");
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Each table's row count and CHECKSUM TABLE, which reads every column of every row. */
    private Map<String, String> rowsAndChecksumOfEveryTable() throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = admin().getConnection(); Statement sql = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = '" + DATABASE + "'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                String table = "`" + DATABASE + "`.`" + name + "`";
                try (ResultSet count = sql.executeQuery("select count(*) from " + table)) {
                    count.next();
                    tables.put(name, count.getLong(1) + " rows");
                }
                try (ResultSet checksum = sql.executeQuery("checksum table " + table)) {
                    checksum.next();
                    tables.merge(name, ", checksum " + checksum.getLong(2), String::concat);
                }
            }
        }
        return tables;
    }

    private int tableCount() throws SQLException {
        try (Connection connection = admin().getConnection(); Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("select count(*) from information_schema.tables"
                     + " where table_schema = '" + DATABASE + "'")) {
            count.next();
            return count.getInt(1);
        }
    }

    private Map<String, String> hashOfEveryFile() throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(dataDir.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }

    /** Runs a script as an operator would, with the server's environment variables; fails on a non-zero exit. */
    private String run(String script, String... arguments) throws Exception {
        return ended(true, script, arguments);
    }

    /** Runs a script that must refuse: returns what it said. */
    private String refused(String script, String... arguments) throws Exception {
        return ended(false, script, arguments);
    }

    private String ended(boolean succeeding, String script, String... arguments) throws Exception {
        Process process = start(script, arguments);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), script + " did not finish: " + output);
        assertEquals(succeeding, process.exitValue() == 0, script + (succeeding ? " failed: " : " did not refuse: ")
                + output);
        return output;
    }

    private Process start(String script, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("TREMPLIN_DB_URL", "jdbc:mysql://" + ADDRESS + "/" + DATABASE + "?useUnicode=true");
        environment.put("TREMPLIN_DB_USER", ACCOUNT);
        environment.put("TREMPLIN_DB_PASSWORD", PASSWORD);
        environment.put("TREMPLIN_DATA_DIR", dataDir.toString());
        environment.remove("TREMPLIN_HASH_KEY");
        embeddedServersClients().ifPresent(bin -> environment.put("TREMPLIN_MARIADB_BIN", bin.toString()));
        return builder.start();
    }

    /** Where no MariaDB client is installed, those shipped with the embedded server the build started. */
    private static java.util.Optional<Path> embeddedServersClients() {
        Path bin = Path.of("target", "it-db", "base", "bin").toAbsolutePath();
        boolean installed = Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "mariadb-dump")));
        return installed || !Files.isDirectory(bin) ? java.util.Optional.empty() : java.util.Optional.of(bin);
    }

    private static MysqlDataSource admin() {
        return dataSource(System.getProperty("it.db.admin.user", "root"),
                System.getProperty("it.db.admin.password", ""), "");
    }

    private static MysqlDataSource application() {
        return dataSource(ACCOUNT, PASSWORD, DATABASE);
    }

    private static MysqlDataSource dataSource(String user, String password, String database) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl("jdbc:mysql://" + ADDRESS + "/" + database
                + "?useUnicode=true&characterEncoding=UTF-8&allowPublicKeyRetrieval=true&useSSL=false");
        dataSource.setUser(user);
        dataSource.setPassword(password == null ? "" : password);
        return dataSource;
    }

    private static String escaped(String literal) {
        return literal.replace("\\", "\\\\").replace("'", "\\'");
    }
}
