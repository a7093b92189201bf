package ca.tremplin.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** The problem documents of a JSON body that cannot be read ({@link JsonBodyReader}), in the caller's language. */
final class BodyProblemMappers {

    private BodyProblemMappers() {
    }

    /** 400, saying where the JSON breaks. */
    @Provider
    public static class Malformed extends InquiryProblemMappers.LocalizedMapper<MalformedBodyException> {
        @Override
        Response.ResponseBuilder respond(MalformedBodyException malformed, Locale locale) {
            if (malformed.repeatedMember() != null) {
                return ProblemResponses.builder(Problems.repeatedMember(locale, malformed.repeatedMember(),
                        malformed.line(), malformed.column()));
            }
            if (malformed.isTooDeep()) {
                return ProblemResponses.builder(Problems.tooDeep(locale, malformed.line(), malformed.column()));
            }
            return ProblemResponses.builder(malformed.isNumberTooLong() ? Problems.numberTooLong(locale)
                    : Problems.malformedJson(locale, malformed.line(), malformed.column()));
        }
    }

    /** 400, one entry per member unknown or of the wrong kind. */
    @Provider
    public static class WrongShape extends InquiryProblemMappers.LocalizedMapper<InvalidBodyException> {
        @Override
        Response.ResponseBuilder respond(InvalidBodyException invalid, Locale locale) {
            return ProblemResponses.builder(Problems.invalidBody(locale, invalid.mismatches()));
        }
    }
}
