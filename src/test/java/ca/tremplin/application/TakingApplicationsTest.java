package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.offer.Offer;
import ca.tremplin.offer.OfferStatus;
import ca.tremplin.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Whether the public form takes an application today, and what it says when it does not: the form a candidate abroad
 * opened may be sent long after, when the offer was filled or closed, its last day passed, or its centre closed.
 */
class TakingApplicationsTest {

    /** Noon in Québec on 10 March 2027. */
    private static final Clock NOON = Clock.fixed(Instant.parse("2027-03-10T17:00:00Z"), ZoneOffset.UTC);

    @Test
    void anOpenOfferOfAnActiveCentreTakesApplicationsUpToItsLastDayInQuebec() {
        Offer offer = open(LocalDate.of(2027, 3, 10));

        assertNull(ApplicationService.refusal(offer, centre(true), NOON));
        assertTrue(ApplicationService.takesApplications(offer, centre(true), NOON));
        assertNull(ApplicationService.refusal(open(null), centre(true), NOON), "no deadline");
    }

    @Test
    void anOfferOfACentreClosedWhileTheFormWasFilledTakesNoneAndSaysItNoLongerDoes() {
        Offer offer = open(null);

        BusinessRuleException refused = ApplicationService.refusal(offer, centre(false), NOON);

        assertEquals("application.offerClosed", refused.messageKey());
        assertTrue(refused.localizedMessage(Locale.ENGLISH).contains("Nothing was sent"),
                refused.localizedMessage(Locale.ENGLISH));
        assertFalse(ApplicationService.takesApplications(offer, centre(false), NOON));
    }

    @Test
    void anOfferClosedOrFilledMeanwhileTakesNone() {
        Offer closed = open(null);
        closed.changeStatus(OfferStatus.CLOSED);
        Offer filled = open(null);
        filled.recordFilledPositions(filled.getPositions());

        assertEquals("application.offerClosed",
                ApplicationService.refusal(closed, centre(true), NOON).messageKey());
        assertEquals(OfferStatus.FILLED, filled.getStatus());
        assertEquals("application.offerClosed",
                ApplicationService.refusal(filled, centre(true), NOON).messageKey());
    }

    @Test
    void anOfferPastItsLastDayIsRefusedWithThatDayWrittenForTheReader() {
        BusinessRuleException refused = ApplicationService.refusal(open(LocalDate.of(2027, 3, 9)), centre(true),
                NOON);

        assertEquals("application.deadlinePassed", refused.messageKey());
        assertTrue(refused.localizedMessage(Locale.FRENCH).contains("9 mars 2027"),
                refused.localizedMessage(Locale.FRENCH));
        assertTrue(refused.localizedMessage(Locale.ENGLISH).contains("March 9, 2027"),
                refused.localizedMessage(Locale.ENGLISH));
    }

    private static Offer open(LocalDate deadline) {
        Offer offer = new Offer();
        offer.setEmployerName("Garage Bélanger et Fils");
        offer.setTradeFr("Mécanique automobile");
        offer.setTradeEn("Automotive mechanic");
        offer.setPositions(1);
        offer.setApplicationDeadline(deadline);
        offer.changeStatus(OfferStatus.OPEN);
        return offer;
    }

    /**
     * An offer filled, closed, or open past its last day to apply takes no more applications: the ones still open on its
     * board wait for news, and are refused at once; an open offer still taking some handles them one by one.
     */
    @Test
    void anOfferOpenPastItsDeadlineLeavesItsCandidatesWaitingAsAClosedOneDoes() {
        assertTrue(OfferPipeline.takesNoMoreApplications(OfferStatus.OPEN, true));
        assertTrue(OfferPipeline.takesNoMoreApplications(OfferStatus.FILLED, false));
        assertTrue(OfferPipeline.takesNoMoreApplications(OfferStatus.CLOSED, false));
        assertFalse(OfferPipeline.takesNoMoreApplications(OfferStatus.OPEN, false));
        assertFalse(OfferPipeline.takesNoMoreApplications(OfferStatus.DRAFT, true), "a draft never took any");

        OfferPipeline pastDeadline = board(OfferStatus.OPEN, true, 2L);
        assertTrue(pastDeadline.leavesCandidatesWaiting());
        assertEquals("offer.status.openDeadlinePassed", pastDeadline.offerStatusKey());
        assertFalse(board(OfferStatus.OPEN, false, 2L).leavesCandidatesWaiting());
        assertFalse(board(OfferStatus.OPEN, true, 0L).leavesCandidatesWaiting(), "nobody waits");
    }

    private static OfferPipeline board(OfferStatus status, boolean deadlinePassed, long applied) {
        java.util.Map<ApplicationStatus, Long> counts = new java.util.EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus each : ApplicationStatus.values()) {
            counts.put(each, each == ApplicationStatus.APPLIED ? applied : 0L);
        }
        return new OfferPipeline(1L, "Soudures du Fjord", "Soudeur", "Welder", 2, 0, status, deadlinePassed, counts,
                java.util.Map.of(), java.util.List.of());
    }

    private static Tenant centre(boolean active) {
        Tenant centre = new Tenant();
        centre.setActive(active);
        return centre;
    }
}
