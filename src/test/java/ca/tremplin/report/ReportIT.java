package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.event.Event;
import ca.tremplin.event.EventService;
import ca.tremplin.event.EventType;
import ca.tremplin.event.RegistrationChannel;
import ca.tremplin.event.RegistrationRequest;
import ca.tremplin.kernel.Languages;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadStage;
import ca.tremplin.pipeline.LeadFilter;
import ca.tremplin.pipeline.LeadListService;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.pipeline.LostReason;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import ca.tremplin.report.FunnelReport.StageFigure;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The funnel report of a centre whose history is counted by hand: five people came through requests ten days ago —
 * Awa went all the way to admitted and was lost two days ago (after admission), Binta was qualified then moved back
 * to contacted, Chidi never moved, a second record of Chidi was contacted and then merged into the first, and Dami
 * was admitted straight away. Another centre's lead is never counted, a centre with nobody gets no figures, and the
 * coordinator sees each centre apart.
 */
class ReportIT extends InServerTest {

    @Inject
    FunnelReports reports;

    @Inject
    LeadService leads;

    @Inject
    LeadListService list;

    @Inject
    EventService events;

    @Inject
    ca.tremplin.event.PublicEvents publicEvents;

    @Inject
    ca.tremplin.tenant.Tenancy tenancy;

    @Inject
    ca.tremplin.inquiry.InboxService inbox;

    @Inject
    ca.tremplin.inquiry.RequestTakeBack takeBacks;

    @Inject
    ca.tremplin.person.LeadFunnels funnels;

    @jakarta.persistence.PersistenceContext(unitName = "tremplin")
    jakarta.persistence.EntityManager em;

