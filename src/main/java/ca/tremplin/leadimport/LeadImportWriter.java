package ca.tremplin.leadimport;

import ca.tremplin.tenant.TenantContext;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chunk of rows in the chunk's transaction, inside the tenant that started the import: each person
 * registered for the event (created, merged into an existing lead, or skipped), each unreadable row kept with its
 * line and reasons, and the import's counts and checkpoint (its rows read) — so the counts, the rows and the
 * checkpoint move together, and a resumed import starts exactly after the last chunk committed. The chunk is
 * written in a few statements by {@link ImportedRegistrations}.
 */
@Named
@Dependent
public class LeadImportWriter extends AbstractItemWriter {

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
    LeadImportRepository imports;

    @Inject
    ImportedRegistrations registrations;

    @Inject
    Clock clock;

    private Long eventId;

    @Override
    public void writeItems(List<Object> items) {
        long importNumber = Long.parseLong(importId);
        try (TenantContext.Scope ignored = TenantContext.enterBatchStep(Long.parseLong(tenantId))) {
            if (eventId == null) {
                eventId = imports.find(importNumber).orElseThrow().getEventId();
            }
            List<ImportedRegistrations.ImportedRow> rows = new ArrayList<>(items.size());
            for (Object item : items) {
                LeadImportReader.Item row = (LeadImportReader.Item) item;
                rows.add(new ImportedRegistrations.ImportedRow(row.row().line(), row.person(), row.raw()));
            }
            registrations.write(importNumber, eventId, rows, actor(), clock.instant());
        }
    }

    private Long actor() {
        return actorId == null || actorId.isBlank() || "null".equals(actorId) ? null : Long.valueOf(actorId);
    }
}
