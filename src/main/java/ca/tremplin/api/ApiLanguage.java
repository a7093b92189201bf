package ca.tremplin.api;

import ca.tremplin.web.RequestSizeFilter;
import java.util.Locale;

/**
 * The language of the API's messages, from {@code Accept-Language} alone: an API call carries no cookie or
 * session to remember a choice. The first of the caller's languages, by their quality, that Tremplin speaks wins;
 * French when none is. A language of quality 0 is one the caller refuses ({@code fr, en;q=0} or {@code en;q=0}
 * alone): read from the header itself, since JAX-RS's list of acceptable languages keeps it, without its quality.
 */
final class ApiLanguage {

    private ApiLanguage() {
    }

    /** @param acceptLanguage the request's {@code Accept-Language} header, or null */
    static Locale preferred(String acceptLanguage) {
        return RequestSizeFilter.languageOf(acceptLanguage);
    }
}
