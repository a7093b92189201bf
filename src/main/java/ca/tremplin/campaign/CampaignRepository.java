package ca.tremplin.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaign queries. The JPQL ones are tenant-filtered by Hibernate; the native ones read by a campaign's id only
 * after the campaign itself was found through the filter ({@link CampaignService}), except the one a visit through a
 * tracked link needs, which says so in its name.
 */
@ApplicationScoped
public class CampaignRepository {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    public Optional<Campaign> find(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    /** A tenant has tens of campaigns, not thousands: the list is one query, newest first. */
    public List<Campaign> all() {
        return em.createQuery("select c from Campaign c order by c.startsOn desc, c.id desc", Campaign.class)
                .setMaxResults(500).getResultList();
    }

    /**
     * The coordinating organisation's campaigns that name a centre, newest first. Read by the caller across tenants
     * (the campaigns are the coordinator's), so the centre is a condition here, never left to the filter.
     */
    public List<Campaign> naming(long centreId) {
        return em.createQuery("select c from Campaign c where :centre member of c.centreIds"
                        + " order by c.startsOn desc, c.id desc", Campaign.class)
                .setParameter("centre", centreId).setMaxResults(200).getResultList();
    }

    /** Names of staff by id (across tenants when the caller reads so): id and name. */
    public List<Object[]> staffNamed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u.id, u.displayName from UserAccount u where u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
    }

