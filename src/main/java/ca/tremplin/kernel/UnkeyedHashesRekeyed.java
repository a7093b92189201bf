package ca.tremplin.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * The hashes kept as plain SHA-256 before V101, made {@link KeyedHashes} once, as the server starts and before anything
 * counts: SQL could not, the key being out of the database's reach. V101 lists the columns still to rekey in
 * {@code unkeyed_hash_column}; the first server to start locks that list, rekeys every value of each column listed
 * (the keyed hash of the same text: a count under way goes on, a report of the day still counts its reporter once) and
 * deletes its line, in one transaction; every later start finds the list empty. A server from before V101 still running
 * during a rolling upgrade writes plain SHA-256 after that: the lookups read both forms and rekey what they touch
 * ({@link KeyedHashes#keptBeforeV101}).
 */
@ApplicationScoped
public class UnkeyedHashesRekeyed {

    private static final Logger LOG = Logger.getLogger(UnkeyedHashesRekeyed.class.getName());

    /** The columns that hold hashes of addresses and e-mails: the SQL is written from these, never from a row. */
    static final List<HashColumn> HASH_COLUMNS = List.of(new HashColumn("rate_limit_count", "limit_key"),
            new HashColumn("sign_in_failure", "failure_key"), new HashColumn("showcase_report", "reporter_key"));

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** Called once the schema is migrated (see {@code StartupSequence}); returns how many rows it rekeyed. */
    @Transactional
    public int rekeyAcrossAllTenants() {
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery("select table_name from unkeyed_hash_column for update")
                .getResultList();
        int rekeyed = 0;
        for (HashColumn column : HASH_COLUMNS) {
            if (!due.contains(column.table())) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> unkeyed = em.createNativeQuery("select distinct " + column.name() + " from "
                    + column.table() + " where " + column.name() + " is not null").getResultList();
            for (String hash : unkeyed) {
                rekeyed += em.createNativeQuery("update " + column.table() + " set " + column.name() + " = ?1 where "
                                + column.name() + " = ?2")
                        .setParameter(1, KeyedHashes.rekeyed(hash)).setParameter(2, hash).executeUpdate();
            }
            em.createNativeQuery("delete from unkeyed_hash_column where table_name = ?1")
                    .setParameter(1, column.table()).executeUpdate();
        }
        if (rekeyed > 0) {
            int count = rekeyed;
            LOG.info(() -> count + " hashes of addresses and e-mails kept as plain SHA-256 were rekeyed");
        }
        return rekeyed;
    }

    record HashColumn(String table, String name) {
    }
}
