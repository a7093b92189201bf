package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Law 25: a visitor reads who answers for their personal information on the demo's CSS du Fjord's public page and on
 * every form that collects it — the information request, an event's registration, an offer's application — before
 * they send anything.
 */
class PrivacyOfficerBrowserIT extends BrowserTest {

    @Test
    void theCentresPageAndEveryPublicFormNameThePersonInChargeOfPersonalInformation() {
        browser.go("/fr/centres-de-services/css-du-fjord");
        assertTrue(browser.text(By.id("privacy-officer")).contains("vie-privee@"), browser.text(By.id("privacy-officer")));

        browser.go("/fr/information?css=css-du-fjord");
        assertTrue(browser.text(By.id("privacy-contact")).contains("vie-privee@"), browser.text(By.id("privacy-contact")));

        browser.go("/en/events");
        browser.openEventOnTheList("Webinar: studying automotive mechanics");
        String onEvent = browser.text(By.id("privacy-officer"));
        assertTrue(onEvent.startsWith("Person in charge of the protection of personal information:")
                && onEvent.contains("@"), onEvent);

        browser.go("/fr/offres");
        browser.clickAndWaitFor(By.cssSelector("#offer-list h3 a"), By.id("apply"));
        browser.clickAndWaitFor(By.id("apply"), By.id("apply:send"));
        String onApplication = browser.text(By.id("privacy-officer"));
        assertTrue(onApplication.startsWith("Responsable de la protection des renseignements personnels :")
                && onApplication.length() > "Responsable de la protection des renseignements personnels : ".length(),
                "the offer's centre's contact, or the centre itself when it named no one: " + onApplication);
    }
}
