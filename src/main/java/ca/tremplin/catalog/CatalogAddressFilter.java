package ca.tremplin.catalog;

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
 * Maps the public site's clean, language-twinned addresses to its pages: {@code /fr/programmes} and
 * {@code /en/programs} to the catalogue, {@code /fr/programmes/{centre}/{program}} (and its English twin) to a
 * program, {@code /fr/offres} and {@code /en/offers} to the offer board and {@code /fr/offres/{centre}/{offer}}
 * to an offer. The language of the address is the language of the page. Each of these pages, the homes {@code /fr} and
 * {@code /en} included, says what a cache may keep of it ({@link PublicPageCaching#shown}); the root's home says it
 * through {@code web.HomePageCaching}.
 */
public class CatalogAddressFilter extends HttpFilter {

    private static final String ADDRESS_LANGUAGE = LanguagePreference.ADDRESS_LANGUAGE;
    public static final String TENANT_SLUG = "tremplin.tenantSlug";
    public static final String ITEM_SLUG = "tremplin.itemSlug";

    private static final Pattern CATALOGUE = Pattern.compile("/(fr)/programmes/?|/(en)/programs/?");
    private static final Pattern PROGRAM =
            Pattern.compile("/(?:(fr)/programmes|(en)/programs)/([a-z0-9-]{1,60})/([a-z0-9-]{1,200})/?");
    private static final Pattern SCHOOL_BOARD =
            Pattern.compile("/(?:(fr)/centres-de-services|(en)/school-service-centres)/([a-z0-9-]{1,60})/?");
    /** A language's root ("/en", "/fr"): the home page in that language, an address of its own to link and list. */
    private static final Pattern LANGUAGE_ROOT = Pattern.compile("/(fr|en)");
    private static final Pattern OFFER_BOARD = Pattern.compile("/(fr)/offres/?|/(en)/offers/?");
    private static final Pattern OFFER =
            Pattern.compile("/(?:(fr)/offres|(en)/offers)/([a-z0-9-]{1,60})/([a-z0-9-]{1,200})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher root = LANGUAGE_ROOT.matcher(path);
        if (root.matches()) {
            request.setAttribute(ADDRESS_LANGUAGE, root.group(1));
            PublicPageCaching.shown(request, response);
            request.getRequestDispatcher("/index.xhtml").forward(request, response);
            return;
        }
        Matcher catalogue = CATALOGUE.matcher(path);
        if (catalogue.matches()) {
            request.setAttribute(ADDRESS_LANGUAGE, catalogue.group(1) != null ? "fr" : "en");
            PublicPageCaching.shown(request, response);
            request.getRequestDispatcher("/WEB-INF/catalog/search.xhtml").forward(request, response);
            return;
        }
        Matcher program = PROGRAM.matcher(path);
        if (program.matches()) {
            request.setAttribute(ADDRESS_LANGUAGE, program.group(1) != null ? "fr" : "en");
            request.setAttribute(TENANT_SLUG, program.group(3));
            request.setAttribute(ITEM_SLUG, program.group(4));
            PublicPageCaching.shown(request, response);
            request.getRequestDispatcher("/WEB-INF/catalog/program.xhtml").forward(request, response);
            return;
        }
        Matcher schoolBoard = SCHOOL_BOARD.matcher(path);
        if (schoolBoard.matches()) {
            request.setAttribute(ADDRESS_LANGUAGE, schoolBoard.group(1) != null ? "fr" : "en");
            request.setAttribute(TENANT_SLUG, schoolBoard.group(3));
            PublicPageCaching.shown(request, response);
            request.getRequestDispatcher("/WEB-INF/catalog/school-board.xhtml").forward(request, response);
            return;
        }
        Matcher board = OFFER_BOARD.matcher(path);
        if (board.matches()) {
            request.setAttribute(ADDRESS_LANGUAGE, board.group(1) != null ? "fr" : "en");
            PublicPageCaching.shown(request, response);
            request.getRequestDispatcher("/WEB-INF/offer/board.xhtml").forward(request, response);
            return;
        }
        Matcher offer = OFFER.matcher(path);
        if (offer.matches()) {
            request.setAttribute(ADDRESS_LANGUAGE, offer.group(1) != null ? "fr" : "en");
            request.setAttribute(TENANT_SLUG, offer.group(3));
            request.setAttribute(ITEM_SLUG, offer.group(4));
            PublicPageCaching.shown(request, response);
            request.getRequestDispatcher("/WEB-INF/offer/offer.xhtml").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
