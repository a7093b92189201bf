package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A visitor's browser carries their first and last campaign touch in a cookie of ids and times only: a new tracked
 * visit keeps the first and replaces the last, each touch counts for 90 days from its own time, and a value changed
 * by hand reads as no touch.
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
     * A time no cookie of ours holds, made up by hand — the year 33658, the future, a first touch after the last —
     * reads as no touch rather than reaching the database, which refused it with a server error and lost the request.
     */
    @Test
    void aTimeTheCookieCannotHoldReadsAsNoTouch() {
        long now = Instant.now().getEpochSecond();
        for (long at : new long[] {999_999_999_999L, now + 3 * 86_400L}) {
            assertTrue(CampaignTouches.parse("1.1." + at).isEmpty(), String.valueOf(at));
            assertTrue(CampaignTouches.parse("1.1." + (now - 60) + "_1.2." + at).isEmpty(), String.valueOf(at));
        }
        assertTrue(CampaignTouches.parse("1.1." + (now - 60) + "_1.2." + (now - 100 * 86_400L)).isEmpty(),
                "a last touch before the first");
        assertTrue(CampaignTouches.parse("1.1." + (now - 100 * 86_400L)).isEmpty(), "expired");
        assertTrue(CampaignTouches.parse("1.1.0").isEmpty(), "expired long ago");
        assertEquals(1L, CampaignTouches.parse("1.1." + (now - 60)).first().campaignId());
    }

    /**
     * Each tracked visit renews the cookie for 90 days and it keeps the first touch: campaign A seen on day 0,
     * campaign B on day 80, a request on day 95. A's touch has expired, B's has not: the request is B's, first and
     * last, as a browser that saw B alone would send it — not a request of nobody's, nor A's so long after.
     */
    @Test
    void anExpiredFirstTouchGivesWayToTheLastWhichStillCounts() {
        Instant dayZero = Instant.parse("2026-01-05T15:00:00Z");
        CampaignTouch sawA = new CampaignTouch(3, 11, dayZero);
        CampaignTouch sawB = new CampaignTouch(5, 20, dayZero.plus(java.time.Duration.ofDays(80)));
        String cookie = CampaignTouches.NONE.after(sawA).after(sawB).cookieValue();

        Instant dayEightyFive = dayZero.plus(java.time.Duration.ofDays(85));
        assertEquals(new CampaignTouches(sawA, sawB), CampaignTouches.parse(cookie, dayEightyFive),
                "both still count on day 85");
        Instant dayNinetyFive = dayZero.plus(java.time.Duration.ofDays(95));
        CampaignTouches onDayNinetyFive = CampaignTouches.parse(cookie, dayNinetyFive);
        assertEquals(new CampaignTouches(sawB, sawB), onDayNinetyFive, "B, first and last");

        CampaignTouch sawC = new CampaignTouch(7, 30, dayNinetyFive);
        assertEquals(new CampaignTouches(sawB, sawC), onDayNinetyFive.after(sawC),
                "a visit that day keeps B as the first touch, not C");
        assertTrue(CampaignTouches.parse(cookie, sawB.at().plus(java.time.Duration.ofDays(92))).isEmpty(),
                "once B has expired too, no touch");
    }
}
