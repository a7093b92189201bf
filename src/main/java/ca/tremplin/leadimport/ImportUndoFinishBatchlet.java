package ca.tremplin.leadimport;

import ca.tremplin.tenant.Tenancy;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * The undo job's last step: gives the seats the undo freed to those waiting for one, marks the import undone and
 * deletes its file (an undone import is never run again).
 * A step rather than the job's listener, because the batch runtime reports a job completed before it calls its
 * listeners: a page reading "completed" while the import still read "being undone" would take the undo for one
 * that stopped halfway. Written here, the import reads undone before the job reads completed.
 */
@Named
@Dependent
public class ImportUndoFinishBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String tenantId;

    @Inject
    Tenancy tenancy;

    @Inject
    ImportUndoRepository undos;

    @Inject
    ImportFileRetention retention;

    @Inject
    ca.tremplin.event.WaitingList waitingList;

    @Inject
    Clock clock;

    @Override
    public String process() {
        long id = Long.parseLong(importId);
        long tenant = Long.parseLong(tenantId);
        java.time.Instant now = clock.instant();
        tenancy.asTenant(tenant, () -> {
            // The registrations it deleted and the seats it gave up again freed seats that nobody waiting was given
            // (the slices change seats in SQL): they go to those waiting, in order, as a seat given up from a link
            // goes, in the transaction that marks the import undone — the event locked before the import's row, as an
            // import's chunk locks them.
            undos.eventOf(id).ifPresent(event -> waitingList.seatThoseWaiting(event, now));
            undos.finish(id, now);
        });
        retention.deleteFileOf(tenant, id);
        return LeadImport.Status.UNDONE.name();
    }
}
