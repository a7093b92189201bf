package ca.tremplin.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * One change to one personal field of a lead (Law 25): who or what changed it (a member of staff, or the source
 * that filled a field the record lacked, with the id of what carried the value), when, the value before and after.
 */
@Entity
@Table(name = "lead_audit")
public class LeadAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(updatable = false)
    private String field;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    @Column(name = "changed_at", updatable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ChangeSource source;

    @Column(name = "source_ref", updatable = false)
    private Long sourceRef;

    /** The record the change was made on, when it was merged into this one since; null for this record's own. */
    @Column(name = "merged_from_lead_id", insertable = false, updatable = false)
    private Long mergedFromLeadId;

    protected LeadAudit() {
    }

    LeadAudit(Lead lead, Long actorId, LeadField field, String oldValue, String newValue, ChangeSource source,
              Long sourceRef, Instant changedAt) {
        this.tenantId = lead.getTenantId();
        this.leadId = lead.getId();
        this.actorId = actorId;
        this.field = field.name();
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.source = source;
        this.sourceRef = sourceRef;
        this.changedAt = changedAt;
    }

    /**
     * A line about something of the record that is no {@link LeadField}: whether its address can be delivered to
     * ({@link UndeliverableLeadAddresses#FIELD}).
     */
    LeadAudit(Lead lead, Long actorId, String field, String oldValue, String newValue, ChangeSource source,
              Long sourceRef, Instant changedAt) {
        this.tenantId = lead.getTenantId();
        this.leadId = lead.getId();
        this.actorId = actorId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.source = source;
        this.sourceRef = sourceRef;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public Long getLeadId() { return leadId; }
    public Long getActorId() { return actorId; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public Instant getChangedAt() { return changedAt; }
    public ChangeSource getSource() { return source; }
    public Long getSourceRef() { return sourceRef; }
    public Long getMergedFromLeadId() { return mergedFromLeadId; }
}
