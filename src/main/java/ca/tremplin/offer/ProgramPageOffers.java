package ca.tremplin.offer;

import ca.tremplin.catalog.ProgramOffers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The offers a program's public page lists, read from the public offer board. */
@ApplicationScoped
public class ProgramPageOffers implements ProgramOffers {

    @Inject
    PublicOffers offers;

    @Override
    public List<OfferLink> openOffers(long programId, Locale language, int most) {
        return offers.openOffersForProgramAcrossAllTenants(programId, language, most).stream()
                .map(card -> new OfferLink(card.trade(language), card.employerName(), card.city(),
                        OfferPaths.offer(language, card.tenantSlug(), card.slug())))
                .toList();
    }
}
