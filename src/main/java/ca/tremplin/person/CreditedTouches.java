package ca.tremplin.person;

import ca.tremplin.web.CampaignTouch;
import ca.tremplin.web.CampaignTouches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Which of the campaign touches a browser carried may be credited: the touch cookie is the visitor's to change, so a
 * touch is kept only when its activity is one of its campaign's, and — on what a centre holds (its lead, a
 * registration, an application) — when the campaign speaks for that centre: its own, or a coordinator's campaign
 * that names it. A made-up campaign (999) is not reported as one; another centre's campaign is not credited with a
 * person this centre received. Tables read by plain SQL, below the campaign feature and across tenants.
 */
@ApplicationScoped
public class CreditedTouches {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** The touches whose campaign and activity exist and go together, whatever centre they speak for. */
    public CampaignTouches existing(CampaignTouches touches) {
        return kept(touches, null);
    }

    /** The touches that may be credited at the centre {@code tenantId}. */
    public CampaignTouches forCentre(long tenantId, CampaignTouches touches) {
        return kept(touches, tenantId);
    }

    private CampaignTouches kept(CampaignTouches touches, Long tenantId) {
        if (touches == null || touches.isEmpty()) {
            return CampaignTouches.NONE;
        }
        CampaignTouch first = creditable(touches.first(), tenantId) ? touches.first() : null;
        CampaignTouch last = touches.last() == null || touches.last().equals(touches.first())
                ? first : creditable(touches.last(), tenantId) ? touches.last() : null;
        if (first == null && last == null) {
            return CampaignTouches.NONE;
        }
        // The first of this centre's campaigns to reach the person is its first touch, whatever came before.
        return new CampaignTouches(first != null ? first : last, last != null ? last : first);
    }

    private boolean creditable(CampaignTouch touch, Long tenantId) {
        if (touch == null) {
            return false;
        }
        String forCentre = tenantId == null ? ""
                : " and (c.tenant_id = ?3 or exists (select 1 from campaign_centre cc where cc.campaign_id = c.id"
                + " and cc.tenant_id = ?3))";
        var query = em.createNativeQuery("select count(*) from campaign_activity a join campaign c"
                + " on c.id = a.campaign_id where a.id = ?1 and c.id = ?2" + forCentre)
                .setParameter(1, touch.activityId()).setParameter(2, touch.campaignId());
        if (tenantId != null) {
            query.setParameter(3, tenantId);
        }
        return ((Number) query.getSingleResult()).longValue() > 0;
    }
}
