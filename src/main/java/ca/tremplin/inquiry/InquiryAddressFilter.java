package ca.tremplin.inquiry;

import ca.tremplin.web.InquiryPaths;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PublicPageCaching;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Maps {@code /fr/information} and {@code /en/information} (with or without a final slash) to the form's view;
 * the address's language is the page's. The form posts back to the same address (OmniFaces' form keeps the
 * request URI and its query string), so this filter sees the postback too. No cache keeps the form
 * ({@link PublicPageCaching#keptByNobody}).
 */
public class InquiryAddressFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String language = switch (path) {
            case InquiryPaths.FRENCH_FORM -> "fr";
            case InquiryPaths.ENGLISH_FORM -> "en";
            default -> null;
        };
        if (language == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(LanguagePreference.ADDRESS_LANGUAGE, language);
        // The form carries its submission's token: a copy the Back button showed again would post a second request
        // with the first one's token, answered with the first receipt and recorded nowhere.
        PublicPageCaching.keptByNobody(response);
        request.getRequestDispatcher("/WEB-INF/inquiry/form.xhtml").forward(request, response);
    }
}
