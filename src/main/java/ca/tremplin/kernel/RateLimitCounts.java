package ca.tremplin.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * The attempts counted in the database for {@link RateLimits}, per key and clock hour, shared by every server
 * ({@code rate_limit_count}, V29). Keys are kept as {@link KeyedHashes}: an address or an e-mail is never written
 * here.
 */
@ApplicationScoped
public class RateLimitCounts {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    private volatile LocalDateTime purgedBefore;

    /**
     * Counts one attempt for the key in the hour beginning at {@code hour} (UTC) and returns how many the hour now
     * holds, this one included. A transaction of its own: the counter row is locked for this statement's time only.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int countAttempt(String key, LocalDateTime hour) {
        if (!hour.equals(purgedBefore)) {
            // Once an hour on each server: the hours before the last are no longer read.
            em.createNativeQuery("delete from rate_limit_count where window_start < ?1")
                    .setParameter(1, hour.minusHours(1)).executeUpdate();
            purgedBefore = hour;
        }
        String hashed = KeyedHashes.hash(key);
        em.createNativeQuery("insert into rate_limit_count (limit_key, window_start, attempts, keyed_hash)"
                        + " values (?1, ?2, 1, true)"
                        + " on duplicate key update attempts = attempts + 1")
                .setParameter(1, hashed).setParameter(2, hour).executeUpdate();
        // With the attempts a server from before V101 counts under the plain SHA-256 during a rolling upgrade: a
        // guesser spread over old and new servers gains nothing. Such rows go with the hour.
        return ((Number) em.createNativeQuery("select sum(attempts) from rate_limit_count where limit_key in (?1, ?3)"
                        + " and window_start = ?2").setParameter(1, hashed).setParameter(2, hour)
                .setParameter(3, KeyedHashes.keptBeforeV101(key)).getSingleResult()).intValue();
    }
}
