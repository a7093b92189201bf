package ca.tremplin.mail;

import ca.tremplin.kernel.BackgroundTasks;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, one message per transaction: at once when a transaction that posted mail commits on
 * this server, and every few seconds for the rest (messages posted on another server, retries after a failure).
 * Several rounds may run at once, on one server or several: each claims its message with {@code SKIP LOCKED}, so no
 * two rounds send the same message.
 *
 * <p>While the mail server cannot be reached, the messages wait where they are, charged nothing: the scheduled rounds
 * wait before they ask the server again — 30 s (the first retry), then twice as long each time, at most
 * {@link #LONGEST_PAUSE} —, so that an outage costs neither a message its place nor the log a line every few seconds.
 * A round asked for mail just committed asks the server at once all the same: one try per transaction, and the new
 * message leaves as soon as the server is back.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    /** A cap per round, so that a round always ends; the next one follows a few seconds later. */
    static final int MESSAGES_PER_ROUND = 5000;
    /** Messages sent over one connection; then it is closed, as many mail servers limit messages per connection. */
    static final int BATCH_SIZE = 25;

    /** The longest wait between two tries of a mail server that could not be reached. */
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(2);

    /** What one batch did: how many messages were tried, how many went out, and whether the mail server broke off. */
    record Batch(int claimed, int sent, boolean connectionLost) {
    }

    /** No round before this time: the mail server could not be reached (null: none is waited for). */
    private volatile Instant pausedUntil;
    /** How many rounds in a row found the mail server out of reach. */
    private int roundsWithoutServer;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxSender sender;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @Inject
    Clock clock;

    /** Its rounds, stopped when the deployment goes away (see {@link BackgroundTasks}). */
    private final BackgroundTasks background = new BackgroundTasks();
    private volatile boolean started;
    /** A round asked by {@link #roundNow} and not begun yet: the requests that arrive meanwhile are served by it. */
    private final AtomicBoolean roundAsked = new AtomicBoolean();

    /** Called once the schema is migrated (see {@code StartupSequence}). */
    public void start() {
        long periodSeconds = Long.parseLong(System.getenv().getOrDefault("TREMPLIN_OUTBOX_PERIOD_SECONDS", "3"));
        background.repeat(scheduler, this::scheduledRound, 1, periodSeconds, TimeUnit.SECONDS);
        started = true;
    }

    /**
     * A round as soon as a thread is free, for mail that was just committed. Asks made while one is waiting to begin
     * are served by that one; before {@link #start} (the schema not yet migrated) the scheduled rounds will send it.
     */
    void roundNow() {
        if (!started || !roundAsked.compareAndSet(false, true)) {
            return;
        }
        try {
            boolean handed = background.now(scheduler, () -> {
                roundAsked.set(false);
                sendDueMessages();
            });
            if (!handed) {
                // The deployment is going away: the message waits in the outbox for the next one's rounds.
                roundAsked.set(false);
            }
        } catch (RejectedExecutionException shuttingDown) {
            roundAsked.set(false);
        }
    }

    /** A scheduled round, unless the mail server was out of reach a moment ago (see {@link #pauseAfterOutage}). */
    void scheduledRound() {
        Instant paused = pausedUntil;
        if (paused == null || !clock.instant().isBefore(paused)) {
            sendDueMessages();
        }
    }

    /**
     * Sends every message that is due, a batch (one connection) at a time; returns how many went out. The round
     * ends when the mail server cannot be reached: a later round tries again.
     */
    public int sendDueMessages() {
        int sent = 0;
        try {
            for (int claimed = 0; claimed < MESSAGES_PER_ROUND; ) {
                Batch batch = sendDueBatch();
                claimed += batch.claimed();
                sent += batch.sent();
                if (batch.connectionLost()) {
                    pauseAfterOutage();
                    break;
                }
                resumed();
                if (batch.claimed() < BATCH_SIZE) {
                    break;
                }
            }
        } catch (RuntimeException unexpected) {
            // A failed round must not cancel the schedule; the next round tries again.
            LOG.log(Level.WARNING, "Outbox round stopped early", unexpected);
        }
        return sent;
    }

    /** The next round waits: 30 s, 1 min, 2 min... at most {@link #LONGEST_PAUSE}, from the mail server's last miss. */
    private synchronized void pauseAfterOutage() {
        roundsWithoutServer++;
        pausedUntil = clock.instant().plus(pause(roundsWithoutServer));
    }

    private synchronized void resumed() {
        roundsWithoutServer = 0;
        pausedUntil = null;
    }

    /** The wait after {@code misses} rounds in a row without a mail server. */
    static Duration pause(int misses) {
        Duration pause = OutboxMessage.FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(misses, 1) - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
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
                if (outcome == OutboxSender.Outcome.SERVER_UNAVAILABLE) {
                    return new Batch(claimed, sent, true);
                }
            }
        }
        return new Batch(claimed, sent, false);
    }

    @PreDestroy
    void stop() {
        background.stop();
    }
}
