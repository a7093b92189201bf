package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The weekly trend stops at the report's "as of" day when it comes before the period's end — nothing after it is
 * counted, and weeks of zeros would read as weeks without a lead — and the page says so.
 */
class WeeklyTrendTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @Test
    void theWeeksStopAtAnAsOfDayBeforeThePeriodsEnd() {
        ReportQuery earlier = query(LocalDate.of(2026, 3, 15));
        assertEquals(LocalDate.of(2026, 3, 15), FunnelReport.lastDayOfWeeks(earlier));
        assertEquals(LocalDate.of(2026, 3, 15), report(earlier).weeksCutAt(), "said on the page");
    }

    @Test
    void theWeeksRunToThePeriodsEndOtherwise() {
        for (LocalDate asOf : List.of(TO, TO.plusDays(20))) {
            assertEquals(TO, FunnelReport.lastDayOfWeeks(query(asOf)));
            assertNull(report(query(asOf)).weeksCutAt());
        }
    }

    private static ReportQuery query(LocalDate asOf) {
        return new ReportQuery(FROM, TO, asOf, StageCounting.REACHED, Map.of(), null);
    }

    private static FunnelReport report(ReportQuery query) {
        return new FunnelReport(query, List.of(), null, List.of(), List.of(),
                new FunnelReport.FirstContact(0, 0, 0, 0, 0, null, null), List.of(), Map.of());
    }
}
