package ca.tremplin.leadimport;

import ca.tremplin.tenant.Tenancy;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Imports that a stopped server left running go on when it starts again. The batch runtime keeps its jobs in
 * memory and forgets them on restart, but each import keeps its own checkpoint (the rows committed, written with
 * them): an import still marked running whose job execution the runtime does not know, or knows as ended, gets a
 * new execution that reads on after that checkpoint, so no row is imported twice.
 *
 * <p>With several servers, each import names the server that runs it and carries its heartbeat
 * ({@link ImportOwnership}): a server starting resumes only its own imports and those of no server, and every few
 * seconds each server takes over those whose owner fell silent ({@link #resumeAbandoned}). Each resumption is
 * claimed first with one conditional update, so exactly one server resumes an import.
 */
@ApplicationScoped
public class InterruptedImports {

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    LeadImportRepository imports;

    /** An import marked running: which centre, and what its job was started with. */
    record Running(long importId, long tenantId, Long jobExecutionId, Long actorId, int rowsPerChunk,
                   int rowsRead) {
    }

    @Inject
    ImportUndoRepository undos;

    @Inject
    ImportUndo undo;

    @Inject
    ImportOwnership ownership;

    /**
     * At start-up: resumes every import left running, and every undo left unfinished, without a live job, that this
     * server owned or no live server owns; returns the imports resumed. An undo keeps its checkpoint on the import
     * as well (the last slice committed).
     */
    public List<Long> resumeAll() {
        return resume(true);
    }

    /** Resumes the imports and undos whose server fell silent (its heartbeat is stale); returns those resumed. */
    public List<Long> resumeAbandoned() {
        return resume(false);
    }

    private List<Long> resume(boolean startingUp) {
        String node = ca.tremplin.kernel.ClusterNode.name();
        long stale = ImportOwnership.staleSeconds();
        List<Long> resumed = new ArrayList<>();
        for (Running running : tenancy.acrossAllTenants(this::runningAcrossAllTenants)) {
            if ((!startingUp || !hasLiveJob(running.jobExecutionId()))
                    && ownership.claim(running.importId(), LeadImport.Status.RUNNING, node, stale, startingUp)) {
                resume(running);
                resumed.add(running.importId());
            }
        }
        for (Object[] undoing : tenancy.acrossAllTenants(undos::undoingAcrossAllTenants)) {
            long importId = ((Number) undoing[0]).longValue();
            Long execution = undoing[2] == null ? null : ((Number) undoing[2]).longValue();
            // At start-up no job runs yet: an undo marked as starting (0) was cut short too.
            boolean noLiveJob = execution == null || execution == 0 || !ImportUndo.hasLiveJob(execution);
            if ((!startingUp || noLiveJob)
                    && ownership.claim(importId, LeadImport.Status.UNDOING, node, stale, startingUp)) {
                Long actor = undoing[3] == null ? null : ((Number) undoing[3]).longValue();
                undo.start(importId, ((Number) undoing[1]).longValue(), actor);
                LOG.info(() -> "Undo of import " + importId + " resumed after its last committed slice");
                resumed.add(importId);
            }
        }
        return resumed;
    }

    private List<Running> runningAcrossAllTenants() {
        return em.createQuery("select new ca.tremplin.leadimport.InterruptedImports$Running(i.id, i.tenantId,"
                        + " i.jobExecutionId, i.createdBy, i.rowsPerChunk, i.rowsRead) from LeadImport i"
                        + " where i.status = :running order by i.id", Running.class)
                .setParameter("running", LeadImport.Status.RUNNING).getResultList();
    }

    private void resume(Running running) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(running.importId()));
        parameters.setProperty("tenantId", String.valueOf(running.tenantId()));
        parameters.setProperty("actorId", String.valueOf(running.actorId()));
        parameters.setProperty("rowsPerChunk", String.valueOf(Math.max(1, running.rowsPerChunk())));
        tenancy.asTenant(running.tenantId(), () -> imports.find(running.importId()).orElseThrow().restarting());
        // The job records its execution itself, before its first chunk (LeadImportListener).
        long execution = operator().start(LeadImportService.JOB, parameters);
        LOG.info(() -> "Import " + running.importId() + " resumed after " + running.rowsRead()
                + " rows committed, as job execution " + execution);
    }

    private static boolean hasLiveJob(Long execution) {
        if (execution == null || execution <= 0) {
            return false;
        }
        try {
            BatchStatus status = operator().getJobExecution(execution).getBatchStatus();
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
        } catch (NoSuchJobExecutionException forgotten) {
            return false;
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
