package ca.tremplin.leadimport;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.LikePattern;
import ca.tremplin.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Imports, their failed rows and saved mappings; tenant-filtered by Hibernate. */
@ApplicationScoped
public class LeadImportRepository {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    public Optional<LeadImport> find(long id) {
        return Optional.ofNullable(em.find(LeadImport.class, id));
    }

    /**
     * The import, its row locked until the transaction ends: what was read of its status holds until the change
     * made from it is written (two restarts, or a restart and an undo, asked at the same moment).
     */
    Optional<LeadImport> findLocked(long id) {
        return Optional.ofNullable(em.find(LeadImport.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<ImportProgress> progress(long id) {
        return em.createQuery("select new ca.tremplin.leadimport.ImportProgress(i.id, i.eventId, i.fileName,"
                        + " i.format, i.encoding, i.delimiter, i.headerLine, i.columnMapping, i.status,"
                        + " i.jobExecutionId, i.totalRows, i.rowsRead, i.created, i.merged, i.skipped, i.failed)"
                        + " from LeadImport i where i.id = :id", ImportProgress.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    void finish(long id, LeadImport.Status status, java.time.Instant now) {
        em.createQuery("update LeadImport i set i.status = :status, i.finishedAt = :now, i.version = i.version + 1"
                        + " where i.id = :id and i.status = :running"
                        // Not the end of an import another server took over (ImportOwnership).
                        + " and (i.ownerNode is null or i.ownerNode = :me)")
                .setParameter("status", status).setParameter("now", now).setParameter("id", id)
                .setParameter("running", LeadImport.Status.RUNNING)
                .setParameter("me", ca.tremplin.kernel.ClusterNode.name()).executeUpdate();
    }

    /**
     * An import of the event, other than this one, started with the same list (its fingerprint) and not undone:
     * importing the list again would add each person's time a second time.
     */
    public Optional<LeadImport> sameListImported(long eventId, String fingerprint, long otherThan) {
        return em.createQuery("""
                        select i from LeadImport i where i.eventId = :event and i.rowsFingerprint = :fingerprint
                        and i.id <> :id and i.status not in :notImported order by i.id""", LeadImport.class)
                .setParameter("event", eventId).setParameter("fingerprint", fingerprint).setParameter("id", otherThan)
                .setParameter("notImported", List.of(LeadImport.Status.READY, LeadImport.Status.UNDONE))
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Every failed row, by line: their download. */
    public List<LeadImportFailure> failures(long importId) {
        return notesQuery(importId, LeadImportFailure.Kind.FAILED).getResultList();
    }

    /**
     * A page of the report's rows of one kind, by line, from {@code first}: the report lists all of them a page at a
     * time (a list of thousands of rows may have thousands of warnings), never only the first ones without a word.
     */
    public List<LeadImportFailure> notes(long importId, LeadImportFailure.Kind kind, int first, int size) {
        return notesQuery(importId, kind).setFirstResult(first).setMaxResults(size).getResultList();
    }

    private jakarta.persistence.TypedQuery<LeadImportFailure> notesQuery(long importId, LeadImportFailure.Kind kind) {
        return em.createQuery("select f from LeadImportFailure f where f.importId = :id and f.kind = :kind"
                        + " order by f.lineNumber, f.id", LeadImportFailure.class)
                .setParameter("id", importId).setParameter("kind", kind);
    }

    public java.util.Map<LeadImportFailure.Kind, Long> noteCounts(long importId) {
        java.util.Map<LeadImportFailure.Kind, Long> counts = new java.util.EnumMap<>(LeadImportFailure.Kind.class);
        for (LeadImportFailure.Kind kind : LeadImportFailure.Kind.values()) {
            counts.put(kind, 0L);
        }
        em.createQuery("select f.kind, count(f) from LeadImportFailure f where f.importId = :id group by f.kind",
                        Object[].class).setParameter("id", importId).getResultList()
                .forEach(row -> counts.put((LeadImportFailure.Kind) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * How many rows, imported or failed, lost a name because the file lost its letters: their reasons say so in the
     * language of whoever started the import, so both languages are looked for.
     */
    public long lostNames(long importId) {
        return em.createQuery("select count(f) from LeadImportFailure f where f.importId = :id"
                        + " and (f.reason like :french" + LikePattern.ESCAPE + " or f.reason like :english"
                        + LikePattern.ESCAPE + ")", Long.class)
                .setParameter("id", importId)
                .setParameter("french", "%" + LikePattern.escaped(ImportedPerson.lostLettersMark(Languages.FRENCH)) + "%")
                .setParameter("english", "%" + LikePattern.escaped(ImportedPerson.lostLettersMark(Languages.ENGLISH))
                        + "%")
                .getSingleResult();
    }

    public List<SavedMapping> savedMappings() {
        return em.createQuery("select m from SavedMapping m order by m.name", SavedMapping.class).getResultList();
    }

    public Optional<SavedMapping> savedMapping(String name) {
        return em.createQuery("select m from SavedMapping m where m.name = :name", SavedMapping.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    public Optional<SavedMapping> savedMappingFor(List<String> headers) {
        Optional<SavedMapping> same = savedMappingOf(SavedMapping.signature(headers));
        List<String> headed = headers;
        while (!headed.isEmpty() && headed.get(headed.size() - 1).isEmpty()) {
            headed = headed.subList(0, headed.size() - 1);
        }
        // A mapping saved while the last columns without a header were not read as columns: the same layout.
        return same.isPresent() || headed.size() == headers.size() ? same
                : savedMappingOf(SavedMapping.signature(headed));
    }

    private Optional<SavedMapping> savedMappingOf(String signature) {
        return em.createQuery("select m from SavedMapping m where m.headers = :headers order by m.id",
                        SavedMapping.class)
                .setParameter("headers", signature).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The batch execution running the import, recorded once started (the job may already have written rows). */
    void recordExecution(long id, long execution) {
        em.createQuery("update LeadImport i set i.jobExecutionId = :execution where i.id = :id")
                .setParameter("execution", execution).setParameter("id", id).executeUpdate();
    }

    void remove(LeadImport upload) {
        em.remove(upload);
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    /**
     * Notes on a new import the last registration and timeline line written so far, anywhere: what others write
     * after them is "since the import" for an undo ({@link ImportUndoRepository#begin}).
     */
    void markWritesBefore(long importId) {
        em.createNativeQuery("update lead_import set"
                        + " registrations_before = (select coalesce(max(id), 0) from event_registration),"
                        + " events_before = (select coalesce(max(id), 0) from lead_event) where id = ?1 and tenant_id = ?2")
                .setParameter(1, importId).setParameter(2, TenantContext.currentTenantId()).executeUpdate();
    }
}
