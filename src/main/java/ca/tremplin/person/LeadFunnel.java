package ca.tremplin.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A lead's stage history in one row, for the funnel reports: when it first entered each stage of the way, and where it
 * stands (its latest {@link StageChange}, by time then id). Kept by {@link LeadFunnels} in the transaction that writes
 * each stage change, so that it always says what the history says. The lead's first contact and whether it was merged
 * are copied here so that a report's cohort is one range of the table's primary key (tenant, first known, lead).
 */
@Entity
@Table(name = "lead_funnel")
public class LeadFunnel {

    @Id
    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "first_known_at", nullable = false, updatable = false)
    private Instant firstKnownAt;

    @Column(nullable = false)
    private boolean merged;

    @Column(name = "new_at")
    private Instant newAt;
    @Column(name = "contacted_at")
    private Instant contactedAt;
    @Column(name = "qualified_at")
    private Instant qualifiedAt;
    @Column(name = "applied_at")
    private Instant appliedAt;
    @Column(name = "admitted_at")
    private Instant admittedAt;
    @Column(name = "caq_obtained_at")
    private Instant caqObtainedAt;
    @Column(name = "study_permit_obtained_at")
    private Instant studyPermitObtainedAt;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "standing_stage", nullable = false)
    private LeadStage standingStage;

    @Column(name = "standing_lost_reason")
    private String standingLostReason;

    @Column(name = "standing_since", nullable = false)
    private Instant standingSince;

    @Column(name = "standing_change_id", nullable = false)
    private Long standingChangeId;

    protected LeadFunnel() {
    }

    /** A new lead's row, from its entry into NEW (which has its id). */
    LeadFunnel(Lead lead, StageChange created) {
        this.leadId = lead.getId();
        this.tenantId = lead.getTenantId();
        this.firstKnownAt = lead.getFirstInquiryAt();
        record(created);
    }

    /** The lead entered a stage: the first entry into each stage is kept, and the latest change is where it stands. */
    void record(StageChange change) {
        if (change.getToStage() != LeadStage.LOST) {
            Instant first = reached(change.getToStage());
            if (first == null || change.getChangedAt().isBefore(first)) {
                reached(change.getToStage(), change.getChangedAt());
            }
        }
        boolean latest = standingSince == null || change.getChangedAt().isAfter(standingSince)
                || change.getChangedAt().equals(standingSince) && change.getId() > standingChangeId;
        if (latest) {
            standingStage = change.getToStage();
            standingLostReason = change.getLostReason();
            standingSince = change.getChangedAt();
            standingChangeId = change.getId();
        }
    }

    void merged() {
        merged = true;
    }

    /** When the lead first entered {@code stage} (not LOST), if it did. */
    public Instant reached(LeadStage stage) {
        return switch (stage) {
            case NEW -> newAt;
            case CONTACTED -> contactedAt;
            case QUALIFIED -> qualifiedAt;
            case APPLIED -> appliedAt;
            case ADMITTED -> admittedAt;
            case CAQ_OBTAINED -> caqObtainedAt;
            case STUDY_PERMIT_OBTAINED -> studyPermitObtainedAt;
            case ENROLLED -> enrolledAt;
            case ARRIVED -> arrivedAt;
            case LOST -> throw new IllegalArgumentException("a lost lead's date is where it stands");
        };
    }

    private void reached(LeadStage stage, Instant at) {
        switch (stage) {
            case NEW -> newAt = at;
            case CONTACTED -> contactedAt = at;
            case QUALIFIED -> qualifiedAt = at;
            case APPLIED -> appliedAt = at;
            case ADMITTED -> admittedAt = at;
            case CAQ_OBTAINED -> caqObtainedAt = at;
            case STUDY_PERMIT_OBTAINED -> studyPermitObtainedAt = at;
            case ENROLLED -> enrolledAt = at;
            case ARRIVED -> arrivedAt = at;
            case LOST -> throw new IllegalArgumentException("a lost lead's date is where it stands");
        }
    }

    /** The HQL property of the date a lead first entered {@code stage} (not LOST), as reports compare it. */
    public static String reachedProperty(LeadStage stage) {
        return switch (stage) {
            case NEW -> "newAt";
            case CONTACTED -> "contactedAt";
            case QUALIFIED -> "qualifiedAt";
            case APPLIED -> "appliedAt";
            case ADMITTED -> "admittedAt";
            case CAQ_OBTAINED -> "caqObtainedAt";
            case STUDY_PERMIT_OBTAINED -> "studyPermitObtainedAt";
            case ENROLLED -> "enrolledAt";
            case ARRIVED -> "arrivedAt";
            case LOST -> throw new IllegalArgumentException("a lost lead's date is where it stands");
        };
    }

    public Long getLeadId() { return leadId; }
    public Long getTenantId() { return tenantId; }
    public Instant getFirstKnownAt() { return firstKnownAt; }
    public boolean isMerged() { return merged; }
    public LeadStage getStandingStage() { return standingStage; }
    public String getStandingLostReason() { return standingLostReason; }
    public Instant getStandingSince() { return standingSince; }
}
