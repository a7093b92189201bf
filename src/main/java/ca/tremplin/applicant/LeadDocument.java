package ca.tremplin.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A document a person uploaded to their file: what it is, its checked type and size, and staff's decision. */
@Entity
@Table(name = "lead_document")
public class LeadDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Enumerated(EnumType.STRING)
    private DocumentStatus status = DocumentStatus.SUBMITTED;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected LeadDocument() {
    }

    LeadDocument(long tenantId, long leadId, DocumentKind kind, DocumentChecks.Checked file, Instant uploadedAt) {
        this.tenantId = tenantId;
        this.leadId = leadId;
        this.kind = kind;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.uploadedAt = uploadedAt;
    }

    void accept(Long staffId, Instant at) {
        status = DocumentStatus.ACCEPTED;
        rejectionReason = null;
        reviewedBy = staffId;
        reviewedAt = at;
    }

    void reject(String reason, Long staffId, Instant at) {
        status = DocumentStatus.REJECTED;
        rejectionReason = reason;
        reviewedBy = staffId;
        reviewedAt = at;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getLeadId() { return leadId; }
    public DocumentKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public DocumentStatus getStatus() { return status; }
    public String getRejectionReason() { return rejectionReason; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Long getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }

    /** Moves with each decision: a page sends back the version it showed, and a decision made since is told. */
    public long getVersion() { return version; }
}
