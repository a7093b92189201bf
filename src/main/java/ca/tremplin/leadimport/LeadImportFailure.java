package ca.tremplin.leadimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of an import's report: its line in the file, its kind — failed (not imported: it identifies nobody),
 * imported with a warning (values left out), or skipped (someone who ran the event) — why, and what the row held as
 * a line of its file (its longest cells shortened to fit 2,000 characters: {@link FailedRowsFile#keptLine}).
 */
@Entity
@Table(name = "lead_import_failure")
public class LeadImportFailure {

    public enum Kind { FAILED, WARNING, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private Long importId;

    @Column(name = "line_number")
    private long lineNumber;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Kind kind = Kind.FAILED;

    @Column(name = "raw_row")
    private String rawRow;

    protected LeadImportFailure() {
    }

    /** The row's line as {@link FailedRowsFile#keptLine} made it: cut here, it could end inside a quoted cell. */
    LeadImportFailure(long importId, long lineNumber, String reason, String rawRow) {
        this.importId = importId;
        this.lineNumber = lineNumber;
        this.reason = reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        this.rawRow = rawRow;
    }

    public long getLineNumber() { return lineNumber; }
    public Kind getKind() { return kind; }
    public String getReason() { return reason; }
    public String getRawRow() { return rawRow; }
}
