package ca.tremplin.pipeline;

import ca.tremplin.kernel.Messages;
import ca.tremplin.web.ExportFormat;
import ca.tremplin.web.LanguagePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The lead list as a file: {@code /admin/leads-export?format=csv|xlsx&...} with the list's own filters. Every person in
 * it is recorded in the access log as exported by the member of staff who asked.
 */
@WebServlet("/admin/leads-export")
public class LeadListExportServlet extends HttpServlet {

    @Inject
    LeadListExport export;

    @Inject
    LanguagePreference language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = ExportFormat.read(request, response, language.getLocale());
        if (format.isEmpty()) {
            return;
        }
        java.util.List<String> unread = LeadFilter.unreadable(request.getQueryString());
        if (!unread.isEmpty()) {
            // Left out, the filter would export every lead of the centre instead of the few asked for.
            ExportFormat.refuse(response, Messages.get(language.getLocale(), "leads.export.unreadableFilter",
                    String.join(", ", unread)));
            return;
        }
        LeadFilter filter = LeadFilter.parse(request.getQueryString());
        // Named by the day in Québec, as the other exports are: in the Québec evening, UTC is already tomorrow.
        response.setHeader("Content-Disposition", "attachment; filename=\"tremplin-leads-"
                + LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE) + "." + format.get().extension() + "\"");
        response.setContentType(format.get().contentType());
        export.write(filter, LeadListExport.Format.valueOf(format.get().name()), language.getLocale(),
                response.getOutputStream());
    }
}
