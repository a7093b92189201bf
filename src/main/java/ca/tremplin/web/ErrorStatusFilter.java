package ca.tremplin.web;

import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.kernel.ServiceUnavailableException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Turns "not found" and "not allowed" failures, however deeply Faces wrapped them, into a 404 or 403, which
 * the container answers with the error page of web.xml in the visitor's language. An unreachable database
 * becomes a 503 ("temporarily unavailable, nothing was lost, please retry") with Retry-After, and a brake a page
 * opened by a link met ({@link RateLimitedException}) a 429 with Retry-After and the minutes to wait. Anything else goes
 * on to the generic error page, as a 500, without a stack trace.
 */
public class ErrorStatusFilter extends HttpFilter {

    static final int TOO_MANY_REQUESTS = 429;
    /** The request attribute that tells the "too many attempts" page how long to wait. */
    public static final String RETRY_AFTER_MINUTES = "tremplin.retryAfterMinutes";

    /** The message key of what is gone, for the 410 page. */
    public static final String GONE = "tremplin.gone";

    /** Where the 410 page sends the reader next ({@link ca.tremplin.kernel.GoneException.Next}). */
    public static final String GONE_NEXT = "tremplin.goneNext";

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
            // Each of these answers says how things stand now (an offer filled, a page not published yet, a limit
            // reached): a browser that kept one showed "no longer offered" after the offer reopened.
            response.setHeader("Cache-Control", "no-store");
            if (status == TOO_MANY_REQUESTS) {
                RateLimitedException limited = cause(failure, RateLimitedException.class);
                response.setHeader("Retry-After", String.valueOf(limited.retryAfterSeconds()));
                request.setAttribute(RETRY_AFTER_MINUTES, limited.retryAfterMinutes());
            }
            if (status == HttpServletResponse.SC_GONE) {
                ca.tremplin.kernel.GoneException gone = cause(failure, ca.tremplin.kernel.GoneException.class);
                request.setAttribute(GONE, gone.messageKey());
                request.setAttribute(GONE_NEXT, gone.next());
            }
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                response.setHeader("Retry-After", String.valueOf(ServiceUnavailableException.RETRY_AFTER_SECONDS));
            }
            response.sendError(status);
        }
    }

    static int statusFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ca.tremplin.kernel.GoneException) {
                return HttpServletResponse.SC_GONE;
            }
            if (cause instanceof NotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
            if (cause instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (cause instanceof RateLimitedException) {
                return TOO_MANY_REQUESTS;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return ServiceUnavailableException.isDatabaseUnreachable(failure)
                || hasCause(failure, ServiceUnavailableException.class) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : 0;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
