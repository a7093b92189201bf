package ca.tremplin.report;

import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.SpreadsheetCells;
import ca.tremplin.person.LeadStage;
import ca.tremplin.report.FunnelReport.BreakdownRow;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import ca.tremplin.report.FunnelReport.EventResult;
import ca.tremplin.report.FunnelReport.FirstContact;
import ca.tremplin.report.FunnelReport.StageFigure;
import ca.tremplin.report.FunnelReport.StageTime;
import ca.tremplin.report.FunnelReport.WeekTrend;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as a file: the tables of the page, in the reader's language, as CSV (one table after another, a blank line
 * between) or as an XLSX workbook (a sheet per table), written as a stream. Every text cell goes through
 * {@link SpreadsheetCells}, so a centre's or a lost reason's name that starts like a formula is never run; figures
 * are numbers.
 */
public final class ReportFiles {

    /** A table of the report: its title and rows, the first one its header. */
    record Table(String title, List<List<Object>> rows) {
    }

    private ReportFiles() {
    }

    public static void writeCsv(FunnelReport report, Locale language, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so that Excel reads UTF-8
        CSVPrinter csv = new CSVPrinter(writer, SpreadsheetCells.csvFormat(language));
        boolean first = true;
        // What the report is about comes first, filters named: a narrowed report's file is not the whole one's.
        csv.printRecord(SpreadsheetCells.neutralised(report.aboutNothing() ? aboutNothing(report, language)
                : aboutThis(report, language)));
        csv.println();
        for (Table table : tables(report, language)) {
            if (!first) {
                csv.println();
            }
            first = false;
            csv.printRecord(SpreadsheetCells.neutralised(table.title()));
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(cell -> SpreadsheetCells.csvText(cell, language)).toList());
            }
        }
        csv.flush();
    }

    public static void writeXlsx(FunnelReport report, Locale language, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Tremplin", "1.0");
        List<String> sheetNames = new ArrayList<>();
        boolean first = true;
        for (Table table : tables(report, language)) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), sheetNames));
            int top = 0;
            if (first) {
                // What the report is about, filters named (above the zeros, said so, as the page and the mail say it).
                SpreadsheetCells.writeRow(sheet, top++, List.of(report.aboutNothing()
                        ? aboutNothing(report, language) : aboutThis(report, language)));
            }
            first = false;
            // The whole title first: a sheet's name holds 31 characters, too few to tell one centre's from another's.
            SpreadsheetCells.writeRow(sheet, top, List.of(table.title()));
            for (int r = 0; r < table.rows().size(); r++) {
                SpreadsheetCells.writeRow(sheet, top + r + 1, table.rows().get(r));
            }
            sheet.finish();
        }
        workbook.finish();
    }

    /** That nothing matches the report, and the question it asked: a file of zeros says why. */
    static String aboutNothing(FunnelReport report, Locale language) {
        return Messages.get(language, "report.aboutNothing") + " " + report.question(language);
    }

    /** The leads the report is about: "Prospects connus du … au …, en date du … · Pays = Sénégal". */
    static String aboutThis(FunnelReport report, Locale language) {
        return Messages.get(language, "report.aboutThis") + " " + report.question(language);
    }

    /** The report's tables, as the page shows them. */
    static List<Table> tables(FunnelReport report, Locale language) {
        List<Table> tables = new ArrayList<>();
        for (CentreFunnel funnel : report.funnels()) {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of(m(language, "report.stage"), m(language, "report.reached"),
                    m(language, "report.fromPrevious"), m(language, "report.fromNew"), m(language, "report.standing"),
                    m(language, "report.yearBefore")));
            for (StageFigure figure : funnel.stages()) {
                rows.add(row(m(language, figure.stage().messageKey()), figure.reached(), rounded(figure.fromPrevious()),
                        rounded(figure.fromNew()), figure.standing(), figure.yearBefore()));
            }
            funnel.lost().forEach(reason -> rows.add(row(m(language, LeadStage.LOST.messageKey()) + " — "
                    + reason.reason(), null, null, null, reason.leads(), null)));
            tables.add(new Table(m(language, "report.funnel") + " — " + funnel.centreName(), rows));
        }
        List<List<Object>> weeks = new ArrayList<>();
        weeks.add(List.of(m(language, "report.week"), m(language, "report.newLeads"), m(language, "report.applied")));
        for (WeekTrend week : report.weeks()) {
            // Days as days: a date cell in a workbook (sorted and filtered as one), 2027-03-15 in a CSV.
            weeks.add(List.of(week.monday(), week.newLeads(), week.applied()));
        }
        tables.add(new Table(m(language, "report.weeks"), weeks));
        if (report.breakdown() != null) {
            List<List<Object>> rows = new ArrayList<>();
            List<Object> header = new ArrayList<>();
            header.add(m(language, report.breakdown().dimension().messageKey()));
            FunnelReport.WAY.forEach(stage -> header.add(m(language, stage.messageKey())));
            rows.add(header);
            for (BreakdownRow row : report.breakdown().rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(row.label());
                cells.addAll(row.reached());
                rows.add(cells);
            }
            tables.add(new Table(m(language, "report.breakdownBy") + " "
                    + m(language, report.breakdown().dimension().messageKey()), rows));
        }
        List<List<Object>> times = new ArrayList<>();
        times.add(List.of(m(language, "report.stage"), m(language, "report.stays"), m(language, "report.medianDays"),
                m(language, "report.p90Days")));
        for (StageTime time : report.stageTimes()) {
            times.add(row(m(language, time.stage().messageKey()), time.stays(), time.medianDays(), time.p90Days()));
        }
        tables.add(new Table(m(language, "report.timeInStage"), times));
        FirstContact contact = report.firstContact();
        tables.add(new Table(m(language, "report.firstContact"), List.of(
                row(m(language, "report.requests"), contact.requests()),
                row(m(language, "report.inTime"), contact.inTime()),
                row(m(language, "report.inTimeShare"), rounded(contact.inTimeShare())),
                row(m(language, "report.late"), contact.late()),
                row(m(language, "report.overdue"), contact.overdue()),
                row(m(language, "report.waiting"), contact.waiting()),
                row(m(language, "report.medianHours"), contact.medianHours()),
                row(m(language, "report.p90Hours"), contact.p90Hours()))));
        List<List<Object>> events = new ArrayList<>();
        events.add(List.of(m(language, "report.event"), m(language, "report.date"), m(language, "report.registrations"),
                m(language, "report.attended"), m(language, "report.newLeads"), m(language, "report.applied"),
                m(language, "pipeline.stage.ADMITTED"), m(language, "pipeline.stage.ENROLLED"),
                m(language, "report.cost"), m(language, "report.costPerLead"), m(language, "report.costPerEnrolment")));
        for (EventResult event : report.events()) {
            // The day it was held where it was held: an evening event in Québec is not on the next day (UTC).
            events.add(row(event.title(), event.heldOn(), event.registrations(),
                    event.attended(), event.newLeads(), event.applied(), event.admitted(), event.enrolled(),
                    event.cost(), event.costPerNewLead(), event.costPerEnrolment()));
        }
        tables.add(new Table(m(language, "report.events"), events));
        return tables;
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        java.util.Collections.addAll(row, cells);
        return row;
    }

    /**
     * A share out of 100 to one decimal, halves up (1 of 16: 6.3), as the report's page shows it and as its files
     * and e-mails write it: from the share's shortest decimal form, so that 6.25 is a half and not 6.2499999.
     */
    static Double rounded(Double percent) {
        return percent == null ? null
                : java.math.BigDecimal.valueOf(percent).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** Excel's sheet names: 31 characters at most, none of {@code []:*?/\}, each once. */
    static String sheetName(String title, List<String> taken) {
        // "CSS" (in English "SSC"), as Québec writes a school service centre's name short: "Entonnoir — CSS du Fjord"
        // fits, where the whole name left every centre's sheet "Entonnoir — Centre de…".
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replace("Centre de services scolaire", "CSS")
                .replace("School Service Centre", "SSC");
        String unique = fitted(name, LONGEST_SHEET_NAME);
        for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) {
            String number = " " + n;
            unique = fitted(name, LONGEST_SHEET_NAME - number.length()) + number;
        }
        taken.add(unique.toLowerCase(Locale.ROOT));
        return unique;
    }

    /** Excel's limit on a sheet's name. */
    private static final int LONGEST_SHEET_NAME = 31;

    /** The name whole if it fits, else cut at a word's end with an ellipsis, not in a word's middle ("Centre de servic"). */
    private static String fitted(String name, int longest) {
        if (name.length() <= longest) {
            return name;
        }
        String cut = name.substring(0, longest - 1);
        int end = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('-'));
        return (end > 12 ? cut.substring(0, end) : cut).replaceAll("[\\s—–(-]+$", "") + "…";
    }

    private static String m(Locale language, String key) {
        return Messages.get(language, key);
    }
}
