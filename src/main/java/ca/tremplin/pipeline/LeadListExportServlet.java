package ca.tremplin.pipeline;

import ca.tremplin.kernel.Messages;
import ca.tremplin.web.LanguagePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

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
        String format = String.valueOf(request.getParameter("format")).toUpperCase(Locale.ROOT);
        if (!format.equals("CSV") && !format.equals("XLSX")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(Messages.get(language.getLocale(), "report.unknownFormat",
                    request.getParameter("format")));
            return;
        }
        java.util.List<String> unread = LeadFilter.unreadable(request.getQueryString());
        if (!unread.isEmpty()) {
            // Left out, the filter would export every lead of the centre instead of the few asked for.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(Messages.get(language.getLocale(), "leads.export.unreadableFilter",
                    String.join(", ", unread)));
            return;
        }
        LeadFilter filter = LeadFilter.parse(request.getQueryString());
        response.setHeader("Content-Disposition", "attachment; filename=\"tremplin-leads-" + LocalDate.now() + "."
                + format.toLowerCase(Locale.ROOT) + "\"");
        response.setContentType(format.equals("CSV") ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        export.write(filter, LeadListExport.Format.valueOf(format), language.getLocale(), response.getOutputStream());
    }
}
