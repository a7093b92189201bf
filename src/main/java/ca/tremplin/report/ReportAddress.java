package ca.tremplin.report;

import ca.tremplin.pipeline.FunnelCohort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A report is a link: its query is read from the address's parameters ({@code from}, {@code to}, {@code asOf} as
 * ISO dates, {@code counting}, {@code breakdown}, and a parameter per filter: {@code source}, {@code program},
 * {@code intake}, {@code event}, {@code country}, {@code recruiter}, and for the coordinator {@code centre}) and
 * written back the same way. What cannot be read is never dropped silently: each problem is a message key and its
 * arguments, and a report with problems is not run, so nobody reads figures that ignored part of their question.
 */
public final class ReportAddress {

    /** The longest period a report covers. */
    static final int MAX_YEARS = 5;

    /** Parameters that are not part of the report but may ride along (the language switch, the export's format). */
    private static final Set<String> PASSING_THROUGH = Set.of("lang", "format");

    /** The parameters that date a report. */
    private static final Set<String> DATES = Set.of("from", "to", "asOf");

    /**
     * A message key and its arguments, shown in the user's language; a field among the arguments is named as the
     * report's form names it ("Connus du", "Pays"), in the reader's language, rather than by its address parameter
     * ("from", "country"): a {@link ca.tremplin.kernel.Messages.Phrase}, which a refusal carries as it is.
     */
    public record Problem(String key, List<Object> arguments) {
        Problem(String key, Object... arguments) {
            this(key, List.of(arguments));
        }

        public String message(java.util.Locale language) {
            return ca.tremplin.kernel.Messages.get(language, key, arguments.toArray());
        }
    }

    /** The name of a field of the report's form. */
    private static ca.tremplin.kernel.Messages.Phrase field(String key) {
        return new ca.tremplin.kernel.Messages.Phrase(key);
    }

    private static ca.tremplin.kernel.Messages.Phrase dateField(String parameter) {
        return field("report.field." + parameter);
    }

    /** A filter's value that names nothing the reader's report knows (another centre's recruiter, say). */
    static Problem unknownValue(Object value, ReportDimension dimension, boolean acrossCentres) {
        return new Problem(acrossCentres ? "report.unknownValueAcrossCentres" : "report.unknownValue",
                String.valueOf(value), field(dimension.messageKey()));
    }

    /** The query read, and what could not be read (the query is only usable when there is nothing). */
    public record Reading(ReportQuery query, List<Problem> problems) {
        public boolean readable() {
            return problems.isEmpty();
        }
    }

    private ReportAddress() {
    }

