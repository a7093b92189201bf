package ca.tremplin.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, every few seconds, one message per transaction. Several servers may run it
 * at once: each claims its message with {@code SKIP LOCKED}, so no message goes out twice.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    /** A cap per round, so that a round always ends; the next one follows a few seconds later. */
    static final int MESSAGES_PER_ROUND = 5000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxSender sender;

    private ScheduledFuture<?> rounds;

    /** Called once the schema is migrated (see {@code StartupSequence}). */
    public void start() {
        long periodSeconds = Long.parseLong(System.getenv().getOrDefault("TREMPLIN_OUTBOX_PERIOD_SECONDS", "3"));
        rounds = scheduler.scheduleWithFixedDelay(this::sendDueMessages, 1, periodSeconds, TimeUnit.SECONDS);
    }

    /** Sends every message that is due, a batch at a time; returns how many went out. */
    public int sendDueMessages() {
        int sent = 0;
        try {
            for (int claimed = 0; claimed < MESSAGES_PER_ROUND; ) {
                OutboxSender.Batch batch = sender.sendDueBatch();
                claimed += batch.claimed();
                sent += batch.sent();
                if (batch.claimed() < OutboxSender.BATCH_SIZE) {
                    break;
                }
            }
        } catch (RuntimeException unexpected) {
            // A failed round must not cancel the schedule; the next round tries again.
            LOG.log(Level.WARNING, "Outbox round stopped early", unexpected);
        }
        return sent;
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
