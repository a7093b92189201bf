package ca.tremplin.leadimport;

import ca.tremplin.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The undo's state on an import, and the people it kept. Native SQL, since the undo's columns are written only by
 * these statements and the slices (never by saving the entity, which could write back a count read earlier): each
 * statement names the current tenant itself, as Hibernate's filter does not apply to native SQL.
 */
@ApplicationScoped
public class ImportUndoRepository {

    /** The largest page of kept people one read returns. */
    static final int KEPT_PAGE_LARGEST = 500;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    public Optional<UndoProgress> progress(long importId) {
        List<?> rows = em.createNativeQuery("select i.status, i.undo_total, i.undo_done, i.undo_kept, u.display_name,"
                        + " timestampdiff(second, '1970-01-01', i.undo_started_at),"
                        + " timestampdiff(second, '1970-01-01', i.undone_at) from lead_import i left join user_account u"
                        + " on u.id = i.undone_by where i.id = ?1 and i.tenant_id = ?2")
                .setParameter(1, importId).setParameter(2, TenantContext.currentTenantId()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new UndoProgress(importId, LeadImport.Status.valueOf((String) row[0]), number(row[1]),
                number(row[2]), number(row[3]), (String) row[4], instant(row[5]), instant(row[6]), false));
    }

    /**
     * Marks a finished import as being undone, by this member of staff, with the number of registrations to go
     * through; false when it is not finished (running, never started, undone already). "Since the import" begins
     * after the last registration and timeline line written before its upload (an import uploaded before these were
     * noted: at its own first ones).
     */
    boolean begin(long importId, long actorId, Instant now) {
        return em.createNativeQuery("update lead_import i set i.status = 'UNDOING', i.undone_by = ?1,"
                        + " i.undo_started_at = ?2, i.undo_cursor = 0, i.undo_done = 0, i.undo_kept = 0,"
                        + " i.undo_total = (select count(*) from event_registration r where r.import_id = i.id"
                        + " and r.tenant_id = i.tenant_id),"
                        + " i.undo_registrations_from = coalesce(i.registrations_before + 1, (select min(r.id)"
                        + " from event_registration r where r.import_id = i.id), 0),"
                        + " i.undo_events_from = coalesce(i.events_before + 1, (select min(e.id) from lead_event e"
                        + " where e.import_id = i.id), 0),"
                        + " i.undo_execution_id = 0, i.version = i.version + 1,"
                        + " i.owner_node = ?5, i.heartbeat_at = now(3)"
                        + " where i.id = ?3 and i.tenant_id = ?4 and i.status in ('COMPLETED', 'FAILED')")
                .setParameter(1, actorId).setParameter(2, utc(now)).setParameter(3, importId)
                .setParameter(4, TenantContext.currentTenantId())
                .setParameter(5, ca.tremplin.kernel.ClusterNode.name()).executeUpdate() == 1;
    }

    /** The execution of the undo job; 0 while one is being started (see {@link ImportUndo#hasLiveJob}). */
    void recordExecution(long importId, long execution) {
        em.createNativeQuery("update lead_import set undo_execution_id = ?1 where id = ?2 and tenant_id = ?3")
                .setParameter(1, execution).setParameter(2, importId)
                .setParameter(3, TenantContext.currentTenantId()).executeUpdate();
    }

    Long execution(long importId) {
        List<?> found = em.createNativeQuery("select undo_execution_id from lead_import where id = ?1"
                        + " and tenant_id = ?2").setParameter(1, importId)
                .setParameter(2, TenantContext.currentTenantId()).getResultList();
        return found.isEmpty() || found.get(0) == null ? null : ((Number) found.get(0)).longValue();
    }

    Long undoneBy(long importId) {
        List<?> found = em.createNativeQuery("select undone_by from lead_import where id = ?1 and tenant_id = ?2")
                .setParameter(1, importId).setParameter(2, TenantContext.currentTenantId()).getResultList();
        return found.isEmpty() || found.get(0) == null ? null : ((Number) found.get(0)).longValue();
    }

    /** The event the import's list was of. */
    Optional<Long> eventOf(long importId) {
        List<?> found = em.createNativeQuery("select event_id from lead_import where id = ?1 and tenant_id = ?2")
                .setParameter(1, importId).setParameter(2, TenantContext.currentTenantId()).getResultList();
        return found.isEmpty() || found.get(0) == null ? Optional.empty()
                : Optional.of(((Number) found.get(0)).longValue());
    }

    /** The undo is over: every slice done. */
    boolean finish(long importId, Instant now) {
        return em.createNativeQuery("update lead_import set status = 'UNDONE', undone_at = ?1, version = version + 1"
                        + " where id = ?2 and tenant_id = ?3 and status = 'UNDOING'")
                .setParameter(1, utc(now)).setParameter(2, importId)
                .setParameter(3, TenantContext.currentTenantId()).executeUpdate() == 1;
    }

    /** Imports being undone, across all centres on purpose: those a stopped server left without a job. */
    List<Object[]> undoingAcrossAllTenants() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, tenant_id, undo_execution_id, undone_by"
                + " from lead_import where status = 'UNDOING' order by id").getResultList();
        return rows;
    }

    /** A page of the people an undo kept, by name: as many as the undo kept, a page at a time. */
    public List<KeptPerson> kept(long importId, int first, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select k.lead_id, l.first_name, l.last_name, l.email, k.reason,"
                        + " timestampdiff(second, '1970-01-01', k.since) from lead_import_kept k join `lead` l on l.id = k.lead_id and l.tenant_id = k.tenant_id"
                        + " where k.import_id = ?1 and k.tenant_id = ?2 order by l.last_name, l.first_name, k.lead_id")
                .setParameter(1, importId).setParameter(2, TenantContext.currentTenantId())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, KEPT_PAGE_LARGEST)))
                .getResultList();
        return rows.stream().map(row -> new KeptPerson(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], (String) row[3], LaterTouches.Reason.valueOf((String) row[4]), instant(row[5])))
                .toList();
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone); read as seconds since the epoch, whatever the session's zone. */
    private static Instant instant(Object secondsSinceEpoch) {
        return secondsSinceEpoch == null ? null : Instant.ofEpochSecond(((Number) secondsSinceEpoch).longValue());
    }
}
