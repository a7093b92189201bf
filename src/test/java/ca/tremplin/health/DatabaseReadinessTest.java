package ca.tremplin.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * While the server starts, a balancer or a benchmark probes readiness several times a second: the state is logged once
 * when first asked, once at each change, and never again for a probe that finds it as it was.
 */
class DatabaseReadinessTest {

    private static final DatabaseReadiness.State UNREACHABLE = new DatabaseReadiness.State(false, false);
    private static final DatabaseReadiness.State MIGRATING = new DatabaseReadiness.State(true, false);
    private static final DatabaseReadiness.State READY = new DatabaseReadiness.State(true, true);

    @Test
    void aStateIsLoggedWhenFirstAskedAndAtEachChangeNotAtEveryProbe() {
        List<LogRecord> logged = logged(changes -> {
            for (int probe = 0; probe < 40; probe++) {
                changes.observe(probe < 20 ? UNREACHABLE : MIGRATING);
            }
            for (int probe = 0; probe < 40; probe++) {
                changes.observe(READY);
            }
        });

        assertEquals(3, logged.size(), "DOWN once, DOWN for another reason once, UP once");
        assertTrue(logged.get(0).getMessage().startsWith("Readiness DOWN"), logged.get(0).getMessage());
        assertEquals(Level.INFO, logged.get(0).getLevel(), "DOWN while the server starts is expected");
        assertTrue(logged.get(2).getMessage().startsWith("Readiness UP"), logged.get(2).getMessage());
    }

    @Test
    void downAfterUpIsAWarningLoggedOnce() {
        List<LogRecord> logged = logged(changes -> {
            changes.observe(READY);
            for (int probe = 0; probe < 10; probe++) {
                changes.observe(UNREACHABLE);
            }
        });

        assertEquals(2, logged.size());
        assertEquals(Level.WARNING, logged.get(1).getLevel());
        assertTrue(logged.get(1).getMessage().contains("was UP"), logged.get(1).getMessage());
    }

    /** WildFly's own line for every answer DOWN (SmallRye Health's, at INFO) is not written; its errors are. */
    @Test
    void theServerDoesNotLogEveryAnswerDown() throws IOException {
        assertTrue(Files.readString(Path.of("wildfly-config/tremplin.cli"))
                .contains("/subsystem=logging/logger=io.smallrye.health:add(level=WARN)"));
    }

    private static List<LogRecord> logged(java.util.function.Consumer<DatabaseReadiness.StateChanges> probes) {
        Logger logger = Logger.getLogger(DatabaseReadiness.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            probes.accept(new DatabaseReadiness.StateChanges());
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }
}
