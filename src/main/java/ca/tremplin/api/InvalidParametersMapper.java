package ca.tremplin.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Missing or unreadable query parameters: 400, with one entry per parameter. */
@Provider
public class InvalidParametersMapper implements ExceptionMapper<InvalidParametersException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidParametersException invalid) {
        return ProblemResponses.of(
                Problems.invalidParameters(ProblemResponses.language(headers), invalid.parameters()));
    }
}
