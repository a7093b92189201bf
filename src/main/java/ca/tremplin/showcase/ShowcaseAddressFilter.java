package ca.tremplin.showcase;

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
 * Maps the showcase's public addresses to its views: {@code /fr/vitrine} and {@code /en/showcase} (the gallery), and
 * {@code /fr/vitrine/12-amina} (one profile). The address's language is the page's.
 */
public class ShowcaseAddressFilter extends HttpFilter {

    public static final String PROFILE_ID = "ca.tremplin.showcase.id";

    private static final Pattern GALLERY = Pattern.compile("/(?:(fr)/vitrine|(en)/showcase)/?");
    private static final Pattern PROFILE = Pattern.compile("/(?:(fr)/vitrine|(en)/showcase)/(\\d{1,18})(-[a-z0-9-]{0,80})?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher gallery = GALLERY.matcher(path);
        Matcher profile = PROFILE.matcher(path);
        if (gallery.matches()) {
            request.setAttribute(LanguagePreference.ADDRESS_LANGUAGE, gallery.group(1) != null ? "fr" : "en");
            request.getRequestDispatcher("/WEB-INF/showcase/gallery.xhtml").forward(request, response);
        } else if (profile.matches()) {
            request.setAttribute(LanguagePreference.ADDRESS_LANGUAGE, profile.group(1) != null ? "fr" : "en");
            request.setAttribute(PROFILE_ID, Long.valueOf(profile.group(3)));
            request.getRequestDispatcher("/WEB-INF/showcase/profile.xhtml").forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
