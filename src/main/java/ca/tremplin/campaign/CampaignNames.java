package ca.tremplin.campaign;

import ca.tremplin.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Campaigns' names as a reader may see them, for what is filtered or broken down by campaign (a report, the lead list
 * a report's figure opens): a centre's own campaigns, and the coordinating organisation's campaigns that name the
 * centre — the only campaigns besides its own that a centre's lead is credited with ({@code person.CreditedTouches}),
 * which the centre reads as shared campaigns; across centres (the coordinator, no tenant), every campaign. Any other
 * id is left out, for the caller to number.
 */
@ApplicationScoped
public class CampaignNames {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** The names of those of {@code ids} the reader may see, by id. */
    public Map<Long, String> visible(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery("select c.id, c.name from Campaign c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        if (TenantContext.hasTenant() && names.size() < ids.size()) {
            names.putAll(coordinatorsNamingTheCentre(ids.stream().filter(id -> !names.containsKey(id)).toList()));
        }
        return names;
    }

    /** Native SQL, which the tenant filter does not narrow, for the campaigns that name the reader's centre only. */
    @SuppressWarnings("unchecked")
    private Map<Long, String> coordinatorsNamingTheCentre(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select c.id, c.name from campaign c"
                        + " join campaign_centre cc on cc.campaign_id = c.id and cc.tenant_id = :centre"
                        + " where c.id in (:ids)")
                .setParameter("centre", TenantContext.currentTenantId()).setParameter("ids", ids).getResultList()) {
            names.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return names;
    }
}
