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
 * On the public pages ({@code /fr/*}, {@code /en/*}): a page opened through a tracked link is counted, and the touch
 * joins those the visitor's browser carries (first kept, last replaced) in the first-party cookie
 * {@link CampaignTouches#COOKIE}. No script and no third party are involved. Counting never stands between a visitor
 * and the page: if it fails, the page is served and the failure logged.
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
        if ("GET".equals(request.getMethod()) && content != null
                && !ca.tremplin.web.AutomatedVisits.isAutomated(request)) {
            try {
                String page = request.getRequestURI().substring(request.getContextPath().length());
                Optional<CampaignTouch> touch = visits.visit(request.getParameter("utm_campaign"), content, page);
                touch.ifPresent(visit -> CampaignTouches.of(request).after(visit).keep(request, response));
            } catch (RuntimeException notCounted) {
                LOG.log(Level.WARNING, "A visit through a tracked link was not counted", notCounted);
            }
        }
        chain.doFilter(request, response);
    }
}
