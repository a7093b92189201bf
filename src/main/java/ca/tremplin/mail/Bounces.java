package ca.tremplin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * What a bounce changes. A report sent to a message's {@link ReturnPath}, its tag ours, about a recipient that failed
 * for good (5.x.x) marks the message {@link OutboxStatus#BOUNCED} with the report's status and diagnostic and fires
 * {@link MailBounced}, by which the person's record says the address is undeliverable; a failure for now (4.x.x) is
 * only recorded on the message. A report that names no message of ours — none, an unknown number, or a tag not
 * written with our key (forged) — changes nothing. Reading the same report twice changes nothing the second time.
 */
@ApplicationScoped
public class Bounces {

    private static final Logger LOG = Logger.getLogger(Bounces.class.getName());

    /** What a report did. */
    public enum Outcome {
        /** Not a delivery report, or one that names no message of ours: nothing changed. */
        IGNORED,
        /** A failure for now, recorded on its message. */
        DELAY_RECORDED,
        /** A failure for good: the message bounced, the address is held undeliverable. */
        BOUNCED,
        /** The message had bounced already: nothing more changed. */
        ALREADY_BOUNCED
    }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailBounced> bounced;

    /** The configured return path; none, and every report is ignored. */
    private final Optional<ReturnPath> returnPath = ReturnPath.configured();

    /** Whether bounces can be read at all: a bounce address is configured. */
    public boolean configured() {
        return returnPath.isPresent();
    }

    /** What {@code report} changes, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome record(BounceReport report) {
        Optional<BounceReport.Failure> failure = report.worst();
        OptionalLong messageId = returnPath.map(path -> messageOf(report, path)).orElse(OptionalLong.empty());
        if (failure.isEmpty() || messageId.isEmpty()) {
            return Outcome.IGNORED;
        }
        OutboxMessage message = em.find(OutboxMessage.class, messageId.getAsLong(), LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getRecipient().isEmpty()) {
            // Gone since (withdrawn, or its person erased: the address it was sent to is nobody's any more).
            return Outcome.IGNORED;
        }
        if (message.getStatus() == OutboxStatus.BOUNCED) {
            return Outcome.ALREADY_BOUNCED;
        }
        BounceReport.Failure reported = failure.get();
        String diagnostic = reported.diagnostic().isBlank() ? reported.status()
                : reported.diagnostic().startsWith(reported.status()) || reported.diagnostic().contains(
                " " + reported.status()) ? reported.diagnostic() : reported.status() + " " + reported.diagnostic();
        if (!reported.permanent()) {
            message.reported(reported.status(), diagnostic, clock.instant());
            LOG.info(() -> "Outbox message " + message.getId() + ": delivery delayed, " + reported.status());
            return Outcome.DELAY_RECORDED;
        }
        message.markBounced(reported.status(), diagnostic, clock.instant());
        // The id and the status only: the diagnostic may name the recipient.
        LOG.info(() -> "Outbox message " + message.getId() + " bounced: " + reported.status());
        bounced.fire(new MailBounced(message.getTenantId(), message.getId(), message.getRecipient(),
                reported.status(), diagnostic, clock.instant()));
        return Outcome.BOUNCED;
    }

    /** The message the report names by an address it was sent to whose tag verifies. */
    static OptionalLong messageOf(BounceReport report, ReturnPath returnPath) {
        return report.sentTo().stream().map(returnPath::messageOf).filter(OptionalLong::isPresent).findFirst()
                .orElse(OptionalLong.empty());
    }
}
