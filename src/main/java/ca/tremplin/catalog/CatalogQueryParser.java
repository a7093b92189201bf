package ca.tremplin.catalog;

import ca.tremplin.tenant.QuebecRegion;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a catalogue search from the address's parameters ({@code q}, {@code sector}, {@code region},
 * {@code type}, {@code instruction}, {@code month}, {@code tuition}, {@code open}, {@code sort},
 * {@code page}). Values it does not know are left out and reported, so that a mistyped or outdated link
 * still shows results, with a message saying what was ignored.
 */
public final class CatalogQueryParser {

    /** Every parameter a catalogue search reads; any other one is no part of the search. */
    public static final Set<String> PARAMETERS =
            Set.of("q", "sector", "region", "type", "instruction", "month", "tuition", "open", "sort", "page");

    static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_PAGE = 10_000;
    private static final Pattern SECTOR_CODE = Pattern.compile("\\d{2}");

    private CatalogQueryParser() {
    }

    /** The query, and the parameters that were ignored (name=value), in the order they were met. */
    public record Parsed(CatalogQuery query, List<String> ignored) {
    }

    public static Parsed parse(Map<String, String[]> parameters) {
        List<String> ignored = new ArrayList<>();
        String text = first(parameters, "q");
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        Set<String> sectors = many(parameters, "sector", value -> SECTOR_CODE.matcher(value).matches() ? value : null,
                ignored);
        Set<QuebecRegion> regions = many(parameters, "region", value -> enumValue(QuebecRegion.class, value), ignored);
        Set<ProgramType> types = many(parameters, "type", value -> enumValue(ProgramType.class, value), ignored);
        String instruction = one(parameters, "instruction",
                value -> "FR".equalsIgnoreCase(value) || "EN".equalsIgnoreCase(value) ? value.toUpperCase(Locale.ROOT)
                        : null, ignored);
        YearMonth month = one(parameters, "month", CatalogQueryParser::yearMonth, ignored);
        TuitionRange tuition = one(parameters, "tuition", value -> enumValue(TuitionRange.class, value), ignored);
        Boolean open = one(parameters, "open", value -> "1".equals(value) || "true".equals(value) ? Boolean.TRUE
                : "0".equals(value) || "false".equals(value) ? Boolean.FALSE : null, ignored);
        CatalogQuery.Sort sort = one(parameters, "sort", value -> enumValue(CatalogQuery.Sort.class, value), ignored);
        Integer page = one(parameters, "page", CatalogQueryParser::pageNumber, ignored);
        CatalogQuery query = new CatalogQuery(text == null || text.isBlank() ? null : text.strip(), sectors, regions,
                types, instruction, month, tuition, Boolean.TRUE.equals(open),
                sort == null ? CatalogQuery.Sort.RELEVANCE : sort, page == null ? 1 : page);
        return new Parsed(query, ignored);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static <T> T one(Map<String, String[]> parameters, String name, Function<String, T> reader,
                             List<String> ignored) {
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        T read = reader.apply(value.strip());
        if (read == null) {
            ignored.add(name + "=" + abbreviate(value));
        }
        return read;
    }

    private static <T> Set<T> many(Map<String, String[]> parameters, String name, Function<String, T> reader,
                                   List<String> ignored) {
        Set<T> read = new LinkedHashSet<>();
        String[] values = parameters.get(name);
        if (values == null) {
            return read;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            T one = reader.apply(value.strip());
            if (one == null) {
                ignored.add(name + "=" + abbreviate(value));
            } else if (read.size() < 30) {
                read.add(one);
            }
        }
        return read;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static YearMonth yearMonth(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static Integer pageNumber(String value) {
        if (!value.matches("\\d{1,5}")) {
            return null;
        }
        int page = Integer.parseInt(value);
        return page >= 1 && page <= MAX_PAGE ? page : null;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
