package ca.tremplin.application;

import ca.tremplin.offer.OfferStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One offer's board: the offer, its counts per status, the cards shown so far in each status's column and their
 * interviews. "More" adds a {@link Column} to it.
 */
public record OfferPipeline(long offerId, String employerName, String tradeFr, String tradeEn, int positions,
                            int positionsFilled, OfferStatus offerStatus, boolean deadlinePassed,
                            Map<ApplicationStatus, Long> counts,
                            Map<ApplicationStatus, List<ApplicationRow>> columns, List<Interview> interviews) {

    /** Applications still open (not hired, refused or withdrawn), which a filled or closed offer leaves waiting. */
    public long stillOpen() {
        return counts.entrySet().stream().filter(entry -> !entry.getKey().isFinal()).mapToLong(Map.Entry::getValue)
                .sum();
    }

    /**
     * An offer filled, closed, or open past its last day to apply (listed nowhere, taking no application), with
     * applications still open: their candidates wait for news that will not come.
     */
    public boolean leavesCandidatesWaiting() {
        return takesNoMoreApplications(offerStatus, deadlinePassed) && stillOpen() > 0;
    }

    /** Whether the offer takes no more applications: filled, closed, or open with its deadline passed. */
    public static boolean takesNoMoreApplications(OfferStatus status, boolean deadlinePassed) {
        return status == OfferStatus.FILLED || status == OfferStatus.CLOSED
                || status == OfferStatus.OPEN && deadlinePassed;
    }

    /** The offer's status as staff read it, as a message key ("Open, deadline passed (not listed)" included). */
    public String offerStatusKey() {
        return ca.tremplin.offer.Offer.statusKey(offerStatus, deadlinePassed);
    }

    public List<ApplicationRow> inStatus(ApplicationStatus status) {
        return columns.getOrDefault(status, List.of());
    }

    /** Every card shown, column after column. */
    public List<ApplicationRow> rows() {
        return columns.values().stream().flatMap(List::stream).toList();
    }

    public boolean hasMore(ApplicationStatus status) {
        return inStatus(status).size() < counts.getOrDefault(status, 0L);
    }

    public List<Interview> interviewsOf(long applicationId) {
        return interviews.stream().filter(i -> i.getApplicationId() == applicationId).toList();
    }

    /** The board with more cards at the end of one column. */
    public OfferPipeline withMore(ApplicationStatus status, Column more) {
        Map<ApplicationStatus, List<ApplicationRow>> longer = new java.util.EnumMap<>(columns);
        List<ApplicationRow> cards = new ArrayList<>(inStatus(status));
        cards.addAll(more.cards());
        longer.put(status, cards);
        List<Interview> allInterviews = new ArrayList<>(interviews);
        allInterviews.addAll(more.interviews());
        return new OfferPipeline(offerId, employerName, tradeFr, tradeEn, positions, positionsFilled, offerStatus,
                deadlinePassed, counts, longer, allInterviews);
    }

    /** Further cards of one column and their interviews. */
    public record Column(List<ApplicationRow> cards, List<Interview> interviews) {
    }
}
