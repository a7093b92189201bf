package ca.tremplin.incident;

import ca.tremplin.web.ExportFormat;
import ca.tremplin.web.LanguagePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in tenant's register as a file: {@code /admin/incidents-export?format=csv|xlsx}. Only the tenant's own
 * incidents are read (the tenant filter); a recruiter is refused (403), an unknown format answers 400 in the reader's
 * language.
 */
@WebServlet("/admin/incidents-export")
public class IncidentExportServlet extends HttpServlet {

    @Inject
    IncidentRegister register;

    @Inject
    LanguagePreference language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = ExportFormat.read(request, response, language.getLocale());
        if (format.isEmpty()) {
            return;
        }
        List<ConfidentialityIncident> incidents = register.list();
        Map<Long, String> staff = register.staffNames();
        String name = "tremplin-incidents-" + LocalDate.now(IncidentRegister.QUEBEC) + "." + format.get().extension();
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(format.get().contentType());
        if (format.get() == ExportFormat.CSV) {
            IncidentRegisterFile.writeCsv(incidents, staff, language.getLocale(), response.getOutputStream());
        } else {
            IncidentRegisterFile.writeXlsx(incidents, staff, language.getLocale(), response.getOutputStream());
        }
    }
}
