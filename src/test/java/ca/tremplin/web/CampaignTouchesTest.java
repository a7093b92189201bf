package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A visitor's browser carries their first and last campaign touch in a cookie of ids and times only: a new tracked
 * visit keeps the first and replaces the last, and a value changed by hand reads as no touch.
 */
class CampaignTouchesTest {

    /** Ten and nine days ago: times a cookie holds (it lives 90 days). */
    private static final long WEBINAR_AT = Instant.now().getEpochSecond() - 10 * 86_400L;
    private static final long FAIR_AT = WEBINAR_AT + 86_400L;
    private static final CampaignTouch WEBINAR = new CampaignTouch(3, 11, Instant.ofEpochSecond(WEBINAR_AT));
    private static final CampaignTouch FAIR = new CampaignTouch(5, 20, Instant.ofEpochSecond(FAIR_AT));

    @Test
    void firstVisitIsFirstAndLastTouch() {
        CampaignTouches touches = CampaignTouches.NONE.after(WEBINAR);
        assertEquals(WEBINAR, touches.first());
        assertEquals(WEBINAR, touches.last());
        assertEquals("3.11." + WEBINAR_AT, touches.cookieValue());
    }

    @Test
    void laterVisitKeepsTheFirstAndBecomesTheLast() {
        CampaignTouches touches = CampaignTouches.NONE.after(WEBINAR).after(FAIR);
        assertEquals(WEBINAR, touches.first());
        assertEquals(FAIR, touches.last());
        assertEquals("3.11." + WEBINAR_AT + "_5.20." + FAIR_AT, touches.cookieValue());
    }

    @Test
    void cookieReadsBackAsItWasWritten() {
        CampaignTouches touches = CampaignTouches.NONE.after(WEBINAR).after(FAIR);
        assertEquals(touches, CampaignTouches.parse(touches.cookieValue()));
        assertEquals(new CampaignTouches(WEBINAR, WEBINAR), CampaignTouches.parse("3.11." + WEBINAR_AT));
    }

    @Test
    void valueChangedByHandReadsAsNoTouch() {
        for (String value : new String[] {null, "", "abc", "3.11", "3.11.1800000000_", "3.11.1800000000;x=1",
                "-3.11.1800000000", "3.11.1800000000_5.20"}) {
            assertTrue(CampaignTouches.parse(value).isEmpty(), value);
        }
    }

    /**
     * A time the cookie cannot hold, made up by hand — the year 33658, the future, older than the cookie lives —
     * reads as no touch rather than reaching the database, which refused it with a server error and lost the request.
     */
    @Test
    void aTimeTheCookieCannotHoldReadsAsNoTouch() {
        long now = Instant.now().getEpochSecond();
        for (long at : new long[] {999_999_999_999L, now + 3 * 86_400L, now - 100 * 86_400L, 0L}) {
            assertTrue(CampaignTouches.parse("1.1." + at).isEmpty(), String.valueOf(at));
            assertTrue(CampaignTouches.parse("1.1." + (now - 60) + "_1.2." + at).isEmpty(), String.valueOf(at));
        }
        assertEquals(1L, CampaignTouches.parse("1.1." + (now - 60)).first().campaignId());
    }
}
