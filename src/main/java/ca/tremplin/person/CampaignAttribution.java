package ca.tremplin.person;

import ca.tremplin.web.CampaignTouch;
import ca.tremplin.web.CampaignTouches;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The first and the last campaign touch, as stored on a request, a registration, an application and a lead. What a
 * person sent keeps the touches their browser carried then; a lead gathers them over time by {@link #keep}.
 */
@Embeddable
public class CampaignAttribution implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "first_touch_campaign_id")
    private Long firstCampaignId;
    @Column(name = "first_touch_activity_id")
    private Long firstActivityId;
    @Column(name = "first_touch_at")
    private Instant firstAt;
    @Column(name = "last_touch_campaign_id")
    private Long lastCampaignId;
    @Column(name = "last_touch_activity_id")
    private Long lastActivityId;
    @Column(name = "last_touch_at")
    private Instant lastAt;

    public CampaignAttribution() {
    }

    /** What a request, a registration or an application carried. */
    public static CampaignAttribution of(CampaignTouches touches) {
        CampaignAttribution attribution = new CampaignAttribution();
        if (touches != null) {
            attribution.setFirst(touches.first());
            attribution.setLast(touches.last());
        }
        return attribution;
    }

    /**
     * A lead's rule: the first touch is the campaign that brought the person, kept once set whatever comes later; a
     * person the centre knew before any campaign touched them ({@code knownSince}, when the lead was first known)
     * came without one, and a campaign that reaches them later is their last touch, never their first. The last
     * touch moves to the latest touch that arrives, never back to an older one (a request sent from another browser
     * that saw an older campaign does not undo a newer touch).
     */
    public void keep(CampaignTouches arriving, Instant knownSince) {
        if (arriving == null || arriving.isEmpty()) {
            return;
        }
        CampaignTouch earliest = arriving.first() != null ? arriving.first() : arriving.last();
        if (firstAt == null && (knownSince == null || !earliest.at().isAfter(knownSince))) {
            setFirst(earliest);
        }
        CampaignTouch latest = arriving.last() != null ? arriving.last() : arriving.first();
        if (lastAt == null || !latest.at().isBefore(lastAt)) {
            setLast(latest);
        }
    }

    public CampaignTouches touches() {
        CampaignTouch first = firstAt == null ? null : new CampaignTouch(firstCampaignId, firstActivityId, firstAt);
        CampaignTouch last = lastAt == null ? null : new CampaignTouch(lastCampaignId, lastActivityId, lastAt);
        return new CampaignTouches(first, last);
    }

    private void setFirst(CampaignTouch touch) {
        firstCampaignId = touch == null ? null : touch.campaignId();
        firstActivityId = touch == null ? null : touch.activityId();
        firstAt = touch == null ? null : touch.at();
    }

    private void setLast(CampaignTouch touch) {
        lastCampaignId = touch == null ? null : touch.campaignId();
        lastActivityId = touch == null ? null : touch.activityId();
        lastAt = touch == null ? null : touch.at();
    }

    public Long getFirstCampaignId() { return firstCampaignId; }
    public Long getFirstActivityId() { return firstActivityId; }
    public Instant getFirstAt() { return firstAt; }
    public Long getLastCampaignId() { return lastCampaignId; }
    public Long getLastActivityId() { return lastActivityId; }
    public Instant getLastAt() { return lastAt; }
}
