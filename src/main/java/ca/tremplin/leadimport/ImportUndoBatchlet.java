package ca.tremplin.leadimport;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * The undo job's one step: slice after slice, each committed with the undo's checkpoint, until the import has no
 * registration left to deal with. Stopping the job ends it after the slice in hand; a new execution goes on from
 * the checkpoint.
 */
@Named
@Dependent
public class ImportUndoBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String tenantId;

    @Inject
    @BatchProperty
    String actorId;

    @Inject
    @BatchProperty
    String perSlice;

    @Inject
    ImportUndoSlices slices;

    @Inject
    jakarta.batch.runtime.context.JobContext job;

    @Inject
    Clock clock;

    private volatile boolean stopping;

    @Override
    public String process() {
        long importNumber = Long.parseLong(importId);
        long tenant = Long.parseLong(tenantId);
        Long actor = actorId == null || actorId.isBlank() || "null".equals(actorId) ? null : Long.valueOf(actorId);
        int size = perSlice == null || perSlice.isBlank() ? ImportUndoSlices.PER_SLICE : Integer.parseInt(perSlice);
        slices.recordExecution(importNumber, tenant, job.getExecutionId());
        while (slices.undoNext(importNumber, tenant, actor, clock.instant(), size) > 0) {
            if (stopping) {
                return "STOPPED";
            }
        }
        return "UNDONE";
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
