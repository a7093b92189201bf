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
 * request. Answered with the page, the click did nothing visible; answered here with an ajax redirect to the page the
 * click was made on, the browser opens that page, which asks for the sign-in as any page does and opens again once
 * signed in, with the filters of its address (the click itself, made on a view long gone, is not replayed).
 */
public class SignInAjaxRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && Servlets.isFacesAjaxRequest(request)) {
            String query = request.getQueryString();
            String page = pageClickedOn(request).orElse(request.getRequestURI() + (query == null ? "" : "?" + query));
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

    /**
     * The back-office page the click was made on, as its address said (its filters kept), from the Referer the
     * browser sends with the redirected request: opened as a page, it asks for the sign-in and, once signed in, opens
     * again, rather than the click replayed with a view long gone. Only a page of this site's back office: the
     * address is written relative, so no other site can be redirected to.
     */
    static java.util.Optional<String> pageClickedOn(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return java.util.Optional.empty();
        }
        try {
            java.net.URI page = java.net.URI.create(referer.strip());
            boolean here = page.getHost() != null && page.getHost().equalsIgnoreCase(request.getServerName());
            String path = page.getRawPath();
            if (!here || path == null || !path.startsWith(request.getContextPath() + "/admin/") || path.contains("..")
                    || path.contains("//")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(path + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
        } catch (IllegalArgumentException unreadable) {
            return java.util.Optional.empty();
        }
    }

    static String xmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
