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
        if (!tracked) {
            chain.doFilter(request, response);
            return;
        }
        // The touch goes into the cookie before the page is written (a header); the visit is counted as it is.
        try {
            Optional<CampaignTouch> touch = visits.touchOf(request.getParameter("utm_campaign"), content);
            touch.ifPresent(visit -> CampaignTouches.of(request).after(visit).keep(request, response));
        } catch (RuntimeException notRead) {
            LOG.log(Level.WARNING, "A tracked link's touch was not kept", notRead);
        }
        if (openedFromTheSameLink(request.getHeader("Referer"), request.getServerName(), content)) {
            // The language switch, and any page of ours whose links keep the address's query, keep the link's
            // parameters (the information form reads them): the visit was counted as the link was opened.
            chain.doFilter(request, response);
            return;
        }
        // Read now: a forward further down the chain changes what the request reports as its address.
        String page = request.getRequestURI().substring(request.getContextPath().length());
        String campaign = request.getParameter("utm_campaign");
        String address = request.getRemoteAddr();
        chain.doFilter(request, new CountedWhenServed(response, () -> {
            try {
                visits.count(campaign, content, page, address);
            } catch (RuntimeException notCounted) {
                LOG.log(Level.WARNING, "A visit through a tracked link was not counted", notCounted);
            }
        }));
    }

    /**
     * Whether the page was opened from one of our own pages that carried the same tracked link's {@code utm_content}
     * (the browser names it, our pages sending their whole address to our own): the visitor moving on within the
     * site, a visit already counted, not another opening of the link.
     */
    static boolean openedFromTheSameLink(String referer, String host, String utmContent) {
        if (referer == null || host == null || utmContent == null) {
            return false;
        }
        try {
            java.net.URI from = java.net.URI.create(referer.strip());
            if (from.getHost() == null || !from.getHost().equalsIgnoreCase(host) || from.getRawQuery() == null) {
                return false;
            }
            for (String parameter : from.getRawQuery().split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                if (nameAndValue.length == 2 && "utm_content".equals(nameAndValue[0])
                        && java.net.URLDecoder.decode(nameAndValue[1], java.nio.charset.StandardCharsets.UTF_8)
                                .strip().equalsIgnoreCase(utmContent.strip())) {
                    return true;
                }
            }
            return false;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /**
     * The response of a page opened through a tracked link: the visit is counted as the page starts to be written,
     * when its status is known and before the visitor has it (counted once the page was sent, a visitor — or a test —
     * reading the figures at once could find it not yet counted), and only if it is served: an error (an address made
     * up after a tracked link's parameters, a 404) or a redirect counts nothing.
     */
    static final class CountedWhenServed extends jakarta.servlet.http.HttpServletResponseWrapper {

        private final Runnable count;
        private boolean settled;

        CountedWhenServed(HttpServletResponse response, Runnable count) {
            super(response);
            this.count = count;
        }

        private void served() {
            if (!settled) {
                settled = true;
                if (getStatus() < 400) {
                    count.run();
                }
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            settled = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            settled = true;
            super.sendError(status, message);
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            served();
            return super.getWriter();
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            served();
            return super.getOutputStream();
        }

        /** A redirect is no page: the page it leads to counts, when the address it names keeps the link's words. */
        @Override
        public void sendRedirect(String location) throws IOException {
            settled = true;
            super.sendRedirect(location);
        }
    }
}
