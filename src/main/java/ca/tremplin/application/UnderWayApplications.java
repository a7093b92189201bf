package ca.tremplin.application;

import ca.tremplin.offer.Offer;
import ca.tremplin.preferences.ApplicationsUnderWay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The applications under way that the person's consents page lists at each centre, each with when its processing was
 * consented to, read as their file reads them: their own and those left on the duplicates merged into them, one per
 * offer ({@link ApplicantFileApplications#ofThePerson}). The page crosses tenants; each query names the centre.
 */
@ApplicationScoped
public class UnderWayApplications implements ApplicationsUnderWay {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Override
    public List<UnderWay> of(long tenantId, long leadId) {
        return ApplicantFileApplications.oneRowPerOffer(ApplicantFileApplications.ofThePerson(em, tenantId, leadId),
                        leadId).stream()
                .filter(row -> !((OfferApplication) row[0]).getStatus().isFinal())
                .map(row -> {
                    Offer offer = (Offer) row[1];
                    return new UnderWay(offer.getTradeFr(), offer.getTradeEn(), offer.getEmployerName(),
                            ((OfferApplication) row[0]).getConsentAt());
                }).toList();
    }
}
