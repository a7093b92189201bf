package ca.tremplin.report;

import ca.tremplin.kernel.Messages;
import ca.tremplin.web.LanguagePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        String format = String.valueOf(request.getParameter("format"));
        ReportAddress.Reading reading = reports.read(request.getParameterMap());
        if (!reading.readable() || !(format.equals("csv") || format.equals("xlsx"))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            String problems = reading.problems().stream()
                    .map(problem -> problem.message(language.getLocale()))
                    .collect(Collectors.joining("\n"));
            response.getWriter().write(problems.isEmpty()
                    ? Messages.get(language.getLocale(), "report.unknownFormat", format) : problems);
            return;
        }
        FunnelReport report = reports.report(reading.query(), language.getLocale());
        String name = "tremplin-report-" + reading.query().from() + "-" + reading.query().to() + "." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (format.equals("csv")) {
            response.setContentType("text/csv; charset=UTF-8");
            ReportFiles.writeCsv(report, language.getLocale(), response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ReportFiles.writeXlsx(report, language.getLocale(), response.getOutputStream());
        }
    }
}
