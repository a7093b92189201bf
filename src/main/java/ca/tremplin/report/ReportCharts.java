package ca.tremplin.report;

import static ca.tremplin.web.ChartJson.chart;
import static ca.tremplin.web.ChartJson.dataset;

import ca.tremplin.kernel.Messages;
import ca.tremplin.report.FunnelReport.BreakdownRow;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import ca.tremplin.report.FunnelReport.StageFigure;
import ca.tremplin.report.FunnelReport.WeekTrend;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, as JSON: the funnel as bars (with the year before beside),
 * the weekly trend as lines, a breakdown as horizontal bars. Each chart's table on the page holds the same figures
 * and the links a click on a bar follows ({@code resources/js/report-charts.js}).
 */
final class ReportCharts {

    private static final String THIS_YEAR = "#1f5fa8";
    private static final String YEAR_BEFORE = "#9bb7d4";
    private static final String APPLIED = "#2e7d32";

    private ReportCharts() {
    }

    static String funnel(CentreFunnel funnel, Locale language) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        funnel.stages().forEach(figure -> labels.add(Messages.get(language, figure.stage().messageKey())));
        return chart("bar", labels, Json.createArrayBuilder()
                .add(dataset(Messages.get(language, "report.reached"), THIS_YEAR, funnel.stages(),
                        StageFigure::reached))
                .add(dataset(Messages.get(language, "report.yearBefore"), YEAR_BEFORE, funnel.stages(),
                        StageFigure::yearBefore)), false);
    }

    static String weeks(List<WeekTrend> weeks, Locale language) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        weeks.forEach(week -> labels.add(week.monday().toString()));
        return chart("line", labels, Json.createArrayBuilder()
                .add(dataset(Messages.get(language, "report.newLeads"), THIS_YEAR, weeks, WeekTrend::newLeads))
                .add(dataset(Messages.get(language, "report.applied"), APPLIED, weeks, WeekTrend::applied)), false);
    }

    static String breakdown(List<BreakdownRow> rows, Locale language) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(row -> labels.add(row.label()));
        return chart("bar", labels, Json.createArrayBuilder()
                .add(dataset(Messages.get(language, "report.leads"), THIS_YEAR, rows, BreakdownRow::leads)), true);
    }
}
