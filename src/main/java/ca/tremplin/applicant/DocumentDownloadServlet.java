package ca.tremplin.applicant;

import ca.tremplin.kernel.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /admin/documents/{id}}: an applicant's document, for staff of its centre (under /admin, so signed-in staff
 * only; the lookup is tenant-filtered, so another centre's id answers 404). Always an attachment, never rendered
 * inline, with the type its content was checked to be.
 */
@WebServlet("/admin/documents/*")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentReviewService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, documents.download(idIn(request)));
    }

    /** The id at the end of the address; anything else is not found. */
    public static long idIn(HttpServletRequest request) {
        try {
            return Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException("file " + request.getPathInfo());
        }
    }

    /** Sends a stored file as an attachment with its checked type, never cached, never sniffed. */
    public static void send(HttpServletResponse response, DocumentReviewService.DocumentFile file) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.content());
    }
}
