package ca.tremplin.kernel;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the migrations of {@code sql/} (packaged as
 * {@code db/migration}) before anything else touches it, with those of {@code sql-mariadb/} (packaged as
 * {@code db/vendor/mariadb}) on MariaDB only. The readiness check asks it whether it is done.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource dataSource;

    private volatile boolean migrated;
    private volatile String vendor;

    /** The servers that have migrations of their own, beside the common ones. */
    static final Set<String> VENDOR_FOLDERS = Set.of("mariadb");

    /** A migrator for a tool that runs outside the server, on a data source of its own (the backup's test). */
    public static SchemaMigrator on(DataSource dataSource) {
        SchemaMigrator migrator = new SchemaMigrator();
        migrator.dataSource = dataSource;
        return migrator;
    }

    /**
     * Migrates, validating once: Flyway validates the history before it migrates, and only when that fails is the
     * history compared with the corrected migrations (a second validation, rare: once per database).
     */
    public void migrate() {
        Flyway flyway = flyway();
        MigrateResult result;
        try {
            result = flyway.migrate();
        } catch (FlywayValidateException invalid) {
            if (!CorrectedMigrations.onlyCorrectionsDiffer(flyway)) {
                throw invalid;
            }
            LOG.warning("Migrations corrected for MySQL differ from this database's history only by their checksums:"
                    + " recording the new checksums (Flyway repair, docs/database.md)");
            flyway.repair();
            result = flyway.migrate();
        }
        // With nothing to apply, Flyway names no target version: the schema stays at the one it found.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion;
        int applied = result.migrationsExecuted;
        LOG.info(() -> "Schema at version " + version + " (" + applied + " migrations applied now)");
        migrated = true;
    }

    /**
     * True once this server has applied every migration it knows ({@link #migrate()} succeeded; none can be pending
     * for it afterwards). Every readiness probe asks it, so it reads nothing: building Flyway's view of the
     * migrations on each probe cost a second of CPU under load while the server was still starting.
     */
    public boolean isUpToDate() {
        return migrated;
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(vendor()).toArray(String[]::new))
                .failOnMissingLocations(true)
                .load();
    }

    /** The common migrations, and those of the server's own folder when it has one. */
    static List<String> locations(String vendor) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (VENDOR_FOLDERS.contains(vendor)) {
            locations.add("classpath:db/vendor/" + vendor);
        }
        return locations;
    }

    private String vendor() {
        if (vendor != null) {
            return vendor;
        }
        try (Connection connection = dataSource.getConnection()) {
            vendor = DatabaseServer.of(connection).vendor();
            return vendor;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database server this is", e);
        }
    }
}
