package ca.tremplin.offer;

import ca.tremplin.tenant.QuebecRegion;
import java.time.LocalDate;
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
 * Reads an offer board search from the address's parameters ({@code q}, {@code region}, {@code employer},
 * {@code sector}, {@code from}, {@code page}). Values it does not know are left out and reported, so that a
 * mistyped or outdated link still shows offers, with a message saying what was ignored.
 */
public final class OfferQueryParser {

    static final int MAX_TEXT_LENGTH = 200;
    /** The employer_name column's length: a longer name cannot match any offer. */
    static final int MAX_EMPLOYER_LENGTH = 200;
    static final int MAX_PAGE = 10_000;
    static final int MAX_CHOICES = 30;
    private static final Pattern SECTOR_CODE = Pattern.compile("\\d{2}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private OfferQueryParser() {
    }

    /** The query, and the parameters that were ignored (name=value), in the order they were met. */
    public record Parsed(OfferQuery query, List<String> ignored) {
    }

    public static Parsed parse(Map<String, String[]> parameters) {
        List<String> ignored = new ArrayList<>();
        String text = first(parameters, "q");
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        Set<QuebecRegion> regions = many(parameters, "region", OfferQueryParser::region, ignored);
        String employer = one(parameters, "employer",
                value -> value.length() <= MAX_EMPLOYER_LENGTH ? value : null, ignored);
        Set<String> sectors = many(parameters, "sector",
                value -> SECTOR_CODE.matcher(value).matches() ? value : null, ignored);
        LocalDate startFrom = one(parameters, "from", OfferQueryParser::date, ignored);
        Integer page = one(parameters, "page", OfferQueryParser::pageNumber, ignored);
        OfferQuery query = new OfferQuery(text == null || text.isBlank() ? null : text.strip(), regions, employer,
                sectors, startFrom, page == null ? 1 : page);
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
            } else if (read.size() < MAX_CHOICES) {
                read.add(one);
            }
        }
        return read;
    }

    private static QuebecRegion region(String value) {
        try {
            return QuebecRegion.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** An ISO date (2026-09-01); "from=2026-02-30" is ignored rather than read as another day. */
    private static LocalDate date(String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException impossible) {
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
