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
 * request's link (else 404); {@code /admin/personal-data/{leadId}}: the same export for staff of the lead's centre;
 * {@code /admin/personal-data/showcase/{profileId}}: for staff of the profile's centre, the export of an apprentice it
 * knows only by their showcase profile.
 */
@WebServlet({"/acces/donnees", "/admin/personal-data/*"})
public class AccessDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The path of an apprentice's export, before the profile's number. */
    static final String SHOWCASE = "/showcase/";

    @Inject
    transient AccessRequests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        AccessRequests.Download file = !request.getServletPath().startsWith("/admin/")
                ? requests.download(request.getParameter("token"), id(request.getParameter("part")),
                        request.getRemoteAddr())
                : path.startsWith(SHOWCASE) ? requests.staffExportOfApprentice(id(path.substring(SHOWCASE.length())))
                : requests.staffExport(id(path.isEmpty() ? "" : path.substring(1)));
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
