package ca.tremplin.campaign;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A tracked link's visit is counted as the link is opened, not again each time the visitor moves on within the site
 * with the same parameters (the language switch keeps them, for the information form to read).
 */
class CampaignVisitFilterTest {

    private static final String HOST = "tremplin.example.org";

    @Test
    void theLanguageSwitchOfAPageOpenedThroughATrackedLinkIsNoOtherVisit() {
        assertTrue(CampaignVisitFilter.openedFromTheSameLink("https://tremplin.example.org/fr?utm_source=facebook"
                + "&utm_medium=social&utm_campaign=afrique-2027&utm_content=a42", HOST, "a42"));
        assertTrue(CampaignVisitFilter.openedFromTheSameLink("https://Tremplin.example.org/en/information"
                + "?utm_content=A42&lang=fr", HOST, "a42"), "whatever the case a shortener gave it");
    }

    @Test
    void aLinkOpenedFromElsewhereOrAnotherLinkOfOursCounts() {
        assertFalse(CampaignVisitFilter.openedFromTheSameLink("https://www.facebook.com/?utm_content=a42", HOST,
                "a42"), "another site, even one that kept the parameters");
        assertFalse(CampaignVisitFilter.openedFromTheSameLink("https://tremplin.example.org/fr?utm_content=a41",
                HOST, "a42"), "another activity's link shown on one of our pages");
        assertFalse(CampaignVisitFilter.openedFromTheSameLink("https://tremplin.example.org/fr/programmes", HOST,
                "a42"));
        assertFalse(CampaignVisitFilter.openedFromTheSameLink(null, HOST, "a42"), "typed, scanned or bookmarked");
        assertFalse(CampaignVisitFilter.openedFromTheSameLink("not an address at all %", HOST, "a42"));
        assertFalse(CampaignVisitFilter.openedFromTheSameLink("https://tremplin.example.org/?utm_content=%zz", HOST,
                "a42"));
    }
}