    private Tenant centre;
    private Tenant other;
    private UserAccount recruiter;
    private UserAccount otherRecruiter;
    private String lostReason;
    private String country;
    private long awaId;
    private long bintaId;
    private long chidiId;
    private long damiId;
    private final LocalDate today = LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE);

    @BeforeEach
    void counted() {
        centre = fixtures.newSchoolBoard("report");
        other = fixtures.newSchoolBoard("report-other");
        recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        otherRecruiter = fixtures.newAccount(other, Role.RECRUITER);
        Program program = program(centre);
        Lead awa = fixtures.newLead(centre, program);
        Lead binta = fixtures.newLead(centre, program);
        Lead chidi = fixtures.newLead(centre, program);
        Lead chidiAgain = fixtures.newLead(centre, program);
        Lead dami = fixtures.newLead(centre, program);
        Lead elsewhere = fixtures.newLead(other, program(other));
        country = awa.getCountryOfResidence();
        awaId = awa.getId();
        bintaId = binta.getId();
        chidiId = chidi.getId();
        damiId = dami.getId();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            LostReason reason = leads.lostReasons().get(0);
            lostReason = reason.getLabel();
            for (LeadStage stage : List.of(LeadStage.CONTACTED, LeadStage.QUALIFIED, LeadStage.APPLIED,
                    LeadStage.ADMITTED)) {
                leads.changeStage(awa.getId(), stage, null, null);
            }
            leads.changeStage(awa.getId(), LeadStage.LOST, null, reason.getId());
            leads.changeStage(binta.getId(), LeadStage.CONTACTED, null, null);
            leads.changeStage(binta.getId(), LeadStage.QUALIFIED, null, null);
            leads.changeStage(binta.getId(), LeadStage.CONTACTED, "Attend les résultats de son examen", null);
            leads.changeStage(chidiAgain.getId(), LeadStage.CONTACTED, null, null);
            leads.merge(chidi.getId(), chidiAgain.getId());
            leads.changeStage(dami.getId(), LeadStage.ADMITTED, "Admis sur dossier reçu par courrier", null);
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(otherRecruiter, other)) {
            leads.changeStage(elsewhere.getId(), LeadStage.CONTACTED, null, null);
        }
        fixtures.backdate(centre, 10);
        fixtures.delayLatestStageChange(awa.getId(), 8);
    }

    @Test
    void stagesReachedAreCountedFromTheHistoryAndTheLostLeadStandsLostWithItsReason() {
        FunnelReport report = report(recruiter, centre, query(today, StageCounting.REACHED, Map.of(), null));
        CentreFunnel funnel = report.overall();
        assertEquals(1, report.funnels().size(), "a centre sees its own funnel only");
        assertEquals(List.of(4L, 2L, 2L, 1L, 2L, 0L, 0L, 0L, 0L), reached(funnel),
                "Awa, Binta, Chidi and Dami are new; the merged record is not counted; Dami skipped to admitted");
        assertEquals(List.of(1L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L), standing(funnel),
                "Chidi new, Binta back to contacted, Dami admitted; Awa lost");
        assertEquals(1, funnel.lostTotal());
        assertEquals(lostReason, funnel.lost().get(0).reason());
        assertEquals(50.0, funnel.stages().get(LeadStage.APPLIED.ordinal()).fromPrevious(), 0.001,
                "one of the two qualified applied");
        assertEquals(0, funnel.stages().get(0).yearBefore(), "nobody came a year before");
    }

    @Test
    void stagesInferredFromTheFurthestCountAnAdmittedLeadAsHavingApplied() {
        CentreFunnel funnel = report(recruiter, centre,
                query(today, StageCounting.FURTHEST, Map.of(), null)).overall();
        assertEquals(List.of(4L, 3L, 3L, 2L, 2L, 0L, 0L, 0L, 0L), reached(funnel),
                "Dami counts as contacted, qualified and applied; Awa's furthest is admitted, lost or not");
    }

    /**
     * As of twenty days ago, in a period that runs to today: the weekly trend stops at the week of that day, where it
     * drew weeks of zeros to today (nothing after the "as of" day is counted), and says so; the leads of that time
     * are in it.
     */
    @Test
    void theWeeksStopAtTheAsOfDay() {
        LocalDate asOf = today.minusDays(20);
        FunnelReport report = report(recruiter, centre, new ReportQuery(today.minusDays(40), today, asOf,
                StageCounting.REACHED, Map.of(), null));
        LocalDate lastMonday = report.weeks().get(report.weeks().size() - 1).monday();
        assertEquals(asOf.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)),
                lastMonday, "the week of the \"as of\" day is the last");
        assertEquals(asOf, report.weeksCutAt());
        assertEquals(0, report.weeks().stream().mapToLong(FunnelReport.WeekTrend::newLeads).sum(),
                "Awa, Binta, Chidi and Dami came ten days ago, after it");
        FunnelReport toToday = report(recruiter, centre, query(today, StageCounting.REACHED, Map.of(), null));
        assertEquals(null, toToday.weeksCutAt());
        assertEquals(4, toToday.weeks().stream().mapToLong(FunnelReport.WeekTrend::newLeads).sum());
    }

    @Test
    void asOfADatePastTheFunnelIsAsItStoodThen() {
        CentreFunnel funnel = report(recruiter, centre,
                query(today.minusDays(5), StageCounting.REACHED, Map.of(), null)).overall();
        assertEquals(0, funnel.lostTotal(), "Awa was lost two days ago, not five");
        assertEquals(2, standing(funnel).get(LeadStage.ADMITTED.ordinal()), "five days ago Awa stood admitted");
        FunnelReport.StageTime admitted = report(recruiter, centre,
                query(today, StageCounting.REACHED, Map.of(), null)).stageTimes().get(LeadStage.ADMITTED.ordinal());
        assertEquals(1, admitted.stays(), "Awa's stay in admitted is the only one completed");
        // Eight times 24 hours, counted in Québec's calendar days: nine when summer time began in between and the
        // stay started in the last hour of a day.
        List<java.time.Instant> admittedThenLost = tenancy.acrossAllTenants(() -> em.createQuery("select s.changedAt"
                        + " from StageChange s where s.leadId = :lead and s.toStage in (:stages) order by s.changedAt",
                        java.time.Instant.class).setParameter("lead", awaId)
                .setParameter("stages", List.of(LeadStage.ADMITTED, LeadStage.LOST)).getResultList());
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(
                        admittedThenLost.get(0).atZone(ca.tremplin.kernel.QuebecTime.ZONE).toLocalDate(),
                        admittedThenLost.get(1).atZone(ca.tremplin.kernel.QuebecTime.ZONE).toLocalDate()),
                admitted.medianDays());
        assertEquals(8L, java.time.Duration.between(admittedThenLost.get(0), admittedThenLost.get(1)).toDays());
    }

    /**
     * Time in stage is counted in Québec's calendar days, as every day of the report: contacted at 21:00 and qualified
     * at 9:00 the next morning is one day (both times fall on one UTC day: it was none), qualified at 9:00 and applied
     * at 20:30 the same evening is none (20:30 is already the next UTC day: it was one).
     */
    @Test
    void timeInStageIsCountedInQuebecsCalendarDays() {
        Tenant evening = fixtures.newSchoolBoard("report-evening");
        UserAccount staff = fixtures.newAccount(evening, Role.RECRUITER);
        Lead lead = fixtures.newLead(evening, program(evening));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, evening)) {
            for (LeadStage stage : List.of(LeadStage.CONTACTED, LeadStage.QUALIFIED, LeadStage.APPLIED)) {
                leads.changeStage(lead.getId(), stage, null, null);
            }
        }
        fixtures.backdate(evening, 10);
        LocalDate day = today.minusDays(3);
        java.time.Instant contacted = day.atTime(21, 0).atZone(ca.tremplin.kernel.QuebecTime.ZONE).toInstant();
        java.time.Instant qualified = day.plusDays(1).atTime(9, 0).atZone(ca.tremplin.kernel.QuebecTime.ZONE)
                .toInstant();
        java.time.Instant applied = day.plusDays(1).atTime(20, 30).atZone(ca.tremplin.kernel.QuebecTime.ZONE)
                .toInstant();
        tenancy.acrossAllTenants(() -> {
            // Each move at its time; the stage it left entered at the move before (the first left NEW, backdated).
            moveAt(lead.getId(), LeadStage.CONTACTED, contacted, null);
            moveAt(lead.getId(), LeadStage.QUALIFIED, qualified, contacted);
            moveAt(lead.getId(), LeadStage.APPLIED, applied, qualified);
            funnels.refreshCentre(evening.getId());
            return null;
        });

        List<FunnelReport.StageTime> times = report(staff, evening,
                query(today, StageCounting.REACHED, Map.of(), null)).stageTimes();
        FunnelReport.StageTime inContacted = times.get(LeadStage.CONTACTED.ordinal());
        assertEquals(1, inContacted.stays());
        assertEquals(1L, inContacted.medianDays(), "from the evening to the next morning");
        FunnelReport.StageTime inQualified = times.get(LeadStage.QUALIFIED.ordinal());
        assertEquals(1, inQualified.stays());
        assertEquals(0L, inQualified.medianDays(), "from the morning to the evening of one day");
    }

    /** The lead's move into {@code stage} made at {@code at}, out of a stage entered {@code since} (kept if null). */
    private void moveAt(long leadId, LeadStage stage, java.time.Instant at, java.time.Instant since) {
        // Hibernate asks ordinal parameters without gaps: the time entered is written as it stands when not given.
        em.createNativeQuery("update lead_stage_change set changed_at = ?1, from_stage_since = coalesce(?3,"
                        + " from_stage_since) where lead_id = ?2 and to_stage = ?4")
                .setParameter(1, at).setParameter(2, leadId).setParameter(3, since).setParameter(4, stage.name())
                .executeUpdate();
    }

    @Test
    void aBreakdownBySourceAndAFilterLinkToTheLeadListWithTheSameFilters() {
        ReportQuery bySource = query(today, StageCounting.REACHED, Map.of(ReportDimension.COUNTRY, country),
                ReportDimension.SOURCE);
        FunnelReport report = report(recruiter, centre, bySource);
        assertEquals(1, report.breakdown().rows().size());
        FunnelReport.BreakdownRow fair = report.breakdown().rows().get(0);
        assertEquals("FAIR", fair.value(), "every request said it heard of the centre at a fair");
        assertEquals(4, fair.leads());
        String link = ReportAddress.leadList(bySource, LeadStage.CONTACTED, fair.value());
        assertTrue(link.contains("reached=CONTACTED") && link.contains("source=FAIR") && link.contains("country="),
                link);
    }

    /**
     * Filtered by the centre's program and broken down by program: Awa asked about a second program since, so she is
     * in that program's row too. That row counts the leads who named both, which no filter selects: it opens nothing,
     * where its link dropped the row's program and opened the four leads of the first; the first program's row opens
     * its four leads. The coordinator's row is not narrowed to the second program in place of the first either.
     */
    @Test
    void aBreakdownByWhatTheReportIsFilteredByOpensOnlyTheFiltersOwnRow() {
        long first = tenancy.acrossAllTenants(() -> em.createQuery("select i.value from LeadInterest i"
                + " where i.leadId = :lead and i.kind = ca.tremplin.person.InterestKind.PROGRAM", String.class)
                .setParameter("lead", awaId).getResultList().stream().map(Long::valueOf).findFirst().orElseThrow());
        Program second = program(centre);
        String awaEmail = tenancy.acrossAllTenants(() -> em.find(Lead.class, awaId).getEmail());
        fixtures.submitted(ca.tremplin.testsupport.InquiryRequests.complete(awaEmail, second.getId()),
                new ca.tremplin.inquiry.SubmissionContext(UUID.randomUUID().toString(),
                        ca.tremplin.inquiry.Inquiry.Channel.FORM, "10.7.7.8", Languages.FRENCH));

        ReportQuery byProgram = query(today, StageCounting.REACHED,
                Map.of(ReportDimension.PROGRAM, String.valueOf(first)), ReportDimension.PROGRAM);
        FunnelReport report = report(recruiter, centre, byProgram);
        Map<Object, Long> rows = new java.util.HashMap<>();
        report.breakdown().rows().forEach(row -> rows.put(row.value(), row.leads()));
        assertEquals(Map.of(String.valueOf(first), 4L, String.valueOf(second.getId()), 1L), rows);

        assertEquals(null, ReportAddress.leadList(byProgram, null, String.valueOf(second.getId())),
                "Awa's row: no list of the first program's four leads behind a figure of one");
        assertEquals(null, ReportAddress.narrowed(byProgram, ReportDimension.PROGRAM, String.valueOf(second.getId())));
        LeadFilter own = LeadFilter.parse(ReportAddress.leadList(byProgram, null, String.valueOf(first)));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            assertEquals(4, list.count(own), "the first program's row opens its leads");
        }
    }

    /** The leads who named no intake, or attended no event, are a row of the breakdown, not left out of it. */
    @Test
    void aBreakdownKeepsTheLeadsWithoutAValueAsARowOfTheirOwn() {
        for (ReportDimension by : List.of(ReportDimension.INTAKE, ReportDimension.EVENT)) {
            FunnelReport report = report(recruiter, centre, query(today, StageCounting.REACHED, Map.of(), by));
            FunnelReport.BreakdownRow none = report.breakdown().rows().stream().filter(row -> row.value() == null)
                    .findFirst().orElseThrow(() -> new AssertionError(by + ": no row for the leads without one"));
            assertEquals(4, none.leads(), by + ": none of Awa, Binta, Chidi and Dami named one");
            assertEquals("Non précisé", none.label(), "the French report says so");
        }
    }

    @Test
    void eachStagesFigureOpensALeadListOfAsManyLeadsCountedEitherWayAndAsOfAnEarlierDay() {
        for (StageCounting counting : StageCounting.values()) {
            for (LocalDate asOf : List.of(today, today.minusDays(5))) {
                ReportQuery query = query(asOf, counting, Map.of(), null);
                CentreFunnel funnel = report(recruiter, centre, query).overall();
                for (StageFigure figure : funnel.stages()) {
                    LeadFilter opened = LeadFilter.parse(ReportAddress.leadList(query, figure.stage(), null));
                    try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
                        assertEquals(figure.reached(), list.count(opened), counting + " as of " + asOf + ", "
                                + figure.stage() + ": the list holds the leads the figure counts");
                    }
                }
            }
        }
        LeadFilter admittedNow = LeadFilter.parse(ReportAddress.leadList(
                query(today, StageCounting.REACHED, Map.of(), null), LeadStage.ADMITTED, null));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            assertEquals(2, list.count(admittedNow), "Awa (lost since) and Dami reached admitted");
            assertEquals(1, list.count(admittedNow.withStage(LeadStage.ADMITTED)), "Dami alone stands there");
        }
    }

    @Test
    void aCentresReportNeverShowsAnotherCentresLeadsAndACentreWithNobodyGetsNoFigures() {
        CentreFunnel elsewhere = report(otherRecruiter, other,
                query(today, StageCounting.REACHED, Map.of(), null)).overall();
        assertEquals(1, elsewhere.leads(), "the other centre's one lead");
        assertEquals(1, elsewhere.stages().get(LeadStage.CONTACTED.ordinal()).reached());

        Tenant empty = fixtures.newSchoolBoard("report-empty");
        UserAccount nobodysRecruiter = fixtures.newAccount(empty, Role.RECRUITER);
        assertTrue(report(nobodysRecruiter, empty, query(today, StageCounting.REACHED, Map.of(), null))
                .aboutNothing());
    }

    @Test
    void anotherCentresProgramALeadAskedAboutIsNamedAsTheCatalogueNamesItAndADraftStaysANumber() {
        Program own = program(centre);
        Program published = program(other);
        Program draft = fixtures.newProgram(other, ProgramType.DEP, TestFixtures.programCode(), "Brouillon témoin",
                "Control draft", "07", "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), false);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            Map<Object, String> labels = reports.labels(ReportDimension.PROGRAM,
                    List.<Object>of(own.getId(), published.getId(), draft.getId()), java.util.Locale.ENGLISH);
            assertEquals("Reports' control program", labels.get(own.getId()));
            assertEquals("Reports' control program (" + other.getNameEn() + ")", labels.get(published.getId()),
                    "the public catalogue's name, with its centre");
            assertEquals("#" + draft.getId(), labels.get(draft.getId()), "a draft is nobody else's to read");
            assertEquals(recruiter.getDisplayName(), reports.labels(ReportDimension.RECRUITER,
                    List.<Object>of(recruiter.getId()), java.util.Locale.ENGLISH).get(recruiter.getId()),
                    "a centre's own recruiter by name alone");
        }
        Map<Object, String> acrossCentres = tenancy.acrossAllTenants(() -> reports.labels(ReportDimension.RECRUITER,
                List.<Object>of(recruiter.getId(), otherRecruiter.getId()), java.util.Locale.ENGLISH));
        assertEquals(otherRecruiter.getDisplayName() + " (" + other.getNameEn() + ")",
                acrossCentres.get(otherRecruiter.getId()), "across centres, each recruiter with their centre");
    }

    @Test
    void theCoordinatorSeesEachCentreApartAndTheirTotal() {
        UserAccount coordinator = fixtures.newAccount(centre, Role.PLATFORM_ADMIN);
        FunnelReport report = report(coordinator, centre, query(today, StageCounting.REACHED,
                Map.of(ReportDimension.CENTRE, other.getId()), null));
        assertEquals(1, report.funnels().size(),
                "the one centre filtered, not also a total of it called every centre's");
        assertEquals(other.getId(), report.funnels().get(0).centreId());
        assertEquals(other.getNameFr(), report.funnels().get(0).centreName());
        assertEquals(1, report.overall().leads());

        FunnelReport both = report(coordinator, centre, query(today, StageCounting.REACHED, Map.of(), null));
        CentreFunnel mine = both.funnels().stream().filter(f -> centre.getId().equals(f.centreId())).findFirst()
                .orElseThrow();
        assertEquals(4, mine.leads(), "each centre apart, as its own staff see it");
        assertFalse(both.overall().leads() < 5, "the total counts every centre");
    }

    @Test
    void aPersonTheCoordinationHandedToACentreCountsOnceAcrossCentresAtTheCentre() {
        Tenant coordination = tenancy.acrossAllTenants(() -> em.createQuery("select t from Tenant t"
                + " where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class).setMaxResults(1)
                .getSingleResult());
        UserAccount coordinator = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        Tenant receiving = fixtures.newSchoolBoard("handed");
        fixtures.newAccount(receiving, Role.RECRUITER);
        ca.tremplin.inquiry.InquiryRequest general = ca.tremplin.testsupport.InquiryRequests.complete(
                ca.tremplin.testsupport.InquiryRequests.uniqueEmail());
        general.setProgramIds(new java.util.ArrayList<>());
        ca.tremplin.inquiry.SubmissionReceipt receipt = fixtures.submitted(general, new ca.tremplin.inquiry
                .SubmissionContext(UUID.randomUUID().toString(), ca.tremplin.inquiry.Inquiry.Channel.FORM,
                "10.7.7.7", Languages.FRENCH));
        long queued = tenancy.acrossAllTenants(() -> em.createQuery("select r.id from RoutedInquiry r"
                        + " where r.inquiry.id = :id", Long.class).setParameter("id", receipt.inquiryId())
                .getSingleResult());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued, receiving.getId());
        }
        assertEquals(2L, tenancy.acrossAllTenants(() -> em.createQuery("select count(l) from Lead l"
                        + " where l.emailNormalized = :email", Long.class)
                .setParameter("email", general.getEmail().toLowerCase(java.util.Locale.ROOT)).getSingleResult()),
                "a lead in the coordination's queue, and one at the centre");

        FunnelReport across = report(coordinator, coordination, query(today, StageCounting.REACHED, Map.of(), null));
        assertTrue(across.funnels().stream().noneMatch(f -> coordination.getId().equals(f.centreId())),
                "the coordination's queue is no centre of the report: its people are counted where they were handed");
        assertEquals(1, across.funnels().stream().filter(f -> receiving.getId().equals(f.centreId())).findFirst()
                .orElseThrow().leads());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertTrue(reports.choices(ReportDimension.CENTRE, null, Languages.FRENCH).stream()
                    .noneMatch(choice -> choice.value().equals(String.valueOf(coordination.getId()))),
                    "nor offered as a centre to filter by");
        }
    }

    @Test
    void requestsArePastTheirDeadlineWhenNobodyAnsweredThem() {
        FunnelReport.FirstContact contact = report(recruiter, centre,
                query(today, StageCounting.REACHED, Map.of(), null)).firstContact();
        assertEquals(5, contact.requests(), "five requests, the merged record's moved to the lead kept");
        assertEquals(5, contact.overdue());
        assertEquals(0.0, contact.inTimeShare(), 0.001);
    }

    /**
     * Received ten days ago with a deadline a day later: Awa's request answered after 3 hours, Binta's after 30,
     * Dami's after a week (three days ago), Chidi's two (one moved from the merged record) never.
     */
    @Test
    void firstContactCountsAnswersByTheDeadlineLateAndNotYetAsOfTheDay() {
        fixtures.answerRequests(awaId, 24, 3);
        fixtures.answerRequests(bintaId, 24, 30);
        fixtures.answerRequests(damiId, 24, 168);
        fixtures.answerRequests(chidiId, 24, null);

        FunnelReport.FirstContact now = report(recruiter, centre,
                query(today, StageCounting.REACHED, Map.of(), null)).firstContact();
        assertEquals(List.of(5L, 1L, 2L, 2L, 0L), counts(now), "requests, in time, late, overdue, waiting");
        assertEquals(30L, now.medianHours(), "of 3, 30 and 168 hours");
        assertEquals(168L, now.p90Hours());

        FunnelReport.FirstContact fiveDaysAgo = report(recruiter, centre,
                query(today.minusDays(5), StageCounting.REACHED, Map.of(), null)).firstContact();
        assertEquals(List.of(5L, 1L, 1L, 3L, 0L), counts(fiveDaysAgo),
                "five days ago nobody had answered Dami yet, whose deadline had passed");
        assertEquals(3L, fiveDaysAgo.medianHours(), "of 3 and 30 hours");
        assertEquals(30L, fiveDaysAgo.p90Hours());

        FunnelReport.FirstContact sameCountry = report(recruiter, centre,
                query(today, StageCounting.REACHED, Map.of(ReportDimension.COUNTRY, country), null)).firstContact();
        assertEquals(counts(now), counts(sameCountry), "a filter every lead matches reads the leads, same figures");
        assertEquals(30L, sameCountry.medianHours());
        String elsewhere = "CA".equals(country) ? "FR" : "CA";
        assertEquals(0, report(recruiter, centre, query(today, StageCounting.REACHED,
                Map.of(ReportDimension.COUNTRY, elsewhere), null)).firstContact().requests());

        UserAccount coordinator = fixtures.newAccount(centre, Role.PLATFORM_ADMIN);
        FunnelReport.FirstContact onlyThisCentre = report(coordinator, centre, query(today, StageCounting.REACHED,
                Map.of(ReportDimension.CENTRE, centre.getId()), null)).firstContact();
        assertEquals(counts(now), counts(onlyThisCentre), "the coordinator filtering on the centre sees its figures");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            assertEquals(2, reports.thisWeek(today).overdueRequests(),
                    "the home page: Chidi's two requests wait past their deadline, the other centre's are not counted");
        }
    }

    /**
     * A request sent on a Sunday at 10:30 p.m. in Québec is already Monday in UTC, as the database keeps time: the
     * centre counts it on its Sunday, in that week's figures, and not in the next week's.
     */
    @Test
    void aRequestSentOnASundayEveningInQuebecCountsOnThatDayAndInThatWeek() {
        Tenant evening = fixtures.newSchoolBoard("report-evening");
        UserAccount reader = fixtures.newAccount(evening, Role.RECRUITER);
        Lead late = fixtures.newLead(evening, program(evening));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(reader, evening)) {
            leads.changeStage(late.getId(), LeadStage.APPLIED, "Dossier reçu avec sa demande", null);
        }
        fixtures.placeAt(evening, java.time.Instant.parse("2026-03-02T03:30:00Z"));
        LocalDate sunday = LocalDate.of(2026, 3, 1);
        LocalDate asOf = LocalDate.of(2026, 3, 31);

        FunnelReport thatWeek = report(reader, evening, new ReportQuery(sunday.minusDays(6), sunday, asOf,
                StageCounting.REACHED, Map.of(), null));
        assertEquals(1, thatWeek.overall().leads(), "first known on Sunday 1 March, Québec's day");
        assertEquals(List.of(new FunnelReport.WeekTrend(LocalDate.of(2026, 2, 23), 1, 1)), thatWeek.weeks(),
                "the new lead and its application in the week of Monday 23 February");
        assertEquals(1, thatWeek.firstContact().requests(), "its request, received that Sunday");

        FunnelReport nextWeek = report(reader, evening, new ReportQuery(sunday.plusDays(1), sunday.plusDays(7), asOf,
                StageCounting.REACHED, Map.of(), null));
        assertEquals(0, nextWeek.overall().leads(), "not on Monday 2 March, the UTC day");
        assertEquals(List.of(0L, 0L), nextWeek.weeks().stream().flatMap(week -> java.util.stream.Stream.of(
                week.newLeads(), week.applied())).toList());
        assertEquals(0, nextWeek.firstContact().requests());
    }

    /** As of today, a request due this evening is waiting within its deadline, not past it, as the home page says. */
    @Test
    void aRequestDueLaterTodayIsNotYetLateInTodaysReport() {
        Tenant busy = fixtures.newSchoolBoard("report-due-tonight");
        UserAccount reader = fixtures.newAccount(busy, Role.RECRUITER);
        Lead waiting = fixtures.newLead(busy, program(busy));
        fixtures.requestsDue(waiting.getId(), java.time.Instant.now().plus(java.time.Duration.ofMinutes(5)));

        FunnelReport.FirstContact contact = report(reader, busy, new ReportQuery(today.minusDays(7), today, today,
                StageCounting.REACHED, Map.of(), null)).firstContact();
        assertEquals(List.of(1L, 0L, 0L, 0L, 1L), counts(contact), "requests, in time, late, overdue, waiting");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(reader, busy)) {
            assertEquals(0, reports.thisWeek(today).overdueRequests(), "the home page agrees");
        }
    }

    /**
     * The coordination hands a request to the wrong centre, whose staff, once its deadline passed, send it back as not
     * theirs: it is none of that centre's figures — neither a request nor one past its deadline, in the report or on
     * the home page — and counts at the centre the coordination then hands it to.
     */
    @Test
    void aRequestSentBackAsNotTheCentresIsCountedAtTheCentreThatTakesItNotAtTheOneThatSentItBack() {
        Tenant coordination = tenancy.acrossAllTenants(() -> em.createQuery("select t from Tenant t"
                + " where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class).setMaxResults(1)
                .getSingleResult());
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        Tenant wrong = fixtures.newSchoolBoard("report-sent-back");
        UserAccount wrongRecruiter = fixtures.newAccount(wrong, Role.RECRUITER);
        Tenant right = fixtures.newSchoolBoard("report-taken");
        UserAccount rightRecruiter = fixtures.newAccount(right, Role.RECRUITER);
        ca.tremplin.inquiry.InquiryRequest general = ca.tremplin.testsupport.InquiryRequests.complete(
                ca.tremplin.testsupport.InquiryRequests.uniqueEmail());
        general.setProgramIds(new java.util.ArrayList<>());
        long inquiryId = fixtures.submitted(general, new ca.tremplin.inquiry.SubmissionContext(
                UUID.randomUUID().toString(), ca.tremplin.inquiry.Inquiry.Channel.FORM, "10.9.6.1",
                Languages.FRENCH)).inquiryId();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(partAt(coordination, inquiryId), wrong.getId());
        }
        long atTheWrongCentre = partAt(wrong, inquiryId);
        fixtures.requestsDue(tenancy.acrossAllTenants(() -> em.find(ca.tremplin.inquiry.RoutedInquiry.class,
                atTheWrongCentre).getLead().getId()), java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(wrongRecruiter, wrong)) {
            inbox.sendBack(atTheWrongCentre, null);
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(partAt(coordination, inquiryId), right.getId());
        }

        ReportQuery lastWeek = new ReportQuery(today.minusDays(7), today, today, StageCounting.REACHED, Map.of(),
                null);
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), counts(report(wrongRecruiter, wrong, lastWeek).firstContact()),
                "requests, in time, late, overdue, waiting: none at the centre that sent it back");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(wrongRecruiter, wrong)) {
            assertEquals(0, reports.thisWeek(today).overdueRequests(), "nor late on its home page");
        }
        assertEquals(List.of(1L, 0L, 0L, 0L, 1L), counts(report(rightRecruiter, right, lastWeek).firstContact()),
                "waiting within its deadline at the centre that took it");
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        FunnelReport across = report(platformAdmin, coordination, new ReportQuery(today.minusDays(7), today, today,
                StageCounting.REACHED, Map.of(ReportDimension.CENTRE, wrong.getId()), null));
        assertEquals(0, across.firstContact().requests(), "the coordinator's report of that centre agrees");
    }

    /**
     * The coordination hands a request to the wrong centre and takes it back before that centre touched it: none of
     * that centre's first-contact figures — the centre never had it to answer —, in its report, on its home page, or in
     * the coordinator's report of that centre.
     */
    @Test
    void aRequestTakenBackFromACentreIsNoneOfThatCentresFigures() {
        Tenant coordination = tenancy.acrossAllTenants(() -> em.createQuery("select t from Tenant t"
                + " where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class).setMaxResults(1)
                .getSingleResult());
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        Tenant wrong = fixtures.newSchoolBoard("report-taken-back");
        UserAccount wrongRecruiter = fixtures.newAccount(wrong, Role.RECRUITER);
        ca.tremplin.inquiry.InquiryRequest general = ca.tremplin.testsupport.InquiryRequests.complete(
                ca.tremplin.testsupport.InquiryRequests.uniqueEmail());
        general.setProgramIds(new java.util.ArrayList<>());
        long inquiryId = fixtures.submitted(general, new ca.tremplin.inquiry.SubmissionContext(
                UUID.randomUUID().toString(), ca.tremplin.inquiry.Inquiry.Channel.FORM, "10.9.6.2",
                Languages.FRENCH)).inquiryId();
        long queued = partAt(coordination, inquiryId);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued, wrong.getId());
        }
        assertEquals(List.of(1L, 0L, 0L, 0L, 1L), counts(report(wrongRecruiter, wrong, query(today,
                StageCounting.REACHED, Map.of(), null)).firstContact()), "waiting at the centre once handed over");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            takeBacks.takeBack(queued, null);
        }

        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), counts(report(wrongRecruiter, wrong, query(today,
                StageCounting.REACHED, Map.of(), null)).firstContact()),
                "requests, in time, late, overdue, waiting: none once taken back");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(wrongRecruiter, wrong)) {
            assertEquals(0, reports.thisWeek(today).overdueRequests(), "nor on its home page");
        }
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        assertEquals(0, report(platformAdmin, coordination, new ReportQuery(today.minusDays(7), today, today,
                StageCounting.REACHED, Map.of(ReportDimension.CENTRE, wrong.getId()), null)).firstContact()
                .requests(), "the coordinator's report of that centre agrees");
    }

    /** The id of a tenant's part of a request. */
    private long partAt(Tenant tenant, long inquiryId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select r.id from RoutedInquiry r"
                        + " where r.inquiry.id = :id and r.tenantId = :tenant", Long.class)
                .setParameter("id", inquiryId).setParameter("tenant", tenant.getId()).getSingleResult());
    }

    /**
     * Another centre's recruiter, or a number that names nobody, is said to be unknown to the report, rather than
     * answered with a report about nobody; the centre's own is named in the question; the coordinator knows both.
     */
    @Test
    void aFilterNamingAnotherCentresRecruiterIsSaidToBeUnknownAndTheCentresOwnIsNamed() {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            for (long foreign : List.of(otherRecruiter.getId(), 999_999_999L)) {
                ReportAddress.Reading reading = reports.read(Map.of("recruiter",
                        new String[] {String.valueOf(foreign)}));
                assertEquals(List.of("« " + foreign + " » ne désigne rien que ce rapport connaisse pour le filtre"
                                + " « Recruteur » (un numéro d’un autre centre, ou qui n’existe pas) : choisissez-en"
                                + " un de votre centre."),
                        reading.problems().stream().map(problem -> problem.message(Languages.FRENCH)).toList());
            }
            ReportAddress.Reading own = reports.read(Map.of("recruiter", new String[] {recruiter.getId().toString()}));
            assertTrue(own.readable());
            assertEquals(Map.of(ReportDimension.RECRUITER, recruiter.getDisplayName()),
                    reports.filterNames(own.query(), Languages.FRENCH), "named, not numbered, in the question");
        }
        UserAccount coordinator = fixtures.newAccount(centre, Role.PLATFORM_ADMIN);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, centre)) {
            assertTrue(reports.read(Map.of("recruiter", new String[] {otherRecruiter.getId().toString()}))
                    .readable(), "the coordinator reads every centre's recruiters");
        }
    }

    /**
     * The report form offers a centre's own records by name (a program with its code), never another centre's, and
     * keeps a value the address gave that its list lacks; the coordinator is offered everyone's, each with its centre.
     */
    @Test
    void theFormOffersTheCentresOwnRecordsByNameAndNeverAnotherCentres() {
        Program own = program(centre);
        Program theirs = program(other);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            List<FunnelReports.Choice> recruiters = reports.choices(ReportDimension.RECRUITER, "",
                    java.util.Locale.ENGLISH);
            assertTrue(recruiters.contains(new FunnelReports.Choice(recruiter.getId().toString(),
                    recruiter.getDisplayName())), recruiters.toString());
            assertTrue(recruiters.stream().noneMatch(choice -> choice.value().equals(otherRecruiter.getId()
                    .toString())), "another centre's recruiter is not offered: " + recruiters);
            List<FunnelReports.Choice> programs = reports.choices(ReportDimension.PROGRAM, "",
                    java.util.Locale.ENGLISH);
            assertTrue(programs.contains(new FunnelReports.Choice(own.getId().toString(),
                    own.getCode() + " · Reports' control program")), "the code staff know, then the name: " + programs);
            assertTrue(programs.stream().noneMatch(choice -> choice.value().equals(theirs.getId().toString())),
                    "another centre's programs are not listed: " + programs);
            List<FunnelReports.Choice> kept = reports.choices(ReportDimension.PROGRAM, theirs.getId().toString(),
                    java.util.Locale.ENGLISH);
            assertEquals(new FunnelReports.Choice(theirs.getId().toString(),
                    "Reports' control program (" + other.getNameEn() + ")"), kept.get(0),
                    "a published program of another centre that the address names is kept, by its public name");
            assertTrue(reports.choices(ReportDimension.COUNTRY, "", java.util.Locale.FRENCH)
                    .contains(new FunnelReports.Choice("SN", "Sénégal")));
            assertTrue(reports.choices(ReportDimension.INTAKE, "", java.util.Locale.FRENCH).isEmpty(),
                    "an intake is typed");
            assertTrue(reports.choices(ReportDimension.EVENT, "", java.util.Locale.FRENCH).stream()
                    .allMatch(choice -> choice.label().matches("\\d{4}-\\d{2}-\\d{2} · .+")),
                    "each event by its day and title");
        }
        UserAccount coordinator = fixtures.newAccount(centre, Role.PLATFORM_ADMIN);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, centre)) {
            assertTrue(reports.choices(ReportDimension.RECRUITER, "", java.util.Locale.ENGLISH).contains(
                    new FunnelReports.Choice(otherRecruiter.getId().toString(),
                            otherRecruiter.getDisplayName() + " (" + other.getNameEn() + ")")),
                    "the coordinator is offered every centre's staff, each with its centre");
        }
    }

    private static List<Long> counts(FunnelReport.FirstContact contact) {
        return List.of(contact.requests(), contact.inTime(), contact.late(), contact.overdue(), contact.waiting());
    }

    @Test
    void anEventsCostIsSharedAmongTheNewLeadsItBroughtAndAmongThoseWhoEnrolled() {
        ZoneId montreal = ZoneId.of("America/Montreal");
        LocalDateTime start = LocalDateTime.now(montreal).minusDays(5).withSecond(0).withNano(0);
        String ama = "ama." + UUID.randomUUID() + "@example.org";
        long eventId;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            Event fair = webinar("Salon témoin des rapports");
            fair.setCostCad(new BigDecimal("300.00"));
            Event saved = events.save(fair, start, start.plusHours(2), montreal.getId());
            eventId = events.publish(saved.getId(), saved.getVersion()).getId();
            events.registerAsStaff(eventId, new RegistrationRequest("Ama", "Owusu", ama, null, "GH", true, false,
                    montreal.getId(), null), RegistrationChannel.WALK_IN, null);
            events.registerAsStaff(eventId, new RegistrationRequest("Kofi", "Mensah",
                    "kofi." + UUID.randomUUID() + "@example.org", null, "GH", true, false, montreal.getId(), null),
                    RegistrationChannel.WALK_IN, null);
            leads.changeStage(fixtures.leadOf(centre, ama).getId(), null, LeadStage.ENROLLED, "Inscrite à la rentrée",
                    null, true);
        }

        FunnelReport.EventResult fair = report(recruiter, centre, query(today, StageCounting.REACHED, Map.of(), null))
                .events().stream().filter(event -> event.eventId() == eventId).findFirst().orElseThrow();
        assertEquals(2, fair.registrations());
        assertEquals(2, fair.newLeads(), "both people were new to the centre");
        assertEquals(1, fair.enrolled());
        assertEquals(new BigDecimal("150.00"), fair.costPerNewLead(), "300 $ for two new leads");
        assertEquals(new BigDecimal("300.00"), fair.costPerEnrolment(), "300 $ for one enrolment");
    }

    /**
     * The list brought back from a webinar: Ama and Kofi came, Yaw did not; Ama then asks by phone to give up her seat,
     * which is refused — she came, and her seat was used. The event's page and the report count alike: three seats
     * held, two people who came, one no-show.
     */
    @Test
    void aPersonWhoCameAndThenAsksToGiveUpTheirSeatCountsAsComeInTheReportAsOnTheEventsPage() {
        HeldWebinar held = heldWebinar("Webinaire témoin des présences", 5, 3);
        EventService.Attendance page;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            events.checkIn(held.registrations().get(0));
            events.checkIn(held.registrations().get(1));
            assertEquals("eventsAdmin.cameKeepsSeat", org.junit.jupiter.api.Assertions.assertThrows(
                    ca.tremplin.kernel.BusinessRuleException.class,
                    () -> events.cancelRegistration(held.registrations().get(0))).messageKey());
            page = events.attendance(held.eventId());
        }
        assertEquals(List.of(3L, 2L, 1L), List.of(page.registered(), page.attended(), page.noShows()));

        FunnelReport.EventResult shown = eventResult(held.eventId(), today);
        assertEquals(List.of(page.registered(), page.attended()), List.of(shown.registrations(), shown.attended()),
                "the report counts the seats held and who came as the event's page does");
    }

    /**
     * A registrant written down as a walk-in from the door's paper list days after the webinar came during it: the
     * report as it stood the day after the webinar counts her as come, as a check-in from that list would.
     */
    @Test
    void aRegistrantTypedAsAWalkInAfterTheWebinarCountsAsComeInTheReportAsOfTheDayAfterIt() {
        HeldWebinar held = heldWebinar("Webinaire témoin de la liste papier", 5, 1);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            events.registerAsStaff(held.eventId(), new RegistrationRequest("Ama", "Owusu", held.emails().get(0), null,
                    "GH", true, false, null, null), RegistrationChannel.WALK_IN, null);
        }

        FunnelReport.EventResult asItStood = eventResult(held.eventId(), today.minusDays(4));
        assertEquals(1, asItStood.registrations());
        assertEquals(1, asItStood.attended(), "present from the webinar's start, not from when she was typed");
    }

    /**
     * Kofi, whom nobody had registered, walked in at the webinar and is typed from the door's paper list days after it:
     * he registered as he came, so the report as it stood the day after the webinar counts his registration beside his
     * presence — neither a person come without a registration nor one left out —, as the report of today does.
     */
    @Test
    void aWalkInTypedDaysAfterTheWebinarIsARegistrationOfItsDayInTheReportAsOfTheDayAfterIt() {
        HeldWebinar held = heldWebinar("Webinaire témoin des entrées tardives", 5, 1);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            events.registerAsStaff(held.eventId(), new RegistrationRequest("Kofi", "Mensah",
                    "kofi." + UUID.randomUUID() + "@example.org", null, "GH", true, false, null, null),
                    RegistrationChannel.WALK_IN, null);
        }

        FunnelReport.EventResult asItStood = eventResult(held.eventId(), today.minusDays(4));
        assertEquals(List.of(2L, 1L), List.of(asItStood.registrations(), asItStood.attended()),
                "the online registrant and Kofi, who came");
        FunnelReport.EventResult now = eventResult(held.eventId(), today);
        assertEquals(List.of(2L, 1L), List.of(now.registrations(), now.attended()));
    }

    /** A webinar held some days ago, and the registrations and e-mails of those who had registered online for it. */
    private record HeldWebinar(long eventId, List<Long> registrations, List<String> emails) {
    }

    /**
     * A webinar of the centre held {@code daysAgo} days ago, for which as many people as {@code people} says had
     * registered online two days before it.
     */
    private HeldWebinar heldWebinar(String title, int daysAgo, int people) {
        ZoneId montreal = ZoneId.of("America/Montreal");
        LocalDateTime start = LocalDateTime.now(montreal).plusDays(2).withSecond(0).withNano(0);
        long eventId;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            Event saved = events.save(webinar(title), start, start.plusHours(2), montreal.getId());
            eventId = events.publish(saved.getId(), saved.getVersion()).getId();
        }
        List<String> emails = new java.util.ArrayList<>();
        List<Long> registrations = new java.util.ArrayList<>();
        for (int person = 0; person < people; person++) {
            emails.add("present." + UUID.randomUUID() + "@example.org");
            registrations.add(publicEvents.register(eventId, new RegistrationRequest("Personne" + person, "Owusu",
                    emails.get(person), null, "GH", true, false, montreal.getId(), null), UUID.randomUUID().toString(),
                    "10.61." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "." + (person + 1),
                    Languages.FRENCH).registrationId());
        }
        // Everything moved back in time together: held daysAgo days ago, registered two days before.
        tenancy.acrossAllTenants(() -> {
            em.createNativeQuery("update event set starts_at = starts_at - interval ?1 day,"
                    + " ends_at = ends_at - interval ?1 day where id = ?2").setParameter(1, daysAgo + 2)
                    .setParameter(2, eventId).executeUpdate();
            return em.createNativeQuery("update event_registration set registered_at = registered_at - interval ?1 day"
                    + " where event_id = ?2").setParameter(1, daysAgo + 2).setParameter(2, eventId).executeUpdate();
        });
        return new HeldWebinar(eventId, List.copyOf(registrations), List.copyOf(emails));
    }

    private static Event webinar(String title) {
        Event webinar = new Event();
        webinar.setType(EventType.WEBINAR);
        webinar.setVirtual(true);
        webinar.setOnlineUrl("https://meet.example.org/salon-rapports");
        webinar.setTitleFr(title);
        webinar.setLanguageList(List.of("fr"));
        return webinar;
    }

    /** The event's line in the report of the last thirty days, as it stood at the end of {@code asOf}. */
    private FunnelReport.EventResult eventResult(long eventId, LocalDate asOf) {
        return report(recruiter, centre, new ReportQuery(today.minusDays(30), today, asOf, StageCounting.REACHED,
                Map.of(), null)).events().stream().filter(event -> event.eventId() == eventId).findFirst()
                .orElseThrow(() -> new AssertionError("the event is in the report"));
    }

    /**
     * A fair held in Tokyo on a morning that is still the evening before in Québec belongs to the day it was held
     * there: the report of that day shows it, dated so, and the report of the period ending the day before does not.
     */
    @Test
    void anEventHeldAbroadBelongsToTheDayItWasHeldWhereItWasHeld() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate heldOn = today.minusDays(5);
        LocalDateTime start = heldOn.atTime(8, 0);
        assertEquals(heldOn.minusDays(1), start.atZone(tokyo).withZoneSameInstant(ZoneId.of("America/Montreal"))
                .toLocalDate(), "still the day before in Québec");
        long eventId;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            Event fair = new Event();
            fair.setType(EventType.FAIR);
            fair.setCity("Tokyo");
            fair.setCountry("JP");
            fair.setVenue("Tokyo Big Sight");
            fair.setTitleFr("Salon de Tokyo " + UUID.randomUUID());
            fair.setLanguageList(List.of("fr"));
            Event saved = events.save(fair, start, start.plusHours(6), tokyo.getId());
            eventId = events.publish(saved.getId(), saved.getVersion()).getId();
            events.registerAsStaff(eventId, new RegistrationRequest("Haruto", "Sato",
                    "haruto." + UUID.randomUUID() + "@example.org", null, "JP", true, false, tokyo.getId(), null),
                    RegistrationChannel.WALK_IN, null);
        }
        // Registered ahead, as people are: a report as it stood before the fair already knows the registration.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update event_registration set registered_at ="
                + " registered_at - interval 10 day where event_id = ?1").setParameter(1, eventId).executeUpdate());

        FunnelReport.EventResult shown = report(recruiter, centre, new ReportQuery(heldOn, today, today,
                StageCounting.REACHED, Map.of(), null)).events().stream().filter(event -> event.eventId() == eventId)
                .findFirst().orElseThrow(() -> new AssertionError("the fair is in the period of the day it was held"));
        assertEquals(heldOn, shown.heldOn(), "dated by Tokyo's day");
        assertEquals(1, shown.registrations());
        assertTrue(report(recruiter, centre, new ReportQuery(heldOn.minusDays(7), heldOn.minusDays(1), today,
                StageCounting.REACHED, Map.of(), null)).events().stream().noneMatch(event -> event.eventId() == eventId),
                "not in the period that ends the day before, though Québec's clock was still on it");
        assertTrue(report(recruiter, centre, new ReportQuery(heldOn.minusDays(7), today, heldOn.minusDays(1),
                StageCounting.REACHED, Map.of(), null)).events().stream().noneMatch(event -> event.eventId() == eventId),
                "nor in a report as it stood the day before it was held");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            assertTrue(reports.choices(ReportDimension.EVENT, "", java.util.Locale.FRENCH).stream()
                    .anyMatch(choice -> choice.label().startsWith(heldOn + " · Salon de Tokyo")),
                    "the filter names it by the day it was held");
        }
    }

    private FunnelReport report(UserAccount reader, Tenant tenant, ReportQuery query) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(reader, tenant)) {
            return reports.report(query, Languages.FRENCH);
        }
    }

    private ReportQuery query(LocalDate asOf, StageCounting counting, Map<ReportDimension, Object> filters,
                              ReportDimension breakdown) {
        return new ReportQuery(today.minusDays(30), today, asOf, counting, filters, breakdown);
    }

    private static List<Long> reached(CentreFunnel funnel) {
        return funnel.stages().stream().map(StageFigure::reached).toList();
    }

    private static List<Long> standing(CentreFunnel funnel) {
        return funnel.stages().stream().map(StageFigure::standing).toList();
    }

    /** A program of the centre whose name no catalogue test searches for (they count welding programs). */
    private Program program(Tenant tenant) {
        return fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(),
                "Programme témoin des rapports", "Reports' control program", "07",
                "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), true);
    }
}
