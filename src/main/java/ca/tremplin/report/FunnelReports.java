package ca.tremplin.report;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.person.Country;
import ca.tremplin.person.LeadStage;
import ca.tremplin.report.FunnelReport.Breakdown;
import ca.tremplin.report.FunnelReport.BreakdownRow;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import ca.tremplin.report.FunnelReport.EventResult;
import ca.tremplin.report.FunnelReport.FirstContact;
import ca.tremplin.report.FunnelReport.LostReasonCount;
import ca.tremplin.report.FunnelReport.StageFigure;
import ca.tremplin.report.FunnelReport.StageTime;
import ca.tremplin.report.FunnelReport.WeekTrend;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The funnel reports' use case: staff read their centre's report; the coordinator (platform admin) reads every
 * centre's, each apart, which is the one place reports cross tenants, on purpose and by name
 * ({@link Tenancy#acrossAllTenants}). A few grouped queries per report, whatever the number of leads, read side by
 * side (see {@link #assemble}).
 */
@ApplicationScoped
public class FunnelReports {

    @Inject
    FunnelQueries queries;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Tenancy tenancy;

    @Inject
    java.time.Clock clock;

    @Resource
    ManagedExecutorService workers;

    /** Reports read side by side at once (five connections each, of the pool's 30 by default). */
    static final int SIDE_BY_SIDE = 4;

    private final Semaphore readingSideBySide = new Semaphore(SIDE_BY_SIDE);

    /**
     * A report's address read for the signed-in person, today being Québec's day. A recruiter, an event or a program
     * that the reader's report cannot name (another centre's recruiter or event, a program no centre publishes, a
     * number that names nothing) is said to be so, rather than answered with a report about nobody.
     */
    @Transactional
    public ReportAddress.Reading read(Map<String, String[]> parameters) {
        ReportAddress.Reading reading = ReportAddress.read(parameters,
                LocalDate.now(clock.withZone(ca.tremplin.kernel.QuebecTime.ZONE)), acrossCentres());
        if (!reading.readable()) {
            return reading;
        }
        Supplier<List<ReportAddress.Problem>> unknown = () -> {
            List<ReportAddress.Problem> problems = new ArrayList<>();
            reading.query().filters().forEach((dimension, value) -> {
                if (NAMED_BY_THE_CENTRE.contains(dimension)
                        && queries.names(dimension, List.of(id(value))).isEmpty()) {
                    problems.add(ReportAddress.unknownValue(value, dimension, acrossCentres()));
                }
            });
            return problems;
        };
        List<ReportAddress.Problem> problems = acrossCentres() ? tenancy.acrossAllTenants(unknown) : unknown.get();
        return problems.isEmpty() ? reading : new ReportAddress.Reading(reading.query(), List.copyOf(problems));
    }

    /**
     * The filters whose values are the centre's own records: its staff, its events, the programs it (or another
     * centre, publicly) offers, the campaigns that speak for it (its own, a coordinator's that names it); across
     * centres, the centres themselves.
     */
    private static final java.util.Set<ReportDimension> NAMED_BY_THE_CENTRE = java.util.EnumSet.of(
            ReportDimension.RECRUITER, ReportDimension.EVENT, ReportDimension.PROGRAM,
            ReportDimension.FIRST_CAMPAIGN, ReportDimension.LAST_CAMPAIGN, ReportDimension.CENTRE);

    /** The filters' values as the report names them ("Soudage-montage", "Chloé Morin"), for the question asked. */
    @Transactional
    public Map<ReportDimension, String> filterNames(ReportQuery query, Locale language) {
        Supplier<Map<ReportDimension, String>> named = () -> {
            Map<ReportDimension, String> names = new java.util.EnumMap<>(ReportDimension.class);
            query.filters().forEach((dimension, value) -> names.put(dimension,
                    labels(dimension, java.util.Collections.singletonList(value), language).get(value)));
            return names;
        };
        return acrossCentres() ? tenancy.acrossAllTenants(named) : named.get();
    }

    /** A value a filter of the report form offers: what the address carries and what the reader sees. */
    public record Choice(String value, String label) {
    }

    /**
     * What the report form offers for a filter, so that nobody has to know a record's number: the sources, the
     * countries, and the reader's programs (with their code), events (newest first, with their day), staff and
     * campaigns, or across centres everyone's and the centres. Empty for a filter typed as it is (an intake). A value
     * the address already holds that the list lacks (another centre's published program a lead asked about) is
     * offered first, by its name, so that the form shows the report it shows.
     */
    @Transactional
    public List<Choice> choices(ReportDimension dimension, String current, Locale language) {
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER);
        Supplier<List<Choice>> listed = () -> {
            if (dimension.typed()) {
                return List.<Choice>of();
            }
            List<Choice> choices = new ArrayList<>(switch (dimension) {
                case SOURCE -> java.util.Arrays.stream(ca.tremplin.person.HeardFrom.values())
                        .map(from -> new Choice(from.name(), Messages.get(language, "inquiry.heardFrom." + from)))
                        .sorted(Comparator.comparing(Choice::label, java.text.Collator.getInstance(language)))
                        .toList();
                case COUNTRY -> Country.all(language).stream()
                        .map(country -> new Choice(country.code(), country.name())).toList();
                default -> records(dimension, language);
            });
            if (current != null && !current.isBlank()
                    && choices.stream().noneMatch(choice -> choice.value().equals(current))) {
                Object value = dimension.read(current);
                choices.add(0, new Choice(current,
                        labels(dimension, java.util.Collections.singletonList(value), language).get(value)));
            }
            return List.copyOf(choices);
        };
        return acrossCentres() ? tenancy.acrossAllTenants(listed) : listed.get();
    }

    private List<Choice> records(ReportDimension dimension, Locale language) {
        List<Object[]> rows = queries.choosable(dimension);
        Map<Object, String> names = labels(dimension, rows.stream().map(row -> (Object) row[0]).toList(), language);
        List<Choice> choices = new ArrayList<>();
        for (Object[] row : rows) {
            String name = names.get(row[0]);
            String label = name;
            if (row[1] instanceof Instant start) {
                // The day it was held where it was held, as its page says it.
                java.time.ZoneId zone = row.length > 2 ? ca.tremplin.kernel.TimeZoneIds.current((String) row[2])
                        .orElse(ca.tremplin.kernel.QuebecTime.ZONE) : ca.tremplin.kernel.QuebecTime.ZONE;
                label = start.atZone(zone).toLocalDate() + " · " + name;
            } else if (row[1] != null) {
                label = row[1] + " · " + name;
            }
            choices.add(new Choice(String.valueOf(row[0]), label));
        }
        if (dimension == ReportDimension.PROGRAM) {
            // As every list of programs is ordered: DEP, ASP, then AEP, each by title in the reader's language.
            Map<String, ca.tremplin.catalog.ProgramType> types = new HashMap<>();
            Map<String, String> titles = new HashMap<>();
            for (Object[] row : rows) {
                types.put(String.valueOf(row[0]), (ca.tremplin.catalog.ProgramType) row[2]);
                titles.put(String.valueOf(row[0]), names.get(row[0]));
            }
            choices.sort(ca.tremplin.catalog.ProgramOrder.of(language, (Choice choice) -> types.get(choice.value()),
                    choice -> titles.get(choice.value())));
        } else if (dimension != ReportDimension.EVENT) {
            choices.sort(Comparator.comparing(Choice::label, java.text.Collator.getInstance(language)));
        }
        return choices;
    }

    /** Whether the signed-in person reads every centre (the coordinator) rather than their own. */
    public boolean acrossCentres() {
        return signedInUser.isPlatformAdmin();
    }

    /** The report, in the reader's language (names of stages, sources, programs, events, centres). */
    @Transactional
    public FunnelReport report(ReportQuery query, Locale language) {
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER);
        return reportFor(new Reader(signedInUser.getTenantId(), signedInUser.tenantName(Locale.FRENCH),
                signedInUser.tenantName(Locale.ENGLISH), acrossCentres()), query, language, true);
    }

    /**
     * Whom a report is for: their centre, and whether they read every centre (the coordinator). The signed-in person
     * on the report page; a schedule's centre when the report leaves by e-mail, with nobody signed in.
     */
    record Reader(long tenantId, String tenantNameFr, String tenantNameEn, boolean acrossCentres) {
        String tenantName(Locale language) {
            return Languages.isEnglish(language) ? tenantNameEn : tenantNameFr;
        }
    }

    /**
     * The report for {@code reader}, whoever runs it: the caller has checked that the reader may read it. Its parts
     * are read side by side when someone waits for it ({@code sideBySide}) and connections allow, else one after
     * another in this transaction (a scheduled report, which nobody waits for).
     */
    @Transactional
    FunnelReport reportFor(Reader reader, ReportQuery query, Locale language, boolean sideBySide) {
        Supplier<FunnelReport> report = () -> assemble(query, language, reader, sideBySide);
        if (reader.acrossCentres()) {
            return tenancy.acrossAllTenants(report);
        }
        if (TenantContext.hasTenant() && TenantContext.currentTenantId() == reader.tenantId()) {
            return report.get();
        }
        return tenancy.asTenant(reader.tenantId(), report);
    }

    /** The few numbers of this week (Monday to today) that each role's home page shows. */
    public record WeekFigures(LocalDate monday, long newLeads, long applied, long overdueRequests) {
    }

    /** This week's new leads, moves into APPLIED, and requests past their deadline without an answer. */
    @Transactional
    public WeekFigures thisWeek(LocalDate today) {
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER);
        ReportQuery week = new ReportQuery(monday(today), today, today, StageCounting.REACHED, Map.of(), null);
        Supplier<WeekFigures> figures = () -> {
            long newLeads = queries.newLeadsByDay(week).stream().mapToLong(row -> (Long) row[1]).sum();
            long applied = queries.movesByDay(week, LeadStage.APPLIED).stream().mapToLong(row -> (Long) row[1]).sum();
            return new WeekFigures(week.from(), newLeads, applied, queries.overdueRequests(clock.instant()));
        };
        return acrossCentres() ? tenancy.acrossAllTenants(figures) : figures.get();
    }

    /**
     * The report's parts are independent grouped statements, each one core of the database's at work: the year before,
     * the time in stage, the weekly trends, and the first contact with the events' results are read alongside the
     * funnel of the period and the breakdown, each on a connection and in a transaction of its own for the same
     * reader, so that one person's report takes about its longest part rather than the sum of them (the parts then
     * read the database a few milliseconds apart instead of in one snapshot). A report read side by side holds five
     * of the pool's connections: beyond {@link #SIDE_BY_SIDE} such reports at once, a report reads its parts one after
     * another, so that many readers at once wait for the database rather than for connections.
     */
    private FunnelReport assemble(ReportQuery query, Locale language, Reader reader, boolean sideBySide) {
        boolean apart = sideBySide && readingSideBySide.tryAcquire();
        List<Future<?>> started = new ArrayList<>();
        try {
            Supplier<List<Object[]>> yearBefore = part(apart, reader, started,
                    () -> queries.reached(query.yearBefore()));
            Supplier<List<StageTime>> stageTimes = part(apart, reader, started, () -> stageTimes(query));
            Supplier<List<WeekTrend>> weeks = part(apart, reader, started, () -> weeks(query));
            Supplier<Requests> requests = part(apart, reader, started,
                    () -> new Requests(firstContact(query), events(query, language)));
            List<CentreFunnel> funnels = funnels(query, language, reader, yearBefore);
            Breakdown breakdown = query.breakdown() == null ? null : breakdown(query, language);
            Requests answered = requests.get();
            Map<ReportDimension, String> filterNames = new java.util.EnumMap<>(ReportDimension.class);
            query.filters().forEach((dimension, value) -> filterNames.put(dimension,
                    labels(dimension, java.util.Collections.singletonList(value), language).get(value)));
            return new FunnelReport(query, funnels, breakdown, weeks.get(), stageTimes.get(),
                    answered.firstContact(), answered.events(), filterNames);
        } finally {
            started.forEach(part -> part.cancel(true));
            if (apart) {
                readingSideBySide.release();
            }
        }
    }

    /**
     * A part of a report: started now on a worker thread for the reader (their centre, or every centre for the
     * coordinator) when read side by side, else read here when asked for.
     */
    private <T> Supplier<T> part(boolean apart, Reader reader, List<Future<?>> started, Supplier<T> work) {
        if (!apart) {
            return work;
        }
        Future<T> future = workers.submit(() -> reader.acrossCentres() ? tenancy.acrossAllTenants(work)
                : tenancy.asTenant(reader.tenantId(), work));
        started.add(future);
        return () -> outcome(future);
    }

    /** Two short parts of a report read together: the first contact with requests, and the events' results. */
    private record Requests(FirstContact firstContact, List<EventResult> events) {
    }

    /** What a part read, or its failure as the reader's own thread would have met it. */
    private static <T> T outcome(Future<T> part) {
        try {
            return part.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a report", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    private List<CentreFunnel> funnels(ReportQuery query, Locale language, Reader reader,
                                       Supplier<List<Object[]>> yearBeforeRows) {
        Map<Long, long[]> reached = new HashMap<>();
        Map<Long, long[]> yearBefore = new HashMap<>();
        Map<Long, long[]> standing = new HashMap<>();
        Map<Long, Map<String, Long>> lost = new HashMap<>();
        long movedSince = 0;
        for (Object[] row : queries.funnels(query)) {
            Long centre = (Long) row[0];
            stood(centre, (LeadStage) row[1], (String) row[2], number(row[3]), standing, lost, language);
            movedSince += number(row[4]);
            add(reached, centre, row, 5, number(row[3]) + number(row[4]) > 0);
        }
        // The year before: its own period and "as of" day, and its own filters (an intake moves back a year).
        for (Object[] row : yearBeforeRows.get()) {
            add(yearBefore, (Long) row[0], row, 1, false);
        }
        if (movedSince > 0) {
            for (Object[] row : queries.standingFromHistory(query)) {
                stood((Long) row[0], (LeadStage) row[1], (String) row[2], (Long) row[3], standing, lost, language);
            }
        }
        List<CentreFunnel> funnels = new ArrayList<>();
        Object centreFilter = query.filters().get(ReportDimension.CENTRE);
        Long oneCentre = centreFilter == null ? null : ((Number) centreFilter).longValue();
        if (reader.acrossCentres() && oneCentre != null) {
            // Narrowed to one centre, the coordinator reads that centre's funnel alone, named: a total of one centre,
            // headed "all centres" above the same figures again, read as every centre's.
            String[] name = queries.names(ReportDimension.CENTRE, java.util.Set.of(oneCentre)).get(oneCentre);
            funnels.add(funnel(oneCentre, localised(name, language, Messages.numbered(language, oneCentre)),
                    sum(reached), sum(standing), sum(yearBefore), merged(lost, language)));
            return funnels;
        }
        if (!reader.acrossCentres()) {
            funnels.add(funnel(reader.tenantId(), reader.tenantName(language), sum(reached), sum(standing),
                    sum(yearBefore), merged(lost, language)));
            return funnels;
        }
        funnels.add(funnel(null, Messages.get(language, "report.allCentres"), sum(reached), sum(standing),
                sum(yearBefore), merged(lost, language)));
        java.util.Set<Long> centres = new java.util.TreeSet<>(reached.keySet());
        centres.addAll(yearBefore.keySet());
        Map<Long, String[]> names = queries.names(ReportDimension.CENTRE, centres);
        List<CentreFunnel> apart = new ArrayList<>();
        for (Long centre : centres) {
            apart.add(funnel(centre, localised(names.get(centre), language, Messages.numbered(language, centre)),
                    reached.getOrDefault(centre, new long[FunnelReport.WAY.size()]),
                    standing.getOrDefault(centre, new long[FunnelReport.WAY.size()]),
                    yearBefore.getOrDefault(centre, new long[FunnelReport.WAY.size()]),
                    lost.getOrDefault(centre, Map.of())));
        }
        apart.sort(centresInOrder(language));
        funnels.addAll(apart);
        return funnels;
    }

    /**
     * Adds a row's counts of each stage of the way (from column {@code first}) to its centre's; a centre is there once
     * one of its leads reached a stage, or, with {@code anyLead}, once its cohort has a lead.
     */
    private static void add(Map<Long, long[]> perCentre, Long centre, Object[] row, int first, boolean anyLead) {
        long[] counts = counts(row, first);
        if (anyLead || java.util.Arrays.stream(counts).anyMatch(count -> count > 0)) {
            long[] total = perCentre.computeIfAbsent(centre, c -> new long[FunnelReport.WAY.size()]);
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
        }
    }

    /** Where {@code leads} of a centre stood at the end of the "as of" day: a stage of the way, or lost for a reason. */
    private static void stood(Long centre, LeadStage stage, String reason, long leads, Map<Long, long[]> standing,
                              Map<Long, Map<String, Long>> lost, Locale language) {
        if (leads == 0) {
            return;
        }
        if (stage == LeadStage.LOST) {
            lost.computeIfAbsent(centre, c -> lostReasons(language)).merge(
                    reason == null ? Messages.get(language, "report.noLostReason") : reason, leads, Long::sum);
        } else {
            standing.computeIfAbsent(centre, c -> new long[FunnelReport.WAY.size()])[stage.ordinal()] += leads;
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static CentreFunnel funnel(Long centreId, String name, long[] reached, long[] standing, long[] yearBefore,
                                       Map<String, Long> lost) {
        List<StageFigure> stages = new ArrayList<>();
        for (LeadStage stage : FunnelReport.WAY) {
            int at = stage.ordinal();
            stages.add(new StageFigure(stage, reached[at], standing[at], yearBefore[at],
                    at == 0 ? null : percent(reached[at], reached[at - 1]), percent(reached[at], reached[0])));
        }
        List<LostReasonCount> reasons = new ArrayList<>();
        lost.forEach((reason, leads) -> reasons.add(new LostReasonCount(reason, leads)));
        reasons.sort(Comparator.comparingLong(LostReasonCount::leads).reversed());
        return new CentreFunnel(centreId, name, List.copyOf(stages), List.copyOf(reasons));
    }

    private Breakdown breakdown(ReportQuery query, Locale language) {
        Map<Object, long[]> byValue = new LinkedHashMap<>();
        for (Object[] row : queries.breakdown(query)) {
            long[] counts = counts(row, 1);
            // As the history counted them: a value shows once one of its leads is on the way by the "as of" date.
            if (query.counting() == StageCounting.FURTHEST || java.util.Arrays.stream(counts).anyMatch(c -> c > 0)) {
                byValue.put(key(row[0]), counts);
            }
        }
        Map<Object, String> labels = labels(query.breakdown(), byValue.keySet(), language);
        List<BreakdownRow> rows = new ArrayList<>();
        byValue.forEach((value, reached) -> rows.add(new BreakdownRow(value, labels.get(value),
                java.util.Arrays.stream(reached).boxed().toList())));
        rows.sort(breakdownInOrder(language));
        return new Breakdown(query.breakdown(), List.copyOf(rows));
    }

    /** What a value of a dimension is called, in the reader's language. */
    Map<Object, String> labels(ReportDimension dimension, java.util.Collection<Object> values, Locale language) {
        Map<Object, String> labels = new HashMap<>();
        String none = Messages.get(language, "report.noValue");
        switch (dimension) {
            case SOURCE -> values.forEach(v -> labels.put(v, v == null ? none
                    : Messages.get(language, "inquiry.heardFrom." + v)));
            case INTAKE -> values.forEach(v -> labels.put(v, v == null ? none : (String) v));
            case COUNTRY -> {
                Map<String, String> countries = new HashMap<>();
                Country.all(language).forEach(country -> countries.put(country.code(), country.name()));
                values.forEach(v -> labels.put(v, v == null ? none : countries.getOrDefault((String) v, (String) v)));
            }
            default -> {
                List<Long> ids = values.stream().filter(java.util.Objects::nonNull).map(FunnelReports::id).toList();
                Map<Long, String[]> names = queries.names(dimension, ids);
                values.forEach(v -> labels.put(v, v == null ? none
                        : localised(names.get(id(v)), language, Messages.numbered(language, id(v)))));
            }
        }
        return labels;
    }

    /**
     * The weeks of the period up to its "as of" day: what came after it is not counted (the period ends there for
     * every figure), so weeks after it would be zeros read as weeks without a lead ({@link FunnelReport#weeksCutAt}).
     */
    private List<WeekTrend> weeks(ReportQuery query) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        LocalDate last = FunnelReport.lastDayOfWeeks(query);
        for (LocalDate monday = monday(query.from()); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.put(monday, new long[2]);
        }
        for (Object[] row : queries.newLeadsByDay(query)) {
            weeks.computeIfAbsent(monday((LocalDate) row[0]), w -> new long[2])[0] += (Long) row[1];
        }
        for (Object[] row : queries.movesByDay(query, LeadStage.APPLIED)) {
            weeks.computeIfAbsent(monday((LocalDate) row[0]), w -> new long[2])[1] += (Long) row[1];
        }
        List<WeekTrend> trends = new ArrayList<>();
        weeks.forEach((monday, counts) -> trends.add(new WeekTrend(monday, counts[0], counts[1])));
        return List.copyOf(trends);
    }

    private List<StageTime> stageTimes(ReportQuery query) {
        Map<LeadStage, Map<Long, Long>> histograms = new LinkedHashMap<>();
        for (Object[] row : queries.daysInStage(query)) {
            histograms.computeIfAbsent((LeadStage) row[0], s -> new TreeMap<>())
                    .merge(whole(row[1]), (Long) row[2], Long::sum);
        }
        List<StageTime> times = new ArrayList<>();
        for (LeadStage stage : FunnelReport.WAY.subList(0, FunnelReport.WAY.size() - 1)) {
            Map<Long, Long> histogram = histograms.getOrDefault(stage, Map.of());
            long stays = histogram.values().stream().mapToLong(Long::longValue).sum();
            times.add(new StageTime(stage, stays, Percentiles.of(histogram, 0.5), Percentiles.of(histogram, 0.9)));
        }
        return List.copyOf(times);
    }

    private FirstContact firstContact(ReportQuery query) {
        long[] totals = new long[5];
        Map<Long, Long> hours = new TreeMap<>();
        for (Object[] row : queries.firstContact(query)) {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += number(row[i + 2]);
            }
            long answered = number(row[3]) + number(row[4]);
            if (row[1] != null && answered > 0) {
                hours.merge(whole(row[1]), answered, Long::sum);
            }
        }
        return new FirstContact(totals[0], totals[1], totals[2], totals[3], totals[4], Percentiles.of(hours, 0.5),
                Percentiles.of(hours, 0.9));
    }

    private List<EventResult> events(ReportQuery query, Locale language) {
        List<EventResult> events = new ArrayList<>();
        boolean english = "en".equals(Languages.code(language));
        for (Object[] row : queries.eventResults(query)) {
            String title = english && row[2] != null ? (String) row[2] : (String) row[1];
            java.time.ZoneId zone = ca.tremplin.kernel.TimeZoneIds.current((String) row[11])
                    .orElse(ca.tremplin.kernel.QuebecTime.ZONE);
            EventResult event = new EventResult((Long) row[0], title, (Instant) row[3], zone, (Long) row[4],
                    (Long) row[5], (Long) row[6], (Long) row[7], (Long) row[8], (Long) row[9],
                    (java.math.BigDecimal) row[10]);
            // Held in the period, and by the "as of" day, where it was held (the query read a little around it).
            java.time.LocalDate last = query.asOf() != null && query.asOf().isBefore(query.to()) ? query.asOf()
                    : query.to();
            if (!event.heldOn().isBefore(query.from()) && !event.heldOn().isAfter(last)) {
                events.add(event);
            }
        }
        return List.copyOf(events);
    }

    private static long[] counts(Object[] row, int first) {
        long[] counts = new long[FunnelReport.WAY.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = number(row[first + i]);
        }
        return counts;
    }

    private static long[] sum(Map<Long, long[]> perCentre) {
        long[] total = new long[FunnelReport.WAY.size()];
        perCentre.values().forEach(counts -> {
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
        });
        return total;
    }

    /** Each centre's funnel, by the centre's name as the reader's language lists it. */
    static Comparator<CentreFunnel> centresInOrder(Locale language) {
        return Comparator.comparing(CentreFunnel::centreName, Languages.alphabetical(language));
    }

    /** A breakdown's rows, those with the most leads first, then by name as the reader's language lists it. */
    static Comparator<BreakdownRow> breakdownInOrder(Locale language) {
        return Comparator.comparingLong(BreakdownRow::leads).reversed()
                .thenComparing(BreakdownRow::label, Languages.alphabetical(language));
    }

    /** Lost reasons, counted by their words, in the order the reader's language lists them. */
    static Map<String, Long> lostReasons(Locale language) {
        return new TreeMap<>(Languages.alphabetical(language));
    }

    private static Map<String, Long> merged(Map<Long, Map<String, Long>> perCentre, Locale language) {
        Map<String, Long> total = lostReasons(language);
        perCentre.values().forEach(reasons -> reasons.forEach((reason, leads) -> total.merge(reason, leads,
                Long::sum)));
        return total;
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    private static long whole(Object number) {
        return number == null ? 0 : (long) Math.floor(((Number) number).doubleValue());
    }

    /** Breakdown values as the lead list reads them: ids as numbers, texts as texts. */
    private static Object key(Object value) {
        return value instanceof Number number ? (Object) number.longValue() : value;
    }

    private static Long id(Object value) {
        return value instanceof Number number ? number.longValue() : Long.valueOf(value.toString());
    }

    /** A name in the reader's language; {@code otherwise}, the record's number, for one that has none any more. */
    private static String localised(String[] names, Locale language, String otherwise) {
        if (names == null) {
            return otherwise;
        }
        return "en".equals(Languages.code(language)) && names[1] != null ? names[1] : names[0];
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
