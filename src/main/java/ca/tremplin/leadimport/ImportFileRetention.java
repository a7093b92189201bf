package ca.tremplin.leadimport;

import ca.tremplin.kernel.BackgroundTasks;
import ca.tremplin.tenant.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An uploaded list holds people's personal data: it is kept only while its import may still need it. Its file is
 * deleted as soon as the import has ended for good — completed, or undone — and a sweep (every hour) deletes any
 * file of the data directory older than {@code TREMPLIN_IMPORT_FILE_DAYS} days (default 7): a stopped import not
 * resumed by then, a list uploaded and never imported, a file left by an upload cut short. The file of an import
 * still running is kept whatever its age, since a restart reads on from it.
 */
@ApplicationScoped
public class ImportFileRetention {

    private static final Logger LOG = Logger.getLogger(ImportFileRetention.class.getName());
    static final int DEFAULT_DAYS = 7;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    ImportFiles files;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    /** Its sweeps, cancelled when the deployment goes away (see {@link BackgroundTasks}). */
    private final BackgroundTasks background = new BackgroundTasks();

    /** Called once the schema is migrated (see {@code StartupSequence}). */
    public void start() {
        background.repeat(scheduler, this::sweepQuietly, 1, 60, TimeUnit.MINUTES);
    }

    /** How long a file may stay at most. */
    static Duration keptAtMost() {
        String days = System.getenv("TREMPLIN_IMPORT_FILE_DAYS");
        return Duration.ofDays(days == null || days.isBlank() ? DEFAULT_DAYS : Math.max(0, Long.parseLong(days.strip())));
    }

    /** Deletes the file of an import that ended for good, and notes when. */
    public void deleteFileOf(long tenantId, long importId) {
        String name = tenancy.asTenant(tenantId, () -> markDeleted(importId));
        if (name != null) {
            files.deleteKept(name);
        }
    }

    /** Deletes the files older than the retention, except those of running imports; returns how many. */
    public int sweep() {
        Instant oldest = clock.instant().minus(keptAtMost());
        Set<String> running = new HashSet<>(tenancy.acrossAllTenants(this::filesOfRunningImports));
        List<String> deleted = files.deleteOlderThan(oldest, running);
        if (!deleted.isEmpty()) {
            tenancy.acrossAllTenants(() -> markDeletedAcrossAllTenants(deleted));
        }
        return deleted.size();
    }

    private String markDeleted(long importId) {
        List<?> found = em.createNativeQuery("select file_path from lead_import where id = ?1 and tenant_id = ?2"
                        + " and file_deleted_at is null")
                .setParameter(1, importId).setParameter(2, ca.tremplin.tenant.TenantContext.currentTenantId())
                .getResultList();
        if (found.isEmpty() || found.get(0) == null) {
            return null;
        }
        em.createNativeQuery("update lead_import set file_deleted_at = ?1 where id = ?2")
                .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).setParameter(2, importId)
                .executeUpdate();
        return (String) found.get(0);
    }

    private List<String> filesOfRunningImports() {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select file_path from lead_import where status = 'RUNNING'"
                + " and file_path is not null").getResultList();
        return names;
    }

    private int markDeletedAcrossAllTenants(List<String> names) {
        int marked = 0;
        for (List<String> slice : SqlRows.slices(names)) {
            marked += em.createNativeQuery("update lead_import set file_deleted_at = :now where file_deleted_at is null"
                            + " and file_path in (:names)")
                    .setParameter("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .setParameter("names", slice).executeUpdate();
        }
        return marked;
    }

    private void sweepQuietly() {
        try {
            int deleted = sweep();
            if (deleted > 0) {
                LOG.info(() -> deleted + " uploaded list(s) older than " + keptAtMost().toDays() + " days deleted");
            }
        } catch (RuntimeException unexpected) {
            // A failed sweep must not cancel the schedule; the next one tries again.
            LOG.log(Level.WARNING, "Sweep of uploaded lists stopped early", unexpected);
        }
    }

    @PreDestroy
    void stop() {
        background.stop();
    }
}
