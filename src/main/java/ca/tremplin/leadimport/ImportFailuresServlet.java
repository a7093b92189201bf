package ca.tremplin.leadimport;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.web.LanguagePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * The rows of an import that failed, as a file in the list's own layout to correct and import again
 * ({@link FailedRowsFile}). {@code /admin/import-failures.csv?id=}.
 */
@WebServlet("/admin/import-failures.csv")
public class ImportFailuresServlet extends HttpServlet {

    @Inject
    LeadImportService imports;

    @Inject
    LanguagePreference language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException unreadable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LeadImportService.FailedRows failed;
        try {
            failed = imports.failedRows(id, language.getLocale());
        } catch (NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Charset charset = FailedRowsFile.charset(failed.encoding());
        response.setContentType("text/csv; charset=" + charset.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-failures.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), charset);
        FailedRowsFile.write(out, charset, failed.delimiter(), FailedRowsFile.writtenDelimiter(failed.encoding(),
                failed.delimiter(), language.getLocale()), failed.headers(), failed.rows(), language.getLocale());
        out.flush();
    }
}
