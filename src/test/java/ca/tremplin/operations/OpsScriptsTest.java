package ca.tremplin.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operators' scripts without a database server: every script of {@code src/ops}, {@code src/cluster} and
 * {@code src/bench} parses; {@code backup.sh}, run against clients that answer as a server would (MariaDB's or
 * MySQL's version), in folders whose names hold blanks, accents and an apostrophe, leaves out a file still being
 * written, gives the dump only the options that server knows, and connects with the TLS settings of the
 * database's URL; the options given to WildFly's start script reach the JVM whole. The real dump and restore:
 * {@link BackupAndRestoreIT}. Needs bash, perl, gzip, tar and sha256sum, as the scripts do.
 */
class OpsScriptsTest {

    @TempDir
    Path work;

    private Path clients;
    private Path calls;
    private Path data;
    private Path backups;

    @Test
    void everyScriptParses() throws Exception {
        List<Path> scripts = new ArrayList<>();
        for (String folder : List.of("src/ops", "src/cluster", "src/bench")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(file -> file.toString().endsWith(".sh")).sorted().forEach(scripts::add);
            }
        }
        assertTrue(scripts.size() > 20, "the scripts were found: " + scripts);
        for (Path script : scripts) {
            String shell = Files.readString(script).startsWith("#!/bin/sh") ? "sh" : "bash";
            Run parsed = run(List.of(shell, "-n", script.toString()), Map.of());
            assertEquals(0, parsed.status(), script + " does not parse: " + parsed.output());
        }
    }

    @BeforeEach
    void clientsAndFolders() throws IOException {
        clients = Files.createDirectories(work.resolve("clients de la base"));
        calls = Files.createDirectories(work.resolve("appels"));
        write(clients.resolve("mariadb"), """
                #!/bin/sh
                # Answers backup.sh's questions as a database server would; keeps the options file it was given.
                for argument in "$@"; do
                    case $argument in
                        --defaults-extra-file=*) cp "${argument#*=}" "$STUB_CALLS/options.cnf" ;;
                    esac
                done
                query=$(cat)
                case $query in
                    *VERSION*) echo "$STUB_VERSION" ;;
                    *@@log_bin*) echo 1 ;;
                    *max_allowed_packet*) echo 67108864 ;;
                    *flyway_schema_history*) echo 90 ;;
                    *default_character_set_name*) printf 'utf8mb4\\tutf8mb4_unicode_ci\\n' ;;
                    *) echo "unexpected: $query" >&2; exit 1 ;;
                esac
                """);
        write(clients.resolve("mariadb-dump"), """
                #!/bin/sh
                # Keeps its arguments, one a line, and writes the dump of a table of two rows.
                printf '%s\\n' "$@" > "$STUB_CALLS/dump-arguments"
                printf '%s\\n' "-- CHANGE MASTER TO MASTER_LOG_FILE='binlog.000007', MASTER_LOG_POS=1747;" \\
                    'CREATE TABLE `lead` (`id` bigint NOT NULL);' 'INSERT INTO `lead` VALUES (1),(2);'
                """);
        data = work.resolve("données de l'atelier");
        Files.createDirectories(data.resolve("imports"));
        Files.writeString(data.resolve("imports/présence à l'atelier.csv"), "Prénom,Nom\nZoé,N'Diaye\n");
        backups = work.resolve("sauvegardes de nuit");
    }

    @Test
    void aBackupInFoldersWithBlanksLeavesOutAFileStillBeingWritten() throws Exception {
        Files.writeString(data.resolve("imports/3f0c1a52.upload.partial"), "Prénom,Nom\nZo");

        Run backup = backUp("10.11.19-MariaDB-0+deb12u1", "");

        assertEquals(0, backup.status(), backup.output());
        String manifest = manifest();
        assertTrue(manifest.contains("  ./imports/présence à l'atelier.csv\n"), manifest);
        assertFalse(manifest.contains(".partial"), "a file being written is not backed up: " + manifest);
        assertTrue(manifest.contains("\nrows 2 lead\n") && manifest.contains("\nbinlog binlog.000007 1747\n"),
                manifest);
        assertTrue(backup.output().contains("(1 tables, 2 rows, 1 files)"), backup.output());
    }

    @Test
    void theDumpIsGivenTheOptionsOfTheServerItReads() throws Exception {
        assertEquals(0, backUp("10.11.19-MariaDB-0+deb12u1", "").status());
        assertTrue(dumpArguments().containsAll(List.of("--master-data=2", "--gtid")), dumpArguments().toString());

        Run mysql = backUp("8.0.36", "");
        assertEquals(0, mysql.status(), mysql.output());
        assertTrue(dumpArguments().contains("--master-data=2"), dumpArguments().toString());
        assertFalse(dumpArguments().contains("--gtid"), "MariaDB's alone: " + dumpArguments());
        assertTrue(manifest().contains("\nserver 8.0.36\n"), manifest());

        Run mysql84 = backUp("8.4.2", "");
        assertEquals(0, mysql84.status(), mysql84.output());
        assertFalse(dumpArguments().stream().anyMatch(argument -> argument.startsWith("--master-data")),
                "MySQL 8.4 has no SHOW MASTER STATUS: " + dumpArguments());
        assertTrue(mysql84.output().contains("names none"), mysql84.output());
    }

    @Test
    void theClientsConnectAsTheDatabaseUrlSays() throws Exception {
        Path authority = Files.createDirectories(work.resolve("autorité de certification")).resolve("ca.pem");
        Files.writeString(authority, "-----BEGIN CERTIFICATE-----\n");

        Run verified = backUp("8.0.36", "?useUnicode=true&sslMode=VERIFY_IDENTITY",
                Map.of("TREMPLIN_DB_SSL_CA", authority.toString()));
        assertEquals(0, verified.status(), verified.output());
        assertTrue(verified.output().contains("the server's certificate checked"), verified.output());
        assertTrue(options().containsAll(List.of("ssl", "ssl-verify-server-cert", "ssl-ca=\"" + authority + "\"")),
                options().toString());

        assertEquals(0, backUp("8.0.36", "?sslMode=REQUIRED").status());
        assertTrue(options().containsAll(List.of("ssl", "skip-ssl-verify-server-cert")), options().toString());

        assertEquals(0, backUp("10.11.19-MariaDB", "?useSSL=false").status());
        assertTrue(options().contains("skip-ssl"), options().toString());

        assertEquals(0, backUp("10.11.19-MariaDB", "?useUnicode=true&characterEncoding=UTF-8").status());
        assertTrue(options().stream().noneMatch(option -> option.contains("ssl")), "the client's default: " + options());

        Run javaTrustStore = backUp("8.0.36", "?sslMode=VERIFY_CA&trustCertificateKeyStoreUrl=file:/etc/tremplin/ca.jks");
        assertEquals(1, javaTrustStore.status(), javaTrustStore.output());
        assertTrue(javaTrustStore.output().contains("TREMPLIN_DB_SSL_CA"), javaTrustStore.output());
    }

    /** WildFly's standalone.sh reads JAVA_OPTS through eval: an option naming a path with blanks reaches the JVM whole. */
    @Test
    void aJavaOptionNamingAPathWithBlanksReachesTheJvmWhole() throws Exception {
        String archive = work.resolve("nœuds de l'essai/classes $HOME.jsa").toString();
        Run options = run(List.of("bash", "-c", ". src/ops/java-options.sh; java_options -Xmx1g \"$1\"", "-",
                "-XX:SharedArchiveFile=" + archive), Map.of());
        assertEquals(0, options.status(), options.output());

        Run read = run(List.of("sh", "-c", "eval \"set -- $1\"; printf '%s\\n' \"$@\"", "-", options.output()),
                Map.of());
        assertEquals("-Xmx1g\n-XX:SharedArchiveFile=" + archive + "\n", read.output());
    }

    private Run backUp(String serverVersion, String urlParameters) throws Exception {
        return backUp(serverVersion, urlParameters, Map.of());
    }

    private Run backUp(String serverVersion, String urlParameters, Map<String, String> more) throws Exception {
        Files.deleteIfExists(calls.resolve("dump-arguments"));
        Files.deleteIfExists(calls.resolve("options.cnf"));
        if (Files.isDirectory(backups)) {
            try (Stream<Path> archives = Files.list(backups)) {
                for (Path archive : archives.toList()) {
                    Files.delete(archive);
                }
            }
        }
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "TREMPLIN_DB_URL", "jdbc:mysql://db.example.org:3306/tremplin" + urlParameters,
                "TREMPLIN_DB_USER", "tremplin", "TREMPLIN_DB_PASSWORD", "secret \"quoted\\",
                "TREMPLIN_DATA_DIR", data.toString(), "TREMPLIN_MARIADB_BIN", clients.toString(),
                "STUB_CALLS", calls.toString(), "STUB_VERSION", serverVersion));
        environment.putAll(more);
        return run(List.of("bash", "src/ops/backup.sh", backups.toString()), environment);
    }

    private String manifest() throws Exception {
        try (Stream<Path> archives = Files.list(backups)) {
            Path archive = archives.filter(path -> path.getFileName().toString().endsWith(".tar")).findFirst()
                    .orElseThrow();
            Run manifest = run(List.of("tar", "-xOf", archive.toString(), "manifest.txt"), Map.of());
            assertEquals(0, manifest.status(), manifest.output());
            return manifest.output();
        }
    }

    private List<String> dumpArguments() throws IOException {
        return Files.readAllLines(calls.resolve("dump-arguments"));
    }

    private List<String> options() throws IOException {
        return Files.readAllLines(calls.resolve("options.cnf"));
    }

    private static void write(Path script, String text) throws IOException {
        Files.writeString(script, text);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    }

    private record Run(int status, String output) {
    }

    /** Runs a command from the checkout's root, without the TREMPLIN_ variables of the machine: only those given. */
    private static Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("TREMPLIN_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish: " + output);
        return new Run(process.exitValue(), output);
    }
}
