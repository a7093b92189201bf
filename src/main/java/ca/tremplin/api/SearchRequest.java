package ca.tremplin.api;

import ca.tremplin.catalog.CatalogQuery;
import ca.tremplin.catalog.CatalogQueryParser;
import java.util.List;
import java.util.Map;

/**
 * A search read from the query string with the catalogue page's own parser, but strictly: where the page shows
 * results for a mistyped link and says what it ignored, a program calling the API should learn about its
 * mistake at once, so any value the parser would ignore refuses the whole request. Parameters that are no part
 * of a search are ignored and named in the response.
 */
record SearchRequest(CatalogQuery query, List<String> ignoredParameters) {

    /** @param knownSector whether a code is one of Québec's training sectors: {@code sector=99} is refused too */
    static SearchRequest read(Map<String, List<String>> parameters, java.util.function.Predicate<String> knownSector) {
        QueryParameters split = QueryParameters.split(parameters, CatalogQueryParser.PARAMETERS);
        CatalogQueryParser.Parsed parsed = CatalogQueryParser.parse(split.known(), knownSector);
        QueryParameters.refuseIfUnreadable(parsed.ignored(), parsed.repeated());
        return new SearchRequest(parsed.query(), split.ignoredNames());
    }
}