    /** Events by id: id, French and English titles, start. */
    public List<Object[]> eventsNamed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e.id, e.titleFr, e.titleEn, e.startsAt, t.nameFr, t.nameEn from Event e, Tenant t"
                + " where t.id = e.tenantId and e.id in :ids", Object[].class).setParameter("ids", ids).getResultList();
    }

    public List<Campaign> choices() {
        return em.createQuery("select c from Campaign c where c.endsOn >= :since order by c.startsOn desc",
                Campaign.class).setParameter("since",
                LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE).minusYears(1)).setMaxResults(200).getResultList();
    }

    public List<CampaignActivity> activities(long campaignId) {
        return em.createQuery("select a from CampaignActivity a where a.campaignId = :campaign"
                        + " order by a.plannedOn, a.id", CampaignActivity.class)
                .setParameter("campaign", campaignId).getResultList();
    }

    /** The days of the campaign's activities planned before {@code from} or after {@code to}, in date order. */
    public List<LocalDate> plannedOutside(long campaignId, LocalDate from, LocalDate to) {
        return em.createQuery("select a.plannedOn from CampaignActivity a where a.campaignId = :campaign"
                        + " and (a.plannedOn < :from or a.plannedOn > :to) order by a.plannedOn, a.id", LocalDate.class)
                .setParameter("campaign", campaignId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public Optional<CampaignActivity> findActivity(long id) {
        return Optional.ofNullable(em.find(CampaignActivity.class, id));
    }

    /** The tenant's active staff, who may own an activity: id and name. */
    public List<Object[]> staff() {
        return em.createQuery("select u.id, u.displayName from UserAccount u where u.active = true"
                + " order by u.displayName", Object[].class).getResultList();
    }

    /**
     * Colleagues who have left and still own an activity of the campaign (a done or cancelled one, which no hand-over
     * moves): id and name. The activity's form keeps them, so that saving it does not drop its owner unsaid.
     */
    public List<Object[]> formerStaffOwning(long campaignId) {
        return em.createQuery("select u.id, u.displayName from UserAccount u where u.active = false and u.id in"
                + " (select a.ownerId from CampaignActivity a where a.campaignId = :campaign)"
                + " order by u.displayName", Object[].class).setParameter("campaign", campaignId).getResultList();
    }

    /**
     * Published events of the given centres from a year back, as link targets (a closed centre's, whose pages answer
     * 404, left out): id, French and English titles, start, and the centre's French and English names. A draft,
     * cancelled or done event has no page to take a registration, so a new link or printed QR code to it is refused.
     */
    public List<Object[]> eventsOf(Collection<Long> tenantIds) {
        return em.createQuery("select e.id, e.titleFr, e.titleEn, e.startsAt, t.nameFr, t.nameEn from Event e, Tenant t"
                        + " where t.id = e.tenantId and t.active = true and e.tenantId in :tenants"
                        + " and e.startsAt >= :since"
                        + " and e.status = ca.tremplin.event.EventStatus.PUBLISHED order by e.startsAt", Object[].class)
                .setParameter("tenants", tenantIds)
                .setParameter("since", java.time.Instant.now().minus(java.time.Duration.ofDays(365)))
                .setMaxResults(300).getResultList();
    }

    /**
     * Published programs of the given centres, as link targets: id, code, French and English titles, centre's names,
     * and type.
     */
    public List<Object[]> publishedProgramsOf(Collection<Long> tenantIds) {
        return em.createQuery("select p.id, p.code, p.titleFr, p.titleEn, t.nameFr, t.nameEn, p.type"
                        + " from Program p, Tenant t"
                        + " where t.id = p.tenantId and p.tenantId in :tenants"
                        + " and p.status = ca.tremplin.catalog.ProgramStatus.PUBLISHED order by p.titleFr, t.nameFr",
                        Object[].class)
                .setParameter("tenants", tenantIds).setMaxResults(1000).getResultList();
    }

    /**
     * Programs by id, whatever their status, as the plan and an activity's form name what an activity links: id,
     * code, French and English titles, centre's names, and type ({@link #publishedProgramsOf}'s columns).
     */
    public List<Object[]> programsNamed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p.id, p.code, p.titleFr, p.titleEn, t.nameFr, t.nameEn, p.type"
                        + " from Program p, Tenant t where t.id = p.tenantId and p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
    }

    /** The events or programs the campaign's activities link (ids), whatever has become of them since. */
    public List<Long> targetsOf(long campaignId, LinkTarget kind) {
        return em.createQuery("select distinct a.targetId from CampaignActivity a where a.campaignId = :campaign"
                        + " and a.targetKind = :kind and a.targetId is not null", Long.class)
                .setParameter("campaign", campaignId).setParameter("kind", kind).getResultList();
    }

    /**
     * Whether anything was counted under the activity: a visit through its link, or a request, registration,
     * application or lead that carries it as first or last touch. Removing it would erase its visits (their counters
     * go with it) and leave what it brought pointing at an activity no plan shows.
     */
    public boolean broughtAnything(long activityId) {
        String touched = " where first_touch_activity_id = ?1 or last_touch_activity_id = ?1)";
        Number found = (Number) em.createNativeQuery("select case when"
                        + " exists (select 1 from campaign_visit where activity_id = ?1)"
                        + " or exists (select 1 from inquiry" + touched
                        + " or exists (select 1 from event_registration" + touched
                        + " or exists (select 1 from offer_application" + touched
                        + " or exists (select 1 from `lead`" + touched + " then 1 else 0 end")
                .setParameter(1, activityId).getSingleResult();
        return found.intValue() == 1;
    }

    /**
     * The activity a tracked link names, whatever its centre — a visitor has no tenant: its campaign, tenant and
     * campaign code, to check the link's utm_campaign against and to count the visit under.
     */
    public Optional<VisitedActivity> activityOfAnyCentre(long activityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.campaign_id, a.tenant_id, c.code"
                        + " from campaign_activity a join campaign c on c.id = a.campaign_id where a.id = ?1")
                .setParameter(1, activityId).getResultList();
        return rows.stream().findFirst().map(row -> new VisitedActivity(activityId,
                ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2]));
    }

    public record VisitedActivity(long activityId, long campaignId, long tenantId, String campaignCode) {
    }

    /** One more visit of a page through an activity's link today: a counter, nothing about who. */
    public void countVisit(VisitedActivity activity, LocalDate day, String page) {
        em.createNativeQuery("insert into campaign_visit (activity_id, visit_day, page, tenant_id, campaign_id, visits)"
                        + " values (?1, ?2, ?3, ?4, ?5, 1) on duplicate key update visits = visits + 1")
                .setParameter(1, activity.activityId()).setParameter(2, Date.valueOf(day)).setParameter(3, page)
                .setParameter(4, activity.tenantId()).setParameter(5, activity.campaignId())
                .executeUpdate();
    }

    /** Visits per activity of a campaign (found through the tenant filter by the caller). */
    public List<Object[]> visitsPerActivity(long campaignId) {
        return native2("select activity_id, sum(visits) from campaign_visit where campaign_id = ?1"
                + " group by activity_id", campaignId);
    }

    /** Visits per page of a campaign. */
    public List<Object[]> visitsPerPage(long campaignId) {
        return native2("select page, sum(visits) from campaign_visit where campaign_id = ?1 group by page"
                + " order by sum(visits) desc", campaignId);
    }

    /** A lead whose stage history reached enrolment (or arrival), over the history's index by lead. */
    private static final String ENROLLED = "exists (select 1 from lead_stage_change s where s.lead_id = l.id"
            + " and s.to_stage_rank >= " + ca.tremplin.person.LeadStage.ENROLLED.ordinal() + ")";

    /**
     * A lead of the coordinating organisation's queue whose request was handed to a centre: the person is that
     * centre's lead now, credited there (the hand-over gives the centre's lead the request's touches), and counted
     * there once — as the funnel reports leave the coordination's queue out (report.FunnelQueries). Its queue's lead
     * counts while a request of the person still waits in the queue, or never went through it (an event's).
     */
    private static final String NOT_HANDED_ON = " and not exists (select 1 from tenant t join routed_inquiry h"
            + " on h.lead_id = l.id and h.tenant_id = t.id where t.id = l.tenant_id and t.kind = 'COORDINATION'"
            + " and h.routed_to_tenant_id is not null)";

    /**
     * A registration that holds its seat, as the event's pages and the funnel reports count them: one cancelled (by
     * the person or by staff) is not what the campaign brought, nor one still waiting for a seat (WAITLISTED).
     */
    private static final String REGISTERED = " and x.status = 'REGISTERED'";

    /**
     * How many requests, registrations, applications, leads and enrolled leads carry the campaign as first touch and
     * as last touch, among the centres the campaign speaks for (its own, and those a coordinator's campaign names):
     * ten counts in one statement, each over an index or a small table.
     */
    public long[] attributed(long campaignId, Collection<Long> tenantIds) {
        String tenants = " and tenant_id in (?2)";
        // A request is the anonymous sending, routed to one or more centres: it counts when one of them is a centre
        // the campaign speaks for (a request a Fjord link preceded that went to another centre is not Fjord's).
        String routedHere = " and exists (select 1 from routed_inquiry r where r.inquiry_id = i.id"
                + " and r.tenant_id in (?2))";
        // At first touch, a sending counts only where the campaign brought the person: a person the centre knew before
        // the campaign reached them (their lead has no first touch, or another) counts at last touch only, as their
        // lead does (person.CampaignAttribution.keep).
        String broughtHere = " and exists (select 1 from routed_inquiry r join `lead` l on l.id = r.lead_id"
                + " where r.inquiry_id = i.id and r.tenant_id in (?2) and l.first_touch_campaign_id = ?1)";
        String leadBrought = " and exists (select 1 from `lead` l where l.id = x.lead_id"
                + " and l.first_touch_campaign_id = ?1)";
        String liveLeads = tenants + " and merged_into_id is null" + NOT_HANDED_ON;
        Object[] row = (Object[]) em.createNativeQuery("select"
                        + " (select count(*) from inquiry i where first_touch_campaign_id = ?1" + broughtHere + "),"
                        + " (select count(*) from inquiry i where last_touch_campaign_id = ?1" + routedHere + "),"
                        + " (select count(*) from event_registration x where first_touch_campaign_id = ?1" + tenants
                        + REGISTERED + leadBrought + "),"
                        + " (select count(*) from event_registration x where last_touch_campaign_id = ?1" + tenants
                        + REGISTERED + "),"
                        + " (select count(*) from offer_application x where first_touch_campaign_id = ?1" + tenants
                        + leadBrought + "),"
                        + " (select count(*) from offer_application where last_touch_campaign_id = ?1" + tenants + "),"
                        + " (select count(*) from `lead` l where first_touch_campaign_id = ?1" + liveLeads + "),"
                        + " (select count(*) from `lead` l where last_touch_campaign_id = ?1" + liveLeads + "),"
                        + " (select count(*) from `lead` l where first_touch_campaign_id = ?1" + liveLeads
                        + " and " + ENROLLED + "),"
                        + " (select count(*) from `lead` l where last_touch_campaign_id = ?1" + liveLeads
                        + " and " + ENROLLED + ")")
                .setParameter(1, campaignId).setParameter(2, tenantIds).getSingleResult();
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
        }
        return counts;
    }

    /**
     * Requests per day whose last touch is the campaign, routed to a centre it speaks for, in the campaign's period,
     * days being Québec's as the visits' are (weeks are folded in Java): the requests are counted per UTC day and
     * hour, as the database keeps time, and each hour is then put on its Québec day ({@code QuebecTime.dayOf}).
     */
    @SuppressWarnings("unchecked")
    public Map<LocalDate, Long> requestsPerDay(long campaignId, Collection<Long> tenantIds, LocalDate from,
                                               LocalDate to) {
        List<Object[]> hours = em.createNativeQuery("select date(received_at), hour(received_at), count(*)"
                        + " from inquiry i where last_touch_campaign_id = ?1 and received_at >= ?2 and received_at < ?3"
                        + " and exists (select 1 from routed_inquiry r where r.inquiry_id = i.id and r.tenant_id in (?4))"
                        + " group by date(received_at), hour(received_at)")
                .setParameter(1, campaignId).setParameter(4, tenantIds)
                .setParameter(2, from.atStartOfDay(CampaignVisits.ZONE).toInstant())
                .setParameter(3, to.plusDays(1).atStartOfDay(CampaignVisits.ZONE).toInstant()).getResultList();
        Map<LocalDate, Long> days = new java.util.TreeMap<>();
        for (Object[] row : hours) {
            LocalDate utcDay = row[0] instanceof Date date ? date.toLocalDate() : (LocalDate) row[0];
            LocalDate day = ca.tremplin.kernel.QuebecTime.dayOf(utcDay, ((Number) row[1]).intValue());
            days.merge(day, ((Number) row[2]).longValue(), Long::sum);
        }
        return days;
    }

    /** Requests per activity (as last touch) of a campaign, routed to a centre it speaks for. */
    @SuppressWarnings("unchecked")
    public List<Object[]> requestsPerActivity(long campaignId, Collection<Long> tenantIds) {
        return em.createNativeQuery("select last_touch_activity_id, count(*) from inquiry i"
                + " where last_touch_campaign_id = ?1 and exists (select 1 from routed_inquiry r"
                + " where r.inquiry_id = i.id and r.tenant_id in (?2)) group by last_touch_activity_id")
                .setParameter(1, campaignId).setParameter(2, tenantIds).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> native2(String sql, long campaignId) {
        return em.createNativeQuery(sql).setParameter(1, campaignId).getResultList();
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    <T> T merge(T entity) {
        return em.merge(entity);
    }

    void remove(Object entity) {
        em.remove(entity);
    }

    void flush() {
        em.flush();
    }
}
