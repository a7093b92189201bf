package ca.tremplin.event;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The QR code of an event of the signed-in staff member's centre ({@code /admin/event-qr.png?id=42&language=en}:
 * the link's language; not {@code lang}, the language switch's, which the poster's image would set for its reader),
 * for its printable poster. Another centre's event is not found.
 */
@WebServlet("/admin/event-qr.png")
public class EventQrCodeServlet extends HttpServlet {

    @Inject
    EventService events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException unreadable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Event event;
        try {
            event = events.find(id);
        } catch (NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ca.tremplin.kernel.QrCodes.send(response, EventQrCode.registrationAddress(event,
                Languages.fromTag(request.getParameter("language"))), 600);
    }
}
