package ca.tremplin.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An address under /api that no resource answers: the same 404 problem as an unknown program. */
@Provider
public class UnknownResourceMapper implements ExceptionMapper<NotFoundException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotFoundException notFound) {
        return ProblemResponses.of(Problems.notFound(ProblemResponses.language(headers)));
    }
}
