package ca.tremplin.report;

import ca.tremplin.kernel.QuebecTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/** This week's figures for the back-office home page (every role; the coordinator's across centres). */
@Named
@RequestScoped
public class WeeklyFigures {

    @Inject
    FunnelReports reports;

    @Inject
    Clock clock;

    private FunnelReports.WeekFigures figures;

    public FunnelReports.WeekFigures getWeek() {
        if (figures == null) {
            figures = reports.thisWeek(LocalDate.now(clock.withZone(QuebecTime.ZONE)));
        }
        return figures;
    }

    /** The report of this week, as a link. */
    public String getReportAddress() {
        LocalDate monday = getWeek().monday();
        return "reports.xhtml?from=" + monday + "&to=" + LocalDate.now(clock.withZone(QuebecTime.ZONE));
    }
}
