package ca.tremplin.event;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * "Add to calendar": an event's .ics file, reached through {@link EventAddressFilter} at
 * {@code /fr/evenements/42.ics}. A draft or unknown event answers 404; an event of a centre closed since, 410 and the
 * "no longer available" page ({@link ca.tremplin.kernel.GoneException}, which {@code web.ErrorStatusFilter} answers).
 */
@WebServlet(EventCalendarServlet.PATH)
public class EventCalendarServlet extends HttpServlet {

    static final String PATH = "/event-calendar";

    @Inject
    PublicEvents events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object id = request.getAttribute(EventAddressFilter.EVENT_ID);
        if (!(id instanceof Long eventId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = Languages.fromTag(String.valueOf(request.getAttribute(
                ca.tremplin.web.LanguagePreference.ADDRESS_LANGUAGE)));
        byte[] file;
        try {
            file = events.calendarFile(eventId, locale);
        } catch (NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(EventCalendarFile.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"event-" + eventId + ".ics\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
