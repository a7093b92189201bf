package ca.tremplin.application;

import ca.tremplin.offer.OfferStatus;
import java.util.List;
import java.util.Map;

/** One offer's applications: counts per status, the applications and their interviews. */
public record OfferPipeline(long offerId, String employerName, String tradeFr, String tradeEn, int positions,
                            int positionsFilled, OfferStatus offerStatus, Map<ApplicationStatus, Long> counts,
                            List<ApplicationRow> rows, List<Interview> interviews) {

    public List<ApplicationRow> inStatus(ApplicationStatus status) {
        return rows.stream().filter(row -> row.status() == status).toList();
    }

    public List<Interview> interviewsOf(long applicationId) {
        return interviews.stream().filter(i -> i.getApplicationId() == applicationId).toList();
    }
}
