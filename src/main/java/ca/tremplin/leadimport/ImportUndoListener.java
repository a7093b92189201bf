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
 * Marks the import undone once every slice is done, and deletes its file (an undone import is never run again);
 * then tells that the undo job ended. A job that failed or stopped leaves the import being undone, to resume.
 */
@Named
@Dependent
public class ImportUndoListener extends AbstractJobListener {

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
    ImportUndoRepository undos;

    @Inject
    ImportFileRetention retention;

    @Inject
    Clock clock;

    @Inject
    Event<LeadImportEnded> ended;

    @Override
    public void afterJob() {
        long id = Long.parseLong(importId);
        long tenant = Long.parseLong(tenantId);
        boolean done = job.getBatchStatus() == BatchStatus.COMPLETED;
        if (done) {
            tenancy.asTenant(tenant, () -> undos.finish(id, clock.instant()));
            retention.deleteFileOf(tenant, id);
        }
        ended.fire(new LeadImportEnded(id, done ? LeadImport.Status.UNDONE : LeadImport.Status.UNDOING));
    }
}
