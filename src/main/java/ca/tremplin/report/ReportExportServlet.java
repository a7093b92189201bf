package ca.tremplin.report;

import ca.tremplin.web.ExportFormat;
import ca.tremplin.web.LanguagePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A report as a file: {@code /admin/report-export?format=csv|xlsx&...} with the report page's own parameters. An
 * address that cannot be read answers 400 with what is wrong, in the reader's language.
 */
@WebServlet("/admin/report-export")
public class ReportExportServlet extends HttpServlet {

    @Inject
    FunnelReports reports;

    @Inject
    LanguagePreference language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportAddress.Reading reading = reports.read(request.getParameterMap());
        if (!reading.readable()) {
            ExportFormat.refuse(response, reading.problems().stream()
                    .map(problem -> problem.message(language.getLocale()))
                    .collect(Collectors.joining("\n")));
            return;
        }
        Optional<ExportFormat> format = ExportFormat.read(request, response, language.getLocale());
        if (format.isEmpty()) {
            return;
        }
        FunnelReport report = reports.report(reading.query(), language.getLocale());
        String name = "tremplin-report-" + reading.query().from() + "-" + reading.query().to() + "."
                + format.get().extension();
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentType(format.get().contentType());
        if (format.get() == ExportFormat.CSV) {
            ReportFiles.writeCsv(report, language.getLocale(), response.getOutputStream());
        } else {
            ReportFiles.writeXlsx(report, language.getLocale(), response.getOutputStream());
        }
    }
}
