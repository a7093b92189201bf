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

    private static final CampaignTouch WEBINAR = new CampaignTouch(3, 11, Instant.ofEpochSecond(1_800_000_000L));
    private static final CampaignTouch FAIR = new CampaignTouch(5, 20, Instant.ofEpochSecond(1_800_086_400L));

    @Test
    void firstVisitIsFirstAndLastTouch() {
        CampaignTouches touches = CampaignTouches.NONE.after(WEBINAR);
        assertEquals(WEBINAR, touches.first());
        assertEquals(WEBINAR, touches.last());
        assertEquals("3.11.1800000000", touches.cookieValue());
    }

    @Test
    void laterVisitKeepsTheFirstAndBecomesTheLast() {
        CampaignTouches touches = CampaignTouches.NONE.after(WEBINAR).after(FAIR);
        assertEquals(WEBINAR, touches.first());
        assertEquals(FAIR, touches.last());
        assertEquals("3.11.1800000000_5.20.1800086400", touches.cookieValue());
    }

    @Test
    void cookieReadsBackAsItWasWritten() {
        CampaignTouches touches = CampaignTouches.NONE.after(WEBINAR).after(FAIR);
        assertEquals(touches, CampaignTouches.parse(touches.cookieValue()));
        assertEquals(new CampaignTouches(WEBINAR, WEBINAR), CampaignTouches.parse("3.11.1800000000"));
    }

    @Test
    void valueChangedByHandReadsAsNoTouch() {
        for (String value : new String[] {null, "", "abc", "3.11", "3.11.1800000000_", "3.11.1800000000;x=1",
                "-3.11.1800000000", "3.11.1800000000_5.20"}) {
            assertTrue(CampaignTouches.parse(value).isEmpty(), value);
        }
    }
}
