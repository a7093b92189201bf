package ca.tremplin.catalog;

import ca.tremplin.web.LanguagePreference;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the catalogue's clean, language-twinned addresses to its pages: {@code /fr/programmes} and
 * {@code /en/programs} to the search, {@code /fr/programmes/{centre}/{program}} (and its English twin) to a
 * program. The language of the address is the language of the page.
 */
public class CatalogAddressFilter extends HttpFilter {

    private static final String ADDRESS_LANGUAGE = LanguagePreference.ADDRESS_LANGUAGE;
    public static final String TENANT_SLUG = "tremplin.tenantSlug";
    public static final String PROGRAM_SLUG = "tremplin.programSlug";

    private static final Pattern CATALOGUE = Pattern.compile("/(fr)/programmes/?|/(en)/programs/?");
    private static final Pattern PROGRAM =
            Pattern.compile("/(?:(fr)/programmes|(en)/programs)/([a-z0-9-]{1,60})/([a-z0-9-]{1,200})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher catalogue = CATALOGUE.matcher(path);
        if (catalogue.matches()) {
            request.setAttribute(ADDRESS_LANGUAGE, catalogue.group(1) != null ? "fr" : "en");
            request.getRequestDispatcher("/WEB-INF/catalog/search.xhtml").forward(request, response);
            return;
        }
        Matcher program = PROGRAM.matcher(path);
        if (program.matches()) {
            request.setAttribute(ADDRESS_LANGUAGE, program.group(1) != null ? "fr" : "en");
            request.setAttribute(TENANT_SLUG, program.group(3));
            request.setAttribute(PROGRAM_SLUG, program.group(4));
            request.getRequestDispatcher("/WEB-INF/catalog/program.xhtml").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
