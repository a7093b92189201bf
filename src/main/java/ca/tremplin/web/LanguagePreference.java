package ca.tremplin.web;

import ca.tremplin.kernel.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of this request's page. French unless the visitor chose English: the choice lives in a
 * year-long cookie, and signed-in staff without that cookie get their account's language (see
 * {@link LanguageSwitchFilter} for the switch). Request-scoped on purpose: the language never depends on what a
 * session happens to hold, and public pages keep nothing in one for it.
 */
@Named
@RequestScoped
public class LanguagePreference {

    /** Request attribute naming the language of the address itself (/fr/..., /en/...), which wins. */
    public static final String ADDRESS_LANGUAGE = "tremplin.addressLanguage";

    @Inject
    HttpServletRequest request;

    @Inject
    AccountLanguage accountPreferences;

    private Locale locale;

    /** Resolved once per request, also for error pages that the container renders before any filter runs. */
    public Locale getLocale() {
        if (locale == null && request.getAttribute(ADDRESS_LANGUAGE) != null) {
            locale = Languages.fromTag((String) request.getAttribute(ADDRESS_LANGUAGE));
        }
        if (locale == null) {
            // A page not found under /en/ (or an error there) says so in English: the address's language holds
            // even when no section took the request.
            locale = addressPrefix().orElse(null);
        }
        if (locale == null) {
            // The account is consulted only for signed-in requests: asking anonymous ones would open a session.
            locale = LanguageSwitchFilter.cookieLanguage(request)
                    .or(() -> request.getUserPrincipal() == null ? java.util.Optional.empty()
                            : accountPreferences.languageOfSignedInUser())
                    .orElse(Languages.FRENCH);
        }
        return locale;
    }

    /** "fr" or "en", for the {@code lang} attribute of pages. */
    public String getLanguage() {
        return Languages.code(getLocale());
    }


    private java.util.Optional<Locale> addressPrefix() {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        }
        String uri = original != null ? original.toString() : request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        if (path.startsWith("/en/") || path.equals("/en")) {
            return java.util.Optional.of(Languages.ENGLISH);
        }
        return path.startsWith("/fr/") || path.equals("/fr") ? java.util.Optional.of(Languages.FRENCH)
                : java.util.Optional.empty();
    }
}
