package ca.tremplin.leadimport;

import ca.tremplin.tenant.Tenancy;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the import's rows as people. Its checkpoint is the number of rows read: a restarted job opens the file
 * again and goes on after the last committed chunk, so no row is read twice.
 */
@Named
@Dependent
public class LeadImportReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String tenantId;

    @Inject
    Tenancy tenancy;

    @Inject
    LeadImportRepository imports;

    private Iterator<ImportTable.Row> rows;
    private ImportTable table;
    private ColumnMapping mapping;
    private String fileName;
    private int read;

    @Override
    public void open(Serializable checkpoint) {
        read = checkpoint == null ? 0 : (Integer) checkpoint;
        LeadImport upload = tenancy.asTenant(Long.parseLong(tenantId), () -> {
            LeadImport found = imports.find(Long.parseLong(importId)).orElseThrow();
            found.getContent();
            return found;
        });
        table = ImportTable.read(upload.getContent());
        mapping = upload.mapping();
        fileName = upload.getFileName();
        rows = table.rows(read);
    }

    @Override
    public Object readItem() {
        if (!rows.hasNext()) {
            return null;
        }
        ImportTable.Row row = rows.next();
        read++;
        return new Item(row, ImportedPerson.read(row, mapping, table.headers(), table.format(), fileName,
                ca.tremplin.kernel.Languages.FRENCH));
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }

    /** A row and the person read from it; the raw cells go to the report when the row fails. */
    record Item(ImportTable.Row row, ImportedPerson person) {

        String raw() {
            return String.join(" | ", row.cells());
        }
    }
}
