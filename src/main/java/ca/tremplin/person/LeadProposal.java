package ca.tremplin.person;

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

/**
 * A value that a source which may not rewrite the record (a request, a registration, an application, an import)
 * gave for a person, different from what the centre holds. It is kept, shown beside the record, and written over
 * it only when staff accept it.
 */
@Entity
@Table(name = "lead_proposal")
public class LeadProposal {

    public enum Status { OPEN, ACCEPTED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private LeadField field;

    @Column(name = "proposed_value", updatable = false)
    private String proposedValue;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ChangeSource source;

    @Column(name = "source_ref", updatable = false)
    private Long sourceRef;

    @Column(name = "proposed_at", updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected LeadProposal() {
    }

    LeadProposal(Lead lead, LeadField field, String value, ChangeSource source, Long sourceRef, Instant at) {
        this.tenantId = lead.getTenantId();
        this.leadId = lead.getId();
        this.field = field;
        this.proposedValue = value;
        this.source = source;
        this.sourceRef = sourceRef;
        this.proposedAt = at;
    }

    void decide(Status decision, long staffId, Instant at) {
        this.status = decision;
        this.decidedBy = staffId;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getLeadId() { return leadId; }
    public LeadField getField() { return field; }
    public String getProposedValue() { return proposedValue; }
    public ChangeSource getSource() { return source; }
    public Long getSourceRef() { return sourceRef; }
    public Instant getProposedAt() { return proposedAt; }
    public Status getStatus() { return status; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
