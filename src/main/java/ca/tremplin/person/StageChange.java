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
 * One entry of a lead into a stage: the lead's stage history, which reports read directly for "as of" a date and for
 * the time spent in each stage. A lead's creation is its entry into {@link LeadStage#NEW} ({@code fromStage} none);
 * every later move is written where the stage changes, beside its line on the timeline. Rows are never changed.
 */
@Entity
@Table(name = "lead_stage_change")
public class StageChange {

    /** How the lead came to enter the stage. */
    public enum Origin {
        /** The lead was created (a request, a registration, an application, an import). */
        NEW_LEAD,
        /** A member of staff moved it ({@code actorId}). */
        STAFF,
        /** Written by the migration from the timeline of a lead older than the history. */
        TIMELINE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", updatable = false)
    private LeadStage fromStage;

    /** When the lead entered the stage it left: the time it spent there is {@code changedAt - fromStageSince}. */
    @Column(name = "from_stage_since", updatable = false)
    private Instant fromStageSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, updatable = false)
    private LeadStage toStage;

    /** The stage's place on the way to arrival (NEW 0 … ARRIVED 8), none for LOST. */
    @Column(name = "to_stage_rank", updatable = false)
    private Integer toStageRank;

    @Column(name = "lost_reason", updatable = false)
    private String lostReason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Origin origin;

    protected StageChange() {
    }

    private StageChange(Lead lead, LeadStage fromStage, Instant fromStageSince, Long actorId, Origin origin) {
        this.tenantId = lead.getTenantId();
        this.leadId = lead.getId();
        this.fromStage = fromStage;
        this.fromStageSince = fromStageSince;
        this.toStage = lead.getStage();
        this.toStageRank = rank(lead.getStage());
        this.lostReason = lead.getLostReason();
        this.changedAt = lead.getStageSince();
        this.actorId = actorId;
        this.origin = origin;
    }

    /** A new lead's entry into NEW, at its creation; the lead must have its id. */
    public static StageChange created(Lead lead) {
        return new StageChange(lead, null, null, null, Origin.NEW_LEAD);
    }

    /** The move a member of staff just made: the lead already stands in its new stage. */
    public static StageChange movedByStaff(Lead lead, LeadStage from, Instant fromSince, Long actorId) {
        return new StageChange(lead, from, fromSince, actorId, Origin.STAFF);
    }

    /** The stage's place on the way to arrival, none for LOST (as the migration writes {@code to_stage_rank}). */
    public static Integer rank(LeadStage stage) {
        return stage == LeadStage.LOST ? null : stage.ordinal();
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getLeadId() { return leadId; }
    public LeadStage getFromStage() { return fromStage; }
    public Instant getFromStageSince() { return fromStageSince; }
    public LeadStage getToStage() { return toStage; }
    public Integer getToStageRank() { return toStageRank; }
    public String getLostReason() { return lostReason; }
    public Instant getChangedAt() { return changedAt; }
    public Long getActorId() { return actorId; }
    public Origin getOrigin() { return origin; }
}
