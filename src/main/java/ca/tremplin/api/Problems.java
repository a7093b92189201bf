package ca.tremplin.api;

import ca.tremplin.catalog.CatalogQuery;
import ca.tremplin.catalog.CatalogQueryParser;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.catalog.TuitionRange;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.tenant.QuebecRegion;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The problem documents the API answers with, in the caller's language. Texts come from the message bundles
 * ({@code api.problem.*}, {@code api.parameter.*}); a failure's own message never reaches the caller, so that
 * nothing internal (a query, a class name, a stack trace) leaks out.
 */
final class Problems {

    static final String TYPE = "about:blank";

    /** The parameters that have a message of their own saying what is expected. */
    private static final Set<String> DESCRIBED_PARAMETERS = Set.of("sector", "region", "type", "instruction",
            "month", "tuition", "open", "sort", "page", IntakeRequest.PROGRAM, IntakeRequest.FROM,
            InquiryResource.IDEMPOTENCY_KEY);

    private Problems() {
    }

    static Problem invalidParameters(Locale locale, List<InvalidParameter> parameters) {
        List<ParameterError> errors = parameters.stream()
                .map(parameter -> new ParameterError(parameter.name(), parameter.value(), message(locale, parameter)))
                .toList();
        return new Problem(TYPE, Messages.get(locale, "api.problem.invalidParameters.title"), 400,
                Messages.get(locale, "api.problem.invalidParameters.detail"), errors);
    }

    static Problem businessRule(Locale locale, BusinessRuleException broken) {
        return new Problem(TYPE, Messages.get(locale, "api.problem.businessRule.title"), 400,
                broken.localizedMessage(locale), List.of());
    }

    /** The body is not JSON: where it breaks, when the parser could tell (an empty body has no position). */
    static Problem malformedJson(Locale locale, long line, long column) {
        String detail = column < 1 ? Messages.get(locale, "api.problem.malformedJson.detailEmpty")
                : Messages.get(locale, "api.problem.malformedJson.detail", String.valueOf(line), String.valueOf(column));
        return new Problem(TYPE, Messages.get(locale, "api.problem.malformedJson.title"), 400, detail, List.of());
    }

    /** JSON naming one member twice in an object: which value was meant cannot be told. */
    static Problem repeatedMember(Locale locale, String member, long line, long column) {
        return new Problem(TYPE, Messages.get(locale, "api.problem.malformedJson.title"), 400,
                Messages.get(locale, "api.problem.repeatedMember.detail", member, String.valueOf(line),
                        String.valueOf(column)), List.of());
    }

    /** JSON nesting arrays and objects deeper than any request of the API does. */
    static Problem tooDeep(Locale locale, long line, long column) {
        return new Problem(TYPE, Messages.get(locale, "api.problem.malformedJson.title"), 400,
                Messages.get(locale, "api.problem.tooDeep.detail", String.valueOf(JsonBodyReader.MOST_NESTING),
                        String.valueOf(line), String.valueOf(column)), List.of());
    }

    /** JSON holding a number longer than any request needs, which the reader does not take. */
    static Problem numberTooLong(Locale locale) {
        return new Problem(TYPE, Messages.get(locale, "api.problem.malformedJson.title"), 400,
                Messages.get(locale, "api.problem.numberTooLong.detail"), List.of());
    }

    /** JSON of the wrong shape: each member unknown or of the wrong kind, by name, with what was expected. */
    static Problem invalidBody(Locale locale, List<JsonBodyShape.Mismatch> mismatches) {
        List<ParameterError> errors = mismatches.stream()
                .map(mismatch -> new ParameterError(mismatch.name(), mismatch.value(), Messages.get(locale,
                        "api.field." + mismatch.expected().name().toLowerCase(Locale.ROOT))))
                .toList();
        return new Problem(TYPE, Messages.get(locale, "api.problem.invalidFields.title"), 400,
                Messages.get(locale, "api.problem.invalidFields.detail"), errors);
    }

    /** A 415 of an address that takes a file as it is, naming the types it reads. */
    static Problem fileExpected(Locale locale) {
        return new Problem(TYPE, Messages.get(locale, "api.problem.unsupportedMediaType.title"), 415,
                Messages.get(locale, "api.problem.unsupportedMediaType.file.detail"), List.of());
    }

    /** A 413 naming the address's limit, in the words of the one sent before the body is read. */
    static Problem tooLarge(Locale locale, long limit) {
        return new Problem(TYPE, Messages.get(locale, "error.tooLarge.title"), 413,
                ca.tremplin.web.RequestSizeFilter.tooLargeDetail(locale, limit), List.of());
    }

    static Problem notFound(Locale locale) {
        return simple(locale, 404, "notFound");
    }

    static Problem accessDenied(Locale locale) {
        return simple(locale, 403, "accessDenied");
    }

    static Problem serverError(Locale locale) {
        return simple(locale, 500, "serverError");
    }

    /**
     * 503: the database cannot be reached. A read is simply asked again later; anything else was not recorded and is
     * sent again as it is.
     */
    static Problem unavailable(Locale locale, boolean read) {
        return new Problem(TYPE, Messages.get(locale, "api.problem.unavailable.title"), 503,
                Messages.get(locale, read ? "api.problem.unavailable.readDetail"
                        : "api.problem.unavailable.writeDetail"),
                List.of());
    }

    /** A problem for an HTTP error that JAX-RS itself raised (no such method, no acceptable format...). */
    static Problem httpError(Locale locale, int status) {
        return switch (status) {
            case 403 -> accessDenied(locale);
            case 404 -> notFound(locale);
            case 405 -> simple(locale, status, "methodNotAllowed");
            case 406 -> simple(locale, status, "notAcceptable");
            case 413 -> simple(locale, status, "tooLarge");
            case 415 -> simple(locale, status, "unsupportedMediaType");
            case 429 -> simple(locale, status, "tooManyRequests");
            default -> status >= 500 ? simple(locale, status, "serverError") : simple(locale, status, "badRequest");
        };
    }

    static String message(Locale locale, InvalidParameter parameter) {
        if (parameter.value() == null) {
            return Messages.get(locale, "api.parameter.required");
        }
        if (parameter.givenTwice()) {
            return Messages.get(locale, "api.parameter.repeated");
        }
        if (!DESCRIBED_PARAMETERS.contains(parameter.name())) {
            return Messages.get(locale, "api.parameter.invalid");
        }
        return Messages.get(locale, "api.parameter." + parameter.name(), expectedValues(parameter.name()));
    }

    /** What the message of a parameter lists as accepted, taken from the code so that it never goes stale. */
    private static Object[] expectedValues(String name) {
        return switch (name) {
            case "region" -> new Object[] {names(QuebecRegion.values())};
            case "type" -> new Object[] {names(ProgramType.values())};
            case "tuition" -> new Object[] {names(TuitionRange.values())};
            case "sort" -> new Object[] {names(CatalogQuery.Sort.values())};
            // As text: a caller types 10000, not a number grouped the French or English way.
            case "page" -> new Object[] {String.valueOf(CatalogQueryParser.MAX_PAGE)};
            case InquiryResource.IDEMPOTENCY_KEY -> new Object[] {String.valueOf(InquiryResource.MOST_KEY_LENGTH)};
            default -> new Object[0];
        };
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Problem simple(Locale locale, int status, String name) {
        return new Problem(TYPE, Messages.get(locale, "api.problem." + name + ".title"), status,
                Messages.get(locale, "api.problem." + name + ".detail"), List.of());
    }
}
