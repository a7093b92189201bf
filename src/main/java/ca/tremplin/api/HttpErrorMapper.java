package ca.tremplin.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HTTP errors that JAX-RS raises itself (a POST to a read-only resource, an Accept the API cannot serve...)
 * keep their status and get a problem document. Without this mapper, the catch-all would turn them into 500s.
 * A response that is not an error (e.g. a redirect) passes unchanged.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(HttpErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException failure) {
        Response original = failure.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        if (status >= 500) {
            LOG.log(Level.SEVERE, failure, () -> "API request failed: " + HttpErrorMapper.loggedPath(uriInfo));
        }
        java.util.Locale language = ProblemResponses.language(headers);
        long limit = ca.tremplin.web.RequestSizeFilter.limitFor("/api/" + stripped(uriInfo.getPath()));
        Response.ResponseBuilder problem = ProblemResponses.builder(status == 415 && takesAFile(uriInfo.getPath())
                ? Problems.fileExpected(language)
                : status == 413 && limit != Long.MAX_VALUE ? Problems.tooLarge(language, limit)
                : Problems.httpError(language, status));
        // A 405 must still say which methods are allowed.
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? problem.build() : problem.header(HttpHeaders.ALLOW, allow).build();
    }

    /** The request's path as logs may show it: no token, no apprentice's name (web.AccessLogFilter). */
    static String loggedPath(UriInfo uriInfo) {
        return ca.tremplin.web.AccessLogFilter.loggedPath("/api/" + stripped(uriInfo.getPath()));
    }

    private static String stripped(String path) {
        return path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
    }

    /** The addresses that read a file as it is (an attendee list), not JSON: their 415 says what they take. */
    static boolean takesAFile(String path) {
        return path != null && path.matches("/?staff/events/[^/]+/imports/?");
    }
}
