package ca.tremplin.leadimport;

import java.io.Serializable;

/**
 * An import as its page shows it — how the file was read, where the job is, the counts — read without the
 * file's bytes, so that a progress bar asking every second costs one small query.
 */
public record ImportProgress(long id, long eventId, String fileName, ImportFormat format, String encoding,
                             String delimiter, int headerLine, String columnMapping, LeadImport.Status status,
                             Long jobExecutionId, int totalRows, int rowsRead, int created, int merged, int skipped,
                             int failed) implements Serializable {

    public int percentDone() {
        if (status == LeadImport.Status.COMPLETED) {
            return 100;
        }
        return totalRows == 0 ? 0 : (int) Math.min(100, rowsRead * 100L / totalRows);
    }

    public ColumnMapping mapping() {
        return ColumnMapping.parse(columnMapping);
    }

    /** How the delimiter reads on the page. */
    public String delimiterName() {
        return "\t".equals(delimiter) ? "TAB" : delimiter;
    }
}
