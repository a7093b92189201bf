package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A centre's admin plans a campaign and its first activity, and finds the activity's tracked link with its QR code;
 * a visitor who opens the link is counted on the campaign's page.
 */
class CampaignBrowserIT extends BrowserTest {

    @Test
    void activityGetsItsTrackedLinkAndQrCodeAndItsVisitsAreCounted() {
        String name = "Salon de Lyon " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-campaigns"), By.id("new-campaign"));
        browser.clickAndWaitFor(By.id("new-campaign"), By.id("campaign:name"));
        assertEquals("Choisir une date", browser.find(By.cssSelector("#campaign\\:due .ui-datepicker-trigger"))
                .getAttribute("aria-label"), "the date picker's button is named, in the page's language");
        browser.type(By.id("campaign:name"), name);
        browser.type(By.id("campaign:objective"), "40 demandes de France pour la pâtisserie d'ici l'été");
        browser.type(By.id("campaign:target_input"), "40");
        // A budget typed with a point, as a keypad gives it, on the French page: the point is the decimal comma.
        browser.type(By.id("campaign:budget_input"), "1234.50");
        browser.clickAndWaitFor(By.id("campaign:save"), By.id("activities:add-activity"));
        assertEquals(0, new java.math.BigDecimal("1234.50").compareTo(new java.math.BigDecimal(
                browser.driver().findElement(By.id("campaign:budget_hinput")).getAttribute("value"))),
                "saved as 1 234,50 $, not 123 450 $: " + browser.find(By.id("campaign:budget_input")).getAttribute("value"));
        String code = browser.text(By.id("campaign-code"));
        assertTrue(code.startsWith("salon-de-lyon-"), code);

        browser.clickAndWaitFor(By.id("activities:add-activity"), By.id("activities:said"));
        browser.type(By.id("activities:said"), "Rendez-vous au stand du Québec, allée B.");
        browser.type(By.id("activities:source"), "Flyer Lyon");
        browser.clickAndWaitFor(By.id("activities:save-activity"), By.cssSelector(".tracked-link input"));

        WebElement link = browser.find(By.cssSelector("input[id^='link-fr-']"));
        String tracked = link.getAttribute("value");
        assertTrue(tracked.contains("/fr/information?utm_source=flyer-lyon&utm_medium=social&utm_campaign=" + code
                + "&utm_content=a"), tracked);
        WebElement qr = browser.find(By.cssSelector("img.qr-code"));
        // The codes load as they come into view: a plan of many weeks does not draw them all at once.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", qr);
        browser.waitFor().until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", qr));
        assertEquals(0L, Long.parseLong(browser.text(By.cssSelector(".activity-visits"))));

        String campaignPage = browser.currentPath();
        browser.go(tracked.substring(tracked.indexOf("/fr/")));
        browser.find(By.id("inquiry-title"));
        assertNotNull(browser.cookie("tremplin_touch"), "the touch travels in the visitor's own browser");
        browser.go(campaignPage);
        assertEquals(1L, Long.parseLong(browser.text(By.cssSelector(".activity-visits"))));
        assertEquals("1", browser.text(By.id("visits")));
    }
}
