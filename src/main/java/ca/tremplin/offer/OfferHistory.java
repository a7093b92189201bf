package ca.tremplin.offer;

import ca.tremplin.kernel.FieldChanges;
import ca.tremplin.security.ChangeLines;
import ca.tremplin.security.StaffChange.Subject;
import ca.tremplin.security.StaffChange.What;
import ca.tremplin.security.StaffChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * An offer's change history, written in the change's transaction: created, its fields edited (from what to what), opened,
 * closed, filled — by the offer's page or by a hire on its applications board, whoever made it.
 */
@ApplicationScoped
public class OfferHistory {

    @Inject
    StaffChanges changes;

    /** What an edit changes, read before it is merged onto the stored offer. */
    record Before(List<String> fields, OfferStatus status) {
    }

    static Before before(Offer stored, Offer edited) {
        return new Before(stored.changedFields(edited), stored.getStatus());
    }

    void created(Offer offer) {
        changes.record(Subject.OFFER, offer.getId(), What.OFFER_CREATED, null);
    }

    /** The fields edited, and the status when fewer positions made the offer filled or open again. */
    void edited(Offer saved, Before former) {
        changes.recordEach(Subject.OFFER, saved.getId(), What.OFFER_EDITED, former.fields());
        statusChanged(saved, former.status());
    }

    /** An offer deleted, filed under its centre by its employer and trade: its own page and history go with it. */
    void deleted(Offer offer, long tenantId) {
        changes.record(Subject.CENTRE, tenantId, What.OFFER_DELETED, offer.getEmployerName() + " — " + offer.getTradeFr());
    }

    void statusChanged(Offer offer, OfferStatus former) {
        changes.recordMove(Subject.OFFER, offer.getId(), What.OFFER_STATUS, null, former, offer.getStatus());
    }

    /**
     * Records the positions filled on the offer (see {@link Offer#recordFilledPositions}), with the status that follows
     * them: the last position filled by a hire makes the offer filled, which its history says, by whom.
     */
    public void recordFilledPositions(Offer offer, int filled) {
        int formerFilled = offer.getPositionsFilled();
        OfferStatus former = offer.getStatus();
        offer.recordFilledPositions(filled);
        changes.recordEach(Subject.OFFER, offer.getId(), What.OFFER_FILLED, FieldChanges.between(formerFilled, filled)
                .value("POSITIONS_FILLED", count -> count).lines());
        statusChanged(offer, former);
    }

    ChangeLines of(long offerId, int most) {
        return changes.ofRecord(Subject.OFFER, offerId, most);
    }
}
