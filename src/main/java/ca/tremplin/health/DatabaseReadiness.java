package ca.tremplin.health;

import ca.tremplin.kernel.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve when the database answers and every migration has been applied. The state is logged when it is first
 * asked and each time it changes, never at every probe: a balancer or a benchmark asks several times a second while
 * the server starts (WildFly's own line for each answer DOWN is silenced in {@code wildfly-config/tremplin.cli}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource dataSource;

    @Inject
    SchemaMigrator schema;

    private final StateChanges changes = new StateChanges();

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
        } catch (SQLException unreachable) {
            reachable = false;
        }
        boolean migrated = reachable && schema.isUpToDate();
        changes.observe(new State(reachable, migrated));
        return HealthCheckResponse.named("database")
                .status(reachable && migrated)
                .withData("reachable", reachable)
                .withData("migrations-applied", migrated)
                .build();
    }

    /** What the readiness answers: UP when the database is reachable and migrated. */
    record State(boolean reachable, boolean migrated) {

        boolean up() {
            return reachable && migrated;
        }

        @Override
        public String toString() {
            return (up() ? "UP" : "DOWN") + " (database reachable: " + reachable + ", migrations applied: " + migrated
                    + ")";
        }
    }

    /** Logs the first state and every change of it; probes that find the same state again log nothing. */
    static final class StateChanges {

        private State last;

        /** Returns whether this state was logged (the first one, or a change). */
        synchronized boolean observe(State state) {
            if (state.equals(last)) {
                return false;
            }
            State before = last;
            last = state;
            // DOWN while the server starts is expected; DOWN after UP is not.
            boolean lost = before != null && before.up() && !state.up();
            LOG.log(lost ? Level.WARNING : Level.INFO, () -> "Readiness " + state
                    + (before == null ? "" : ", was " + (before.up() ? "UP" : "DOWN")));
            return true;
        }
    }
}
