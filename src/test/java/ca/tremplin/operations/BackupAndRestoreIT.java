package ca.tremplin.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.SchemaMigrator;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * scripts, emoji, binary images holding every byte), and a data directory with uploaded lists, is backed up,
 * destroyed, restored, and found again — every table with the same rows and the same CHECKSUM TABLE, every file
 * with the same SHA-256. Runs against the integration tests' database server (the local one or the embedded
 * one the build starts), in a scratch database of its own, without a deployment.
 */
class BackupAndRestoreIT {

    private static final String ADDRESS = System.getProperty("it.db.address", "127.0.0.1:3306");
    private static final String DATABASE = System.getProperty("it.db.name", "tremplin_it") + "_backup";
    private static final String ACCOUNT = "tremplin_backup_it";
    private static final String PASSWORD = "backup-it-local-only \"quoted\\";

    @TempDir
    static Path work;

    private static Path dataDir;

    /** Built once: the migrations take most of this test's time, and neither test leaves the data changed. */
    @BeforeAll
    static void createScratchDatabaseAndFiles() throws Exception {
        try (Connection admin = admin().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            sql.execute("CREATE USER IF NOT EXISTS '" + ACCOUNT + "'@'%' IDENTIFIED BY '" + escaped(PASSWORD) + "'");
            sql.execute("CREATE USER IF NOT EXISTS '" + ACCOUNT + "'@'localhost' IDENTIFIED BY '"
                    + escaped(PASSWORD) + "'");
            sql.execute("GRANT ALL ON " + DATABASE + ".* TO '" + ACCOUNT + "'@'%'");
            sql.execute("GRANT ALL ON " + DATABASE + ".* TO '" + ACCOUNT + "'@'localhost'");
        }
        SchemaMigrator.on(application()).migrate();
        storeRowsThatTestEscaping();
        dataDir = work.resolve("data");
        writeUploadedLists();
    }

    @AfterAll
    static void dropScratchDatabase() throws SQLException {
        try (Connection admin = admin().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void aBackupRestoresEveryRowAndEveryFileAfterBothAreLost() throws Exception {
        Map<String, String> tablesBefore = rowsAndChecksumOfEveryTable();
        Map<String, String> filesBefore = hashOfEveryFile();
        assertTrue(tablesBefore.size() > 50, "the migrations built the schema: " + tablesBefore.keySet());

        Path archive = backUp();
        destroyDatabaseAndFiles();
        assertEquals(0, tableCount(), "the database is gone before the restore");
        assertFalse(Files.exists(dataDir), "the files are gone before the restore");

        String restored = run("src/ops/restore.sh", archive.toString());
        assertTrue(restored.contains("Restored and checked against the manifest: " + tablesBefore.size() + " tables"),
                restored);
        assertEquals(tablesBefore, rowsAndChecksumOfEveryTable());
        assertEquals(filesBefore, hashOfEveryFile());
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeAnythingIsOverwritten() throws Exception {
        Path archive = backUp();
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length / 2] ^= 0x55; // inside one of its compressed parts
        Files.write(archive, bytes);
        Map<String, String> tablesBefore = rowsAndChecksumOfEveryTable();

        Process restore = start("src/ops/restore.sh", "--replace", archive.toString());
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(restore.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, restore.exitValue(), output);
        assertTrue(output.contains("damaged"), output);
        assertEquals(tablesBefore, rowsAndChecksumOfEveryTable(), "the database was left as it was");
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
        Path backups = Files.createTempDirectory(work, "backups");
        String output = run("src/ops/backup.sh", backups.toString());
        try (Stream<Path> written = Files.list(backups)) {
            List<Path> archives = written.filter(path -> path.getFileName().toString().matches(
                    "tremplin-backup-\\d{8}T\\d{6}Z\\.tar")).toList();
            assertEquals(1, archives.size(), output);
            return archives.get(0);
        }
    }

    private void destroyDatabaseAndFiles() throws Exception {
        try (Connection admin = admin().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE " + DATABASE);
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
                String table = DATABASE + ".`" + name + "`";
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
        Process process = start(script, arguments);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), script + " did not finish: " + output);
        assertEquals(0, process.exitValue(), script + " failed: " + output);
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
