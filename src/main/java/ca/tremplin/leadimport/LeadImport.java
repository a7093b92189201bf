package ca.tremplin.leadimport;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * One uploaded list and its import into an event: how the file was read, the mapping chosen, the batch job's
 * execution, and the counts its report shows. The counts move in the same transaction as the rows they count (written
 * by {@link ImportedRegistrations} only, never by saving this entity, which could write back counts read before a
 * chunk committed), and
 * {@code rowsRead} is the import's checkpoint: a run (a restart, or a resumption after the server stopped) starts
 * after that many rows.
 */
@Entity
@Table(name = "lead_import")
public class LeadImport implements java.io.Serializable {

    /** UNDOING and UNDONE: see {@link ImportUndo}; their columns are written by {@link ImportUndoRepository}. */
    public enum Status { READY, RUNNING, COMPLETED, FAILED, UNDOING, UNDONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    private ImportFormat format;

    private String encoding;

    @Column(name = "delimiter_char")
    private String delimiter;

    @Column(name = "header_line")
    private int headerLine;

    @Column(name = "column_mapping")
    private String columnMapping;

    /** The list's headers as a line of the file, for the failed-rows download ({@link FailedRowsFile}). */
    @Column(name = "header_row", updatable = false)
    private String headerRow;

    /** The fingerprint of the list's headers and rows ({@link ImportTable#summary()}), once started. */
    @Column(name = "rows_fingerprint")
    private String rowsFingerprint;

    @Enumerated(EnumType.STRING)
    private Status status = Status.READY;

    /** The server running it (ImportOwnership), written only by native updates. */
    @Column(name = "owner_node", insertable = false, updatable = false)
    private String ownerNode;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "total_rows")
    private int totalRows;
    @Column(name = "rows_read", updatable = false)
    private int rowsRead;
    @Column(name = "created_count", updatable = false)
    private int created;
    @Column(name = "merged_count", updatable = false)
    private int merged;
    @Column(name = "skipped_count", updatable = false)
    private int skipped;
    @Column(name = "failed_count", updatable = false)
    private int failed;

    /** The file under the data directory's {@code imports/} (see {@link ImportFiles}). */
    @Column(name = "file_path", updatable = false)
    private String filePath;

    /** Only lists uploaded before files were kept on disk still have their bytes here. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", updatable = false)
    private byte[] content;

    @Column(name = "rows_per_chunk")
    private int rowsPerChunk = LeadImportService.ROWS_PER_CHUNK;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected LeadImport() {
    }

    LeadImport(long eventId, String fileName, String filePath, ImportTable table, String encoding, Long createdBy,
               Instant now) {
        this.eventId = eventId;
        this.fileName = fileName == null || fileName.isBlank() ? "import.csv"
                : fileName.substring(0, Math.min(fileName.length(), 255));
        this.filePath = filePath;
        this.format = "XLSX".equals(encoding) && table.format() == ImportFormat.CSV ? ImportFormat.XLSX
                : table.format();
        this.encoding = encoding;
        this.delimiter = String.valueOf(table.delimiter());
        this.headerLine = table.headerLine();
        this.columnMapping = ColumnMapping.guess(table.headers()).format();
        String headers = FailedRowsFile.line(table.headers(), table.delimiter());
        // Kept whole (V50: a text column), so that the failed rows come back under the list's own headers.
        this.headerRow = headers;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void useMapping(ColumnMapping mapping) {
        this.columnMapping = mapping.format();
    }

    void start(ColumnMapping mapping, ImportTable.Summary table, long executionId, int rowsPerChunk) {
        this.rowsFingerprint = table.fingerprint();
        this.columnMapping = mapping.format();
        this.rowsPerChunk = rowsPerChunk;
        this.totalRows = table.rows();
        this.jobExecutionId = executionId;
        this.status = Status.RUNNING;
    }

    /**
     * Running again, before its new execution starts (whose number is recorded once known): no execution is named
     * meanwhile, so that the failed one's status is not taken for the new run's.
     */
    void restarting() {
        this.jobExecutionId = null;
        this.status = Status.RUNNING;
        this.finishedAt = null;
    }

    public ColumnMapping mapping() {
        return ColumnMapping.parse(columnMapping);
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getEventId() { return eventId; }
    public String getFileName() { return fileName; }
    public ImportFormat getFormat() { return format; }
    public String getEncoding() { return encoding; }
    public String getDelimiter() { return delimiter; }
    public String getHeaderRow() { return headerRow; }
    public int getHeaderLine() { return headerLine; }
    public Status getStatus() { return status; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public String getOwnerNode() { return ownerNode; }
    public int getTotalRows() { return totalRows; }
    public int getRowsRead() { return rowsRead; }
    public int getCreated() { return created; }
    public int getMerged() { return merged; }
    public int getSkipped() { return skipped; }
    public int getFailed() { return failed; }
    public byte[] getContent() { return content; }
    public String getFilePath() { return filePath; }
    public Long getCreatedBy() { return createdBy; }
    public int getRowsPerChunk() { return rowsPerChunk; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public long getVersion() { return version; }
}
