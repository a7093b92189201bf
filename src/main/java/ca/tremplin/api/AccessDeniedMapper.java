package ca.tremplin.api;

import ca.tremplin.kernel.AccessDeniedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Not allowed: 403. The API is public today; this keeps a future restricted call from surfacing as a 500. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AccessDeniedException denied) {
        return ProblemResponses.of(Problems.accessDenied(ProblemResponses.language(headers)));
    }
}
