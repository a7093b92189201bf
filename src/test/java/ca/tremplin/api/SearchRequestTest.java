package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.catalog.CatalogQuery;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.tenant.QuebecRegion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void readsTheCataloguePagesParameters() {
        SearchRequest request = read(parameters("q", "soudage", "type", "DEP", "type", "asp",
                "region", "ESTRIE", "sort", "start-date", "page", "2", "open", "1"));

        CatalogQuery query = request.query();
        assertEquals("soudage", query.text());
        assertEquals(Set.of(ProgramType.DEP, ProgramType.ASP), query.types());
        assertEquals(Set.of(QuebecRegion.ESTRIE), query.regions());
        assertEquals(CatalogQuery.Sort.START_DATE, query.sort());
        assertEquals(2, query.page());
        assertEquals(true, query.openIntakeOnly());
        assertEquals(List.of(), request.ignoredParameters());
    }

    @Test
    void everyUnreadableValueIsRefusedTogetherInTheOrderOfTheParser() {
        InvalidParametersException refused = assertThrows(InvalidParametersException.class,
                () -> read(parameters("page", "abc", "region", "ATLANTIS", "region", "ESTRIE",
                        "sector", "16", "sector", "1x")));

        assertEquals(List.of(InvalidParameter.malformed("sector", "1x"),
                InvalidParameter.malformed("region", "ATLANTIS"), InvalidParameter.malformed("page", "abc")),
                refused.parameters());
    }

    @Test
    void aPageBeyondTheLastOneThePageAllowsIsRefused() {
        InvalidParametersException refused = assertThrows(InvalidParametersException.class,
                () -> read(parameters("page", "0")));

        assertEquals("page", refused.parameters().get(0).name());
    }

    @Test
    void parametersThatAreNoPartOfASearchAreIgnoredAndNamed() {
        SearchRequest request = read(parameters("utm_source", "partner", "q", "cuisine", "_", "1"));

        assertEquals(List.of("_", "utm_source"), request.ignoredParameters());
        assertEquals("cuisine", request.query().text());
    }

    @Test
    void emptyValuesMeanNoChoice() {
        SearchRequest request = read(parameters("region", "", "page", " "));

        assertEquals(CatalogQuery.everything(), request.query());
    }

    /**
     * A training sector's code that names none of Québec's sectors is refused as a value the catalogue cannot read, so
     * that a partner's link to "sector=99" learns of it instead of listing no program at all.
     */
    @Test
    void aSectorCodeThatNamesNoSectorIsRefusedByName() {
        InvalidParametersException refused = assertThrows(InvalidParametersException.class,
                () -> read(parameters("sector", "16", "sector", "99")));

        assertEquals(List.of(InvalidParameter.malformed("sector", "99")), refused.parameters());
    }

    /** Québec's training sectors, as the catalogue knows them: 01 to 21. */
    private static SearchRequest read(Map<String, List<String>> parameters) {
        return SearchRequest.read(parameters, code -> code.compareTo("01") >= 0 && code.compareTo("21") <= 0);
    }

    /** Name, value, name, value... as a decoded query string, names repeated for several values. */
    private static Map<String, List<String>> parameters(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return parameters;
    }
}
