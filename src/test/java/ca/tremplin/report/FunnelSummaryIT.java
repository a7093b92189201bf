package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.Languages;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadFunnels;
import ca.tremplin.person.LeadStage;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.pipeline.LostReason;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import ca.tremplin.report.FunnelReport.StageFigure;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reports count each lead's stages from its summary row ({@code person.LeadFunnel}); this holds that summary to
 * the stage history it sums up. A centre's leads move forward, back, are lost and taken up again, one is merged, on
 * dates spread over weeks (some a year back, some changes at the same instant); the summary kept move by move is the
 * one computed again from the history, and every figure of the report — stages reached or inferred from the furthest,
 * where leads stood, lost reasons, the year before, breakdowns, time in each stage — is the one the history gives
 * when counted directly, as the reports counted it before the summary, as of each day of those weeks.
 */
class FunnelSummaryIT extends InServerTest {

    @Inject
    FunnelReports reports;

    @Inject
    LeadService leads;

    @Inject
    LeadFunnels funnels;

    @Inject
    ca.tremplin.pipeline.LeadListService leadList;

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    private final LocalDate today = LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE);

    @Test
    void everyFigureOfTheReportIsTheOneTheHistoryGives() {
        Tenant centre = fixtures.newSchoolBoard("summary");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = fixtures.newProgram(centre, ProgramType.DEP, TestFixtures.programCode(),
                "Programme témoin du résumé", "Summary's control program", "07",
                "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), true);
        List<Lead> people = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            people.add(fixtures.newLead(centre, program));
        }
        Random random = new Random(27);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            LostReason lost = leads.lostReasons().get(0);
            for (Lead lead : people) {
                LeadStage at = LeadStage.NEW;
                for (int step = random.nextInt(6); step > 0; step--) {
                    LeadStage to = random.nextInt(3) == 0 ? LeadStage.values()[random.nextInt(10)]
                            : at == LeadStage.LOST || at == LeadStage.ARRIVED ? LeadStage.QUALIFIED
                            : LeadStage.values()[at.ordinal() + 1];
                    if (to != at) {
                        // A move past an admission never recorded is confirmed, as staff would.
                        leads.changeStage(lead.getId(), null, to, "Pour le test",
                                to == LeadStage.LOST ? lost.getId() : null, true);
                        at = to;
                    }
                }
            }
            // The lead merged away has applied: its move is not one of the weekly trend's. It has a stay behind it.
            long mergedAway = people.get(1).getId();
            LeadStage before = tenancy.acrossAllTenants(() -> em.find(Lead.class, mergedAway).getStage());
            leads.changeStage(mergedAway, before == LeadStage.QUALIFIED ? LeadStage.APPLIED : LeadStage.QUALIFIED,
                    "Pour le test", null);
            leads.changeStage(people.get(0).getId(), LeadStage.APPLIED, "Pour le test", null);
            assertTrue(stays(centre).stream().anyMatch(stay -> ((Number) stay.get(2)).longValue() == mergedAway));
            leads.merge(people.get(0).getId(), mergedAway);
        }
        List<List<Object>> keptMoveByMove = summary(centre);
        List<List<Object>> staysKeptMoveByMove = stays(centre);
        assertTrue(staysKeptMoveByMove.stream().noneMatch(stay -> ((Number) stay.get(2)).longValue()
                == people.get(1).getId()), "the lead merged away keeps no stay: it is in no cohort");
        tenancy.acrossAllTenants(() -> {
            funnels.refreshCentre(centre.getId());
            return null;
        });
        assertEquals(keptMoveByMove, summary(centre), "the summary kept move by move is the history's");
        assertEquals(staysKeptMoveByMove, stays(centre), "the stays kept move by move are the history's");
        assertFalse(staysKeptMoveByMove.isEmpty());

        spreadOverWeeks(centre, random);
        for (int daysAgo : List.of(0, 3, 6, 9, 12, 15, 20)) {
            for (StageCounting counting : StageCounting.values()) {
                check(recruiter, centre, new ReportQuery(today.minusDays(30), today, today.minusDays(daysAgo),
                        counting, Map.of(), ReportDimension.COUNTRY));
                check(recruiter, centre, new ReportQuery(today.minusDays(30), today, today.minusDays(daysAgo),
                        counting, Map.of(ReportDimension.SOURCE, "FAIR"), ReportDimension.RECRUITER));
            }
        }
        long leadsOfBothYears = check(recruiter, centre, new ReportQuery(today.minusDays(400), today, today,
                StageCounting.REACHED, Map.of(ReportDimension.COUNTRY, people.get(2).getCountryOfResidence()),
                ReportDimension.SOURCE));
        assertEquals(13, leadsOfBothYears, "every lead but the merged one, this year's and last year's");
    }

    /** Each change of each lead moved to a day of the last weeks (a third of the leads a year earlier), in order. */
    private void spreadOverWeeks(Tenant centre, Random random) {
        tenancy.acrossAllTenants(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> changes = em.createNativeQuery("select id, lead_id from lead_stage_change"
                    + " where tenant_id = ?1 order by lead_id, changed_at, id").setParameter(1, centre.getId())
                    .getResultList();
            Instant start = today.minusDays(26).atStartOfDay(ca.tremplin.kernel.QuebecTime.ZONE).toInstant();
            long lead = -1;
            Instant at = start;
            Instant since = null;
            for (Object[] change : changes) {
                long leadId = ((Number) change[1]).longValue();
                if (leadId != lead) {
                    lead = leadId;
                    at = start.plus(Duration.ofHours(random.nextInt(24 * 8))).minus(leadId % 3 == 0
                            ? Duration.ofDays(365) : Duration.ZERO);
                    since = null;
                    em.createNativeQuery("update `lead` set first_inquiry_at = ?1 where id = ?2")
                            .setParameter(1, at).setParameter(2, leadId).executeUpdate();
                } else if (random.nextInt(5) > 0) {
                    // now and then two changes at the same instant: the later one by id is where the lead stands
                    at = at.plus(Duration.ofHours(6 + random.nextInt(24 * 4)));
                }
                em.createNativeQuery("update lead_stage_change set changed_at = ?1, from_stage_since = ?2"
                                + " where id = ?3").setParameter(1, at).setParameter(2, since)
                        .setParameter(3, ((Number) change[0]).longValue()).executeUpdate();
                since = at;
            }
            funnels.refreshCentre(centre.getId());
            return null;
        });
    }

    /** Compares the report with the history's figures; the report's leads. */
    private long check(UserAccount recruiter, Tenant centre, ReportQuery query) {
        FunnelReport report;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            report = reports.report(query, Languages.FRENCH);
        }
        Expected history = tenancy.asTenant(centre.getId(), () -> {
            History counted = new History(query);
            return new Expected(counted.reached(query), counted.reached(query.yearBefore()), counted.standing,
                    counted.lost, counted.breakdown(query), counted.stageTimes(query), counted.appliedMoves(query));
        });
        CentreFunnel funnel = report.overall();
        String what = query.toString();
        assertEquals(history.reached(), figures(funnel, StageFigure::reached), "reached, " + what);
        assertEquals(history.yearBefore(), figures(funnel, StageFigure::yearBefore), "the year before, " + what);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            // What a bar of the year before opens (ReportsPage.yearBeforeLeadListAt): as many leads as it counts.
            for (StageFigure figure : funnel.stages()) {
                assertEquals(figure.yearBefore(), leadList.count(ca.tremplin.pipeline.LeadFilter.parse(
                        ReportAddress.leadList(query.yearBefore(), figure.stage(), null))),
                        "the year before's list at " + figure.stage() + ", " + what);
            }
        }
        assertEquals(history.standing(), figures(funnel, StageFigure::standing), "standing, " + what);
        Map<String, Long> lost = new TreeMap<>();
        funnel.lost().forEach(reason -> lost.put(reason.reason(), reason.leads()));
        assertEquals(history.lost(), lost, "lost, " + what);
        Map<Object, List<Long>> rows = new HashMap<>();
        report.breakdown().rows().forEach(row -> rows.put(row.value(), row.reached()));
        assertEquals(history.breakdown(), rows, "breakdown, " + what);
        List<List<Long>> times = report.stageTimes().stream()
                .map(time -> Arrays.asList(time.stays(), time.medianDays(), time.p90Days())).toList();
        assertEquals(history.stageTimes(), times, "time in stage, " + what);
        assertEquals(history.appliedMoves(), report.weeks().stream().mapToLong(FunnelReport.WeekTrend::applied).sum(),
                "moves into APPLIED in the weekly trend, " + what);
        return funnel.leads();
    }

    /** What the history says of a report. */
    private record Expected(List<Long> reached, List<Long> yearBefore, List<Long> standing, Map<String, Long> lost,
                            Map<Object, List<Long>> breakdown, List<List<Long>> stageTimes, long appliedMoves) {
    }

    private static List<Long> figures(CentreFunnel funnel, java.util.function.ToLongFunction<StageFigure> figure) {
        return funnel.stages().stream().map(stage -> figure.applyAsLong(stage)).toList();
    }

    /** The centre's summary rows, every column, in the order of their leads. */
    @SuppressWarnings("unchecked")
    private List<List<Object>> summary(Tenant centre) {
        return tenancy.acrossAllTenants(() -> ((List<Object[]>) em.createNativeQuery("select * from lead_funnel"
                        + " where tenant_id = ?1 order by lead_id").setParameter(1, centre.getId()).getResultList())
                .stream().map(row -> Arrays.asList(row)).toList());
    }

    /** The centre's completed stays, every column, in the order of the history. */
    @SuppressWarnings("unchecked")
    private List<List<Object>> stays(Tenant centre) {
        return tenancy.acrossAllTenants(() -> ((List<Object[]>) em.createNativeQuery("select * from lead_stay"
                        + " where tenant_id = ?1 order by change_id").setParameter(1, centre.getId()).getResultList())
                .stream().map(row -> Arrays.asList(row)).toList());
    }

    /** The figures counted from the stage history itself, as the reports' queries counted them before the summary. */
    private final class History {

        final List<Long> standing = new ArrayList<>(java.util.Collections.nCopies(FunnelReport.WAY.size(), 0L));
        final Map<String, Long> lost = new TreeMap<>();

        @SuppressWarnings("unchecked")
        History(ReportQuery query) {
            for (Object[] row : (List<Object[]>) bind(em.createQuery("select s.toStage, s.lostReason, count(s)"
                    + " from StageChange s join Lead l on l.id = s.leadId"
                    + " where " + cohort(query) + " and s.changedAt < :asOf"
                    + " and not exists (select 1 from StageChange n where n.leadId = s.leadId and n.changedAt < :asOf"
                    + " and (n.changedAt > s.changedAt or (n.changedAt = s.changedAt and n.id > s.id)))"
                    + " group by s.toStage, s.lostReason"), query).getResultList()) {
                if (row[0] == LeadStage.LOST) {
                    lost.merge(row[1] == null ? "—" : (String) row[1], (Long) row[2], Long::sum);
                } else {
                    standing.set(((LeadStage) row[0]).ordinal(), standing.get(((LeadStage) row[0]).ordinal())
                            + (Long) row[2]);
                }
            }
        }

        List<Long> reached(ReportQuery query) {
            return counts(query, "", "1 = 1");
        }

        @SuppressWarnings("unchecked")
        Map<Object, List<Long>> breakdown(ReportQuery query) {
            ReportDimension by = query.breakdown();
            Map<Object, List<Long>> rows = new HashMap<>();
            String from = " from StageChange s join Lead l on l.id = s.leadId" + by.join("l.id")
                    + " where " + cohort(query) + " and s.changedAt < :asOf";
            Query values = bind(em.createQuery("select distinct " + by.groupedValue() + from), query);
            if (by.interestKind() != null) {
                values.setParameter("breakdownKind", by.interestKind());
            }
            for (Object value : values.getResultList()) {
                List<Long> counts = counts(query, by.join("l.id"), value == null ? by.groupedValue() + " is null"
                        : by.groupedValue() + " = :value", value, by);
                if (query.counting() == StageCounting.FURTHEST || counts.stream().anyMatch(count -> count > 0)) {
                    rows.put(value instanceof Number number ? (Object) number.longValue() : value, counts);
                }
            }
            return rows;
        }

        /** Each completed stay's days, counted here on Québec's calendar, one change at a time. */
        @SuppressWarnings("unchecked")
        List<List<Long>> stageTimes(ReportQuery query) {
            Map<LeadStage, Map<Long, Long>> histograms = new HashMap<>();
            for (Object[] row : (List<Object[]>) bind(em.createQuery("select s.fromStage, s.fromStageSince,"
                    + " s.changedAt from StageChange s join Lead l on l.id = s.leadId where " + cohort(query)
                    + " and s.changedAt < :asOf and s.fromStage is not null and s.fromStage <> :lost"), query)
                    .setParameter("lost", LeadStage.LOST).getResultList()) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(quebecDay((Instant) row[1]),
                        quebecDay((Instant) row[2]));
                histograms.computeIfAbsent((LeadStage) row[0], stage -> new TreeMap<>()).merge(days, 1L, Long::sum);
            }
            List<List<Long>> times = new ArrayList<>();
            for (LeadStage stage : FunnelReport.WAY.subList(0, FunnelReport.WAY.size() - 1)) {
                Map<Long, Long> histogram = histograms.getOrDefault(stage, Map.of());
                times.add(Arrays.asList(histogram.values().stream().mapToLong(Long::longValue).sum(),
                        Percentiles.of(histogram, 0.5), Percentiles.of(histogram, 0.9)));
            }
            return times;
        }

        /** The period's moves into APPLIED of live leads (filtered alike), whoever's cohort they belong to. */
        long appliedMoves(ReportQuery query) {
            StringBuilder live = new StringBuilder("l.mergedIntoId is null");
            query.filters().keySet().forEach(filter -> live.append(" and ").append(filter.condition("l.id")));
            Query count = em.createQuery("select count(s) from StageChange s join Lead l on l.id = s.leadId where "
                    + live + " and s.toStage = :applied and s.changedAt >= :from and s.changedAt < :to")
                    .setParameter("applied", LeadStage.APPLIED).setParameter("from", query.periodStart())
                    .setParameter("to", query.periodEnd());
            query.filters().forEach((dimension, value) -> count.setParameter(dimension.parameter(), value));
            return (Long) count.getSingleResult();
        }

        private List<Long> counts(ReportQuery query, String join, String condition) {
            return counts(query, join, condition, null, null);
        }

        /** Per stage of the way: the leads whose history reached it (or, FURTHEST, a stage beyond) by "as of". */
        private List<Long> counts(ReportQuery query, String join, String condition, Object value, ReportDimension by) {
            List<Long> counts = new ArrayList<>();
            for (LeadStage stage : FunnelReport.WAY) {
                String reached = query.counting() == StageCounting.REACHED ? "s.toStage = :stage"
                        : "s.toStageRank >= " + stage.ordinal();
                Query count = bind(em.createQuery("select count(distinct s.leadId)"
                        + " from StageChange s join Lead l on l.id = s.leadId" + join + " where " + cohort(query)
                        + " and s.changedAt < :asOf and " + reached + " and " + condition), query);
                if (query.counting() == StageCounting.REACHED) {
                    count.setParameter("stage", stage);
                }
                if (value != null) {
                    count.setParameter("value", value);
                }
                if (by != null && by.interestKind() != null) {
                    count.setParameter("breakdownKind", by.interestKind());
                }
                counts.add((Long) count.getSingleResult());
            }
            return counts;
        }

        private static LocalDate quebecDay(Instant time) {
            return time.atZone(ca.tremplin.kernel.QuebecTime.ZONE).toLocalDate();
        }

        private static String cohort(ReportQuery query) {
            StringBuilder cohort = new StringBuilder(
                    "l.mergedIntoId is null and l.firstInquiryAt >= :from and l.firstInquiryAt < :to");
            query.filters().keySet().forEach(filter -> cohort.append(" and ").append(filter.condition("l.id")));
            return cohort.toString();
        }

        private static Query bind(Query hql, ReportQuery query) {
            hql.setParameter("from", query.periodStart()).setParameter("to", query.periodEnd())
                    .setParameter("asOf", query.asOfEnd());
            query.filters().forEach((dimension, value) -> hql.setParameter(dimension.parameter(), value));
            return hql;
        }
    }
}
