package ca.tremplin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Servlets;

/**
 * A click in the back office after the session ended (a tablet left at a fair's stand over lunch) is an ajax request:
 * the sign-in mechanism answers it with a redirect to the sign-in page, which the browser follows as the same ajax
 * request. Answered with the page, the click did nothing visible; answered here with an ajax redirect, the browser
 * opens the sign-in page, and after signing in the person is back where they were going.
 */
public class SignInAjaxRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && Servlets.isFacesAjaxRequest(request)) {
            String query = request.getQueryString();
            String page = request.getRequestURI() + (query == null ? "" : "?" + query);
            // Written here rather than through a formatting helper: the address may hold "%" escapes.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + xmlAttribute(page) + "\"/></partial-response>");
            return;
        }
        chain.doFilter(request, response);
    }

    static String xmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
