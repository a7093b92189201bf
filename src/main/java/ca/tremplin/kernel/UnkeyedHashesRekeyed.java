package ca.tremplin.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * The hashes kept as plain SHA-256 — before V101, or since by a server from before V101 still running during a rolling
 * upgrade — made {@link KeyedHashes} as the server starts, before anything counts: SQL could not, the key being out of
 * the database's reach. Each row says whether its hash is keyed ({@code keyed_hash}, V106; a server from before V101
 * does not name it, so what it writes is plain): only the plain ones are rekeyed, each becoming the keyed hash of the
 * same text, and marked keyed in the same statement; a keyed one is never hashed a second time, and a second start, or
 * two servers starting at once (the plain rows are locked as they are read), rekeys nothing more. A count an older
 * server kept under the plain form beside the keyed one of the same address joins it (attempts summed, failures
 * added), as the lookups do ({@link KeyedHashes#keptBeforeV101}); a showcase report, which nobody looks up again, is
 * rekeyed here only.
 */
@ApplicationScoped
public class UnkeyedHashesRekeyed {

    private static final Logger LOG = Logger.getLogger(UnkeyedHashesRekeyed.class.getName());

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** Called once the schema is migrated (see {@code StartupSequence}); returns how many rows it rekeyed. */
    @Transactional
    public int rekeyAcrossAllTenants() {
        int rekeyed = rateLimitCounts() + signInFailures() + showcaseReports();
        if (rekeyed > 0) {
            int count = rekeyed;
            LOG.info(() -> count + " hashes of addresses and e-mails kept as plain SHA-256 were rekeyed");
        }
        return rekeyed;
    }

    /** An hour's attempts under the plain hash join those under the keyed one (the same address, the same hour). */
    private int rateLimitCounts() {
        return foldedIntoKeyed("select limit_key, window_start, attempts from rate_limit_count"
                        + " where keyed_hash = false for update",
                "delete from rate_limit_count where limit_key = ?1 and window_start = ?2 and keyed_hash = false", 2,
                "insert into rate_limit_count (limit_key, window_start, attempts, keyed_hash)"
                        + " values (?1, ?2, ?3, true) on duplicate key update attempts = attempts + ?3");
    }

    /** Failures under the plain hash are added to those under the keyed one, the later failure's time kept. */
    private int signInFailures() {
        return foldedIntoKeyed("select failure_key, failures, last_failure from sign_in_failure"
                        + " where keyed_hash = false for update",
                "delete from sign_in_failure where failure_key = ?1 and keyed_hash = false", 1,
                "insert into sign_in_failure (failure_key, failures, last_failure, keyed_hash)"
                        + " values (?1, ?2, ?3, true) on duplicate key update failures = failures + ?2,"
                        + " last_failure = greatest(last_failure, ?3)");
    }

    /**
     * Each plain row of {@code plainRows} (its hash first, then two values) deleted by its first
     * {@code identifyingColumns} and written again under the keyed hash by {@code insertKeyed}, which adds it to a
     * keyed row of the same key.
     */
    private int foldedIntoKeyed(String plainRows, String deletePlain, int identifyingColumns, String insertKeyed) {
        int rekeyed = 0;
        for (Object[] row : plainRows(plainRows)) {
            jakarta.persistence.Query delete = em.createNativeQuery(deletePlain);
            for (int column = 0; column < identifyingColumns; column++) {
                delete.setParameter(column + 1, row[column]);
            }
            delete.executeUpdate();
            em.createNativeQuery(insertKeyed).setParameter(1, KeyedHashes.rekeyed((String) row[0]))
                    .setParameter(2, row[1]).setParameter(3, row[2]).executeUpdate();
            rekeyed++;
        }
        return rekeyed;
    }

    /** A report's reporter, by the keyed hash of the same profile, day and address. */
    private int showcaseReports() {
        int rekeyed = 0;
        for (Object[] row : plainRows("select id, reporter_key from showcase_report"
                + " where keyed_hash = false and reporter_key is not null for update")) {
            rekeyed += em.createNativeQuery("update showcase_report set reporter_key = ?1, keyed_hash = true"
                            + " where id = ?2 and keyed_hash = false")
                    .setParameter(1, KeyedHashes.rekeyed((String) row[1])).setParameter(2, row[0]).executeUpdate();
        }
        return rekeyed;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> plainRows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
