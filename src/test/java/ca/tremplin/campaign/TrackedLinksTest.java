package ca.tremplin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An activity's tracked link carries the four UTM parameters analytics tools read, in words that survive being
 * retyped; opening it names the activity again, and only a link shaped like an activity's does.
 */
class TrackedLinksTest {

    @Test
    void linkCarriesSourceMediumCampaignAndActivity() {
        Map<String, String> parameters = TrackedLinks.parameters("afrique-ouest-2027", 42, Platform.SOCIAL, "Facebook");
        assertEquals("/fr/information?utm_source=facebook&utm_medium=social&utm_campaign=afrique-ouest-2027"
                + "&utm_content=a42", TrackedLinks.link("/fr/information", parameters));
    }

    @Test
    void sourceLeftEmptyIsThePlatformsOwn() {
        assertEquals("newsletter", TrackedLinks.parameters("c", 1, Platform.EMAIL, " ").get("utm_source"));
        assertEquals("email", TrackedLinks.parameters("c", 1, Platform.EMAIL, null).get("utm_medium"));
        assertEquals("cpc", TrackedLinks.parameters("c", 1, Platform.ADVERTISEMENT, null).get("utm_medium"));
    }

    @Test
    void typedSourceBecomesAWordWithHyphens() {
        assertEquals("bureau-du-quebec-a-dakar",
                TrackedLinks.sourceOrDefault("Bureau du Québec à Dakar!", Platform.PARTNER_OFFICE));
        assertEquals("partner", TrackedLinks.sourceOrDefault("¡¿", Platform.PARTNER_OFFICE));
    }

    @Test
    void pathWithAQueryKeepsIt() {
        assertEquals("/fr/programmes?sector=05&utm_source=a%2Bb",
                TrackedLinks.link("/fr/programmes?sector=05", Map.of("utm_source", "a+b")));
    }

    @Test
    void campaignCodeComesFromItsNameWithoutAccentsAndStaysShort() {
        assertEquals("afrique-de-l-ouest-mecanique-2027", TrackedLinks.codeOf("Afrique de l’Ouest — mécanique 2027"));
        assertTrue(TrackedLinks.codeOf("x".repeat(300)).length() <= TrackedLinks.CODE_MAX);
        assertEquals("campaign", TrackedLinks.codeOf("—"));
    }

    @Test
    void openedLinkNamesItsActivity() {
        assertEquals(Optional.of(42L), TrackedLinks.activityOf("afrique-ouest-2027", "a42"));
        assertEquals(Optional.of(7L), TrackedLinks.activityOf("c", " a7 "));
        assertEquals(Optional.of(42L), TrackedLinks.activityOf("afrique-ouest-2027", "A42"));
    }

    @Test
    void linkNotShapedLikeAnActivitysNamesNone() {
        assertEquals(Optional.empty(), TrackedLinks.activityOf("c", "banner-top"));
        assertEquals(Optional.empty(), TrackedLinks.activityOf("c", "a"));
        assertEquals(Optional.empty(), TrackedLinks.activityOf(null, "a42"));
        assertEquals(Optional.empty(), TrackedLinks.activityOf(" ", "a42"));
        assertEquals(Optional.empty(), TrackedLinks.activityOf("c", null));
        assertEquals(Optional.empty(), TrackedLinks.activityOf("c", "a99999999999999999999"));
    }

    @Test
    void hashtagsEachGetOneHash() {
        assertEquals("#FP #Québec #métiers", Campaign.normalizedHashtags("FP, ##Québec  #métiers FP"));
        assertEquals(null, Campaign.normalizedHashtags(" # "));
    }
}
