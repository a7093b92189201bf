package ca.tremplin.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.tenant.QuebecRegion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading an offer board search from the address: known values kept, the rest ignored and reported. */
class OfferQueryParserTest {

    @Test
    void readsEveryParameter() {
        OfferQueryParser.Parsed parsed = parse(Map.of(
                "q", new String[] {"  soudage  "},
                "region", new String[] {"estrie", "COTE-NORD"},
                "employer", new String[] {" Métallurgie Nadeau inc. "},
                "sector", new String[] {"16", "07"},
                "from", new String[] {"2026-09-01"},
                "page", new String[] {"3"}));

        OfferQuery query = parsed.query();
        assertEquals("soudage", query.text());
        assertEquals(Set.of(QuebecRegion.ESTRIE, QuebecRegion.COTE_NORD), query.regions());
        assertEquals("Métallurgie Nadeau inc.", query.employer());
        assertEquals(Set.of("16", "07"), query.sectors());
        assertEquals(LocalDate.of(2026, 9, 1), query.startFrom());
        assertEquals(3, query.page());
        assertEquals(40, query.offset());
        assertTrue(parsed.ignored().isEmpty());
    }

    @Test
    void nothingAskedMeansEveryOpenOffer() {
        OfferQueryParser.Parsed parsed = parse(Map.of("q", new String[] {"   "}));

        assertEquals(OfferQuery.everything(), parsed.query());
        assertTrue(parsed.ignored().isEmpty());
    }

    @Test
    void unknownValuesAreIgnoredAndReported() {
        OfferQueryParser.Parsed parsed = parse(Map.of(
                "region", new String[] {"ATLANTIDE", "MAURICIE"},
                "sector", new String[] {"7", "16"},
                "from", new String[] {"2026-02-30"},
                "page", new String[] {"0"},
                "employer", new String[] {"x".repeat(OfferQueryParser.MAX_EMPLOYER_LENGTH + 1)}));

        OfferQuery query = parsed.query();
        assertEquals(Set.of(QuebecRegion.MAURICIE), query.regions());
        assertEquals(Set.of("16"), query.sectors());
        assertNull(query.startFrom());
        assertNull(query.employer());
        assertEquals(1, query.page());
        assertEquals(List.of("region=ATLANTIDE", "employer=" + "x".repeat(40) + "…", "sector=7", "from=2026-02-30",
                "page=0"), parsed.ignored());
    }

    /** A sector's code of two digits that names no sector is said, not searched for an empty board. */
    @Test
    void aSectorCodeThatNamesNoSectorIsLeftOutAndSaid() {
        OfferQueryParser.Parsed parsed = parse(Map.of("sector", new String[] {"99", "16"}));

        assertEquals(Set.of("16"), parsed.query().sectors());
        assertEquals(List.of("sector=99"), parsed.ignored());
    }

    @Test
    void longTextIsCutAndDatesMustBeIso() {
        OfferQueryParser.Parsed parsed = parse(Map.of(
                "q", new String[] {"a".repeat(500)},
                "from", new String[] {"01/09/2026"}));

        assertEquals(OfferQueryParser.MAX_TEXT_LENGTH, parsed.query().text().length());
        assertEquals(List.of("from=01/09/2026"), parsed.ignored());
    }

    /** Québec's training sectors, as the catalogue knows them: 01 to 21. */
    private static OfferQueryParser.Parsed parse(Map<String, String[]> parameters) {
        return OfferQueryParser.parse(parameters, code -> code.compareTo("01") >= 0 && code.compareTo("21") <= 0);
    }
}
