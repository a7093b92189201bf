package ca.tremplin.api;

import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.offer.OfferCard;
import ca.tremplin.offer.OfferPaths;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** One open offer as the API gives it, with the addresses of its public pages. */
public record OfferSummary(
        long id,
        String tenantSlug,
        String tenantNameFr,
        String tenantNameEn,
        String employerName,
        String sectorCode,
        String city,
        String region,
        String kind,
        String tradeFr,
        String tradeEn,
        int positions,
        int openPositions,
        BigDecimal hourlyWageCad,
        LocalDate startDate,
        LocalDate applicationDeadline,
        PublicLinks links) {

    static OfferSummary of(OfferCard card) {
        return new OfferSummary(card.id(), card.tenantSlug(), card.tenantNameFr(), card.tenantNameEn(),
                card.employerName(), card.sectorCode(), card.city(), card.region().name(), card.kind().name(),
                card.tradeFr(), card.tradeEn(), card.positions(), card.openPositions(), card.hourlyWageCad(),
                card.startDate(), card.applicationDeadline(),
                new PublicLinks(PublicAddress.of(OfferPaths.offer(Locale.FRENCH, card.tenantSlug(), card.slug())),
                        PublicAddress.of(OfferPaths.offer(Locale.ENGLISH, card.tenantSlug(), card.slug()))));
    }
}
