package ca.tremplin.web;

import ca.tremplin.kernel.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The back office's downloads of people's data (the lead list's export, a person's data, a CV, a document) are GETs
 * that record in the access log who took what. A page or a mail of another site could link to them: the browser of a
 * signed-in member of staff who follows the link sends the session cookie ({@code SameSite=Lax} lets top-level GETs
 * through) and the log would say they exported people they never chose. Such a download is refused (403, a sentence in
 * the user's language) when the browser says it was asked from another site ({@code Sec-Fetch-Site: cross-site}), or
 * when the page named by {@code Origin} or {@code Referer} is not one of this site. A request that says neither (a
 * link opened by hand, a staff script) passes, as the staff API's check does.
 */
@WebFilter({"/admin/leads-export", "/admin/personal-data/*", "/admin/cv/*", "/admin/documents/*"})
public class CrossSiteDownloadFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LanguagePreference language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!askedFromAnotherSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin") != null
                || request.getHeader("Referer") != null, StaffOriginFilter.comesFromThisSite(request)
                || StaffOriginFilter.namesThisHost(request))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Messages.get(language.getLocale(), "download.crossSite"));
    }

    /**
     * Whether a download was asked from another site's page: the browser's own word ({@code Sec-Fetch-Site}) first;
     * else a page named (Origin or Referer) that is not of this site.
     */
    static boolean askedFromAnotherSite(String fetchSite, boolean pageNamed, boolean pageOfThisSite) {
        if (fetchSite != null) {
            return "cross-site".equalsIgnoreCase(fetchSite.strip());
        }
        return pageNamed && !pageOfThisSite;
    }
}
