package ca.tremplin.campaign;

import ca.tremplin.web.CampaignTouch;
import ca.tremplin.web.CampaignTouches;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On the public pages ({@code /fr/*}, {@code /en/*}): the touch of a tracked link joins those the visitor's browser
 * carries (first kept, last replaced) in the first-party cookie {@link CampaignTouches#COOKIE}, and the page, once
 * served (not a 404), is counted ({@link CampaignVisits#count}: at most so many an hour per address). No script and no
 * third party are involved. Counting never stands between a visitor and the page: if it fails, the page is served and
 * the failure logged.
 */
public class CampaignVisitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CampaignVisitFilter.class.getName());

    @Inject
    CampaignVisits visits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String content = request.getParameter("utm_content");
        boolean tracked = "GET".equals(request.getMethod()) && content != null
                && !ca.tremplin.web.AutomatedVisits.isAutomated(request);
        if (tracked) {
            // The touch goes into the cookie before the page is written (a header); the visit is counted after.
            try {
                Optional<CampaignTouch> touch = visits.touchOf(request.getParameter("utm_campaign"), content);
                touch.ifPresent(visit -> CampaignTouches.of(request).after(visit).keep(request, response));
            } catch (RuntimeException notRead) {
                LOG.log(Level.WARNING, "A tracked link's touch was not kept", notRead);
            }
        }
        // Read now: a forward further down the chain changes what the request reports as its address.
        String page = request.getRequestURI().substring(request.getContextPath().length());
        chain.doFilter(request, response);
        // Only a page that was served counts: an address made up after a tracked link's parameters names no page.
        if (tracked && response.getStatus() < 400) {
            try {
                visits.count(request.getParameter("utm_campaign"), content, page, request.getRemoteAddr());
            } catch (RuntimeException notCounted) {
                LOG.log(Level.WARNING, "A visit through a tracked link was not counted", notCounted);
            }
        }
    }
}
