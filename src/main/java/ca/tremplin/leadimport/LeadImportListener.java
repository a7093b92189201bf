package ca.tremplin.leadimport;

import ca.tremplin.tenant.Tenancy;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * Records on the import the execution running it, before its first chunk, and how the job ended, for the page that
 * follows it; deletes the uploaded file of an import
 * that completed (a stopped one keeps it, to be resumed), then tells that it ended.
 */
@Named
@Dependent
public class LeadImportListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String tenantId;

    @Inject
    JobContext job;

    @Inject
    Tenancy tenancy;

    @Inject
    LeadImportRepository imports;

    @Inject
    Clock clock;

    @Inject
    Event<LeadImportEnded> ended;

    @Inject
    ImportFileRetention retention;

    /**
     * The execution's number, recorded by the job itself before its first chunk. Recorded by whoever started the
     * job, it would race with that chunk, whose transaction holds the import's row until its rows are written — a
     * chunk held up (a lock on its event, a slow database) made the start wait for it, and fail past the lock wait.
     */
    @Override
    public void beforeJob() {
        tenancy.asTenant(Long.parseLong(tenantId),
                () -> imports.recordExecution(Long.parseLong(importId), job.getExecutionId()));
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        LeadImport.Status outcome = status == BatchStatus.COMPLETED ? LeadImport.Status.COMPLETED
                : LeadImport.Status.FAILED;
        tenancy.asTenant(Long.parseLong(tenantId),
                () -> imports.finish(Long.parseLong(importId), outcome, clock.instant()));
        if (outcome == LeadImport.Status.COMPLETED) {
            retention.deleteFileOf(Long.parseLong(tenantId), Long.parseLong(importId));
        }
        ended.fire(new LeadImportEnded(Long.parseLong(importId), outcome));
    }
}
