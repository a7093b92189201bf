package ca.tremplin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A centre's messages the outbox gave up on lately ({@link OutboxStatus#FAILED}), counted for its admins, who may
 * queue them again: after a long outage of the mail server, or once its setup is mended. The outbox is not filtered by
 * tenant, so every query names the centre; the platform's own mail (written for no centre: a person's access request)
 * is counted with the coordinating organisation's when the caller says so.
 */
@ApplicationScoped
public class UndeliveredMail {

    /** How far back a message given up is counted: older ones are history, and would be stale news if sent now. */
    public static final Duration LATELY = Duration.ofDays(30);

    /**
     * Given up lately, and still someone's: a message erased with its person (its address emptied, a message not sent
     * then given up) has nobody left to go to, and is neither counted nor queued again.
     */
    private static final String GIVEN_UP_LATELY = " where m.status = :failed and m.recipient <> ''"
            + " and (m.tenantId = :centre or (m.tenantId is null and :platform = true))"
            + " and coalesce(m.queuedAt, m.createdAt) >= :since";

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** How many of the centre's messages queued in the last {@link #LATELY} were given up. */
    @Transactional
    public long count(long tenantId, boolean withPlatformMail) {
        return em.createQuery("select count(m) from OutboxMessage m" + GIVEN_UP_LATELY, Long.class)
                .setParameter("failed", OutboxStatus.FAILED).setParameter("centre", tenantId)
                .setParameter("platform", withPlatformMail).setParameter("since", clock.instant().minus(LATELY))
                .getSingleResult();
    }

    /**
     * Queues those messages again, due now, with {@link OutboxMessage#GIVE_UP_AFTER} before them as if just written
     * (what failed them last stays noted until the next attempt); returns how many. The dispatcher sends them once
     * this is committed.
     */
    @Transactional
    public int sendAgain(long tenantId, boolean withPlatformMail) {
        Instant now = clock.instant();
        int queued = em.createQuery("update OutboxMessage m set m.status = :pending, m.attempts = 0,"
                        + " m.nextAttemptAt = :now, m.queuedAt = :now, m.version = m.version + 1"
                        + GIVEN_UP_LATELY)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("now", now)
                .setParameter("failed", OutboxStatus.FAILED).setParameter("centre", tenantId)
                .setParameter("platform", withPlatformMail).setParameter("since", now.minus(LATELY))
                .executeUpdate();
        if (queued > 0) {
            outbox.dispatchOnceCommitted();
        }
        return queued;
    }
}
