package ca.tremplin.web;

import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.NotFoundException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Turns "not found" and "not allowed" failures, however deeply Faces wrapped them, into a 404 or 403, which
 * the container answers with the error page of web.xml in the visitor's language. Anything else goes on to
 * the generic error page, as a 500, without a stack trace.
 */
public class ErrorStatusFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            int status = statusFor(failure);
            if (status == 0 || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.sendError(status);
        }
    }

    static int statusFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
            if (cause instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return 0;
    }
}
