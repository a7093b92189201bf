package ca.tremplin.report;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.person.LeadStage;
import ca.tremplin.report.FunnelReport.BreakdownRow;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import ca.tremplin.web.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The report page ({@code /admin/reports.xhtml}): a GET form whose address is the report, so a report is a link. It
 * reads the address, shows what could not be read instead of figures, and otherwise the report, its charts and
 * tables, and the links to the lead list and to the exports.
 */
@Named
@RequestScoped
public class ReportsPage {

    @Inject
    FunnelReports reports;

    @Inject
    LanguagePreference language;

    private ReportAddress.Reading reading;
    private FunnelReport report;

    @PostConstruct
    void read() {
        reading = reports.read(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap());
        if (reading.readable()) {
            report = reports.report(reading.query(), locale());
        }
    }

    /** What could not be read in the address, in the reader's language. */
    public List<String> getProblems() {
        return reading.problems().stream().map(problem -> problem.message(locale())).toList();
    }

    public boolean isShown() {
        return report != null && !report.aboutNothing();
    }

    /** The report ran and found nobody: say so, with the question asked, rather than draw empty charts. */
    public boolean isAboutNothing() {
        return report != null && report.aboutNothing();
    }

    public FunnelReport getReport() { return report; }
    public ReportQuery getQuery() { return reading.query(); }
    public boolean isAcrossCentres() { return reports.acrossCentres(); }

    public String funnelChart(CentreFunnel funnel) {
        return ReportCharts.funnel(funnel, locale());
    }

    public String getWeeksChart() {
        return ReportCharts.weeks(report.weeks(), locale());
    }

    /** Why the weeks stop before the period's end: the report's "as of" day, written out in the reader's words. */
    public String getWeeksCut() {
        return ca.tremplin.kernel.Messages.get(locale(), "report.weeksCut", report.weeksCutAt());
    }

    public String getBreakdownChart() {
        return ReportCharts.breakdown(report.breakdown().rows(), locale());
    }

    /** The lead list with the report's filters, narrowed to a stage. */
    public String leadListAt(LeadStage stage) {
        return "leads.xhtml?" + ReportAddress.leadList(reading.query(), stage, null);
    }

    /**
     * The lead list of the same report a year before (its period, "as of" day and intake a year earlier), narrowed to
     * a stage: what a bar of the year before counts.
     */
    public String yearBeforeLeadListAt(LeadStage stage) {
        return "leads.xhtml?" + ReportAddress.leadList(reading.query().yearBefore(), stage, null);
    }

    /** For the coordinator: the year before's report of a funnel's centre, or {@code null} as {@link #reportOfCentre}. */
    public String yearBeforeOfCentre(CentreFunnel funnel) {
        String address = reportOfCentre(funnel) == null ? null
                : ReportAddress.narrowed(reading.query().yearBefore(), ReportDimension.CENTRE, funnel.centreId());
        return address == null ? null : "reports.xhtml?" + address;
    }

    /**
     * The lead list with the report's filters and a breakdown's value; {@code null} for the leads without a value,
     * which the list cannot select (it would show everyone, not the figure's leads), and for another value of what the
     * report is filtered by ({@link ReportAddress#selectable}).
     */
    public String leadListOf(BreakdownRow row) {
        String address = row.value() == null ? null : ReportAddress.leadList(reading.query(), null, row.value());
        return address == null ? null : "leads.xhtml?" + address;
    }

    /**
     * Broken down by what it is filtered by (a program, say): each row counts the leads that named the filter's value
     * and the row's, and only the filter's own row opens its leads, which the page says under the table.
     */
    public boolean isBrokenDownByItsFilter() {
        ReportDimension breakdown = reading.query().breakdown();
        return breakdown != null && breakdown.manyPerLead() && reading.query().filters().containsKey(breakdown);
    }

    /** For the coordinator: this report narrowed to a breakdown's value, or {@code null} when it cannot be. */
    public String reportNarrowedTo(BreakdownRow row) {
        String address = ReportAddress.narrowed(reading.query(), reading.query().breakdown(), row.value());
        return address == null ? null : "reports.xhtml?" + address;
    }

    /** For the coordinator: this report for one funnel's centre, or {@code null} when it cannot be narrowed. */
    public String reportOfCentre(CentreFunnel funnel) {
        if (funnel.centreId() == null
                || funnel.centreId().equals(reading.query().filters().get(ReportDimension.CENTRE))) {
            return null; // the funnel of all centres together, or this report is that centre's already
        }
        String address = ReportAddress.narrowed(reading.query(), ReportDimension.CENTRE, funnel.centreId());
        return address == null ? null : "reports.xhtml?" + address;
    }

    /** This report's address parameters, for the export links and the year before. */
    public String getAddress() {
        return ReportAddress.write(reading.query());
    }

    /** This report's parameters, as one parameter of another address (the schedules page's). */
    public String getEncodedAddress() {
        return java.net.URLEncoder.encode(ReportAddress.writeUndated(reading.query()),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getYearBeforeAddress() {
        return ReportAddress.write(reading.query().yearBefore());
    }

    /** A short statement of the question, for the "about nothing" message: as the report's files and e-mails say it. */
    public String getQuestion() {
        return report == null ? "" : report.question(locale());
    }

    /** A share out of 100 as the language writes it: "41,0 %" in French, "41.0%" in English. */
    public String percent(Double share) {
        if (share == null) {
            return MissingValue.MARK;
        }
        java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        // Rounded as the exports round it, not by the format's halves to even (6.25 would show 6.2, the file 6.3).
        return format.format(ReportFiles.rounded(share) / 100);
    }

    public List<ReportDimension> getDimensions() {
        return java.util.Arrays.stream(ReportDimension.values())
                .filter(dimension -> reports.acrossCentres() || dimension != ReportDimension.CENTRE).toList();
    }

    public List<LeadStage> getWay() {
        return FunnelReport.WAY;
    }

    public StageCounting[] getCountings() {
        return StageCounting.values();
    }

    private final java.util.Map<ReportDimension, List<FunnelReports.Choice>> choices =
            new java.util.EnumMap<>(ReportDimension.class);

    /** What the form offers for a filter; empty for one typed as it is. */
    public List<FunnelReports.Choice> choices(ReportDimension dimension) {
        return choices.computeIfAbsent(dimension, d -> reports.choices(d, filterValue(d), locale()));
    }

    /** The value an address gave a filter, for the form. */
    public String filterValue(ReportDimension dimension) {
        Object value = reading.query().filters().get(dimension);
        return value == null ? "" : String.valueOf(value);
    }

    private Locale locale() {
        return language.getLocale();
    }
}
