package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.tremplin.web.CampaignTouch;
import ca.tremplin.web.CampaignTouches;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A lead keeps the first campaign that brought the person once it is set, and moves its last touch to the latest one
 * that arrives with a request, a registration or an application — never back to an older one.
 */
class CampaignAttributionTest {

    private static final CampaignTouch JANUARY = touch(1, 10, "2027-01-10T12:00:00Z");
    private static final CampaignTouch FEBRUARY = touch(2, 20, "2027-02-10T12:00:00Z");
    private static final CampaignTouch MARCH = touch(3, 30, "2027-03-10T12:00:00Z");
    /** When the lead was first known: the day of its first request, after the January touch. */
    private static final Instant KNOWN = Instant.parse("2027-01-11T09:00:00Z");
    /** A lead first known in March, after the touch of the request that made it. */
    private static final Instant LATER = Instant.parse("2027-03-10T12:05:00Z");

    @Test
    void firstRequestSetsBothTouches() {
        CampaignAttribution lead = new CampaignAttribution();
        lead.keep(new CampaignTouches(JANUARY, FEBRUARY), KNOWN);
        assertEquals(new CampaignTouches(JANUARY, FEBRUARY), lead.touches());
        assertEquals(1L, lead.getFirstCampaignId());
        assertEquals(20L, lead.getLastActivityId());
    }

    @Test
    void laterRequestKeepsTheFirstTouchAndMovesTheLast() {
        CampaignAttribution lead = new CampaignAttribution();
        lead.keep(new CampaignTouches(JANUARY, JANUARY), KNOWN);
        lead.keep(new CampaignTouches(FEBRUARY, MARCH), KNOWN);
        assertEquals(JANUARY, lead.touches().first());
        assertEquals(MARCH, lead.touches().last());
    }

    @Test
    void olderTouchFromAnotherBrowserDoesNotUndoANewerOne() {
        CampaignAttribution lead = new CampaignAttribution();
        lead.keep(new CampaignTouches(MARCH, MARCH), LATER);
        lead.keep(new CampaignTouches(JANUARY, FEBRUARY), KNOWN);
        assertEquals(MARCH, lead.touches().first());
        assertEquals(MARCH, lead.touches().last());
    }

    /**
     * A person the centre has followed since January, whom a campaign reaches in March: the campaign is their last
     * touch, not the one that brought them (they came without one).
     */
    @Test
    void aCampaignThatReachesAPersonKnownBeforeItIsTheirLastTouchOnly() {
        CampaignAttribution lead = new CampaignAttribution();
        lead.keep(new CampaignTouches(MARCH, MARCH), KNOWN);
        assertNull(lead.touches().first());
        assertEquals(MARCH, lead.touches().last());
        CampaignAttribution visitedFirst = new CampaignAttribution();
        visitedFirst.keep(new CampaignTouches(JANUARY, MARCH), Instant.parse("2027-02-01T00:00:00Z"));
        assertEquals(JANUARY, visitedFirst.touches().first(),
                "a campaign that touched the person before the centre knew them brought them");
    }

    @Test
    void requestWithoutTouchChangesNothing() {
        CampaignAttribution lead = new CampaignAttribution();
        lead.keep(CampaignTouches.NONE, KNOWN);
        lead.keep(null, KNOWN);
        assertNull(lead.touches().first());
        lead.keep(new CampaignTouches(JANUARY, FEBRUARY), KNOWN);
        lead.keep(CampaignTouches.NONE, KNOWN);
        assertEquals(new CampaignTouches(JANUARY, FEBRUARY), lead.touches());
    }

    @Test
    void whatARequestCarriedIsStoredAsIs() {
        CampaignAttribution request = CampaignAttribution.of(new CampaignTouches(JANUARY, MARCH));
        assertEquals(new CampaignTouches(JANUARY, MARCH), request.touches());
        assertEquals(CampaignTouches.NONE, CampaignAttribution.of(null).touches());
    }

    private static CampaignTouch touch(long campaign, long activity, String at) {
        return new CampaignTouch(campaign, activity, Instant.parse(at));
    }
}
