package ca.tremplin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a campaign's plan names what an activity leads to, without a server. */
class CampaignTargetLabelTest {

    /**
     * A coordinator reads the plan of a campaign whose event was deleted since: the event is named by its number as
     * the reader's language writes it, "n° 57" in French, "#57" in English.
     */
    @Test
    void anEventOrProgramDeletedSinceIsNumberedAsTheLanguageWritesIt() {
        CampaignActivity activity = new CampaignActivity();
        activity.setTargetKind(LinkTarget.EVENT);
        activity.setTargetId(57L);

        assertEquals("n° 57", CampaignService.targetLabel(activity, Map.of(), Map.of(), false, false));
        assertEquals("#57", CampaignService.targetLabel(activity, Map.of(), Map.of(), false, true));

        activity.setTargetKind(LinkTarget.PROGRAM);
        assertEquals("n° 57", CampaignService.targetLabel(activity, Map.of(), Map.of(), true, false));
    }
}
