package ca.tremplin.offer;

/**
 * Where an offer stands. Only open offers are on the public board; an offer becomes filled by itself when
 * every position is taken, and open again if one is freed.
 */
public enum OfferStatus {
    DRAFT,
    OPEN,
    FILLED,
    CLOSED;

    public String messageKey() {
        return "offer.status." + name();
    }
}
