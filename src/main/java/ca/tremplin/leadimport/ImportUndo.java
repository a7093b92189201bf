package ca.tremplin.leadimport;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Properties;

/**
 * Undoing an import in one action: a completed or stopped import is marked as being undone (by whom, when) and the
 * batch job {@code lead-import-undo} removes what it created a slice at a time ({@link ImportUndoSlices}); the page
 * follows its progress, then lists the people kept because someone else touched them since. Asking again is
 * harmless: an import undone, or being undone by a live job, is left as it is; one whose undo job stopped gets a
 * new execution that goes on after the last slice committed. Tenant-filtered: another centre's import is not
 * found.
 */
@ApplicationScoped
public class ImportUndo {

    public static final String JOB = "lead-import-undo";

    @Inject
    ImportOwnership ownership;

    @Inject
    ImportUndoRepository undos;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    /** Starts undoing the import (or resumes an undo whose job stopped). */
    public UndoProgress undo(long importId) {
        requireStaff();
        long tenantId = signedInUser.getTenantId();
        long actorId = signedInUser.getUserId();
        UndoProgress current = tenancy.asTenant(tenantId, () -> progress(importId));
        switch (current.status()) {
            case UNDONE:
                return current;
            case UNDOING:
                if (!current.stopped()) {
                    return current;
                }
                break;
            case COMPLETED, FAILED:
                if (!tenancy.asTenant(tenantId, () -> undos.begin(importId, actorId, clock.instant()))) {
                    // Another click or another member of staff was first: theirs goes on.
                    return tenancy.asTenant(tenantId, () -> progress(importId));
                }
                break;
            default:
                throw new BusinessRuleException("import.undo.notEnded");
        }
        start(importId, tenantId, actorId);
        return tenancy.asTenant(tenantId, () -> progress(importId));
    }

    /** Where the undo is; an undo whose job is no longer alive is shown as stopped. */
    @Transactional
    public UndoProgress progress(long importId) {
        requireStaff();
        UndoProgress shown = undos.progress(importId).orElseThrow(() -> new NotFoundException("import " + importId));
        if (shown.status() == LeadImport.Status.UNDOING && ownership.ownedHere(importId)
                && !hasLiveJob(undos.execution(importId))) {
            return shown.asStopped();
        }
        return shown;
    }

    /** A page of the people the undo kept, by name (the page shows them all, fifty at a time). */
    @Transactional
    public List<KeptPerson> kept(long importId, int first, int size) {
        progress(importId);
        return undos.kept(importId, first, size);
    }

    /**
     * Starts an execution of the undo job; the import's own checkpoint says where it begins. The job records its
     * execution itself, in its first transaction (recorded from here, it would race with the job's first slice for
     * the import's row); until then the undo reads as starting (0).
     */
    void start(long importId, long tenantId, Long actorId) {
        tenancy.asTenant(tenantId, () -> undos.recordExecution(importId, 0));
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("tenantId", String.valueOf(tenantId));
        parameters.setProperty("actorId", String.valueOf(actorId));
        operator().start(JOB, parameters);
    }

    /** A job execution still running; 0 stands for one being started from this server. */
    static boolean hasLiveJob(Long execution) {
        if (execution != null && execution == 0) {
            return true;
        }
        if (execution == null || execution < 0) {
            return false;
        }
        try {
            BatchStatus status = operator().getJobExecution(execution).getBatchStatus();
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
        } catch (NoSuchJobExecutionException forgotten) {
            return false;
        }
    }

    private void requireStaff() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
