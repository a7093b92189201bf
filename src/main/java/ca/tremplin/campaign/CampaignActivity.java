package ca.tremplin.campaign;

import ca.tremplin.kernel.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.hibernate.annotations.TenantId;

/**
 * One line of a campaign's weekly plan: on a day, for an audience, on a platform, what it says, who does it and where
 * it stands; and the public page its tracked link opens ({@link TrackedLinks}).
 */
@Entity
@Table(name = "campaign_activity")
public class CampaignActivity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;
    @Column(name = "planned_on")
    private LocalDate plannedOn;
    @Enumerated(EnumType.STRING)
    private Audience audience = Audience.STUDENT;
    @Enumerated(EnumType.STRING)
    private Platform platform = Platform.SOCIAL;
    /** The links' utm_source. */
    private String source;
    /** What the activity says: its message. */
    private String said;
    @Column(name = "owner_id")
    private Long ownerId;
    @Enumerated(EnumType.STRING)
    private ActivityStatus status = ActivityStatus.PLANNED;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private LinkTarget targetKind = LinkTarget.FORM;
    @Column(name = "target_id")
    private Long targetId;

    /** The Monday of the activity's week: the plan is read week by week. */
    public LocalDate week() {
        return plannedOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Places the activity in the campaign's plan, checked: its date in the campaign, a message, its target. */
    public void belongTo(Campaign campaign) {
        if (plannedOn == null) {
            throw new BusinessRuleException("campaign.activity.dateRequired");
        }
        if (plannedOn.isBefore(campaign.getStartsOn()) || plannedOn.isAfter(campaign.getEndsOn())) {
            throw new BusinessRuleException("campaign.activity.outsideCampaign");
        }
        if (said == null || said.isBlank()) {
            throw new BusinessRuleException("campaign.activity.messageRequired");
        }
        if (targetKind.needsId() && targetId == null) {
            throw new BusinessRuleException("campaign.activity.targetRequired");
        }
        if (!targetKind.needsId()) {
            targetId = null;
        }
        this.campaignId = campaign.getId();
        this.source = TrackedLinks.sourceOrDefault(source, platform);
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public void setPlannedOn(LocalDate plannedOn) { this.plannedOn = plannedOn; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public Platform getPlatform() { return platform; }
    public void setPlatform(Platform platform) { this.platform = platform; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getSaid() { return said; }
    public void setSaid(String said) { this.said = said; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public ActivityStatus getStatus() { return status; }
    public void setStatus(ActivityStatus status) { this.status = status; }
    public LinkTarget getTargetKind() { return targetKind; }
    public void setTargetKind(LinkTarget targetKind) { this.targetKind = targetKind; }
    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
}
