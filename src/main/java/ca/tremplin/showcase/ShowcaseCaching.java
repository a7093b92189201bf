package ca.tremplin.showcase;

import ca.tremplin.web.PublicPageCaching;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What a cache may keep of the showcase's pages (web.xml maps it before {@link ShowcaseAddressFilter}), by the rule of
 * every public page ({@link PublicPageCaching}); the photos say their own ({@link ShowcasePhotoServlet}).
 *
 * <p>The gallery and the profiles ({@code /fr/vitrine…}, {@code /en/showcase…}) only show: {@value PublicPageCaching#SHOWN}
 * to a visitor, {@value PublicPageCaching#KEPT_BY_NOBODY} to someone signed in. A profile withdrawn, refused or reported
 * is off every page as soon as its change commits, and a browser asks again each time it shows one, so nobody sees it
 * there after that; it may keep the page for the Back button meanwhile. Never a shared cache: it would go on showing a
 * withdrawn profile to everyone and take the views the profile's audience counts. No validator either: a profile's
 * page also lists its program's open offers, which change on their own — an answer always rendered costs what a 304
 * would.
 *
 * <p>The person's, the guardian's and the posting pages ({@code /vitrine-profil.xhtml}, {@code /vitrine-tuteur.xhtml},
 * {@code /vitrine-publier.xhtml}, opened by a private link): {@value PublicPageCaching#KEPT_BY_NOBODY}, since they show
 * what the person gave — a profile not yet public, a guardian's name and address — to whoever holds the link, and a
 * browser shared by a family or a class must not keep them.
 *
 * <p>An error's answer (404, 410) keeps {@code no-store}, which {@code web.ErrorStatusFilter} sets over these.
 */
public class ShowcaseCaching extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isOpenedByAPrivateLink(request.getRequestURI().substring(request.getContextPath().length()))) {
            PublicPageCaching.keptByNobody(response);
        } else {
            PublicPageCaching.shown(request, response);
        }
        chain.doFilter(request, response);
    }

    /** Whether an address of the showcase (those web.xml maps here) is a page a private link opens. */
    static boolean isOpenedByAPrivateLink(String path) {
        return path.startsWith("/vitrine-");
    }
}
