package ca.tremplin.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One change to one personal field of a lead (Law 25): who, when, the value before and after. */
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

    protected LeadAudit() {
    }

    LeadAudit(long leadId, Long actorId, LeadField field, String oldValue, String newValue, Instant changedAt) {
        this.leadId = leadId;
        this.actorId = actorId;
        this.field = field.name();
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public Long getLeadId() { return leadId; }
    public Long getActorId() { return actorId; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public Instant getChangedAt() { return changedAt; }
}
