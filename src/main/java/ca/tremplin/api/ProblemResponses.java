package ca.tremplin.api;

import ca.tremplin.kernel.Languages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** What the exception mappers share: the caller's language and the shape of a problem response. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** French when Accept-Language cannot be read: answering the failure matters more than its language. */
    static Locale language(HttpHeaders headers) {
        try {
            return ApiLanguage.preferred(headers.getAcceptableLanguages());
        } catch (RuntimeException unreadableHeader) {
            return Languages.FRENCH;
        }
    }

    static Locale language(java.util.List<Locale> acceptable) {
        try {
            return ApiLanguage.preferred(acceptable);
        } catch (RuntimeException unreadableHeader) {
            return Languages.FRENCH;
        }
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
