package ca.tremplin.leadimport;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The undo job's second step, once every part is done: the attendance the import added to earlier registrations,
 * and the values it filled on those people, given back slice after slice ({@link ImportUndoAttendance}). Stopping ends it after the slice in hand.
 */
@Named
@Dependent
public class ImportUndoAttendanceBatchlet extends AbstractBatchlet {

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
    java.time.Clock clock;

    @Inject
    ImportUndoAttendance attendance;

    private volatile boolean stopping;

    @Override
    public String process() {
        long importNumber = Long.parseLong(importId);
        long tenant = Long.parseLong(tenantId);
        int size = ImportUndoPartitions.number(perSlice, ImportUndoSlices.PER_SLICE);
        Long actor = actorId == null || actorId.isBlank() || "null".equals(actorId) ? null : Long.valueOf(actorId);
        while (attendance.giveBackNext(importNumber, tenant, actor, clock.instant(), size) > 0) {
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
