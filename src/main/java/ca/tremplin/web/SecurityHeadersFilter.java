package ca.tremplin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Pages get their {@code Content-Security-Policy} from PrimeFaces
 * ({@code primefaces.CSP_POLICY} in web.xml), which appends a fresh script nonce per response; the API, which
 * returns only data, gets the strictest policy here.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String API_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** The quick capture page's service worker (webapp/capture-worker.js). */
    static final String CAPTURE_WORKER = "/capture-worker.js";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Content-Security-Policy", API_CONTENT_POLICY);
        }
        if (request.getRequestURI().equals(request.getContextPath() + CAPTURE_WORKER)) {
            // The quick capture page's worker, public so that its updates never ask for a sign-in, may serve that page.
            response.setHeader("Service-Worker-Allowed", request.getContextPath() + "/admin/capture.xhtml");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
