package ca.tremplin.api;

import ca.tremplin.kernel.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A record that does not exist for the public (unknown, unpublished, of an inactive centre): 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotFoundException notFound) {
        return ProblemResponses.of(Problems.notFound(ProblemResponses.language(headers)));
    }
}
