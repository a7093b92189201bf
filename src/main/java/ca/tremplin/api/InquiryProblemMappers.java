package ca.tremplin.api;

import ca.tremplin.inquiry.IdempotencyConflictException;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.kernel.RateLimitedException;
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

    /** Answers a failure with a problem in the caller's language (Accept-Language). */
    abstract static class LocalizedMapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(E failure) {
            return respond(failure, ProblemResponses.language(headers)).build();
        }

        abstract Response.ResponseBuilder respond(E failure, Locale locale);
    }

    /** 400, one entry per refused field, with the message the form would show next to it. */
    @Provider
    public static class InvalidFields extends LocalizedMapper<InvalidInquiryException> {
        @Override
        Response.ResponseBuilder respond(InvalidInquiryException invalid, Locale locale) {
            List<ParameterError> errors = invalid.problems().stream()
                    .map(problem -> new ParameterError(problem.field(), null, problem.message(locale))).toList();
            return ProblemResponses.builder(problem(locale, 400, "invalidFields", errors));
        }
    }

    @Provider
    public static class TooManyRequests extends LocalizedMapper<RateLimitedException> {
        @Override
        Response.ResponseBuilder respond(RateLimitedException limited, Locale locale) {
            return ProblemResponses.builder(problem(locale, 429, "tooManyRequests", List.of()))
                    .header("Retry-After", String.valueOf(limited.retryAfterSeconds()));
        }
    }

    @Provider
    public static class KeyReused extends LocalizedMapper<IdempotencyConflictException> {
        @Override
        Response.ResponseBuilder respond(IdempotencyConflictException conflict, Locale locale) {
            return ProblemResponses.builder(problem(locale, 422, "idempotencyKeyReused", List.of()));
        }
    }

    /** The database cannot be reached: nothing was recorded; retrying later is safe (and idempotent). */
    @Provider
    public static class Unavailable extends LocalizedMapper<ServiceUnavailableException> {
        @Override
        Response.ResponseBuilder respond(ServiceUnavailableException down, Locale locale) {
            return ProblemResponses.builder(problem(locale, 503, "unavailable", List.of()))
                    .header("Retry-After", String.valueOf(ServiceUnavailableException.RETRY_AFTER_SECONDS));
        }
    }
}
