package ca.tremplin.report;

import ca.tremplin.event.EventRegistration;
import ca.tremplin.person.LeadStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/**
 * The reports' grouped queries (HQL, so tenant-filtered by Hibernate like every query: a centre's session sees its own
 * leads only, the coordinator's session under {@code Tenancy.acrossAllTenants} every centre's). Each returns a few
 * rows per stage, day, reason or value, never a row per lead. The leads a report is about ("the cohort") are the live
 * leads (not merged into another) first known in the period, narrowed by the filters; their stage history is read up
 * to the end of the "as of" day. Conditions are built from constant fragments; values are always parameters.
 */
@ApplicationScoped
public class FunnelQueries {

    /** The highest {@code to_stage_rank}: ARRIVED. */
    static final int LAST_RANK = LeadStage.ARRIVED.ordinal();

    @PersistenceContext
    EntityManager em;

    /** Per centre and stage: the leads of the cohort whose history reached it by the "as of" date. */
    @SuppressWarnings("unchecked")
    List<Object[]> reachedByStage(ReportQuery query) {
        return bind(em.createQuery("select l.tenantId, s.toStage, count(distinct s.leadId)"
                + " from StageChange s join Lead l on l.id = s.leadId"
                + " where " + cohort(query) + " and s.changedAt < :asOf"
                + " group by l.tenantId, s.toStage"), query).getResultList();
    }

    /**
     * Per centre: the leads of the cohort whose furthest stage by the "as of" date is at least NEW, CONTACTED, ...
     * ARRIVED (columns 1 to 9 after the centre): a lead admitted counts as having applied.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> furthestByStage(ReportQuery query) {
        return bind(em.createQuery("select l.tenantId, " + atLeastEachRank()
                + " from StageChange s join Lead l on l.id = s.leadId"
                + " where " + cohort(query) + " and s.changedAt < :asOf"
                + " group by l.tenantId"), query).getResultList();
    }

    /** Per breakdown value and stage, as {@link #reachedByStage} or {@link #furthestByStage} count them. */
    @SuppressWarnings("unchecked")
    List<Object[]> breakdown(ReportQuery query) {
        ReportDimension by = query.breakdown();
        String value = by.groupedValue();
        String from = " from StageChange s join Lead l on l.id = s.leadId" + by.join()
                + " where " + cohort(query) + " and s.changedAt < :asOf";
        Query grouped = query.counting() == StageCounting.REACHED
                ? em.createQuery("select " + value + ", s.toStage, count(distinct s.leadId)" + from
                        + " group by " + value + ", s.toStage")
                : em.createQuery("select " + value + ", " + atLeastEachRank() + from + " group by " + value);
        bind(grouped, query);
        if (by.interestKind() != null) {
            grouped.setParameter("breakdownKind", by.interestKind());
        }
        return grouped.getResultList();
    }

    /**
     * Per centre, stage and lost reason: where the leads of the cohort stood at the end of the "as of" day (their
     * latest change by then).
     */
    @SuppressWarnings("unchecked")
    List<Object[]> standing(ReportQuery query) {
        return bind(em.createQuery("select l.tenantId, s.toStage, s.lostReason, count(s)"
                + " from StageChange s join Lead l on l.id = s.leadId"
                + " where " + cohort(query) + " and s.changedAt < :asOf"
                + " and not exists (select 1 from StageChange n where n.leadId = s.leadId and n.changedAt < :asOf"
                + " and (n.changedAt > s.changedAt or (n.changedAt = s.changedAt and n.id > s.id)))"
                + " group by l.tenantId, s.toStage, s.lostReason"), query).getResultList();
    }

    /** Per day of the period: the cohort's new leads. */
    @SuppressWarnings("unchecked")
    List<Object[]> newLeadsByDay(ReportQuery query) {
        return bind(em.createQuery("select cast(l.firstInquiryAt as LocalDate), count(l) from Lead l"
                + " where " + cohort(query) + " group by cast(l.firstInquiryAt as LocalDate)"), query)
                .getResultList();
    }

