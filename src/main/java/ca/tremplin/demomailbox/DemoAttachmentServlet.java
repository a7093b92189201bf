package ca.tremplin.demomailbox;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.MailAttachment;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /demo/mailbox/attachment/{id}}: the file sent with a message of the demo's mailbox (an event's .ics),
 * always as a download with the type it was sent with, never rendered inline.
 */
@WebServlet("/demo/mailbox/attachment/*")
public class DemoAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DemoMailbox mailbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MailAttachment file = mailbox.attachment(idIn(request));
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }

    private static long idIn(HttpServletRequest request) {
        try {
            return Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException("attachment " + request.getPathInfo());
        }
    }
}
