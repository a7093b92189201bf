package ca.tremplin.catalog;

import static ca.tremplin.kernel.AddressParameters.enumValue;

import ca.tremplin.kernel.AddressParameters;
import ca.tremplin.tenant.QuebecRegion;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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

    /**
     * The query, and the parameters that were ignored (name=value), in the order they were met; {@code repeated}
     * those of them ignored because their parameter takes one value and was given another beside it.
     */
    public record Parsed(CatalogQuery query, List<String> ignored, List<String> repeated) {
    }

    /**
     * @param knownSector whether a code is one of Québec's training sectors ({@link SectorNames#isKnown}): a code of
     *                    two digits that names none ({@code sector=99}) is left out and said, as an unreadable one is,
     *                    rather than searched for and answered with no program and no choice to untick
     */
    public static Parsed parse(Map<String, String[]> parameters, Predicate<String> knownSector) {
        AddressParameters address = new AddressParameters(parameters);
        String text = address.text("q", MAX_TEXT_LENGTH);
        Set<String> sectors = address.many("sector", value -> sectorCode(value, knownSector));
        Set<QuebecRegion> regions = address.many("region", value -> enumValue(QuebecRegion.class, value));
        Set<ProgramType> types = address.many("type", value -> enumValue(ProgramType.class, value));
        String instruction = address.one("instruction",
                value -> "FR".equalsIgnoreCase(value) || "EN".equalsIgnoreCase(value) ? value.toUpperCase(Locale.ROOT)
                        : null);
        YearMonth month = address.one("month", CatalogQueryParser::yearMonth);
        TuitionRange tuition = address.one("tuition", value -> enumValue(TuitionRange.class, value));
        Boolean open = address.one("open", value -> "1".equals(value) || "true".equals(value) ? Boolean.TRUE
                : "0".equals(value) || "false".equals(value) ? Boolean.FALSE : null);
        CatalogQuery.Sort sort = address.one("sort", value -> enumValue(CatalogQuery.Sort.class, value));
        int page = address.page(MAX_PAGE);
        CatalogQuery query = new CatalogQuery(text, sectors, regions, types, instruction, month, tuition,
                Boolean.TRUE.equals(open), sort == null ? CatalogQuery.Sort.RELEVANCE : sort, page);
        return new Parsed(query, address.ignored(), address.repeated());
    }

    /** A training sector's code as an address gives it, or null when it names none of Québec's sectors. */
    public static String sectorCode(String value, Predicate<String> knownSector) {
        return SECTOR_CODE.matcher(value).matches() && knownSector.test(value) ? value : null;
    }

    private static YearMonth yearMonth(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
