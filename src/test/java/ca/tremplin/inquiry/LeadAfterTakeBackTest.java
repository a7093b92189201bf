package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.tremplin.person.InterestKind;
import ca.tremplin.web.CampaignTouch;
import ca.tremplin.web.CampaignTouches;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A record a request taken back leaves at a centre reads as if the request had never come there: what the request
 * set is worked out again from what the record still holds, and what something else set stays.
 */
class LeadAfterTakeBackTest {

    private static final Instant KNOWN = Instant.parse("2026-09-01T10:00:00.123456Z");
    private static final Instant EARLIER = Instant.parse("2026-10-01T10:00:00.654321Z");
    private static final Instant TAKEN_BACK = Instant.parse("2026-11-01T10:00:00.000001Z");
    private static final Instant LATER = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void theLastRequestSetByTheRequestTakenBackIsTheLatestLeft() {
        assertEquals(EARLIER, LeadAfterTakeBack.lastRequestAfter(TAKEN_BACK, TAKEN_BACK, List.of(KNOWN, EARLIER),
                KNOWN));
    }

    @Test
    void aLastRequestSomethingElseSetLaterStays() {
        assertEquals(LATER, LeadAfterTakeBack.lastRequestAfter(LATER, TAKEN_BACK, List.of(EARLIER, LATER), KNOWN));
    }

    @Test
    void withNothingLeftTheLastRequestIsWhenThePersonWasFirstKnown() {
        assertEquals(KNOWN, LeadAfterTakeBack.lastRequestAfter(TAKEN_BACK, TAKEN_BACK, List.of(), KNOWN));
    }

    @Test
    void theOwnerRoutingGaveARecordTheRequestCreatedGoesToNobody() {
        assertNull(LeadAfterTakeBack.ownerAfter(true, 7L, 7L, false, null).id());
    }

    @Test
    void theOwnerGoesToTheRecruiterOfTheFirstRequestLeft() {
        assertEquals(9L, LeadAfterTakeBack.ownerAfter(true, 7L, 7L, false, 9L).id());
    }

    @Test
    void anOwnerStaffChoseOrARecordKnownBeforeKeepsItsOwner() {
        assertNull(LeadAfterTakeBack.ownerAfter(true, 7L, 7L, true, null), "changed since: left alone");
        assertNull(LeadAfterTakeBack.ownerAfter(false, 7L, 7L, false, null), "the record was known before");
        assertNull(LeadAfterTakeBack.ownerAfter(true, 8L, 7L, false, null), "not the recruiter routing gave");
        assertNull(LeadAfterTakeBack.ownerAfter(true, null, null, false, null), "routing gave nobody");
        assertNull(LeadAfterTakeBack.ownerAfter(true, 7L, 7L, false, 7L), "the same owner either way");
    }

    @Test
    void onlyTheInterestsTheRequestAloneNamedGo() {
        LeadAfterTakeBack.Interest welding = new LeadAfterTakeBack.Interest(InterestKind.PROGRAM, "12");
        LeadAfterTakeBack.Interest cooking = new LeadAfterTakeBack.Interest(InterestKind.PROGRAM, "13");
        LeadAfterTakeBack.Interest fall = new LeadAfterTakeBack.Interest(InterestKind.INTAKE, "2027-08");
        assertEquals(Set.of(cooking, fall), LeadAfterTakeBack.saidAlone(Set.of(welding, cooking, fall),
                Set.of(welding)));
    }

    @Test
    void theTouchesTheRequestBroughtAreWorkedOutAgainFromWhatIsLeft() {
        CampaignTouch before = new CampaignTouch(1, 10, KNOWN);
        CampaignTouch its = new CampaignTouch(2, 20, TAKEN_BACK.minusSeconds(60));
        CampaignTouches held = new CampaignTouches(before, its);
        CampaignTouches left = new CampaignTouches(before, before);
        assertEquals(new CampaignTouches(before, before), LeadAfterTakeBack.touchesAfter(held,
                new CampaignTouches(its, its), List.of(left), KNOWN.minusSeconds(1)));
    }

    @Test
    void aRecordTheRequestAloneTouchedHasNoTouchLeft() {
        CampaignTouch its = new CampaignTouch(2, 20, TAKEN_BACK.minusSeconds(60));
        assertEquals(CampaignTouches.NONE, LeadAfterTakeBack.touchesAfter(new CampaignTouches(its, its),
                new CampaignTouches(its, null), List.of(CampaignTouches.NONE), KNOWN));
    }

    @Test
    void aTouchAnotherSourceBroughtStays() {
        CampaignTouch its = new CampaignTouch(2, 20, EARLIER);
        CampaignTouch later = new CampaignTouch(3, 30, LATER);
        CampaignTouches held = new CampaignTouches(its, later);
        assertEquals(new CampaignTouches(null, later), LeadAfterTakeBack.touchesAfter(held,
                new CampaignTouches(its, its), List.of(new CampaignTouches(later, later)), KNOWN),
                "the first worked out again (a later touch is never a first), the last kept");
        assertEquals(held, LeadAfterTakeBack.touchesAfter(held, CampaignTouches.NONE, List.of(), KNOWN),
                "a request that brought none changes none");
    }
}
