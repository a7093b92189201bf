package ca.tremplin.campaign;

import ca.tremplin.security.StaffHandover;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A member of staff leaves: the campaign activities still to be done that they own (planned or ready) go to the
 * colleague named, else are left without an owner for anyone to take, as their tasks are. Without it, a plan went on
 * naming someone who could no longer sign in, and the activity's next edit dropped the owner unsaid.
 */
@ApplicationScoped
public class DepartingStaffActivities {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    void handOver(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600)
                  StaffHandover handover) {
        List<CampaignActivity> owned = em.createQuery("select a from CampaignActivity a where a.ownerId = :leaving"
                        + " and a.status in (ca.tremplin.campaign.ActivityStatus.PLANNED,"
                        + " ca.tremplin.campaign.ActivityStatus.READY) order by a.id", CampaignActivity.class)
                .setParameter("leaving", handover.leavingId()).getResultList();
        handover.held(StaffHandover.Work.CAMPAIGN_ACTIVITIES, owned.size());
        if (handover.isHandOver()) {
            owned.forEach(activity -> activity.setOwnerId(handover.colleagueId()));
        }
    }
}
