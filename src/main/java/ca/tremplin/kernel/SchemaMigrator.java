package ca.tremplin.kernel;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the migrations of {@code sql/} (packaged as
 * {@code db/migration}) before anything else touches it. The readiness check asks it whether it is done.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource dataSource;

    private volatile boolean migrated;

    public void migrate() {
        MigrateResult result = flyway().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        migrated = true;
    }

    /** True once this server has migrated and no migration is pending in the database. */
    public boolean isUpToDate() {
        return migrated && flyway().info().pending().length == 0;
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}
