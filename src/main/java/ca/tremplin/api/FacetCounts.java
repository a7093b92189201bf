package ca.tremplin.api;

import ca.tremplin.catalog.CatalogPage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/**
 * How many programs each choice of a facet would give. Each facet's counts apply every other selection but its
 * own, exactly as on the catalogue page; {@code openIntake} counts programs with an open intake from today on.
 */
@JsonbPropertyOrder({"sector", "region", "type", "instruction", "intakeMonth", "tuition", "openIntake"})
public record FacetCounts(
        Map<String, Long> sector,
        Map<String, Long> region,
        Map<String, Long> type,
        Map<String, Long> instruction,
        Map<String, Long> intakeMonth,
        Map<String, Long> tuition,
        long openIntake) {

    static FacetCounts of(CatalogPage page) {
        return new FacetCounts(page.sectorCounts(), page.regionCounts(), page.typeCounts(), page.languageCounts(),
                page.intakeMonthCounts(), page.tuitionCounts(), page.withOpenIntake());
    }
}
