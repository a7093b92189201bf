package ca.tremplin.leadimport;

import ca.tremplin.tenant.Tenancy;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Reads the import's rows as people, streamed from the stored file. Its checkpoint is the number of rows read and
 * committed, kept on the import itself: a restarted or resumed job opens the file again and goes on after the last
 * committed chunk, so no row is read twice.
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

    private ImportTable.Rows rows;
    private ImportTable table;
    private ColumnMapping mapping;
    /** The order of the list's dates with slashes, decided once for the whole file. */
    private RegistrationTimeText.SlashOrder dates;
    private String fileName;
    private int read;
    /** The first person of each address, over the whole file: a later row may not give it to someone else. */
    private FileAddresses addresses;
    /** The language the report's reasons and warnings are written in: that of who started the import. */
    private java.util.Locale language = ca.tremplin.kernel.Languages.FRENCH;

    @Inject
    ca.tremplin.security.UserAccountRepository accounts;

    @Inject
    ImportFiles files;

    /**
     * Opens the file after the rows the import has committed: the import's own count, written with each chunk's
     * rows, rather than the batch runtime's checkpoint, which a server restart forgets.
     */
    @Override
    public void open(Serializable checkpoint) {
        LeadImport upload = tenancy.asTenant(Long.parseLong(tenantId), () -> {
            LeadImport found = imports.find(Long.parseLong(importId)).orElseThrow();
            found.getFilePath();
            if (found.getFilePath() == null) {
                found.getContent();
            }
            return found;
        });
        if (upload.getCreatedBy() != null) {
            language = tenancy.asTenant(Long.parseLong(tenantId), () -> accounts.findById(upload.getCreatedBy())
                    .map(account -> ca.tremplin.kernel.Languages.fromTag(account.getPreferredLocale()))
                    .orElse(ca.tremplin.kernel.Languages.FRENCH));
        }
        read = upload.getRowsRead();
        table = ImportTable.read(files.source(upload));
        mapping = upload.mapping();
        dates = RegistrationTimeText.orderIn(table, mapping);
        fileName = upload.getFileName();
        addresses = new FileAddresses(table.format());
        if (read > 0) {
            // A resumed import knows again who came first under each address in the rows it already wrote.
            try (ImportTable.Rows written = table.rows(0)) {
                for (int i = 0; i < read && written.hasNext(); i++) {
                    addresses.checked(personOf(written.next()), language);
                }
            }
        }
        rows = table.rows(read);
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }

    @Override
    public Object readItem() {
        if (!rows.hasNext()) {
            return null;
        }
        ImportTable.Row row = rows.next();
        read++;
        return new Item(row, addresses.checked(personOf(row), language), table.delimiter());
    }

    private ImportedPerson personOf(ImportTable.Row row) {
        return ImportedPerson.read(row, mapping, table, dates, fileName, language);
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }

    /**
     * A row and the person read from it; the raw cells go to the report when the row fails, as a line of the file
     * in its own delimiter, so that the failed-rows download gives the row back as it was ({@link FailedRowsFile}).
     */
    record Item(ImportTable.Row row, ImportedPerson person, char delimiter) {

        /** The row as the report keeps it, shortened cell by cell when it is too long for the report. */
        String raw() {
            return FailedRowsFile.keptLine(row.cells(), delimiter);
        }
    }
}
