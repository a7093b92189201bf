package ca.tremplin.offer;

import ca.tremplin.catalog.CatalogQueryParser;
import ca.tremplin.kernel.AddressParameters;
import ca.tremplin.tenant.QuebecRegion;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public static final int MAX_PAGE = 10_000;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private OfferQueryParser() {
    }

    /** The query, and the parameters that were ignored (name=value), in the order they were met. */
    public record Parsed(OfferQuery query, List<String> ignored, List<String> repeated) {
    }

    /**
     * @param knownSector whether a code is one of Québec's training sectors: one that names none is left out and said
     *                    ({@link CatalogQueryParser#sectorCode})
     */
    public static Parsed parse(Map<String, String[]> parameters, java.util.function.Predicate<String> knownSector) {
        AddressParameters address = new AddressParameters(parameters);
        String text = address.text("q", MAX_TEXT_LENGTH);
        Set<QuebecRegion> regions = address.many("region",
                value -> AddressParameters.enumValue(QuebecRegion.class, value));
        String employer = address.one("employer", value -> value.length() <= MAX_EMPLOYER_LENGTH ? value : null);
        Set<String> sectors = address.many("sector", value -> CatalogQueryParser.sectorCode(value, knownSector));
        LocalDate startFrom = address.one("from", OfferQueryParser::date);
        int page = address.page(MAX_PAGE);
        return new Parsed(new OfferQuery(text, regions, employer, sectors, startFrom, page), address.ignored(), address.repeated());
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
}
