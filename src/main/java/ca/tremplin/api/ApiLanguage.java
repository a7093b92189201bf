package ca.tremplin.api;

import ca.tremplin.kernel.Languages;
import java.util.List;
import java.util.Locale;

/**
 * The language of the API's messages, from {@code Accept-Language} alone: an API call carries no cookie or
 * session to remember a choice. The first of the caller's languages, in order of preference, that Tremplin
 * speaks wins; French when none is.
 */
final class ApiLanguage {

    private ApiLanguage() {
    }

    /** @param acceptable the request's languages, most preferred first (as JAX-RS's HttpHeaders gives them) */
    static Locale preferred(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("en".equalsIgnoreCase(language)) {
                return Languages.ENGLISH;
            }
            if ("fr".equalsIgnoreCase(language) || "*".equals(language)) {
                return Languages.FRENCH;
            }
        }
        return Languages.FRENCH;
    }
}
