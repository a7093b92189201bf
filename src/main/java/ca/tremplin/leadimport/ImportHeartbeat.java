package ca.tremplin.leadimport;

import ca.tremplin.kernel.BackgroundTasks;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds (TREMPLIN_IMPORT_HEARTBEAT_SECONDS, default 5): renews the heartbeat of the imports this server
 * runs, then resumes those whose owner fell silent ({@link InterruptedImports#resumeAbandoned}). Started once the
 * imports left by this server's own last run were resumed.
 */
@ApplicationScoped
public class ImportHeartbeat {

    private static final Logger LOG = Logger.getLogger(ImportHeartbeat.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ImportOwnership ownership;

    @Inject
    InterruptedImports interrupted;

    /** Its beats, cancelled when the deployment goes away (see {@link BackgroundTasks}). */
    private final BackgroundTasks background = new BackgroundTasks();

    public void start() {
        long seconds = Long.parseLong(System.getenv().getOrDefault("TREMPLIN_IMPORT_HEARTBEAT_SECONDS", "5"));
        background.repeat(scheduler, this::beat, seconds, seconds, TimeUnit.SECONDS);
    }

    private void beat() {
        try {
            ownership.beat();
            interrupted.resumeAbandoned();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next beat tries again, well before the heartbeat is stale.
            LOG.log(Level.WARNING, "Import heartbeat not recorded", e);
        }
    }

    @PreDestroy
    void stop() {
        background.stop();
    }
}
