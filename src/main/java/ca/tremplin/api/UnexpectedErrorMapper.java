package ca.tremplin.api;

import ca.tremplin.kernel.ServiceUnavailableException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is a fault of ours: 500 with a generic text, never the exception's message or stack trace,
 * which go to the server log with the path (not the query string, which may hold what a person typed). A database
 * that cannot be reached (down, or no connection free in the pool) is no fault of the request: 503 with
 * {@code Retry-After}, as the pages answer it, whatever the address — a program, the offers, a quick capture —, so
 * that a caller waits and tries again rather than giving up on a 500.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    /** What the API's document (OpenAPI) says of the 503 every operation that reads the database may answer. */
    static final String UNAVAILABLE = "The database cannot be reached for the moment: nothing was recorded; ask again "
            + "after Retry-After / Service momentanément indisponible, réessayez après Retry-After";

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable failure) {
        LOG.log(Level.SEVERE, failure, () -> "API request failed: " + HttpErrorMapper.loggedPath(uriInfo));
        Problem problem = problemFor(failure, ProblemResponses.language(headers),
                request == null ? null : request.getMethod());
        Response.ResponseBuilder answer = ProblemResponses.builder(problem);
        return problem.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()
                ? answer.header("Retry-After", String.valueOf(ServiceUnavailableException.RETRY_AFTER_SECONDS)).build()
                : answer.build();
    }

    /** The problem document of a failure to a request of this method: 503 for an unreachable database, else 500. */
    static Problem problemFor(Throwable failure, Locale language, String method) {
        if (ServiceUnavailableException.isDatabaseUnreachable(failure)) {
            return Problems.unavailable(language, HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method));
        }
        return Problems.serverError(language);
    }
}
