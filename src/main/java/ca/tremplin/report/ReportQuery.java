package ca.tremplin.report;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a report is about: the leads first known from {@code from} to {@code to} (both days included), as things stood
 * at the end of {@code asOf}, counted the {@code counting} way, narrowed by up to three filters and broken down by one
 * dimension (or none). Days are Québec's, where the centres work
 * ({@link ca.tremplin.pipeline.FunnelCohort}).
 */
public record ReportQuery(LocalDate from, LocalDate to, LocalDate asOf, StageCounting counting,
                          Map<ReportDimension, Object> filters, ReportDimension breakdown) {

    public static final int MAX_FILTERS = 3;

    public ReportQuery {
        filters = filters.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(filters));
    }

    /** The same report a year earlier: the period, the "as of" date and an intake filter moved back a year. */
    public ReportQuery yearBefore() {
        Map<ReportDimension, Object> earlier = new EnumMap<>(ReportDimension.class);
        earlier.putAll(filters);
        earlier.computeIfPresent(ReportDimension.INTAKE,
                (dimension, intake) -> java.time.YearMonth.parse((String) intake).minusYears(1).toString());
        return new ReportQuery(from.minusYears(1), to.minusYears(1), asOf.minusYears(1), counting, earlier, breakdown);
    }

    public ReportQuery withBreakdown(ReportDimension newBreakdown) {
        return new ReportQuery(from, to, asOf, counting, filters, newBreakdown);
    }

    /** The report's cohort, as the lead list reads it: its leads, or those that reached {@code reached} its way. */
    public ca.tremplin.pipeline.FunnelCohort cohort(ca.tremplin.person.LeadStage reached) {
        return new ca.tremplin.pipeline.FunnelCohort(from, to, asOf, reached, counting == StageCounting.FURTHEST);
    }

    /** The first instant of the period. */
    Instant periodStart() {
        return cohort(null).periodStart();
    }

    /** The end of the period (exclusive), never after the end of the "as of" day: nobody is known before arriving. */
    Instant periodEnd() {
        return cohort(null).periodEnd();
    }

    /** The end of the "as of" day (exclusive): what happened before it counts. */
    Instant asOfEnd() {
        return cohort(null).asOfEnd();
    }
}
