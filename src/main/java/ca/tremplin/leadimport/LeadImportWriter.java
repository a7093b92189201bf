package ca.tremplin.leadimport;

import ca.tremplin.event.EventRegistrar;
import ca.tremplin.event.RegistrationReceipt;
import ca.tremplin.tenant.TenantContext;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes a chunk of rows in the chunk's transaction, inside the tenant that started the import: each person
 * registered for the event (created, merged into an existing lead, or skipped), each unreadable row kept with its
 * line and reasons, and the import's counts — so the counts, the rows and the checkpoint move together.
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
    EventRegistrar registrar;

    @Inject
    Clock clock;

    private Long eventId;

    @Override
    public void writeItems(List<Object> items) {
        long importNumber = Long.parseLong(importId);
        Instant now = clock.instant();
        int created = 0;
        int merged = 0;
        int skipped = 0;
        int failed = 0;
        try (TenantContext.Scope ignored = TenantContext.enterBatchStep(Long.parseLong(tenantId))) {
            if (eventId == null) {
                LeadImport upload = imports.find(importNumber).orElseThrow();
                eventId = upload.getEventId();
            }
            String source = "IMPORT #" + importNumber;
            for (Object item : items) {
                LeadImportReader.Item row = (LeadImportReader.Item) item;
                ImportedPerson person = row.person();
                if (!person.isValid()) {
                    imports.persist(new LeadImportFailure(importNumber, row.row().line(), person.problems(),
                            row.raw()));
                    failed++;
                    continue;
                }
                RegistrationReceipt receipt = registrar.registerImported(eventId, person.person(), person.attended(),
                        person.consents(), person.granted(), source + " line " + row.row().line(),
                        "import:" + importNumber + ":" + row.row().line(), actor(), now);
                if (receipt.alreadyRegistered()) {
                    skipped++;
                } else if (receipt.newLead()) {
                    created++;
                } else {
                    merged++;
                }
            }
            imports.count(importNumber, items.size(), created, merged, skipped, failed);
        }
    }

    private Long actor() {
        return actorId == null || actorId.isBlank() || "null".equals(actorId) ? null : Long.valueOf(actorId);
    }
}
