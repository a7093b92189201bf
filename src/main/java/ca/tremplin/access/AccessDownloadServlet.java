package ca.tremplin.access;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /acces/donnees?token=…&part=…}: the person's data at one centre, as a zip, for the holder of a proven
 * request's link (else 404); {@code /admin/personal-data/{leadId}}: the same export for staff of the lead's centre.
 */
@WebServlet({"/acces/donnees", "/admin/personal-data/*"})
public class AccessDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccessRequests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccessRequests.Download file = request.getServletPath().startsWith("/admin/")
                ? requests.staffExport(id(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)))
                : requests.download(request.getParameter("token"), id(request.getParameter("part")),
                        request.getRemoteAddr());
        response.setContentType("application/zip");
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.content());
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text == null ? "" : text);
        } catch (NumberFormatException notAnId) {
            throw new ca.tremplin.kernel.NotFoundException("id " + text);
        }
    }
}