    /** Per day of the period: the moves of live leads (filtered alike) into {@code stage}, whenever they came. */
    @SuppressWarnings("unchecked")
    List<Object[]> movesByDay(ReportQuery query, LeadStage stage) {
        return bind(em.createQuery("select cast(s.changedAt as LocalDate), count(s)"
                + " from StageChange s join Lead l on l.id = s.leadId"
                + " where l.mergedIntoId is null" + filters(query) + " and s.toStage = :stage"
                + " and s.changedAt >= :from and s.changedAt < :to"
                + " group by cast(s.changedAt as LocalDate)"), query)
                .setParameter("stage", stage).getResultList();
    }

    /**
     * Per stage left and days spent in it (calendar days, UTC): the cohort's completed stays, by the "as of" date.
     * Through FUNCTION(): the server's DATEDIFF (MariaDB and MySQL alike), Hibernate's strict JPA mode knowing no
     * difference of dates.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> daysInStage(ReportQuery query) {
        String days = "function('datediff', s.changedAt, s.fromStageSince)";
        return bind(em.createQuery("select s.fromStage, " + days + ", count(s)"
                + " from StageChange s join Lead l on l.id = s.leadId"
                + " where " + cohort(query) + " and s.changedAt < :asOf and s.fromStage is not null"
                + " and s.fromStage <> :lost"
                + " group by s.fromStage, " + days), query)
                .setParameter("lost", LeadStage.LOST).getResultList();
    }

    /**
     * Per centre, the requests received in the period: how many, answered by their deadline, answered late, past their
     * deadline without an answer, waiting within it (as of the end of the "as of" day).
     */
    @SuppressWarnings("unchecked")
    List<Object[]> firstContact(ReportQuery query) {
        String answered = "r.contactedAt is not null and r.contactedAt < :asOf";
        String unanswered = "(r.contactedAt is null or r.contactedAt >= :asOf)";
        return bind(em.createQuery("select l.tenantId, count(r),"
                + " sum(case when " + answered + " and r.contactedAt <= r.responseDeadline then 1 else 0 end),"
                + " sum(case when " + answered + " and r.contactedAt > r.responseDeadline then 1 else 0 end),"
                + " sum(case when " + unanswered + " and r.responseDeadline < :asOf then 1 else 0 end),"
                + " sum(case when " + unanswered + " and r.responseDeadline >= :asOf then 1 else 0 end)"
                + " from RoutedInquiry r join r.lead l"
                + " where " + requests(query) + " group by l.tenantId"), query).getResultList();
    }

