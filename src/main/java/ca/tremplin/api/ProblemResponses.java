package ca.tremplin.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** What the exception mappers share: the caller's language and the shape of a problem response. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** French when Accept-Language cannot be read: answering the failure matters more than its language. */
    static Locale language(HttpHeaders headers) {
        return ApiLanguage.preferred(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The same, read before the request reaches its resource (a request filter's refusal). */
    static Locale language(jakarta.ws.rs.container.ContainerRequestContext request) {
        return ApiLanguage.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The texts depend on Accept-Language, hence Vary, so that a cache never serves one language for another. */
    static Response of(Problem problem) {
        return builder(problem).build();
    }

    static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(problem);
    }
}
