package ca.tremplin.report;

import ca.tremplin.event.EventRegistration;
import ca.tremplin.kernel.QuebecTime;
import ca.tremplin.person.LeadFunnel;
import ca.tremplin.person.LeadStage;
import ca.tremplin.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports' grouped queries (HQL, so tenant-filtered by Hibernate like every query: a centre's session sees its own
 * leads only, the coordinator's session under {@code Tenancy.acrossAllTenants} every school service centre's — not
 * the coordination's own queue, whose leads are people it hands to a centre, where they are counted once). Each returns a few
 * rows per stage, day, reason or value, never a row per lead. The leads a report is about ("the cohort") are the live
 * leads (not merged into another) first known in the period, narrowed by the filters. Their stages are read from one
 * summary row per lead ({@link LeadFunnel}: when each stage was first entered, where the lead stands), whose key makes
 * a centre's period one range; the history itself is read only for the cohort, over its index by lead: the time spent
 * in each stage, and where the leads that moved after a past "as of" date stood then. Conditions are built from
 * constant fragments; values are always parameters.
 */
@ApplicationScoped
public class FunnelQueries {

    /** The highest {@code to_stage_rank}: ARRIVED. */
    static final int LAST_RANK = LeadStage.ARRIVED.ordinal();

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @jakarta.inject.Inject
    ca.tremplin.campaign.CampaignNames campaignNames;

