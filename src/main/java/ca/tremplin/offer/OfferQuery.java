package ca.tremplin.offer;

import ca.tremplin.tenant.QuebecRegion;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a visitor asked the public offer board: typed text, regions, one employer, trade sectors, the
 * earliest start date, and the page. Built from the address by {@link OfferQueryParser}, so that every
 * search is a bookmarkable GET URL.
 */
public record OfferQuery(
        String text,
        Set<QuebecRegion> regions,
        String employer,
        Set<String> sectors,
        LocalDate startFrom,
        int page) {

    public static final int PAGE_SIZE = 20;

    public OfferQuery {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        page = Math.max(1, page);
    }

    public static OfferQuery everything() {
        return new OfferQuery(null, Set.of(), null, Set.of(), null, 1);
    }

    /** The same search on another page. */
    public OfferQuery onPage(int other) {
        return new OfferQuery(text, regions, employer, sectors, startFrom, other);
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }
}
