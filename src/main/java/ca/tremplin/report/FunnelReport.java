package ca.tremplin.report;

import ca.tremplin.kernel.Amounts;
import ca.tremplin.person.LeadStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report's figures, small enough to draw and to export: the funnel of each centre (one for a centre, each centre
 * apart and their total for the coordinator), a breakdown, weekly trends, time in each stage, time to first contact
 * and the results of events.
 */
public record FunnelReport(ReportQuery query, List<CentreFunnel> funnels, Breakdown breakdown, List<WeekTrend> weeks,
                           List<StageTime> stageTimes, FirstContact firstContact, List<EventResult> events,
                           java.util.Map<ReportDimension, String> filterNames) {

    public FunnelReport {
        filterNames = filterNames == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(filterNames);
    }

    /**
     * The question the report answers, as its page states it: its period and "as of" day, how its stages were counted
     * (as reached, or inferred from the furthest stage: the same leads give other figures), then each filter by name
     * ("connus du 2026-01-01 au 2026-12-05, en date du 2026-12-05, étapes telles qu’atteintes (inscrites à
     * l’historique) · Pays = Sénégal"), so that a file or an e-mail of a narrowed report, or of one counted the other
     * way, cannot be taken for another.
     */
    public String question(java.util.Locale language) {
        StringBuilder question = new StringBuilder(ca.tremplin.kernel.Messages.get(language, "report.question",
                query.from(), query.to(), query.asOf(),
                ca.tremplin.kernel.Messages.get(language, query.counting().messageKey())));
        filterNames.forEach((dimension, value) -> question.append(" · ")
                .append(ca.tremplin.kernel.Messages.get(language, dimension.messageKey())).append(" = ")
                .append(value));
        return question.toString();
    }

    /**
     * The "as of" day when it comes before the period's end: the weeks stop there, which the page says under them;
     * {@code null} when they run to the period's end.
     */
    public LocalDate weeksCutAt() {
        LocalDate last = lastDayOfWeeks(query);
        return last.equals(query.to()) ? null : last;
    }

    /** The last day the weekly trend covers: the period's end, or its "as of" day when that comes first. */
    static LocalDate lastDayOfWeeks(ReportQuery query) {
        return query.asOf().isBefore(query.to()) ? query.asOf() : query.to();
    }

    /** The stages of a funnel, in order, lost apart. */
    public static final List<LeadStage> WAY = LeadStage.board().subList(0, LeadStage.LOST.ordinal());

    /** Whether the report is about nobody: no lead in its period and filters, no request, no event. */
    public boolean aboutNothing() {
        return funnels.stream().allMatch(funnel -> funnel.leads() == 0) && firstContact.requests() == 0
                && events.isEmpty();
    }

    /** The total (the coordinator's report first shows every centre together), or the centre's own funnel. */
    public CentreFunnel overall() {
        return funnels.get(0);
    }

    /**
     * One funnel: {@code centreId} none for the total of several centres. {@code stages} follow {@link #WAY};
     * {@code lost} the leads that stood lost at the "as of" date, by reason.
     */
    public record CentreFunnel(Long centreId, String centreName, List<StageFigure> stages, List<LostReasonCount> lost) {

        /** Every lead of the cohort entered NEW: the funnel's first figure. */
        public long leads() {
            return stages.get(0).reached();
        }

        public long lostTotal() {
            return lost.stream().mapToLong(LostReasonCount::leads).sum();
        }
    }

    /**
     * A stage of a funnel: how many reached it (as counted), how many stood in it at the "as of" date, how many had
     * reached it a year before (same period, date and intake a year earlier), and the conversion from the stage
     * before and from NEW (percent, none when nobody reached the stage before).
     */
    public record StageFigure(LeadStage stage, long reached, long standing, long yearBefore, Double fromPrevious,
                              Double fromNew) {
    }

    public record LostReasonCount(String reason, long leads) {
    }

    /** A breakdown: one row per value of the dimension, with how many reached each stage of {@link #WAY}. */
    public record Breakdown(ReportDimension dimension, List<BreakdownRow> rows) {
    }

    /** {@code value} is what the lead list filters by ({@code null} for leads that have none). */
    public record BreakdownRow(Object value, String label, List<Long> reached) {
        public long leads() {
            return reached.get(0);
        }
    }

    /** A week (starting on Monday) of the period: new leads, and moves into APPLIED. */
    public record WeekTrend(LocalDate monday, long newLeads, long applied) {
    }

    /** Completed stays in a stage: how many, median and 90th percentile in whole days. */
    public record StageTime(LeadStage stage, long stays, Long medianDays, Long p90Days) {
    }

    /**
     * Requests received in the period: answered by their deadline, late, past their deadline without answer, still
     * within it; median and 90th percentile of whole hours to the first contact.
     */
    public record FirstContact(long requests, long inTime, long late, long overdue, long waiting, Long medianHours,
                               Long p90Hours) {
        /** The share answered by the deadline among those whose deadline has passed or who were answered. */
        public Double inTimeShare() {
            long due = inTime + late + overdue;
            return due == 0 ? null : 100.0 * inTime / due;
        }
    }

    /** An event held in the period, what came of it, and what it cost (null when staff did not say). */
    public record EventResult(long eventId, String title, Instant startsAt, java.time.ZoneId zone, long registrations,
                              long attended, long newLeads, long applied, long admitted, long enrolled,
                              BigDecimal cost) {

        /** The day it was held, where it was held: a fair in Tokyo on the 2nd, though Québec was still on the 1st. */
        public java.time.LocalDate heldOn() {
            return startsAt.atZone(zone).toLocalDate();
        }

        /** The cost divided by the new leads, to the cent; null without a cost or without a new lead. */
        public BigDecimal costPerNewLead() {
            return Amounts.per(cost, newLeads);
        }

        /** The cost divided by the people registered who enrolled (or arrived); null without either. */
        public BigDecimal costPerEnrolment() {
            return Amounts.per(cost, enrolled);
        }
    }

}
