package ca.tremplin.catalog;

import ca.tremplin.tenant.QuebecRegion;
import java.time.YearMonth;
import java.util.Set;

/**
 * What a visitor asked the public catalogue: typed text, facet selections, sort and page. Built from the
 * address by {@link CatalogQueryParser}, so that every search is a bookmarkable GET URL.
 */
public record CatalogQuery(
        String text,
        Set<String> sectors,
        Set<QuebecRegion> regions,
        Set<ProgramType> types,
        String language,
        YearMonth intakeMonth,
        TuitionRange tuition,
        boolean openIntakeOnly,
        Sort sort,
        int page) {

    public static final int PAGE_SIZE = 20;

    public enum Sort { RELEVANCE, START_DATE, DURATION, TUITION }

    public static CatalogQuery everything() {
        return new CatalogQuery(null, Set.of(), Set.of(), Set.of(), null, null, null, false, Sort.RELEVANCE, 1);
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }
}
