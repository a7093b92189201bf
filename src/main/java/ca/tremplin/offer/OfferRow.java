package ca.tremplin.offer;

import java.io.Serializable;
import java.util.Locale;

/**
 * One line of the back office's list of offers, as the page keeps it with its view: what the line shows, read in the
 * transaction that found it, never the offer itself — a view travels with the session, replicated between servers,
 * and an entity would carry its lazy associations there. {@code statusKey}: the status as staff read it
 * ({@link Offer#statusKey}).
 */
public record OfferRow(long id, String tradeFr, String tradeEn, String employerName, String city, int positionsFilled,
                       int positions, OfferStatus status, String statusKey) implements Serializable {

    static OfferRow of(Offer offer, String statusKey) {
        return new OfferRow(offer.getId(), offer.getTradeFr(), offer.getTradeEn(), offer.getEmployerName(),
                offer.getCity(), offer.getPositionsFilled(), offer.getPositions(), offer.getStatus(), statusKey);
    }

    /** The trade in the reader's language, as {@link Offer#trade} says it. */
    public String trade(Locale locale) {
        return ca.tremplin.kernel.Languages.isEnglish(locale) ? tradeEn : tradeFr;
    }
}
