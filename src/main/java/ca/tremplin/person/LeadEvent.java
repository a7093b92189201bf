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

/** One line of a lead's timeline: a request received, a reply sent, a call, an assignment... */
@Entity
@Table(name = "lead_event")
public class LeadEvent implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Column(name = "routed_inquiry_id", updatable = false)
    private Long routedInquiryId;

    @Enumerated(EnumType.STRING)
    private LeadEventKind kind;

    @Column(name = "actor_id")
    private Long actorId;

    private String detail;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    /** The record the line was written on, when a merge moved it here from that record; null for the lead's own. */
    @Column(name = "merged_from_lead_id", insertable = false, updatable = false)
    private Long mergedFromLeadId;

    /**
     * On the line of a hand-over (a member of staff deactivated, the leads they followed given to a colleague or to
     * nobody): the member of staff the lead came from, by which the lead list finds what a colleague received (V81).
     */
    @Column(name = "handed_over_from", updatable = false)
    private Long handedOverFrom;

    protected LeadEvent() {
    }

    /** The line of a lead given on by the departure of the member of staff {@code leavingId} who followed it. */
    public static LeadEvent handedOver(Lead lead, Long actorId, String detail, Instant occurredAt, long leavingId) {
        LeadEvent event = new LeadEvent(lead, LeadEventKind.OWNER_CHANGED, actorId, detail, occurredAt);
        event.handedOverFrom = leavingId;
        return event;
    }

    /** A line that belongs to one information request routed to the lead's centre. */
    public static LeadEvent forRequest(long tenantId, long leadId, long routedInquiryId, LeadEventKind kind,
                                       Long actorId, String detail, Instant occurredAt) {
        LeadEvent event = new LeadEvent(tenantId, leadId, kind, actorId, detail, occurredAt);
        event.routedInquiryId = routedInquiryId;
        return event;
    }

    /** A line that belongs to the lead rather than to one of its requests (a note, a stage change...). */
    public LeadEvent(Lead lead, LeadEventKind kind, Long actorId, String detail, Instant occurredAt) {
        this(lead.getTenantId(), lead.getId(), kind, actorId, detail, occurredAt);
    }

    LeadEvent(long tenantId, long leadId, LeadEventKind kind, Long actorId, String detail, Instant occurredAt) {
        this.tenantId = tenantId;
        this.leadId = leadId;
        this.kind = kind;
        this.actorId = actorId;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public Long getLeadId() { return leadId; }
    public Long getRoutedInquiryId() { return routedInquiryId; }
    public LeadEventKind getKind() { return kind; }
    public Long getActorId() { return actorId; }
    public String getDetail() { return detail; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getMergedFromLeadId() { return mergedFromLeadId; }
    public Long getHandedOverFrom() { return handedOverFrom; }
}
