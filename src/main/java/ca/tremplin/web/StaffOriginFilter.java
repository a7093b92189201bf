package ca.tremplin.web;

import ca.tremplin.kernel.PublicAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The staff JSON endpoints ({@code /api/staff/*}) write with the session's cookie and no Faces view state, so a
 * page of another site could make a signed-in recruiter's browser post to them. {@code SameSite=Lax} keeps the
 * cookie off such posts in today's browsers; this is the check that does not depend on it: a request that changes
 * something must come from a page of this site, as its {@code Origin} (or, without one, its {@code Referer}) says.
 * A request that carries neither is not a browser's cross-site request (browsers send {@code Origin} on every
 * cross-origin POST) and passes: staff scripts that import attendee lists send none. Refused: 403 with a problem
 * document in the caller's language.
 */
public class StaffOriginFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || comesFromThisSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDocument.write(response, HttpServletResponse.SC_FORBIDDEN,
                RequestSizeFilter.languageOf(request.getHeader("Accept-Language")), "api.problem.crossSite.title",
                "api.problem.crossSite.detail");
    }

    /**
     * Whether a request was sent by a page of this site, as its Origin (or Referer) says; one that carries neither is
     * no browser's cross-site post. For the few anonymous forms whose one post changes what others see (visitors'
     * reports take a showcase profile down, three of them enough), which a page of another site could otherwise send
     * from its visitors' browsers.
     */
    public static boolean comesFromThisSite(HttpServletRequest request) {
        return isSameSite(request.getHeader("Origin"), request.getHeader("Referer"), ownOrigin(request),
                originOf(PublicAddress.of("/")));
    }

    /**
     * Whether a request comes from this site: its Origin, else its Referer's origin, is the origin the request was
     * addressed to or the installation's public one; neither header given counts as not a browser's cross-site post.
     */
    static boolean isSameSite(String origin, String referer, String ownOrigin, String publicOrigin) {
        String claimed = origin != null && !origin.isBlank() ? originOf(origin)
                : referer != null && !referer.isBlank() ? originOf(referer) : null;
        if (claimed == null) {
            return origin == null && referer == null;
        }
        return claimed.equals(ownOrigin) || claimed.equals(publicOrigin);
    }

    /** scheme://host[:port], lower-case, without the default port; {@code null} when unreadable ("null" included). */
    static String originOf(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * Whether the page a request says it was sent from ({@code Origin}, else {@code Referer}) is on the host the
     * request was addressed to, whatever the scheme and port: behind a proxy that ends TLS and keeps the Host header,
     * a page of {@code https://host} posts to a server that sees {@code http://host:8080}. No other site's page can
     * claim this host. False when neither header names one.
     */
    public static boolean namesThisHost(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String claimed = origin != null && !origin.isBlank() ? originOf(origin)
                : request.getHeader("Referer") == null ? null : originOf(request.getHeader("Referer"));
        if (claimed == null) {
            return false;
        }
        String host = URI.create(claimed).getHost();
        return host != null && host.equalsIgnoreCase(request.getServerName());
    }

    private static String ownOrigin(HttpServletRequest request) {
        return originOf(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }
}
