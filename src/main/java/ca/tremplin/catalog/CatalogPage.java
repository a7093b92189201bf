package ca.tremplin.catalog;

import java.util.List;
import java.util.Map;

/**
 * One page of catalogue results with the facet counts that go with it. Each facet's counts apply every
 * other selection but its own, so a visitor sees how many programs each choice would give.
 */
public record CatalogPage(
        List<ProgramCard> programs,
        long total,
        int page,
        Map<String, Long> sectorCounts,
        Map<String, Long> regionCounts,
        Map<String, Long> typeCounts,
        Map<String, Long> languageCounts,
        Map<String, Long> intakeMonthCounts,
        Map<String, Long> tuitionCounts,
        long withOpenIntake) {

    public int pageCount() {
        return (int) Math.max(1, (total + CatalogQuery.PAGE_SIZE - 1) / CatalogQuery.PAGE_SIZE);
    }
}
