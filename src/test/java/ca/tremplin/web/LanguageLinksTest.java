package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A page's canonical address names the page, not the link or the zone it was opened with. */
class LanguageLinksTest {

    @Test
    void aCampaignsParametersAndTheChosenZoneAreNotPartOfThePagesAddress() {
        assertEquals("/fr", LanguageLinks.canonical("/fr?utm_campaign=x&utm_content=fb"));
        assertEquals("/fr/programmes?q=soudage&type=DEP",
                LanguageLinks.canonical("/fr/programmes?q=soudage&UTM_SOURCE=a&type=DEP&fbclid=123"));
        assertEquals("/en/events", LanguageLinks.canonical("/en/events?zone=Asia%2FTokyo"));
        assertEquals("/fr/evenements?page=2", LanguageLinks.canonical("/fr/evenements?tz=Asia%2FTokyo&page=2"),
                "the zone an event list was read in is no other page");
        assertEquals("/fr/offres?page=2", LanguageLinks.canonical("/fr/offres?page=2&gclid=z"));
        assertEquals("/fr/vitrine", LanguageLinks.canonical("/fr/vitrine"));
    }
}
