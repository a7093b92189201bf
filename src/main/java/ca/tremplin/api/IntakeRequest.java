package ca.tremplin.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The parameters of an intake list: {@code program} (required, a program id) and {@code from} (optional, an
 * ISO date {@code yyyy-MM-dd}; {@code null} means from today). Both are checked before refusing, so that one
 * problem lists every mistake.
 */
record IntakeRequest(long programId, LocalDate from) {

    static final String PROGRAM = "program";
    static final String FROM = "from";

    /** Four-digit years only: ISO's signed and longer years are no date a partner means. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The first value of each of {@code names} that holds something, as the searches read a parameter (an empty
     * field of a partner's form is no value); a request that gives one again with another value
     * ({@code program=22&program=30}) is refused, as the searches refuse it.
     */
    static java.util.Map<String, String> firstValues(java.util.Map<String, List<String>> parameters,
                                                     String... names) {
        List<InvalidParameter> repeated = new ArrayList<>();
        java.util.Map<String, String> first = new java.util.HashMap<>();
        for (String name : names) {
            List<String> values = ca.tremplin.kernel.AddressParameters.filled(
                    parameters.getOrDefault(name, List.of()).toArray(String[]::new));
            if (values.isEmpty()) {
                continue;
            }
            first.put(name, values.get(0));
            values.stream().skip(1).filter(value -> !value.strip().equals(values.get(0).strip())).findFirst()
                    .ifPresent(value -> repeated.add(InvalidParameter.repeated(InvalidParameter.malformed(name,
                            value))));
        }
        if (!repeated.isEmpty()) {
            throw new InvalidParametersException(repeated);
        }
        return first;
    }

    static IntakeRequest read(String program, String from) {
        List<InvalidParameter> invalid = new ArrayList<>();
        OptionalLong programId = ProgramIds.parse(program == null ? null : program.strip());
        if (program == null || program.isBlank()) {
            invalid.add(InvalidParameter.missing(PROGRAM));
        } else if (programId.isEmpty()) {
            invalid.add(InvalidParameter.malformed(PROGRAM, program));
        }
        LocalDate date = null;
        if (from != null && !from.isBlank()) {
            date = isoDate(from.strip());
            if (date == null) {
                invalid.add(InvalidParameter.malformed(FROM, from));
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidParametersException(invalid);
        }
        return new IntakeRequest(programId.getAsLong(), date);
    }

    private static LocalDate isoDate(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException impossibleDate) {
            return null;
        }
    }
}
