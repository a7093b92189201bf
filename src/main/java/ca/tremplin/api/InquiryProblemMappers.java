package ca.tremplin.api;

import ca.tremplin.inquiry.IdempotencyConflictException;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.inquiry.RateLimitedException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** The problem documents of information requests, in the caller's language. */
final class InquiryProblemMappers {

    private InquiryProblemMappers() {
    }

    static Problem problem(Locale locale, int status, String name, List<ParameterError> errors) {
        return new Problem(Problems.TYPE, Messages.get(locale, "api.problem." + name + ".title"), status,
                Messages.get(locale, "api.problem." + name + ".detail"), errors);
    }

    /** 400, one entry per refused field, with the message the form would show next to it. */
    @Provider
    public static class InvalidFields implements ExceptionMapper<InvalidInquiryException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInquiryException invalid) {
            Locale locale = ProblemResponses.language(headers);
            List<ParameterError> errors = invalid.problems().stream()
                    .map(problem -> new ParameterError(problem.field(), null, problem.message(locale))).toList();
            return ProblemResponses.of(problem(locale, 400, "invalidFields", errors));
        }
    }

    @Provider
    public static class TooManyRequests implements ExceptionMapper<RateLimitedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RateLimitedException limited) {
            return ProblemResponses.builder(problem(ProblemResponses.language(headers), 429, "tooManyRequests",
                            List.of()))
                    .header("Retry-After", String.valueOf(limited.retryAfterSeconds())).build();
        }
    }

    @Provider
    public static class KeyReused implements ExceptionMapper<IdempotencyConflictException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(IdempotencyConflictException conflict) {
            return ProblemResponses.of(problem(ProblemResponses.language(headers), 422, "idempotencyKeyReused",
                    List.of()));
        }
    }

    /** The database cannot be reached: nothing was recorded; retrying later is safe (and idempotent). */
    @Provider
    public static class Unavailable implements ExceptionMapper<ServiceUnavailableException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ServiceUnavailableException down) {
            return ProblemResponses.builder(problem(ProblemResponses.language(headers), 503, "unavailable",
                            List.of()))
                    .header("Retry-After", String.valueOf(ServiceUnavailableException.RETRY_AFTER_SECONDS)).build();
        }
    }
}
