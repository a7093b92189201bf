package ca.tremplin.leadimport;

import ca.tremplin.kernel.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of an import that failed, as CSV (UTF-8 with a byte-order mark, so that Excel reads accents):
 * line in the file, reason, what the row held. {@code /admin/import-failures.csv?id=}.
 */
@WebServlet("/admin/import-failures.csv")
public class ImportFailuresServlet extends HttpServlet {

    @Inject
    LeadImportService imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException unreadable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        java.util.List<LeadImportFailure> failures;
        try {
            failures = imports.failures(id);
        } catch (NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-failures.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("line", "reason", "row").get())) {
            for (LeadImportFailure failure : failures) {
                csv.printRecord(failure.getLineNumber(), failure.getReason(), failure.getRawRow());
            }
        }
    }
}
