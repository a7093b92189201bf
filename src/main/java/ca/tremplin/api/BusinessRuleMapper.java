package ca.tremplin.api;

import ca.tremplin.kernel.BusinessRuleException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rule the caller can understand and fix: 400, with the rule's message in the caller's language. */
@Provider
public class BusinessRuleMapper implements ExceptionMapper<BusinessRuleException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessRuleException broken) {
        return ProblemResponses.of(Problems.businessRule(ProblemResponses.language(headers), broken));
    }
}
