package ca.tremplin.offer;

import java.util.List;

/** One page of the public offer board. */
public record OfferPage(List<OfferCard> offers, long total, int page) {

    public int pageCount() {
        return (int) Math.max(1, (total + OfferQuery.PAGE_SIZE - 1) / OfferQuery.PAGE_SIZE);
    }
}
