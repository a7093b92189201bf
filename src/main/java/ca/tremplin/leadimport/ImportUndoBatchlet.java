package ca.tremplin.leadimport;

import ca.tremplin.kernel.RolledBackRetries;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * One part of the undo job's step ({@link ImportUndoPartitions} plans the parts): slice after slice, each committed
 * with the part's checkpoint, until the part has no registration left to deal with. A slice that the database
 * rolled back to end a deadlock or a lock wait with another part is tried again, from the same checkpoint. Stopping
 * the job ends it after the slice in hand; a new execution goes on from the checkpoints.
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
    @BatchProperty
    String part;

    @Inject
    ImportUndoSlices slices;

    @Inject
    Clock clock;

    private volatile boolean stopping;

    @Override
    public String process() {
        long importNumber = Long.parseLong(importId);
        long tenant = Long.parseLong(tenantId);
        int partNumber = Integer.parseInt(part);
        Long actor = actorId == null || actorId.isBlank() || "null".equals(actorId) ? null : Long.valueOf(actorId);
        int size = ImportUndoPartitions.number(perSlice, ImportUndoSlices.PER_SLICE);
        while (undoNextSlice(importNumber, tenant, partNumber, actor, size) > 0) {
            if (stopping) {
                return "STOPPED";
            }
        }
        return "UNDONE";
    }

    private int undoNextSlice(long importNumber, long tenant, int partNumber, Long actor, int size) {
        return RolledBackRetries.retried(
                () -> slices.undoNext(importNumber, tenant, partNumber, actor, clock.instant(), size));
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