    /**
     * The funnel of each centre in one pass over its cohort's summary rows, grouped by centre and where the leads stand
     * now (stage, lost reason): per group, how many of the cohort stood there by the "as of" date and how many moved
     * after it (their standing then is read by {@link #standingFromHistory}), then for each stage from NEW to ARRIVED
     * how many of the cohort reached it by the "as of" date, counted the query's way (columns 5 to 13).
     */
    @SuppressWarnings("unchecked")
    List<Object[]> funnels(ReportQuery query) {
        Query grouped = em.createQuery("select f.tenantId, f.standingStage, f.standingLostReason,"
                + " case when f.standingSince < :asOf then 0 else 1 end as movedSince, " + reachedMask(":asOf")
                + " as reached, count(f) from LeadFunnel f" + leadJoin(query) + " where " + summaryCohort(query)
                + " group by f.tenantId, f.standingStage, f.standingLostReason, movedSince, reached");
        Map<List<Object>, Object[]> rows = new LinkedHashMap<>();
        for (Object[] group : (List<Object[]>) bind(grouped, query).getResultList()) {
            Object[] row = rows.computeIfAbsent(Arrays.asList(group[0], group[1], group[2]),
                    key -> withCounts(3 + 2, key.toArray()));
            long leads = ((Number) group[5]).longValue();
            int standingColumn = 3 + ((Number) group[3]).intValue();
            row[standingColumn] = (Long) row[standingColumn] + leads;
            addReached(row, 5, ((Number) group[4]).longValue(), leads, query.counting());
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * Per centre: how many of the cohort reached each stage from NEW to ARRIVED by the "as of" date, counted the
     * query's way (columns 1 to 9): the funnel of the year before, which needs no standing.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> reached(ReportQuery query) {
        Query grouped = em.createQuery("select f.tenantId, " + reachedMask(":asOf") + " as reached, count(f)"
                + " from LeadFunnel f" + leadJoin(query) + " where " + summaryCohort(query)
                + " group by f.tenantId, reached");
        Map<Object, Object[]> rows = new LinkedHashMap<>();
        for (Object[] group : (List<Object[]>) bind(grouped, query).getResultList()) {
            Object[] row = rows.computeIfAbsent(group[0], centre -> withCounts(1, centre));
            addReached(row, 1, ((Number) group[1]).longValue(), ((Number) group[2]).longValue(), query.counting());
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * Per centre, stage and lost reason: where the leads of the cohort that moved after the "as of" date stood at its
     * end (their latest change by then), read from their history over its index by lead; the others stand where
     * their summary says.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> standingFromHistory(ReportQuery query) {
        return bind(em.createQuery("select f.tenantId, s.toStage, s.lostReason, count(s)"
                + " from LeadFunnel f" + leadJoin(query) + " join StageChange s on s.leadId = f.leadId"
                + " where " + summaryCohort(query) + " and f.standingSince >= :asOf and s.changedAt < :asOf"
                + " and not exists (select 1 from StageChange n where n.leadId = s.leadId and n.changedAt < :asOf"
                + " and (n.changedAt > s.changedAt or (n.changedAt = s.changedAt and n.id > s.id)))"
                + " group by f.tenantId, s.toStage, s.lostReason"), query).getResultList();
    }

    /**
     * Per breakdown value: the leads of the cohort that reached each stage from NEW to ARRIVED by the "as of" date,
     * counted the query's way (columns 1 to 9 after the value).
     */
    @SuppressWarnings("unchecked")
    List<Object[]> breakdown(ReportQuery query) {
        ReportDimension by = query.breakdown();
        String value = by.groupedValue();
        // A lead registered twice to one event is counted once there, as its history was: a lead has one set of
        // stages reached, so counting it once within its set counts it once for the value.
        String leads = by == ReportDimension.EVENT ? "count(distinct f.leadId)" : "count(f)";
        Query grouped = em.createQuery("select " + value + " as byValue, " + reachedMask(":asOf") + " as reached, "
                + leads + " from LeadFunnel f" + leadJoin(query) + by.join("f.leadId") + " where "
                + summaryCohort(query) + " group by byValue, reached");
        bind(grouped, query);
        if (by.interestKind() != null) {
            grouped.setParameter("breakdownKind", by.interestKind());
        }
        Map<Object, Object[]> rows = new LinkedHashMap<>();
        for (Object[] group : (List<Object[]>) grouped.getResultList()) {
            Object[] row = rows.computeIfAbsent(group[0], byValue -> withCounts(1, byValue));
            addReached(row, 1, ((Number) group[1]).longValue(), ((Number) group[2]).longValue(), query.counting());
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * The stages of the way a summary row's lead entered before {@code asOf}, one bit each (bit 0 NEW ... bit 8
     * ARRIVED): the query groups its rows by it and the counts of each stage are added up here, where a condition per
     * stage and per way of counting evaluated on every row cost most of the funnel's time.
     */
    private static String reachedMask(String asOf) {
        StringBuilder mask = new StringBuilder("(");
        for (int rank = 0; rank <= LAST_RANK; rank++) {
            mask.append(rank == 0 ? "" : " + ").append("case when f.")
                    .append(LeadFunnel.reachedProperty(LeadStage.values()[rank])).append(" < ").append(asOf)
                    .append(" then ").append(1 << rank).append(" else 0 end");
        }
        return mask.append(")").toString();
    }

    /**
     * Whether a lead whose stages entered are {@code mask} counts at the stage of {@code rank}: entered it (REACHED),
     * or entered it or one beyond it (FURTHEST).
     */
    static boolean counted(long mask, int rank, StageCounting counting) {
        return counting == StageCounting.REACHED ? (mask & (1L << rank)) != 0 : mask >>> rank != 0;
    }

    /**
     * A row of the given values, then zeros: for the counts between them and column {@code first} (the standing's),
     * and from there one for each stage of the way.
     */
    private static Object[] withCounts(int first, Object... values) {
        Object[] row = new Object[first + LAST_RANK + 1];
        System.arraycopy(values, 0, row, 0, values.length);
        Arrays.fill(row, values.length, row.length, 0L);
        return row;
    }

    private static void addReached(Object[] row, int first, long mask, long leads, StageCounting counting) {
        for (int rank = 0; rank <= LAST_RANK; rank++) {
            if (counted(mask, rank, counting)) {
                row[first + rank] = (Long) row[first + rank] + leads;
            }
        }
    }

    /** Per day of the period (Québec's): the cohort's new leads. */
    @SuppressWarnings("unchecked")
    List<Object[]> newLeadsByDay(ReportQuery query) {
        return quebecDays(bind(em.createQuery("select " + utcDayAndHour("l.firstInquiryAt") + ", count(l) from Lead l"
                + " where " + cohort(query) + " group by 1, 2"), query).getResultList());
    }

    /**
     * Per day of the period (Québec's): the moves of live leads (filtered alike) into {@code stage}, whenever they
     * came. Without a filter, the moves of every lead are counted from the history's index of moves into a stage
     * alone (centre, stage, time: one range per centre, no lead read), less those of the merged leads, which are few;
     * a filter joins the leads.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> movesByDay(ReportQuery query, LeadStage stage) {
        String day = utcDayAndHour("s.changedAt");
        String moves = " s.toStage = :stage and s.changedAt >= :from and s.changedAt < :to";
        if (!query.filters().isEmpty()) {
            return quebecDays(bind(em.createQuery("select " + day + ", count(s) from StageChange s"
                    + " join Lead l on l.id = s.leadId where l.mergedIntoId is null" + filters(query, "l.id") + " and"
                    + moves + " group by 1, 2"), query).setParameter("stage", stage).getResultList());
        }
        String centres = TenantContext.hasTenant() ? "" : " and s.tenantId in (:centres)";
        Map<LocalDate, Long> days = new TreeMap<>();
        for (Object[] row : quebecDays(bind(em.createQuery("select " + day + ", count(s) from StageChange s"
                + " where" + moves + centres + " group by 1, 2"), query).setParameter("stage", stage)
                .getResultList())) {
            days.put((LocalDate) row[0], (Long) row[1]);
        }
        for (Object[] row : quebecDays(bind(em.createQuery("select " + day + ", count(s) from Lead l"
                + " join StageChange s on s.leadId = l.id where l.mergedIntoId is not null and" + moves
                + " group by 1, 2"), query).setParameter("stage", stage).getResultList())) {
            days.computeIfPresent((LocalDate) row[0], (d, count) -> count - (Long) row[1]);
        }
        List<Object[]> rows = new ArrayList<>();
        days.forEach((d, count) -> {
            if (count > 0) {
                rows.add(new Object[] {d, count});
            }
        });
        return rows;
    }

    /** A time's UTC day and hour, as the database keeps time, which {@link QuebecTime#dayOf} makes Québec's day. */
    private static String utcDayAndHour(String time) {
        return "cast(" + time + " as LocalDate), extract(hour from " + time + ")";
    }

    /** Rows of (UTC day, hour, count) as rows of (Québec day, count), in order of days. */
    private static List<Object[]> quebecDays(List<?> utcDaysAndHours) {
        Map<LocalDate, Long> days = new TreeMap<>();
        for (Object[] row : utcDaysAndHours.stream().map(Object[].class::cast).toList()) {
            LocalDate quebecDay = QuebecTime.dayOf((LocalDate) row[0], ((Number) row[1]).intValue());
            days.merge(quebecDay, ((Number) row[2]).longValue(), Long::sum);
        }
        List<Object[]> rows = new ArrayList<>();
        days.forEach((day, count) -> rows.add(new Object[] {day, count}));
        return rows;
    }

    /**
     * Per stage left and days spent in it (calendar days in Québec, as every day of the report): the cohort's
     * completed stays, by the "as of" date, read from {@code lead_stay}, whose key is the summary's (centre, first
     * known, lead): the cohort's stays are one range read in the summary's order, not one dive per lead into the
     * history. Without a filter, the stays alone (merged leads keep none); a filter joins the summary rows, and
     * through them the leads. Rows of (stage, days, count), grouped in the database by the days between the UTC days
     * of the two ends — through FUNCTION(): the server's DATEDIFF (MariaDB and MySQL alike), Hibernate's strict JPA
     * mode knowing no difference of dates — and, for an end in the first UTC hours of a day, which are still the day
     * before in Québec, by its hour (and its day, for the hour summer time decides), put on its Québec day here
     * ({@link #quebecDaysApart}): a stay entered at 21:00 and left at 9:00 the next morning in Québec is one day,
     * where the UTC days counted none.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> daysInStage(ReportQuery query) {
        String utcDays = "function('datediff', st.leftAt, st.enteredAt)";
        String grouped = utcDays + ", " + earlyHour("st.enteredAt") + ", " + earlyDay("st.enteredAt") + ", "
                + earlyHour("st.leftAt") + ", " + earlyDay("st.leftAt");
        String stays = query.filters().isEmpty()
                ? " from LeadStay st where st.firstKnownAt >= :from and st.firstKnownAt < :to"
                        + (TenantContext.hasTenant() ? "" : " and st.tenantId in (:centres)")
                : " from LeadFunnel f" + leadJoin(query) + " join LeadStay st on st.tenantId = f.tenantId"
                        + " and st.firstKnownAt = f.firstKnownAt and st.leadId = f.leadId"
                        + " where " + summaryCohort(query) + " and st.firstKnownAt >= :from and st.firstKnownAt < :to";
        Map<List<Object>, Long> days = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) bind(em.createQuery("select st.stage, " + grouped + ", count(st)" + stays
                + " and st.leftAt < :asOf and st.stage <> :lost group by 1, 2, 3, 4, 5, 6"), query)
                .setParameter("lost", LeadStage.LOST).getResultList()) {
            long quebecDays = quebecDaysApart(((Number) row[1]).longValue(), (LocalDate) row[3], number(row[2]),
                    (LocalDate) row[5], number(row[4]));
            days.merge(List.of(row[0], quebecDays), ((Number) row[6]).longValue(), Long::sum);
        }
        List<Object[]> rows = new ArrayList<>();
        days.forEach((stageAndDays, count) -> rows.add(new Object[] {stageAndDays.get(0), stageAndDays.get(1),
                count}));
        return rows;
    }

    /** The UTC hours that may be the day before in Québec (UTC−5, −4 in summer): the hour of such a time, else null. */
    private static String earlyHour(String time) {
        return "case when extract(hour from " + time + ") <= " + SUMMER_TIME_HOUR + " then extract(hour from " + time
                + ") end";
    }

    /**
     * The UTC day of a time in the one hour whose Québec day depends on summer time, else null: grouped for those
     * few only, so that the rows stay a handful per stage and day apart.
     */
    private static String earlyDay(String time) {
        return "case when extract(hour from " + time + ") = " + SUMMER_TIME_HOUR + " then cast(" + time
                + " as LocalDate) end";
    }

    /**
     * The UTC hour that is the day before in Québec in winter (23:00, UTC−5) and the day itself in summer (0:00,
     * UTC−4); before it, every UTC hour is the day before in Québec, after it, the day itself.
     */
    private static final int SUMMER_TIME_HOUR = 4;

    /**
     * The Québec calendar days between two times, from the days between their UTC days and, for an end in the first
     * UTC hours of its day ({@code hour}, null otherwise, and for the hour that depends on summer time its
     * {@code day}), the Québec day it falls on ({@link QuebecTime#dayOf}).
     */
    static long quebecDaysApart(long utcDays, LocalDate enteredDay, Integer enteredHour, LocalDate leftDay,
                                Integer leftHour) {
        return utcDays - daysBack(leftDay, leftHour) + daysBack(enteredDay, enteredHour);
    }

    /** How many days before its UTC day a time's Québec day is: one in the first UTC hours of a day, else none. */
    private static long daysBack(LocalDate utcDay, Integer utcHour) {
        if (utcHour == null || utcHour > SUMMER_TIME_HOUR) {
            return 0;
        }
        if (utcHour < SUMMER_TIME_HOUR) {
            return 1;
        }
        return -java.time.temporal.ChronoUnit.DAYS.between(utcDay, QuebecTime.dayOf(utcDay, utcHour));
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /**
     * Per centre and per whole hours from request to first contact, the requests received in the period: how many,
     * answered by their deadline, answered late, past their deadline without an answer, waiting within it (as of the
     * end of the "as of" day, or of now when that day is today: a request due this evening is not late yet, as the
     * home page counts it). One pass gives both the counts (summed over the hours) and the hours' histogram (the
     * requests answered by the "as of" day in each group; a request answered later has its hours but counts as
     * unanswered). Hours are HOUR(TIMEDIFF(...)) of the server (MariaDB and MySQL alike, the whole hours of the
     * difference, 838 at most: a first contact after five weeks counts as 838 hours), through FUNCTION() since
     * Hibernate's strict JPA mode has no difference of times; null for a request not answered at all.
     *
     * <p>A request a centre sent back to the coordinating organisation as not its own ({@code sentBackAt}) is none of
     * that centre's: it was right not to answer it, and the centre that takes it counts it.
     *
     * <p>Without a filter, the requests alone, read from their index by centre and day received: a merged lead's
     * requests move to the lead it was merged into ({@code PipelineRepository.moveEverything}), so every request
     * belongs to a live lead. A filter reads the leads.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> firstContact(ReportQuery query) {
        String answered = "r.contactedAt is not null and r.contactedAt < :asOf";
        String unanswered = "(r.contactedAt is null or r.contactedAt >= :asOf)";
        String hours = "function('hour', function('timediff', r.contactedAt, r.receivedAt))";
        // Across centres, one range of the index per centre rather than the whole table.
        String centres = TenantContext.hasTenant() ? "" : " and r.tenantId in (:centres)";
        // A request the centre sent back to the coordination as not its own is counted at the centre that takes it.
        String requests = query.filters().isEmpty()
                ? " from RoutedInquiry r where r.receivedAt >= :from and r.receivedAt < :to" + centres
                        + " and r.sentBackAt is null"
                : " from RoutedInquiry r join r.lead l where " + requests(query) + centres
                        + " and r.sentBackAt is null";
        return bind(em.createQuery("select r.tenantId, " + hours + ", count(r),"
                + " sum(case when " + answered + " and r.contactedAt <= r.responseDeadline then 1 else 0 end),"
                + " sum(case when " + answered + " and r.contactedAt > r.responseDeadline then 1 else 0 end),"
                + " sum(case when " + unanswered + " and r.responseDeadline < :lateBy then 1 else 0 end),"
                + " sum(case when " + unanswered + " and r.responseDeadline >= :lateBy then 1 else 0 end)"
                + requests + " group by r.tenantId, " + hours), query).getResultList();
    }

    /**
     * Requests, whenever received, unanswered and past their deadline now — not those due later today, which are
     * not late yet — and still the centre's to answer (a request the coordinating organisation handed to a centre is
     * closed in its queue, and one a centre sent back to it closed at the centre): every request being a live lead's
     * (see {@link #firstContact}).
     */
    long overdueRequests(java.time.Instant now) {
        return em.createQuery("select count(r) from RoutedInquiry r where r.contactedAt is null"
                        + " and r.responseDeadline < :now and r.status <> ca.tremplin.inquiry.InquiryStatus.CLOSED",
                        Long.class)
                .setParameter("now", now).getSingleResult();
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
                + " count(distinct case when " + reachedAtLeast(LeadStage.APPLIED, ":asOf") + " then f.leadId end),"
                + " count(distinct case when " + reachedAtLeast(LeadStage.ADMITTED, ":asOf") + " then f.leadId end),"
                + " count(distinct case when " + reachedAtLeast(LeadStage.ENROLLED, ":asOf") + " then f.leadId end),"
                + " e.costCad, e.zoneId"
                + " from EventRegistration r join Event e on e.id = r.eventId join Lead l on l.id = r.leadId"
                + " left join LeadFunnel f on f.leadId = coalesce(l.mergedIntoId, l.id)"
                + " where r.status = :registered and r.registeredAt < :asOf"
                + " and e.startsAt >= :from and e.startsAt < :to" + filters(query, "l.id")
                + " group by e.id, e.titleFr, e.titleEn, e.startsAt, e.costCad, e.zoneId order by e.startsAt"), query)
                .setParameter("registered", EventRegistration.Status.REGISTERED)
                // An event belongs to the period by the day it was held where it was held, which is up to 14 hours
                // away from Québec's: read that much around the period, and keep those of its days (see the caller).
                .setParameter("from", query.periodStart().minus(EVENT_DAY_MARGIN))
                .setParameter("to", query.periodEnd().plus(EVENT_DAY_MARGIN)).getResultList();
    }

    /** The most a zone's day is ahead of or behind Québec's. */
    private static final java.time.Duration EVENT_DAY_MARGIN = java.time.Duration.ofHours(14);

    /** Names for the values a breakdown or a filter shows: programs, events, staff, centres, campaigns. */
    @SuppressWarnings("unchecked")
    Map<Long, String[]> names(ReportDimension dimension, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (dimension == ReportDimension.FIRST_CAMPAIGN || dimension == ReportDimension.LAST_CAMPAIGN) {
            // The centre's own campaigns and the coordinator's campaigns that name it, as the lead list names them.
            Map<Long, String[]> names = new java.util.HashMap<>();
            campaignNames.visible(ids).forEach((id, name) -> names.put(id, new String[] {name, name}));
            return names;
        }
        String hql = switch (dimension) {
            case PROGRAM -> "select p.id, p.titleFr, p.titleEn from Program p where p.id in :ids";
            case EVENT -> "select e.id, e.titleFr, e.titleEn from Event e where e.id in :ids";
            case RECRUITER -> "select u.id, u.displayName, u.displayName from UserAccount u where u.id in :ids";
            case CENTRE -> "select t.id, t.nameFr, t.nameEn from Tenant t where t.id in :ids";
            default -> throw new IllegalArgumentException(dimension + " has no names to look up");
        };
        Map<Long, String[]> names = new java.util.HashMap<>();
        for (Object[] row : (List<Object[]>) em.createQuery(hql).setParameter("ids", ids).getResultList()) {
            names.put((Long) row[0], new String[] {(String) row[1], (String) row[2]});
        }
        if ((dimension == ReportDimension.RECRUITER || dimension == ReportDimension.PROGRAM
                || dimension == ReportDimension.EVENT) && !TenantContext.hasTenant()) {
            // Across centres, two recruiters of the same name, or one program taught by several centres, are told
            // apart by their centre ("Briquetage-maçonnerie (CSS des Deux-Rives)").
            String whose = switch (dimension) {
                case RECRUITER -> "select u.id, t.nameFr, t.nameEn from UserAccount u, Tenant t"
                        + " where t.id = u.tenantId and u.id in :ids";
                case PROGRAM -> "select p.id, t.nameFr, t.nameEn from Program p, Tenant t"
                        + " where t.id = p.tenantId and p.id in :ids";
                default -> "select e.id, t.nameFr, t.nameEn from Event e, Tenant t"
                        + " where t.id = e.tenantId and e.id in :ids";
            };
            for (Object[] row : (List<Object[]>) em.createQuery(whose).setParameter("ids", ids).getResultList()) {
                String[] name = names.get((Long) row[0]);
                if (name != null) {
                    names.put((Long) row[0], new String[] {name[0] + " (" + row[1] + ")",
                            (name[1] == null || name[1].isBlank() ? name[0] : name[1]) + " ("
                                    + (row[2] == null ? row[1] : row[2]) + ")"});
                }
            }
        }
        if (dimension == ReportDimension.PROGRAM && names.size() < ids.size()) {
            names.putAll(otherCentresPublishedPrograms(ids.stream().filter(id -> !names.containsKey(id)).toList()));
        }
        return names;
    }

    /**
     * The values a filter of the reader's report can be given, each with what tells two of one name apart (a
     * program's code, an event's start; null for the others): the centre's programs, events, staff and campaigns
     * (with the coordinator's campaigns that name it), or across centres everyone's, and the centres themselves.
     */
    /**
     * The events a report's form offers, newest first: a centre's few years of them, a bound for the coordinator's
     * (an older one is still reached by its address, which the form then offers too).
     */
    static final int MOST_EVENTS_OFFERED = 300;

    @SuppressWarnings("unchecked")
    List<Object[]> choosable(ReportDimension dimension) {
        String hql = switch (dimension) {
            case PROGRAM -> "select p.id, p.code, p.type from Program p";
            case EVENT -> "select e.id, e.startsAt, e.zoneId from Event e order by e.startsAt desc, e.id desc";
            case RECRUITER -> "select u.id, null from UserAccount u";
            case CENTRE -> "select t.id, null from Tenant t where t.kind = ca.tremplin.tenant.TenantKind.SCHOOL_BOARD";
            case FIRST_CAMPAIGN, LAST_CAMPAIGN -> "select c.id, null from Campaign c";
            default -> throw new IllegalArgumentException(dimension + " has no list of values");
        };
        List<Object[]> rows = new ArrayList<>(em.createQuery(hql)
                .setMaxResults(dimension == ReportDimension.EVENT ? MOST_EVENTS_OFFERED : Integer.MAX_VALUE)
                .getResultList());
        if ((dimension == ReportDimension.FIRST_CAMPAIGN || dimension == ReportDimension.LAST_CAMPAIGN)
                && TenantContext.hasTenant()) {
            for (Object id : em.createNativeQuery("select c.id from campaign c join campaign_centre cc"
                            + " on cc.campaign_id = c.id and cc.tenant_id = :centre where c.tenant_id <> :centre")
                    .setParameter("centre", TenantContext.currentTenantId()).getResultList()) {
                rows.add(new Object[] {((Number) id).longValue(), null});
            }
        }
        return rows;
    }

    /**
     * Another centre's program a centre's lead asked about with the same request (a request names programs of
     * several centres): named as the public catalogue names it, with its centre ("Soudage-montage (CSS des
     * Deux-Rives)"), when it is published; a draft or archived one stays a number. Native SQL, which the tenant
     * filter does not narrow, for the catalogue's public columns only.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, String[]> otherCentresPublishedPrograms(List<Long> ids) {
        Map<Long, String[]> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select p.id, p.title_fr, p.title_en, t.name_fr,"
                        + " t.name_en from program p join tenant t on t.id = p.tenant_id"
                        + " where p.status = 'PUBLISHED' and p.id in (:ids)")
                .setParameter("ids", ids).getResultList()) {
            String centreFr = (String) row[3];
            String centreEn = row[4] == null ? centreFr : (String) row[4];
            String titleEn = row[2] == null ? (String) row[1] : (String) row[2];
            names.put(((Number) row[0]).longValue(), new String[] {row[1] + " (" + centreFr + ")",
                    titleEn + " (" + centreEn + ")"});
        }
        return names;
    }

    /**
     * The cohort: live leads first known in the period (before the end of the "as of" day), filtered; across every
     * centre, each centre named, so that the leads' cohort index (centre, first contact, merged) is one range each.
     */
    private static String cohort(ReportQuery query) {
        return "l.mergedIntoId is null and l.firstInquiryAt >= :from and l.firstInquiryAt < :to"
                + (TenantContext.hasTenant() ? "" : " and l.tenantId in (:centres)") + filters(query, "l.id");
    }

    /** A summary row's lead first known in the query's period. */
    private static final String CURRENT = "(f.firstKnownAt >= :from and f.firstKnownAt < :to)";

    /** The cohort read from the summary rows (alias {@code f}), joined to the leads when a filter reads them. */
    private static String summaryCohort(ReportQuery query) {
        return "f.merged = false and " + CURRENT + centres() + filters(query, "f.leadId");
    }

    /**
     * The join to the leads when a filter or the breakdown reads their own columns: by the summary's whole key, so
     * that the leads' cohort index ({@code ix_lead_cohort}: centre, first contact, then the filtered columns) is read
     * in the summary's order, without reading the leads' rows.
     */
    private static String leadJoin(ReportQuery query) {
        boolean readsLead = query.filters().keySet().stream().anyMatch(ReportDimension::readsLead)
                || query.breakdown() != null && query.breakdown().groupedValue().startsWith("l.");
        return readsLead ? " join Lead l on l.tenantId = f.tenantId and l.firstInquiryAt = f.firstKnownAt"
                + " and l.id = f.leadId" : "";
    }

    /**
     * Across every centre (the coordinator), each centre named: the summary's key starts with the centre, and a period
     * of every centre is then one range per centre instead of the whole table.
     */
    private static String centres() {
        return TenantContext.hasTenant() ? "" : " and f.tenantId in (:centres)";
    }

    /** Requests received in the period by live leads, filtered like the cohort. */
    private static String requests(ReportQuery query) {
        return "l.mergedIntoId is null and r.receivedAt >= :from and r.receivedAt < :to" + filters(query, "l.id");
    }

    private static String filters(ReportQuery query, String leadId) {
        StringBuilder conditions = new StringBuilder();
        for (ReportDimension dimension : query.filters().keySet()) {
            conditions.append(" and ").append(dimension.condition(leadId));
        }
        return conditions.toString();
    }

    /** A summary row's lead entered {@code stage} or a stage beyond it on the way before {@code asOf}. */
    private static String reachedAtLeast(LeadStage stage, String asOf) {
        StringBuilder any = new StringBuilder("(");
        for (int rank = stage.ordinal(); rank <= LAST_RANK; rank++) {
            any.append(rank == stage.ordinal() ? "" : " or ").append("f.")
                    .append(LeadFunnel.reachedProperty(LeadStage.values()[rank])).append(" < ").append(asOf);
        }
        return any.append(")").toString();
    }

    private Query bind(Query hql, ReportQuery query) {
        if (hql.getParameters().stream().anyMatch(p -> "centres".equals(p.getName()))) {
            hql.setParameter("centres", em.createQuery("select t.id from Tenant t where t.kind = :centre", Long.class)
                    .setParameter("centre", ca.tremplin.tenant.TenantKind.SCHOOL_BOARD).getResultList());
        }
        hql.setParameter("from", query.periodStart());
        hql.setParameter("to", query.periodEnd());
        if (hql.getParameters().stream().anyMatch(p -> "asOf".equals(p.getName()))) {
            hql.setParameter("asOf", query.asOfEnd());
        }
        if (hql.getParameters().stream().anyMatch(p -> "lateBy".equals(p.getName()))) {
            // The end of the "as of" day, unless that is still to come: what is due later today is not late yet.
            java.time.Instant now = clock.instant();
            hql.setParameter("lateBy", query.asOfEnd().isAfter(now) ? now : query.asOfEnd());
        }
        query.filters().forEach((dimension, value) -> hql.setParameter(dimension.parameter(), value));
        return hql;
    }
}
