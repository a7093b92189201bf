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
                    *flyway_schema_history*) echo "${STUB_SCHEMA:-90}" ;;
                    *processlist*) echo 0 ;;
                    *default_character_set_name*) printf 'utf8mb4\\tutf8mb4_unicode_ci\\n' ;;
                    *) echo "unexpected: $query" >&2; exit 1 ;;
                esac
                """);
        write(clients.resolve("mariadb-dump"), DUMP.formatted("mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB"));
        data = work.resolve("données de l'atelier");
        Files.createDirectories(data.resolve("imports"));
        Files.writeString(data.resolve("imports/présence à l'atelier.csv"), "Prénom,Nom\nZoé,N'Diaye\n");
        backups = work.resolve("sauvegardes de nuit");
    }

    /**
     * Keeps its arguments, one a line, and writes the dump of a table of two rows (and, when STUB_HASHES is set, of
     * a brake's count kept as a keyed hash); says which client it is when asked.
     */
    private static final String DUMP = """
            #!/bin/sh
            if [ "$1" = --version ]; then echo '%s, for debian-linux-gnu (x86_64)'; exit 0; fi
            printf '%%s\\n' "$@" > "$STUB_CALLS/dump-arguments"
            printf '%%s\\n' "-- CHANGE MASTER TO MASTER_LOG_FILE='binlog.000007', MASTER_LOG_POS=1747;" \\
                'CREATE TABLE `lead` (`id` bigint NOT NULL);' 'INSERT INTO `lead` VALUES (1),(2);'
            if [ -n "${STUB_HASHES:-}" ]; then
                printf '%%s\\n' 'CREATE TABLE `rate_limit_count` (`limit_key` char(64) NOT NULL);' \\
                    "INSERT INTO \\`rate_limit_count\\` VALUES ('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');"
            fi
            """;

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

    @Test
    void theHashesKeyStaysOutOfTheArchiveUnlessAskedForAndTheBackupSaysWhereItIs() throws Exception {
        Path key = data.resolve("keys/hash.key");
        Files.createDirectories(key.getParent());
        Files.write(key, new byte[32]);

        Run apart = backUp("10.11.19-MariaDB", "");
        assertEquals(0, apart.status(), apart.output());
        assertFalse(manifest().contains("keys/hash.key"), "the key is not archived: " + manifest());
        assertTrue(manifest().contains("\nhash-key apart\n"), manifest());
        assertTrue(apart.output().contains(key + ", is not in the archive: keep a copy of it apart"), apart.output());

        Run with = backUp("10.11.19-MariaDB", "", Map.of(), "--with-hash-key");
        assertEquals(0, with.status(), with.output());
        assertTrue(manifest().contains("  ./keys/hash.key\n") && manifest().contains("\nhash-key archived\n"),
                manifest());
        assertTrue(with.output().contains("Warning: the archive holds the key"), with.output());

        Run fromEnvironment = backUp("10.11.19-MariaDB", "",
                Map.of("TREMPLIN_HASH_KEY", "q8Xr0a3Vd9mT2pLk7sWc4yHn6bJe1uZg5fQo"));
        assertEquals(0, fromEnvironment.status(), fromEnvironment.output());
        assertFalse(manifest().contains("keys/hash.key"), manifest());
        assertTrue(fromEnvironment.output().contains("is TREMPLIN_HASH_KEY, never archived"), fromEnvironment.output());
    }

    @Test
    void aRestoreOfKeyedHashesWithoutTheirKeyIsRefusedBeforeAnythingChanges() throws Exception {
        Path key = data.resolve("keys/hash.key");
        Files.createDirectories(key.getParent());
        Files.write(key, new byte[32]);
        Map<String, String> keyed = Map.of("STUB_HASHES", "1", "STUB_SCHEMA", "101");
        assertEquals(0, backUp("10.11.19-MariaDB", "", keyed).status());
        Path archive;
        try (Stream<Path> archives = Files.list(backups)) {
            archive = archives.filter(path -> path.toString().endsWith(".tar")).findFirst().orElseThrow();
        }
        Files.delete(key);

        Run refused = restore(archive, Map.of());
        assertEquals(1, refused.status(), refused.output());
        assertTrue(refused.output().contains("holds 1 hashes of addresses and e-mails kept under a key the archive"
                + " does not hold"), refused.output());
        assertTrue(refused.output().contains("TREMPLIN_HASH_KEY") && refused.output().contains("--hash-key FILE")
                && refused.output().contains("nothing was changed"), refused.output());
        assertFalse(refused.output().contains("Restoring"), refused.output());

        Path short_ = Files.write(work.resolve("court.key"), new byte[3]);
        Run tooShort = restore(archive, Map.of(), "--hash-key", short_.toString());
        assertEquals(1, tooShort.status(), tooShort.output());
        assertTrue(tooShort.output().contains("holds 3 bytes"), tooShort.output());

        // Given, the restore goes on (to the stub's first unexpected question).
        Path kept = Files.write(work.resolve("clé gardée à part.key"), new byte[32]);
        assertTrue(restore(archive, Map.of(), "--hash-key", kept.toString()).output().contains("Restoring"));
        assertTrue(restore(archive, Map.of("TREMPLIN_HASH_KEY", "q8Xr0a3Vd9mT2pLk7sWc4yHn6bJe1uZg5fQo")).output()
                .contains("Restoring"));
        assertTrue(restore(archive, Map.of(), "--new-hash-key").output().contains("Restoring"));
    }

    @Test
    void mysqlsClientsServeWhereMariadbsAreMissingAndTheirOwnOptionsAreGiven() throws Exception {
        Files.move(clients.resolve("mariadb"), clients.resolve("mysql"));
        Files.delete(clients.resolve("mariadb-dump"));
        write(clients.resolve("mysqldump"), DUMP.formatted("mysqldump  Ver 8.0.36 for Linux on x86_64"));

        Run mariadbServer = backUp("10.11.19-MariaDB", "?sslMode=REQUIRED");
        assertEquals(0, mariadbServer.status(), mariadbServer.output());
        assertTrue(dumpArguments().contains("--column-statistics=0"), dumpArguments().toString());
        assertFalse(dumpArguments().stream().anyMatch(argument -> argument.startsWith("--master-data")
                || argument.equals("--gtid")), dumpArguments().toString());
        assertTrue(mariadbServer.output().contains("names none"), mariadbServer.output());
        assertTrue(options().contains("ssl-mode=REQUIRED") && !options().contains("ssl"), options().toString());

        Run mysqlServer = backUp("8.0.36", "?useSSL=false");
        assertEquals(0, mysqlServer.status(), mysqlServer.output());
        assertTrue(dumpArguments().contains("--source-data=2"), dumpArguments().toString());
        assertFalse(dumpArguments().contains("--column-statistics=0"), dumpArguments().toString());
        assertTrue(options().contains("ssl-mode=DISABLED"), options().toString());

        Run unchecked = backUp("8.0.36", "?sslMode=VERIFY_IDENTITY");
        assertEquals(1, unchecked.status(), unchecked.output());
        assertTrue(unchecked.output().contains("TREMPLIN_DB_SSL_CA"), unchecked.output());

        Files.delete(clients.resolve("mysqldump"));
        Run none = backUp("8.0.36", "");
        assertEquals(1, none.status(), none.output());
        assertTrue(none.output().contains("neither MariaDB's clients (mariadb, mariadb-dump) nor MySQL's (mysql,"
                + " mysqldump) were found in TREMPLIN_MARIADB_BIN"), none.output());
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

    /**
     * A start's classes are cached the way the server's JDK does it best: JDK 25's ahead-of-time cache, which also
     * keeps the methods' profiles (a node ready sooner than with JDK 17's archive, docs/benchmarks.md), else JDK 17's
     * class data archive; the JDK is the one standalone.sh runs, $JAVA_HOME's.
     */
    @Test
    void aStartsClassesAreCachedAsTheServersJdkDoesIt() throws Exception {
        for (String release : List.of("17", "25", "26")) {
            Path jdk = work.resolve("jdk-" + release);
            Files.createDirectories(jdk.resolve("bin"));
            Path java = jdk.resolve("bin/java");
            Files.writeString(java, "#!/bin/sh\necho 'Property settings:' >&2\n"
                    + "echo '    java.specification.version = " + release + "' >&2\necho 'openjdk version' >&2\n");
            java.toFile().setExecutable(true);
            Run options = run(List.of("bash", "-c", ". src/ops/java-options.sh; class_cache_write_option \"$1\";"
                    + " class_cache_use_option \"$1\"", "-", "/srv/nodes/classes.cache"), Map.of("JAVA_HOME",
                    jdk.toString()));
            assertEquals(0, options.status(), options.output());
            assertEquals(release.equals("17")
                    ? "-XX:ArchiveClassesAtExit=/srv/nodes/classes.cache\n-XX:SharedArchiveFile=/srv/nodes/classes.cache\n"
                    : "-XX:AOTCacheOutput=/srv/nodes/classes.cache\n-XX:AOTCache=/srv/nodes/classes.cache\n",
                    options.output(), "JDK " + release);
        }
    }

    private Run backUp(String serverVersion, String urlParameters) throws Exception {
        return backUp(serverVersion, urlParameters, Map.of());
    }

    private Run backUp(String serverVersion, String urlParameters, Map<String, String> more, String... options)
            throws Exception {
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
        List<String> command = new ArrayList<>(List.of("bash", "src/ops/backup.sh"));
        command.addAll(List.of(options));
        command.add(backups.toString());
        return run(command, environment);
    }

    private Run restore(Path archive, Map<String, String> more, String... options) throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "TREMPLIN_DB_URL", "jdbc:mysql://db.example.org:3306/tremplin", "TREMPLIN_DB_USER", "tremplin",
                "TREMPLIN_DATA_DIR", data.toString(), "TREMPLIN_MARIADB_BIN", clients.toString(),
                "STUB_CALLS", calls.toString(), "STUB_VERSION", "10.11.19-MariaDB"));
        environment.putAll(more);
        List<String> command = new ArrayList<>(List.of("bash", "src/ops/restore.sh", "--replace"));
        command.addAll(List.of(options));
        command.add(archive.toString());
        return run(command, environment);
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
