package ca.tremplin.security;

import ca.tremplin.kernel.KeyedHashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wrong passwords {@link SignInThrottle} counts, kept in the database so that every server of a cluster slows a
 * guesser down alike ({@code sign_in_failure}, V31): a guesser spread over several servers gains nothing. Keys are
 * hashed as {@link KeyedHashes}. Each call is a transaction of its own, short: the sign-in around it
 * must not hold a row lock while it checks a password. A server from before V101, still running during a rolling
 * upgrade, counts under the plain SHA-256 of the key: those counts are read with the keyed ones, and folded into them
 * at the next failure, so that a guesser gains nothing by alternating between old and new servers.
 */
@ApplicationScoped
public class SignInFailureCounts {

    /** One key's failures in a row and the time of the last. */
    public record Counted(int failures, Instant last) {
    }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    private volatile Instant purgedAt = Instant.EPOCH;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public Map<String, Counted> read(List<String> keys) {
        Map<String, String> byHash = hashes(keys);
        keys.forEach(key -> byHash.put(KeyedHashes.keptBeforeV101(key), key));
        Map<String, Counted> counted = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select failure_key, failures, last_failure"
                + " from sign_in_failure where failure_key in (?1)").setParameter(1, List.copyOf(byHash.keySet()))
                .getResultList()) {
            counted.merge(byHash.get((String) row[0]), new Counted(((Number) row[1]).intValue(), instant(row[2])),
                    (one, other) -> new Counted(one.failures() + other.failures(),
                            one.last().isAfter(other.last()) ? one.last() : other.last()));
        }
        return counted;
    }

    /**
     * One more failure for each key, or the first of a new run when the last is older than {@code forgetAfter}
     * (MariaDB assigns left to right: {@code failures} reads the previous {@code last_failure}).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(List<String> keys, Instant now, Duration forgetAfter) {
        LocalDateTime at = utc(now);
        LocalDateTime forgotten = utc(now.minus(forgetAfter));
        if (purgedAt.plus(Duration.ofHours(1)).isBefore(now)) {
            // About once an hour on each server: counts no longer read.
            em.createNativeQuery("delete from sign_in_failure where last_failure < ?1").setParameter(1, forgotten)
                    .executeUpdate();
            purgedAt = now;
        }
        for (String key : keys) {
            String hash = KeyedHashes.hash(key);
            // A count an older server kept under the plain SHA-256 joins the keyed one, and is gone.
            String unkeyed = KeyedHashes.keptBeforeV101(key);
            @SuppressWarnings("unchecked")
            List<Object[]> kept = em.createNativeQuery("select failures, last_failure from sign_in_failure"
                    + " where failure_key = ?1 for update").setParameter(1, unkeyed).getResultList();
            for (Object[] row : kept) {
                em.createNativeQuery("insert into sign_in_failure (failure_key, failures, last_failure, keyed_hash)"
                                + " values (?1, ?2, ?3, true) on duplicate key update failures = failures + ?2,"
                                + " last_failure = greatest(last_failure, ?3)")
                        .setParameter(1, hash).setParameter(2, ((Number) row[0]).intValue())
                        .setParameter(3, utc(instant(row[1]))).executeUpdate();
                em.createNativeQuery("delete from sign_in_failure where failure_key = ?1").setParameter(1, unkeyed)
                        .executeUpdate();
            }
            em.createNativeQuery("insert into sign_in_failure (failure_key, failures, last_failure, keyed_hash)"
                            + " values (?1, 1, ?2, true)"
                            + " on duplicate key update failures = if(last_failure < ?3, 1, failures + 1),"
                            + " last_failure = ?2")
                    .setParameter(1, hash).setParameter(2, at).setParameter(3, forgotten).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(List<String> keys) {
        List<String> bothForms = new java.util.ArrayList<>(hashes(keys).keySet());
        keys.forEach(key -> bothForms.add(KeyedHashes.keptBeforeV101(key)));
        em.createNativeQuery("delete from sign_in_failure where failure_key in (?1)")
                .setParameter(1, bothForms).executeUpdate();
    }

    private static Map<String, String> hashes(List<String> keys) {
        Map<String, String> byHash = new HashMap<>();
        keys.forEach(key -> byHash.put(KeyedHashes.hash(key), key));
        return byHash;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object column) {
        LocalDateTime time = column instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) column;
        return time.toInstant(ZoneOffset.UTC);
    }
}
