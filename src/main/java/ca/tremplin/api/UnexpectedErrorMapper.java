package ca.tremplin.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is a fault of ours: 500 with a generic text, never the exception's message or stack trace,
 * which go to the server log with the path (not the query string, which may hold what a person typed).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        LOG.log(Level.SEVERE, failure, () -> "API request failed: " + HttpErrorMapper.loggedPath(uriInfo));
        return ProblemResponses.of(Problems.serverError(ProblemResponses.language(headers)));
    }
}
