package ca.tremplin.person;

import ca.tremplin.kernel.RolledBackRetries;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Law 25 after a restore: a backup older than some erasures holds those people whole, while the erasures' records,
 * which {@code src/ops/restore.sh --replace} keeps from the database it replaced, say they were erased. At start-up,
 * before any mail is sent, every person whose erasure is recorded but whose lead is not erased is erased again with
 * the same code ({@link PersonErasure#eraseAgain}), their lead marked erased at the recorded moment, without a second
 * record; and so is every apprentice known only by their showcase profile whose erasure is recorded by that profile's
 * number and whom the backup brought back with it ({@link ApprenticeErasure#eraseAgain}). On every other start, two
 * queries find no one.
 */
@ApplicationScoped
public class ErasedAgainAfterRestore {

    private static final Logger LOG = Logger.getLogger(ErasedAgainAfterRestore.class.getName());

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    PersonErasure erasure;

    @Inject
    ApprenticeErasure apprentices;

    /** Called once the schema is migrated (see {@code StartupSequence}); returns how many people it erased. */
    public int eraseThoseRecordedAsErased() {
        Map<Erasure, List<Long>> due = new LinkedHashMap<>();
        for (Object[] row : tenancy.acrossAllTenants(this::recordedButNotErased)) {
            // DATETIME columns hold UTC (hibernate.jdbc.time_zone): read as such, whatever the JVM's zone.
            LocalDateTime at = row[1] instanceof Timestamp timestamp ? timestamp.toLocalDateTime()
                    : (LocalDateTime) row[1];
            Erasure erasureOf = new Erasure(((Number) row[0]).longValue(), at.toInstant(ZoneOffset.UTC));
            due.computeIfAbsent(erasureOf, key -> new ArrayList<>()).add(((Number) row[2]).longValue());
        }
        // One transaction per erasure as it was made (a request's one person, a retention slice's few hundred).
        int erased = 0;
        for (Map.Entry<Erasure, List<Long>> people : due.entrySet()) {
            Erasure made = people.getKey();
            erased += RolledBackRetries.retried(() -> tenancy.asTenant(made.tenantId(),
                    () -> erasure.eraseAgain(made.tenantId(), people.getValue(), made.at())));
        }
        for (Object[] row : tenancy.acrossAllTenants(this::apprenticesRecordedButNotErased)) {
            long tenantId = ((Number) row[0]).longValue();
            long profileId = ((Number) row[1]).longValue();
            if (RolledBackRetries.retried(() -> tenancy.asTenant(tenantId,
                    () -> apprentices.eraseAgain(tenantId, profileId)))) {
                erased++;
            }
        }
        if (erased > 0) {
            int count = erased;
            LOG.warning(() -> "Law 25: " + count + " people whose erasure is recorded, brought back by a restored"
                    + " backup, were erased again");
        }
        return erased;
    }

    private List<Object[]> recordedButNotErased() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.tenant_id, e.erased_at, e.lead_id from person_erasure e"
                        + " join `lead` l on l.id = e.lead_id and l.tenant_id = e.tenant_id"
                        + " where l.erased_at is null and l.merged_into_id is null order by e.tenant_id, e.erased_at")
                .getResultList();
        return rows;
    }

    /** The apprentices' profiles whose erasure is recorded and which exist: a restored backup brought them back. */
    private List<Object[]> apprenticesRecordedButNotErased() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.tenant_id, e.showcase_profile_id from person_erasure e"
                        + " join showcase_profile p on p.id = e.showcase_profile_id and p.tenant_id = e.tenant_id"
                        + " order by e.tenant_id, e.erased_at").getResultList();
        return rows;
    }

    private record Erasure(long tenantId, Instant at) {
    }
}
