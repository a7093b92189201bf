package ca.tremplin.leadimport;

import ca.tremplin.tenant.Tenancy;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * The undo job's last step: marks the import undone and deletes its file (an undone import is never run again).
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
    Clock clock;

    @Override
    public String process() {
        long id = Long.parseLong(importId);
        long tenant = Long.parseLong(tenantId);
        tenancy.asTenant(tenant, () -> undos.finish(id, clock.instant()));
        retention.deleteFileOf(tenant, id);
        return LeadImport.Status.UNDONE.name();
    }
}
