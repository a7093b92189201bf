package ca.tremplin.mail;

import ca.tremplin.kernel.BackgroundTasks;
import ca.tremplin.kernel.ClusterNode;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the bounces from the mailbox the bounce address delivers to, over IMAP or POP3 ({@code
 * TREMPLIN_BOUNCE_MAILBOX_*}, README): every minute, on one server of a cluster at a time ({@link BounceMailboxLease}).
 * Each message is read into a {@link BounceReport} and handed to {@link Bounces}, in a transaction of its own, then
 * deleted from the mailbox — whatever it was: the mailbox is Tremplin's alone, and a message that is no report of ours
 * (an auto-reply, a forged report) would otherwise be read again at every round. A message whose report could not be
 * recorded (the database out of reach) stays for the next round. Off when no mailbox or no bounce address is
 * configured.
 */
@ApplicationScoped
public class BounceMailbox {

    private static final Logger LOG = Logger.getLogger(BounceMailbox.class.getName());

    /** The most messages a round reads: a round always ends; the next one reads on. */
    static final int MESSAGES_PER_ROUND = 200;

    /** Where the mailbox is, and how to sign in to it. */
    public record Settings(String protocol, String host, int port, String user, String password, String folder,
                           Duration period) {

        /** The mailbox the environment names; none without a host. */
        static Optional<Settings> fromEnvironment() {
            String host = System.getenv("TREMPLIN_BOUNCE_MAILBOX_HOST");
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            String protocol = System.getenv().getOrDefault("TREMPLIN_BOUNCE_MAILBOX_PROTOCOL", "imaps").strip()
                    .toLowerCase(Locale.ROOT);
            if (!java.util.Set.of("imap", "imaps", "pop3", "pop3s").contains(protocol)) {
                throw new IllegalStateException("TREMPLIN_BOUNCE_MAILBOX_PROTOCOL is imap, imaps, pop3 or pop3s, not "
                        + protocol);
            }
            String port = System.getenv("TREMPLIN_BOUNCE_MAILBOX_PORT");
            return Optional.of(new Settings(protocol, host.strip(), port == null || port.isBlank() ? -1
                    : Integer.parseInt(port.strip()), System.getenv("TREMPLIN_BOUNCE_MAILBOX_USER"),
                    System.getenv("TREMPLIN_BOUNCE_MAILBOX_PASSWORD"),
                    System.getenv().getOrDefault("TREMPLIN_BOUNCE_MAILBOX_FOLDER", "INBOX"),
                    Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault(
                            "TREMPLIN_BOUNCE_MAILBOX_PERIOD_SECONDS", "60").strip()))));
        }
    }

    /** What a round did. */
    public record Round(int read, int bounced, int delays, int ignored) {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Bounces bounces;

    @Inject
    BounceMailboxLease lease;

    @Inject
    Clock clock;

    private final BackgroundTasks background = new BackgroundTasks();

    /** Called once the schema is migrated (see {@code StartupSequence}). */
    public void start() {
        Optional<Settings> settings = Settings.fromEnvironment();
        if (settings.isEmpty()) {
            return;
        }
        if (!bounces.configured()) {
            LOG.warning("TREMPLIN_BOUNCE_MAILBOX_HOST is set but TREMPLIN_BOUNCE_ADDRESS is not: no message leaves"
                    + " with a return path of ours, and no bounce is read");
            return;
        }
        long period = Math.max(5, settings.get().period().toSeconds());
        background.repeat(scheduler, () -> scheduledRound(settings.get()), 20, period, TimeUnit.SECONDS);
    }

    private void scheduledRound(Settings settings) {
        // Held for three rounds: a server that stopped hands over after that.
        if (!lease.claim(ClusterNode.name(), clock.instant(), settings.period().multipliedBy(3))) {
            return;
        }
        try {
            Round round = read(settings);
            if (round.read() > 0) {
                LOG.info(() -> "Bounce mailbox: " + round);
            }
        } catch (MessagingException | RuntimeException unreachable) {
            LOG.log(Level.WARNING, "Bounce mailbox not read: " + unreachable.getClass().getSimpleName() + ": "
                    + unreachable.getMessage());
        }
    }

    /** Reads and empties up to {@link #MESSAGES_PER_ROUND} messages of the mailbox. */
    public Round read(Settings settings) throws MessagingException {
        Properties properties = new Properties();
        for (String timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
            properties.setProperty("mail." + settings.protocol() + "." + timeout, "30000");
        }
        Store store = Session.getInstance(properties).getStore(settings.protocol());
        store.connect(settings.host(), settings.port(), settings.user(), settings.password());
        int read = 0;
        int bounced = 0;
        int delays = 0;
        int ignored = 0;
        try {
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                int count = Math.min(folder.getMessageCount(), MESSAGES_PER_ROUND);
                for (int number = 1; number <= count && !background.stopped(); number++) {
                    Message message = folder.getMessage(number);
                    Bounces.Outcome outcome = record(message);
                    switch (outcome) {
                        case BOUNCED, ALREADY_BOUNCED -> bounced++;
                        case DELAY_RECORDED -> delays++;
                        case IGNORED -> ignored++;
                    }
                    read++;
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                // Expunged as it closes: IMAP removes the messages marked, POP3 deletes them as the session ends.
                folder.close(true);
            }
        } finally {
            store.close();
        }
        return new Round(read, bounced, delays, ignored);
    }

    /** What one message of the mailbox changes; one that cannot be read as a message is no report. */
    private Bounces.Outcome record(Message message) throws MessagingException {
        BounceReport report;
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            report = BounceReport.read(new ByteArrayInputStream(raw.toByteArray()));
        } catch (IOException | MessagingException | RuntimeException unreadable) {
            LOG.fine(() -> "Bounce mailbox: a message that is no report (" + unreadable.getClass().getSimpleName()
                    + ")");
            return Bounces.Outcome.IGNORED;
        }
        // A failure here (the database) ends the round before the message is deleted: it is read again next time.
        return bounces.record(report);
    }

    @PreDestroy
    void stop() {
        background.stop();
    }
}
