package ca.tremplin.pipeline;

import ca.tremplin.kernel.QuebecTime;
import ca.tremplin.person.LeadFunnel;
import ca.tremplin.person.LeadStage;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The leads behind a figure of a funnel report: those first known from {@code from} to {@code to} (both included),
 * and, when {@code reached} is given, that had reached that stage by the end of the {@code asOf} day, as their history
 * records it or, {@code furthest}, counting every stage up to the furthest one reached. Days are Québec's
 * ({@link QuebecTime}), where the centres work: a request sent at 10 p.m. on the last evening of a month counts in that
 * month. Read from each lead's summary row ({@link LeadFunnel}) exactly as the report counts, so that the lead list
 * opened from a figure holds as many leads as the figure says.
 */
public record FunnelCohort(LocalDate from, LocalDate to, LocalDate asOf, LeadStage reached, boolean furthest)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The years a report's or a cohort's dates may name: none before any lead can have been known, none so late that
     * a period counted from it (a year before, five years on) leaves the calendar.
     */
    public static final int EARLIEST_YEAR = 1970;
    public static final int LATEST_YEAR = 2999;

    /** Whether a day lies within {@link #EARLIEST_YEAR} and {@link #LATEST_YEAR}. */
    public static boolean plausible(LocalDate day) {
        return day.getYear() >= EARLIEST_YEAR && day.getYear() <= LATEST_YEAR;
    }

    public FunnelCohort {
        if (from == null || to == null || asOf == null) {
            throw new IllegalArgumentException("a cohort has a period and an \"as of\" day");
        }
        if (reached == LeadStage.LOST) {
            throw new IllegalArgumentException("LOST is where a lead stands, not a stage reached on the way");
        }
    }

    /** The first instant of the period. */
    public Instant periodStart() {
        return from.atStartOfDay(QuebecTime.ZONE).toInstant();
    }

    /** The end of the period (exclusive), never after the end of the "as of" day: nobody is known before arriving. */
    public Instant periodEnd() {
        return to.isAfter(asOf) ? asOfEnd() : to.plusDays(1).atStartOfDay(QuebecTime.ZONE).toInstant();
    }

    /** The end of the "as of" day (exclusive): what happened before it counts. */
    public Instant asOfEnd() {
        return asOf.plusDays(1).atStartOfDay(QuebecTime.ZONE).toInstant();
    }

    /** The ids of the cohort's leads (HQL, parameters {@link #parameters()}); the tenant filter keeps it to the centre. */
    String leadIds() {
        StringBuilder ids = new StringBuilder("select f.leadId from LeadFunnel f where f.merged = false")
                .append(" and f.firstKnownAt >= :cohortFrom and f.firstKnownAt < :cohortTo");
        if (reached != null) {
            ids.append(" and (");
            int last = furthest ? LeadStage.ARRIVED.ordinal() : reached.ordinal();
            for (int rank = reached.ordinal(); rank <= last; rank++) {
                ids.append(rank == reached.ordinal() ? "" : " or ").append("f.")
                        .append(LeadFunnel.reachedProperty(LeadStage.values()[rank])).append(" < :cohortAsOf");
            }
            ids.append(")");
        }
        return ids.toString();
    }

    Map<String, Object> parameters() {
        return reached == null ? Map.of("cohortFrom", periodStart(), "cohortTo", periodEnd())
                : Map.of("cohortFrom", periodStart(), "cohortTo", periodEnd(), "cohortAsOf", asOfEnd());
    }
}