    /**
     * Reads a report's address. By default a report covers the twelve months up to today, as of today, counting the
     * stages reached. {@code acrossCentres}: the reader is the coordinator, who alone may filter by centre.
     */
    public static Reading read(Map<String, String[]> parameters, LocalDate today, boolean acrossCentres) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((name, texts) -> {
            List<String> given = texts == null ? List.of() : java.util.Arrays.stream(texts)
                    .filter(text -> text != null && !text.isBlank()).map(String::strip).distinct().toList();
            if (given.size() > 1) {
                // A report answers one question: two countries are two reports (or a breakdown by country). Said with
                // the form's name for the field, as every other problem; a breakdown is the way to compare a filter's
                // values, not two periods.
                Optional<ReportDimension> filter = ReportDimension.byParameter(name)
                        .filter(known -> acrossCentres || known != ReportDimension.CENTRE);
                Object field = filter.<Object>map(known -> field(known.messageKey()))
                        .orElseGet(() -> DATES.contains(name) ? dateField(name)
                                : "counting".equals(name) || "breakdown".equals(name) ? field("report." + name)
                                : name);
                problems.add(new Problem(filter.isPresent() ? "report.repeatedParameter" : "report.repeatedValue",
                        field, String.join(", ", given)));
            }
            if (!given.isEmpty()) {
                values.put(name, given.get(0));
            }
        });
        int before = problems.size();
        LocalDate to = date(values, "to", today, problems);
        boolean toRead = problems.size() == before;
        LocalDate from = date(values, "from", to.minusYears(1).plusDays(1), problems);
        boolean fromRead = problems.size() == before + (toRead ? 0 : 1);
        int beforeAsOf = problems.size();
        LocalDate asOf = date(values, "asOf", today, problems);
        boolean asOfRead = problems.size() == beforeAsOf;
        StageCounting counting = named(StageCounting.class, values.get("counting"), StageCounting.REACHED,
                "report.unknownCounting", problems);
        ReportDimension breakdown = null;
        if (values.containsKey("breakdown")) {
            breakdown = ReportDimension.byParameterIgnoringCase(values.get("breakdown"))
                    .filter(dimension -> acrossCentres || dimension != ReportDimension.CENTRE).orElse(null);
            if (breakdown == null) {
                problems.add(new Problem("report.unknownBreakdown", values.get("breakdown")));
            }
        }
        Map<ReportDimension, Object> filters = new EnumMap<>(ReportDimension.class);
        for (Map.Entry<String, String> parameter : values.entrySet()) {
            String name = parameter.getKey();
            if (Set.of("from", "to", "asOf", "counting", "breakdown").contains(name)
                    || PASSING_THROUGH.contains(name)) {
                continue;
            }
            ReportDimension dimension = ReportDimension.byParameter(name)
                    .filter(known -> acrossCentres || known != ReportDimension.CENTRE).orElse(null);
            if (dimension == null) {
                problems.add(new Problem("report.unknownFilter", name));
                continue;
            }
            try {
                filters.put(dimension, dimension.read(parameter.getValue()));
            } catch (RuntimeException unreadable) {
                problems.add(new Problem("report.unreadableFilter", parameter.getValue(),
                        field(dimension.messageKey())));
            }
        }
        if (filters.size() > ReportQuery.MAX_FILTERS) {
            problems.add(new Problem("report.tooManyFilters", ReportQuery.MAX_FILTERS, filters.size()));
        }
        // The dates are compared only as the reader gave them (or left them out): a date that could not be read
        // stood in for by its default would be named in a problem with a day the reader never chose.
        if (fromRead && toRead) {
            if (to.isBefore(from)) {
                problems.add(new Problem("report.periodReversed", from, to));
            } else if (from.plusYears(MAX_YEARS).isBefore(to)) {
                problems.add(new Problem("report.periodTooLong", MAX_YEARS));
            }
        }
        if (fromRead && toRead && from.isAfter(today)) {
            // Said as it is: "as of" is today unless given, and the reader chose the period, not that day.
            problems.add(new Problem("report.periodInFuture", from));
        } else if (asOfRead && asOf.isAfter(today)) {
            problems.add(new Problem("report.asOfInFuture", asOf));
        } else if (asOfRead && fromRead && toRead && asOf.isBefore(from)) {
            problems.add(new Problem("report.asOfBeforePeriod", asOf, from));
        }
        return new Reading(new ReportQuery(from, to, asOf, counting, filters, breakdown), List.copyOf(problems));
    }

    /** The report's own address parameters (without the page), for links, exports and the year before. */
    public static String write(ReportQuery query) {
        StringBuilder address = new StringBuilder();
        append(address, "from", query.from().toString());
        append(address, "to", query.to().toString());
        append(address, "asOf", query.asOf().toString());
        append(address, "counting", query.counting().name());
        query.filters().forEach((dimension, value) -> append(address, dimension.parameter(), String.valueOf(value)));
        if (query.breakdown() != null) {
            append(address, "breakdown", query.breakdown().parameter());
        }
        return address.toString();
    }

    /** The report's parameters without its dates, as a schedule keeps them (each sending sets its own). */
    public static String writeUndated(ReportQuery query) {
        return java.util.Arrays.stream(write(query).split("&"))
                .filter(parameter -> !DATES.contains(parameter.substring(0, parameter.indexOf('='))))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** An address's parameters as a request would give them, with the dates given instead of any it holds. */
    static Map<String, String[]> dated(String address, LocalDate from, LocalDate to, LocalDate asOf) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (String parameter : address.split("&")) {
            int equals = parameter.indexOf('=');
            if (equals > 0) {
                parameters.put(decoded(parameter.substring(0, equals)),
                        new String[] {decoded(parameter.substring(equals + 1))});
            }
        }
        parameters.put("from", new String[] {from.toString()});
        parameters.put("to", new String[] {to.toString()});
        parameters.put("asOf", new String[] {asOf.toString()});
        return parameters;
    }

    /**
     * A part of an address as written; one with a stray "%" (a link cut or edited by hand) taken as it is, for the
     * reading to say what it cannot read rather than fail.
     */
    private static String decoded(String text) {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /**
     * The lead list's address parameters for the leads behind a figure: the report's cohort (its period, and the
     * stage reached by its "as of" day counted its way, if any), the filters the list knows, and the breakdown's value
     * when the list can filter by it; the list then holds as many leads as the figure counts. {@code null} for a
     * breakdown's row that no filter selects ({@link #selectable}).
     */
    public static String leadList(ReportQuery query, ca.tremplin.person.LeadStage stage, Object breakdownValue) {
        if (breakdownValue != null && !selectable(query, query.breakdown(), breakdownValue)) {
            return null;
        }
        StringBuilder address = new StringBuilder(ca.tremplin.pipeline.LeadFilter.NONE
                .withCohort(query.cohort(stage)).toQuery());
        query.filters().forEach((dimension, value) -> {
            if (dimension.leadListParameter() != null) {
                append(address, dimension.leadListParameter(), String.valueOf(value));
            }
        });
        if (breakdownValue != null && query.breakdown() != null && query.breakdown().leadListParameter() != null
                && !query.filters().containsKey(query.breakdown())) {
            append(address, query.breakdown().leadListParameter(), String.valueOf(breakdownValue));
        }
        return address.toString();
    }

    /**
     * The coordinator's way into a figure (they see figures across the centres, not the centres' people): the same
     * report narrowed by one more filter, a breakdown's value or a funnel's centre. A breakdown by what is now
     * filtered becomes a breakdown by centre (which centres a country's leads went to), or none when the centre is
     * what is filtered. {@code null} when there is nothing to narrow by (the leads without a value), the report
     * already has all the filters it may, or the value is not one a filter selects ({@link #selectable}).
     */
    public static String narrowed(ReportQuery query, ReportDimension dimension, Object value) {
        if (value == null || !selectable(query, dimension, value) || (!query.filters().containsKey(dimension)
                && query.filters().size() >= ReportQuery.MAX_FILTERS)) {
            return null;
        }
        Map<ReportDimension, Object> filters = new EnumMap<>(ReportDimension.class);
        filters.putAll(query.filters());
        filters.put(dimension, value);
        ReportDimension breakdown = query.breakdown();
        if (breakdown == dimension) {
            breakdown = dimension == ReportDimension.CENTRE ? null : ReportDimension.CENTRE;
        }
        return write(new ReportQuery(query.from(), query.to(), query.asOf(), query.counting(), filters, breakdown));
    }

    /**
     * Whether the leads of a {@code dimension}'s value in this report are those of one filter. A lead names several
     * programs, sources, intakes and events: a report filtered by one program and broken down by program has a row
     * for each other program its leads also named, whose leads named both. A filter holds one value per dimension, on
     * the lead list as in a report, so such a row opens nothing — where its link dropped the row's value, opening the
     * filter's 120 leads behind a figure of 5, and the coordinator's replaced the filter's value with the row's.
     * Breaking a report down by what filters it stays allowed: which other programs the leads of one asked about is
     * worth reading.
     */
    static boolean selectable(ReportQuery query, ReportDimension dimension, Object value) {
        Object filtered = query.filters().get(dimension);
        return filtered == null || String.valueOf(filtered).equals(String.valueOf(value));
    }

    private static LocalDate date(Map<String, String> values, String name, LocalDate otherwise,
                                  List<Problem> problems) {
        String text = values.get(name);
        if (text == null) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (!FunnelCohort.plausible(date)) {
                // Years no lead can have been known in; and a period or the year before computed from them would
                // leave the calendar's range.
                problems.add(new Problem("report.dateOutOfRange", text, dateField(name), FunnelCohort.EARLIEST_YEAR,
                        FunnelCohort.LATEST_YEAR));
                return otherwise;
            }
            return date;
        } catch (DateTimeParseException unreadable) {
            problems.add(new Problem("report.unreadableDate", text, dateField(name)));
            return otherwise;
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text, E otherwise, String problemKey,
                                               List<Problem> problems) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(problemKey, text));
            return otherwise;
        }
    }

    private static void append(StringBuilder address, String name, String value) {
        address.append(address.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
