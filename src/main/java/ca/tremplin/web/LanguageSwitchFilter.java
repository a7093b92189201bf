package ca.tremplin.web;

import ca.tremplin.kernel.Languages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Applies a language choice. The language links on every page are
 * plain GET links carrying {@code lang=fr} or {@code lang=en} (they work without JavaScript and from the
 * keyboard); this filter records the choice in a cookie (and in the signed-in person's account) and redirects
 * to the same address without the parameter, where {@link LanguagePreference} reads it.
 */
public class LanguageSwitchFilter extends HttpFilter {

    static final String COOKIE = "tremplin_lang";
    static final String PARAMETER = "lang";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;
    private static final java.util.regex.Pattern LEADING_SLASHES = java.util.regex.Pattern.compile("^[/\\\\]+");

    @Inject
    AccountLanguage accountPreferences;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = "GET".equals(request.getMethod()) && !isApi(request) ? request.getParameter(PARAMETER)
                : null;
        if (requested != null) {
            Locale chosen = Languages.fromTag(requested);
            accountPreferences.rememberLanguageOfSignedInUser(chosen);
            response.addCookie(languageCookie(request, chosen));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", addressWithout(request));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The JSON API takes its language from Accept-Language: it never redirects a call or sets a cookie. */
    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static java.util.Optional<Locale> cookieLanguage(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return java.util.Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return java.util.Optional.of(Languages.fromTag(cookie.getValue()));
            }
        }
        return java.util.Optional.empty();
    }

    private static Cookie languageCookie(HttpServletRequest request, Locale chosen) {
        Cookie cookie = new Cookie(COOKIE, Languages.code(chosen));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** The same address, with every query parameter but {@code lang}. */
    static String addressWithout(HttpServletRequest request) {
        return addressWithout(request.getRequestURI(), request.getQueryString());
    }

    /**
     * The path and query without {@code lang}, always a path of this site: a path that begins with two slashes, or
     * a slash and a backslash, would send the browser to another site ({@code //other-site.example/}), so its
     * leading slashes become one.
     */
    static String addressWithout(String path, String query) {
        StringBuilder address = new StringBuilder(LEADING_SLASHES.matcher(path).replaceFirst("/"));
        if (query != null) {
            StringBuilder kept = new StringBuilder();
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "=")) {
                    kept.append(kept.length() == 0 ? "" : "&").append(pair);
                }
            }
            if (kept.length() > 0) {
                address.append('?').append(kept);
            }
        }
        return address.toString();
    }
}
