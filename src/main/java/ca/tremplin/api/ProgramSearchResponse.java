package ca.tremplin.api;

import ca.tremplin.catalog.CatalogPage;
import ca.tremplin.catalog.CatalogQuery;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One page of search results with the facet counts that go with it. {@code ignoredParameters} names query
 * parameters that are no part of a search (a cache buster, a tracking tag): they are ignored, not refused. A
 * known parameter with a value that cannot be read is refused with a 400 problem instead.
 */
@JsonbPropertyOrder({"items", "total", "page", "pageCount", "pageSize", "facets", "ignoredParameters"})
public record ProgramSearchResponse(
        List<ProgramSummary> items,
        long total,
        int page,
        int pageCount,
        int pageSize,
        FacetCounts facets,
        List<String> ignoredParameters) {

    static ProgramSearchResponse of(CatalogPage page, List<String> ignoredParameters) {
        return new ProgramSearchResponse(page.programs().stream().map(ProgramSummary::of).toList(), page.total(),
                page.page(), page.pageCount(), CatalogQuery.PAGE_SIZE, FacetCounts.of(page),
                List.copyOf(ignoredParameters));
    }
}
