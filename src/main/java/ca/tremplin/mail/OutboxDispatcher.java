package ca.tremplin.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, one message per transaction: at once when a transaction that posted mail commits on
 * this server, and every few seconds for the rest (messages posted on another server, retries after a failure).
 * Several rounds may run at once, on one server or several: each claims its message with {@code SKIP LOCKED}, so no
 * two rounds send the same message.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    /** A cap per round, so that a round always ends; the next one follows a few seconds later. */
    static final int MESSAGES_PER_ROUND = 5000;
    /** Messages sent over one connection; then it is closed, as many mail servers limit messages per connection. */
    static final int BATCH_SIZE = 25;

    /** What one batch did: how many messages were tried, how many went out, and whether the mail server broke off. */
    record Batch(int claimed, int sent, boolean connectionLost) {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxSender sender;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @Inject
    Clock clock;

    private volatile ScheduledFuture<?> rounds;
    /** A round asked by {@link #roundNow} and not begun yet: the requests that arrive meanwhile are served by it. */
    private final AtomicBoolean roundAsked = new AtomicBoolean();

    /** Called once the schema is migrated (see {@code StartupSequence}). */
    public void start() {
        long periodSeconds = Long.parseLong(System.getenv().getOrDefault("TREMPLIN_OUTBOX_PERIOD_SECONDS", "3"));
        rounds = scheduler.scheduleWithFixedDelay(this::sendDueMessages, 1, periodSeconds, TimeUnit.SECONDS);
    }

    /**
     * A round as soon as a thread is free, for mail that was just committed. Asks made while one is waiting to begin
     * are served by that one; before {@link #start} (the schema not yet migrated) the scheduled rounds will send it.
     */
    void roundNow() {
        if (rounds == null || !roundAsked.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.execute(() -> {
                roundAsked.set(false);
                sendDueMessages();
            });
        } catch (RejectedExecutionException shuttingDown) {
            roundAsked.set(false);
        }
    }

    /**
     * Sends every message that is due, a batch (one connection) at a time; returns how many went out. The round
     * ends when the mail server cannot be reached: the next round tries again.
     */
    public int sendDueMessages() {
        int sent = 0;
        try {
            for (int claimed = 0; claimed < MESSAGES_PER_ROUND; ) {
                Batch batch = sendDueBatch();
                claimed += batch.claimed();
                sent += batch.sent();
                if (batch.claimed() < BATCH_SIZE || batch.connectionLost()) {
                    break;
                }
            }
        } catch (RuntimeException unexpected) {
            // A failed round must not cancel the schedule; the next round tries again.
            LOG.log(Level.WARNING, "Outbox round stopped early", unexpected);
        }
        return sent;
    }

    /** Up to {@link #BATCH_SIZE} due messages over one connection, opened only if a message is due. */
    Batch sendDueBatch() {
        Instant now = clock.instant();
        int claimed = 0;
        int sent = 0;
        try (SmtpConnection connection = new SmtpConnection(mailSession)) {
            while (claimed < BATCH_SIZE) {
                OutboxSender.Outcome outcome = sender.sendNextDue(connection, now);
                if (outcome == OutboxSender.Outcome.NONE_DUE) {
                    break;
                }
                claimed++;
                sent += outcome == OutboxSender.Outcome.SENT ? 1 : 0;
                if (outcome == OutboxSender.Outcome.CONNECTION_LOST) {
                    return new Batch(claimed, sent, true);
                }
            }
        }
        return new Batch(claimed, sent, false);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
