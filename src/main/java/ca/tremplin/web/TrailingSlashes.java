package ca.tremplin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A public address typed or linked with a slash at its end ({@code /fr/programmes/}) is sent for good to the one
 * without ({@code /fr/programmes}), its query kept: one address per page, so that its language links, its canonical
 * address and its twin in the other language are those of the page, and search engines count one page, not two.
 * Before the language switch and the campaign counter, so that a visit through such a link is counted once.
 */
public class TrailingSlashes extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.length() > 1 && path.endsWith("/") && ("GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod()))) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + path.replaceAll("/+$", "")
                    + (query == null || query.isEmpty() ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }
}
