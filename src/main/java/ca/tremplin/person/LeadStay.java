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
 * One completed stay of a lead in a stage, for the time-in-stage figures of the funnel reports: the row of its stage
 * history that left the stage, copied under the key of the reports' summary ({@link LeadFunnel}: centre, first known,
 * lead), so that a cohort's stays are one range read in order. Written by {@link LeadFunnels} with each stage change;
 * never changed (a stay, once left, is history). Its identity is the history row's ({@code change_id}).
 */
@Entity
@Table(name = "lead_stay")
public class LeadStay {

    @Id
    @Column(name = "change_id", nullable = false, updatable = false)
    private Long changeId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "first_known_at", nullable = false, updatable = false)
    private Instant firstKnownAt;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LeadStage stage;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(name = "left_at", nullable = false, updatable = false)
    private Instant leftAt;

    protected LeadStay() {
    }

    /** The stay that {@code change} ended, for a lead first known at {@code firstKnownAt}. */
    LeadStay(StageChange change, Instant firstKnownAt) {
        this.changeId = change.getId();
        this.tenantId = change.getTenantId();
        this.firstKnownAt = firstKnownAt;
        this.leadId = change.getLeadId();
        this.stage = change.getFromStage();
        this.enteredAt = change.getFromStageSince();
        this.leftAt = change.getChangedAt();
    }

    /** Whether {@code change} ended a stay (a lead's creation enters NEW from nowhere). */
    static boolean ends(StageChange change) {
        return change.getFromStage() != null && change.getFromStageSince() != null;
    }

    public Long getLeadId() { return leadId; }
    public LeadStage getStage() { return stage; }
    public Instant getEnteredAt() { return enteredAt; }
    public Instant getLeftAt() { return leftAt; }
    public Instant getFirstKnownAt() { return firstKnownAt; }
}
