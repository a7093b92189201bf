package ca.tremplin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Which server reads the bounce mailbox ({@code bounce_mailbox_lease}, V103): one at a time, so that two servers
 * never read the same reports nor crowd a POP3 mailbox, which lets one session in at a time. A server takes the lease
 * with one conditional {@code UPDATE}, which a single server wins, and renews it at each of its rounds; another takes
 * over once it has lapsed, the holder stopped.
 */
@ApplicationScoped
public class BounceMailboxLease {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** Whether {@code node} holds the lease until {@code now + length}: it held it, or it had lapsed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String node, Instant now, Duration length) {
        return em.createNativeQuery("update bounce_mailbox_lease set held_by = ?1, held_until = ?2"
                        + " where id = 1 and (held_until is null or held_until <= ?3 or held_by = ?1)")
                .setParameter(1, node).setParameter(2, now.plus(length)).setParameter(3, now)
                .executeUpdate() == 1;
    }
}
