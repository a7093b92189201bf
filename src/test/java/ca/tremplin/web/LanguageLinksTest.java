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

    /**
     * An error page's language link leads where the other language shows something that makes sense: never to the
     * address asked for when that address's own language would keep the page as it was, and never to the error page's
     * own location.
     */
    @Test
    void anErrorPagesLanguageLinkLeadsToTheOtherLanguagesEquivalent() {
        assertEquals("/fr/programmes", LanguageLinks.errorPageTwin("/en/programs/css-du-fjord/nothing", null,
                "fr", "en", null), "a program not found: the catalogue in French");
        assertEquals("/en/events", LanguageLinks.errorPageTwin("/fr/evenements/999-salon", "tz=Asia%2FTokyo", "en",
                "fr", null));
        assertEquals("/en/offers", LanguageLinks.errorPageTwin("/fr/offres/css-du-fjord/soudeur", null, "en", "fr",
                null));
        assertEquals("/en/information", LanguageLinks.errorPageTwin("/fr/information", "css=css-du-fjord", "en", "fr",
                null), "a form too large to read: the form in English");
        assertEquals("/fr/vitrine", LanguageLinks.errorPageTwin("/en/showcase/12", null, "fr", "en", null));
        assertEquals("/en", LanguageLinks.errorPageTwin("/fr/centres-de-services/css-inconnu", null, "en", "fr",
                null), "no list of centres but the home's");
        assertEquals("/fr", LanguageLinks.errorPageTwin("/en/nowhere", null, "fr", "en", null));
        assertEquals("/en", LanguageLinks.errorPageTwin("/fr", "page=x", "en", "fr", null));
        assertEquals("/en", LanguageLinks.errorPageTwin("/fr/programmesx", null, "en", "fr", null),
                "a section's name is a whole segment");

        assertEquals("/en/programs", LanguageLinks.errorPageTwin("/fr/programmes/css-du-fjord/dep-5298-meca", null,
                "en", "fr", "/en/programs"), "a page gone: what is still offered of its kind");
        assertEquals("/en/offers", LanguageLinks.errorPageTwin("/apply.xhtml", "offer=42", "en", "fr", "/en/offers"));

        assertEquals("/admin/users.xhtml?id=3", LanguageLinks.errorPageTwin("/admin/users.xhtml", "id=3&lang=fr",
                "en", "fr", null), "an address without a language: the same error in the other language");
        assertEquals("/nulle-part.xhtml", LanguageLinks.errorPageTwin("/nulle-part.xhtml", null, "fr", "en", null));
        assertEquals("/en/programs/css-du-fjord/nothing?q=x", LanguageLinks.errorPageTwin(
                "/en/programs/css-du-fjord/nothing", "q=x", "en", "en", "/en/programs"),
                "the page's own language: the address asked for");
    }
}
