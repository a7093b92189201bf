package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A centre's admin posts an apprenticeship offer, opens it to the public, and fills it. */
class OfferAdministrationBrowserIT extends BrowserTest {

    @Test
    void anOpenedOfferIsOnTheBoardUntilItsPositionsAreFilled() throws Exception {
        String employer = "Garage Côté et fils " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-offers"), By.id("offers:table"));
        fillANewOffer(employer, 2);
        browser.clickAndWaitFor(By.id("offer:save"), By.id("offer:open"));
        assertEquals("Brouillon", browser.text(By.id("offer-status")));
        assertEquals("Saguenay", ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select city from offer where employer_name = ?", employer), "kept without the blanks around it");
        assertEquals(1, browser.driver().findElements(By.xpath("//*[text()='Offre enregistrée.']")).size(),
                "said once, not in every form of the page");

        browser.clickAndWaitFor(By.id("offer:open"), By.id("offer:close"));
        String board = "/fr/offres?employer=" + URLEncoder.encode(employer, StandardCharsets.UTF_8);
        String editor = browser.currentPath();
        browser.go(board);
        assertTrue(browser.text(By.id("offer-list")).contains("Apprenti mécanicien automobile"));

        browser.go(editor);
        browser.type(By.id("filled:count_input"), "2");
        browser.clickAndWaitFor(By.id("filled:record"), By.cssSelector("#filled\\:messages .ui-messages-info"));
        assertEquals(1, browser.driver().findElements(By.xpath("//*[text()='Postes pourvus enregistrés.']")).size(),
                "said once, beside the positions");
        assertEquals("Pourvue", browser.text(By.id("offer-status")));

        // A typo corrected in the filled offer's description: it stays filled, and the page says what was just done.
        browser.type(By.id("offer:descriptionFr"), "Atelier de mécanique générale, poids lourds compris.");
        browser.clickAndWaitFor(By.id("offer:save"), By.cssSelector("#offer\\:messages .ui-messages-info"));
        assertEquals("Pourvue", browser.text(By.id("offer-status")), "every position is still filled");
        assertEquals(0, browser.driver().findElements(By.xpath("//*[text()='Postes pourvus enregistrés.']")).size(),
                "the earlier message is gone, not shown again beside this one");
        browser.go(editor);
        assertEquals("Pourvue", browser.text(By.id("offer-status")));
        browser.go(board);
        assertTrue(browser.text(By.id("no-results")).startsWith("Aucune offre"), "a filled offer leaves the board");
    }

    /**
     * A start date typed as a day that does not exist is refused with a message that quotes it, and nothing is
     * saved: it is not silently moved to the month's last day.
     */
    @Test
    void aDayThatDoesNotExistIsRefusedNotMovedToTheMonthsEnd() {
        String employer = "Atelier Tremblay " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/offers.xhtml");
        fillANewOffer(employer, 1);
        browser.type(By.id("offer:start_input"), "2027-02-30");
        browser.clickAndWaitFor(By.id("offer:save"),
                By.xpath("//*[contains(text(), '« 2027-02-30 » n’est pas une date du calendrier')]"));
        assertNotEquals("2027-02-28", browser.find(By.id("offer:start_input")).getAttribute("value"),
                "not moved to the month's last day");
        assertTrue(browser.driver().findElements(By.xpath("//*[text()='Offre enregistrée.']")).isEmpty());
        browser.go("/admin/offers.xhtml");
        assertFalse(browser.text(By.id("offers:table")).contains(employer), "nothing saved");
    }

    /**
     * An open offer whose last day to apply passed (moved by hand in the database, as time passing would) is listed
     * nowhere: its page and the list say so rather than "Open", the page says what to do; closed, it is not opened
     * again while that day stays past, the page saying why.
     */
    @Test
    void anOpenOfferPastItsDeadlineSaysItIsNotListedAndIsNotOpenedAgain() throws Exception {
        String employer = "Garage Dubé " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/offers.xhtml");
        fillANewOffer(employer, 1);
        browser.clickAndWaitFor(By.id("offer:save"), By.id("offer:open"));
        browser.clickAndWaitFor(By.id("offer:open"), By.id("offer:close"));
        String editor = browser.currentPath();
        ca.tremplin.testsupport.TestDatabase.update("update offer set application_deadline"
                + " = date_sub(curdate(), interval 3 day) where employer_name = ?", employer);

        browser.go(editor);
        assertEquals("Ouverte, date limite passée (non affichée)", browser.text(By.id("offer-status")));
        assertTrue(browser.text(By.id("offer-past-deadline")).contains("n’est plus affichée sur le site public"),
                browser.text(By.id("offer-past-deadline")));
        browser.go("/admin/offers.xhtml");
        browser.type(By.id("offers:filter"), employer);
        By row = By.xpath("//tbody[@id='offers:table_data']/tr[td[contains(., '" + employer + "')]]");
        assertEquals("Ouverte, date limite passée (non affichée)",
                browser.find(row).findElement(By.cssSelector(".offer-status")).getText());

        browser.go(editor);
        browser.clickAndWaitFor(By.id("offer:close"), By.id("offer:open"));
        assertEquals("Fermée", browser.text(By.id("offer-status")));
        browser.find(By.id("offer:open")).click();
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                By.id("offer:messages"), "est passée"));
        assertEquals("Fermée", browser.text(By.id("offer-status")), "not opened");
    }

    /** Opens a new offer's form and fills what it requires (the employer, a mechanic's trade at Saguenay). */
    private void fillANewOffer(String employer, int positions) {
        browser.clickAndWaitFor(By.id("new-offer"), By.id("offer:employer"));
        browser.type(By.id("offer:employer"), employer);
        browser.choose("offer:sector", "Entretien d'équipement motorisé");
        // Blanks a paste brings around a value (a no-break space too) are not part of it.
        browser.type(By.id("offer:city"), "\u00A0 Saguenay  ");
        browser.choose("offer:region", "Saguenay–Lac-Saint-Jean");
        browser.type(By.id("offer:tradeFr"), "Apprenti mécanicien automobile");
        browser.type(By.id("offer:tradeEn"), "Apprentice automotive mechanic");
        browser.type(By.id("offer:positions_input"), String.valueOf(positions));
        browser.type(By.id("offer:descriptionFr"), "Entretien et réparation de véhicules légers.");
        browser.type(By.id("offer:descriptionEn"), "Servicing and repairing light vehicles.");
    }
}
