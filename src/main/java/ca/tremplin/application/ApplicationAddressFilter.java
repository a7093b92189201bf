package ca.tremplin.application;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The offer page's "Apply" addresses, {@code /fr/postuler?offer={id}} and {@code /en/apply?offer={id}}, lead to the
 * application form in that language ({@code /apply.xhtml?offer={id}&lang=...}; the language switch then keeps it).
 */
public class ApplicationAddressFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String language = switch (path) {
            case "/fr/postuler", "/fr/postuler/" -> "fr";
            case "/en/apply", "/en/apply/" -> "en";
            default -> null;
        };
        if (language == null) {
            chain.doFilter(request, response);
            return;
        }
        String offer = request.getParameter("offer");
        String id = offer != null && offer.matches("\\d{1,18}") ? offer : "0";
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/apply.xhtml?offer=" + id + "&lang=" + language);
    }
}