    /** Requests of live leads, whenever received, past their deadline by the end of {@code today} and unanswered. */
    long overdueRequests(java.time.LocalDate today) {
        return em.createQuery("select count(r) from RoutedInquiry r join r.lead l where l.mergedIntoId is null"
                        + " and r.contactedAt is null and r.responseDeadline < :end", Long.class)
                .setParameter("end", today.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .getSingleResult();
    }

    /**
     * Whole hours from request to first contact, and how many requests took that long: HOUR(TIMEDIFF(...)) of the
     * server (MariaDB and MySQL alike, the whole hours of the difference, 838 at most: a first contact after five
     * weeks counts as 838 hours), through FUNCTION() since Hibernate's strict JPA mode has no difference of times.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> hoursToFirstContact(ReportQuery query) {
        String hours = "function('hour', function('timediff', r.contactedAt, r.receivedAt))";
        return bind(em.createQuery("select " + hours + ", count(r) from RoutedInquiry r join r.lead l"
                + " where " + requests(query) + " and r.contactedAt is not null and r.contactedAt < :asOf"
                + " group by " + hours), query).getResultList();
    }

    /**
     * Per event held in the period: registrations, attendance, the leads those registrations created, and how far
     * the people registered went by the "as of" date (applied, admitted, enrolled or further), a merged lead being
     * followed to the lead it was merged into; and what the event cost, if staff gave it.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> eventResults(ReportQuery query) {
        return bind(em.createQuery("select e.id, e.titleFr, e.titleEn, e.startsAt, count(distinct r.id),"
                + " count(distinct case when r.attendedAt is not null and r.attendedAt < :asOf then r.id end),"
                + " count(distinct case when l.firstInquiryAt >= r.registeredAt then l.id end),"
                + " count(distinct case when s.toStageRank >= " + LeadStage.APPLIED.ordinal() + " then s.leadId end),"
                + " count(distinct case when s.toStageRank >= " + LeadStage.ADMITTED.ordinal() + " then s.leadId end),"
                + " count(distinct case when s.toStageRank >= " + LeadStage.ENROLLED.ordinal() + " then s.leadId end),"
                + " e.costCad"
                + " from EventRegistration r join Event e on e.id = r.eventId join Lead l on l.id = r.leadId"
                + " left join StageChange s on s.leadId = coalesce(l.mergedIntoId, l.id) and s.changedAt < :asOf"
                + " where r.status = :registered and r.registeredAt < :asOf"
                + " and e.startsAt >= :from and e.startsAt < :to" + filters(query)
                + " group by e.id, e.titleFr, e.titleEn, e.startsAt, e.costCad order by e.startsAt"), query)
                .setParameter("registered", EventRegistration.Status.REGISTERED).getResultList();
    }

    /** Names for the values a breakdown or a filter shows: programs, events, staff, centres, campaigns. */
    @SuppressWarnings("unchecked")
    Map<Long, String[]> names(ReportDimension dimension, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String hql = switch (dimension) {
            case PROGRAM -> "select p.id, p.titleFr, p.titleEn from Program p where p.id in :ids";
            case EVENT -> "select e.id, e.titleFr, e.titleEn from Event e where e.id in :ids";
            case RECRUITER -> "select u.id, u.displayName, u.displayName from UserAccount u where u.id in :ids";
            case CENTRE -> "select t.id, t.nameFr, t.nameEn from Tenant t where t.id in :ids";
            // The centre's own campaigns; a coordinator's campaign that brought a centre's lead shows as its number.
            case FIRST_CAMPAIGN, LAST_CAMPAIGN -> "select c.id, c.name, c.name from Campaign c where c.id in :ids";
            default -> throw new IllegalArgumentException(dimension + " has no names to look up");
        };
        Map<Long, String[]> names = new java.util.HashMap<>();
        for (Object[] row : (List<Object[]>) em.createQuery(hql).setParameter("ids", ids).getResultList()) {
            names.put((Long) row[0], new String[] {(String) row[1], (String) row[2]});
        }
        return names;
    }

    /** The cohort: live leads first known in the period (before the end of the "as of" day), filtered. */
    private static String cohort(ReportQuery query) {
        return "l.mergedIntoId is null and l.firstInquiryAt >= :from and l.firstInquiryAt < :to" + filters(query);
    }

    /** Requests received in the period by live leads, filtered like the cohort. */
    private static String requests(ReportQuery query) {
        return "l.mergedIntoId is null and r.receivedAt >= :from and r.receivedAt < :to" + filters(query);
    }

    private static String filters(ReportQuery query) {
        StringBuilder conditions = new StringBuilder();
        for (ReportDimension dimension : query.filters().keySet()) {
            conditions.append(" and ").append(dimension.condition());
        }
        return conditions.toString();
    }

    /** {@code count(distinct case when s.toStageRank >= k then s.leadId end)} for each rank from NEW to ARRIVED. */
    private static String atLeastEachRank() {
        StringBuilder columns = new StringBuilder();
        for (int rank = 0; rank <= LAST_RANK; rank++) {
            columns.append(rank == 0 ? "" : ", ").append("count(distinct case when s.toStageRank >= ").append(rank)
                    .append(" then s.leadId end)");
        }
        return columns.toString();
    }

    private static Query bind(Query hql, ReportQuery query) {
        hql.setParameter("from", query.periodStart());
        hql.setParameter("to", query.periodEnd());
        if (hql.getParameters().stream().anyMatch(p -> "asOf".equals(p.getName()))) {
            hql.setParameter("asOf", query.asOfEnd());
        }
        query.filters().forEach((dimension, value) -> hql.setParameter(dimension.parameter(), value));
        return hql;
    }
}
