package ca.tremplin.event;

import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PublicPageCaching;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the public event addresses to their views: {@code /fr/evenements} and {@code /en/events} (the upcoming
 * events), {@code /fr/evenements/42-salon-de-paris} (one event and its registration form; the form posts back
 * to the same address; any other words after its id lead there, {@link EventPublicPage}) and
 * {@code /fr/evenements/42.ics} (its calendar file). The address's language is the page's. The list and the event's
 * page say what a cache may keep of them ({@link PublicPageCaching}).
 */
public class EventAddressFilter extends HttpFilter {

    /** Request attribute: the id read from the address. */
    public static final String EVENT_ID = "ca.tremplin.event.id";

    /** Request attribute: an event page's last segment as the address wrote it ("42-salon-de-paris"). */
    public static final String EVENT_SEGMENT = "ca.tremplin.event.segment";

    private static final Pattern LIST = Pattern.compile("/(?:(fr)/evenements|(en)/events)/?");
    private static final Pattern PAGE = Pattern.compile("/(?:(fr)/evenements|(en)/events)/(\\d{1,18})(-[a-z0-9-]{0,80})?/?");
    private static final Pattern CALENDAR = Pattern.compile("/(?:(fr)/evenements|(en)/events)/(\\d{1,18})\\.ics");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher list = LIST.matcher(path);
        Matcher page = PAGE.matcher(path);
        Matcher calendar = CALENDAR.matcher(path);
        String view;
        Matcher matched;
        if (list.matches()) {
            view = "/WEB-INF/event/list.xhtml";
            matched = list;
            PublicPageCaching.shown(request, response);
        } else if (page.matches()) {
            view = "/WEB-INF/event/event.xhtml";
            matched = page;
            // Its registration form holds a view state and the submission's token: a copy shown again from a cache
            // would post them again, and a second registration would be answered with the first one's receipt.
            PublicPageCaching.keptByNobody(response);
        } else if (calendar.matches()) {
            view = EventCalendarServlet.PATH;
            matched = calendar;
        } else {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(LanguagePreference.ADDRESS_LANGUAGE, matched.group(1) != null ? "fr" : "en");
        if (matched != list) {
            request.setAttribute(EVENT_ID, Long.valueOf(matched.group(3)));
        }
        if (matched == page) {
            request.setAttribute(EVENT_SEGMENT, page.group(3) + (page.group(4) == null ? "" : page.group(4)));
        }
        request.getRequestDispatcher(view).forward(request, response);
    }
}
