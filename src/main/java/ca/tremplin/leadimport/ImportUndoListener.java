package ca.tremplin.leadimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells that the undo job ended: undone when it completed (its last step marked the import so,
 * {@link ImportUndoFinishBatchlet}); a job that failed or stopped leaves the import being undone, to resume.
 */
@Named
@Dependent
public class ImportUndoListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext job;

    @Inject
    Event<LeadImportEnded> ended;

    @Override
    public void afterJob() {
        boolean done = job.getBatchStatus() == BatchStatus.COMPLETED;
        ended.fire(new LeadImportEnded(Long.parseLong(importId),
                done ? LeadImport.Status.UNDONE : LeadImport.Status.UNDOING));
    }
}
