package ca.tremplin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request is a person's visit, for the aggregate counters (a showcase profile's views and clicks, visits
 * through a campaign's links): a HEAD asks for headers only, and search engines, link previews (a profile shared in a
 * messaging app is fetched by that app's server) and command-line tools name themselves in their User-Agent. Counted,
 * they would make a centre's figures say what machines did. Nothing about the visitor is kept either way.
 */
public final class AutomatedVisits {

    /** The words that crawlers, preview fetchers and tools put in their User-Agent, as their documentation gives it. */
    private static final Pattern AUTOMATED = Pattern.compile("bot\\b|bot/|crawl|spider|slurp|facebookexternalhit"
            + "|facebookcatalog|embedly|preview|whatsapp/|skypeuripreview|curl/|wget/|python-requests"
            + "|httpie|go-http-client|okhttp|libwww|scrapy|headlesschrome.*lighthouse|pingdom|uptimerobot");

    private AutomatedVisits() {
    }

    public static boolean isAutomated(HttpServletRequest request) {
        return "HEAD".equals(request.getMethod()) || isAutomated(request.getHeader("User-Agent"));
    }

    static boolean isAutomated(String userAgent) {
        return userAgent != null && AUTOMATED.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
