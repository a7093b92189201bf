package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.util.List;
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
    void activityGetsItsTrackedLinkAndQrCodeAndItsVisitsAreCounted() throws Exception {
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
        // Whom it speaks to, chosen in the menu of audiences as a person ticks it.
        tick("Futurs élèves");
        browser.clickAndWaitFor(By.id("campaign:save"), By.id("activities:add-activity"));
        assertEquals(List.of("STUDENT"), audiences(name), "the campaign is saved with its audience");
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
        assertTrue(tracked.contains("/fr/information?css=css-du-fjord&utm_source=flyer-lyon&utm_medium=social"
                + "&utm_campaign=" + code
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

        // The same link's parameters on an event's page, opened from Casablanca: the page, drawn for Québec's zone,
        // is drawn again in the visitor's, and the visit is counted once.
        browser.go("/fr/evenements");
        String event = browser.find(By.cssSelector("#events h2 a")).getAttribute("href")
                .substring(browser.base().length());
        org.openqa.selenium.chromium.HasCdp devTools = (org.openqa.selenium.chromium.HasCdp) browser.driver();
        devTools.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId",
                "Africa/Casablanca"));
        try {
            browser.forgetEverything();
            browser.go(event + tracked.substring(tracked.indexOf('?')));
            browser.waitFor().withMessage("the event's page drawn in the visitor's zone").until(driver ->
                    "Africa/Casablanca".equals(((JavascriptExecutor) driver).executeScript(
                            "var shown = document.querySelector('[data-shown-zone]');"
                                    + " return shown && shown.getAttribute('data-shown-zone');")));
            assertTrue(!browser.currentPath().contains("utm_"), browser.currentPath());
        } finally {
            devTools.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
        }
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go(campaignPage);
        assertEquals(2L, Long.parseLong(browser.text(By.cssSelector(".activity-visits"))),
                "the link opened twice, counted twice, not three times");
    }

    /** A campaign that names its audiences is saved again unchanged, then with one more. */
    @Test
    void aCampaignWithAudiencesIsSavedAgainWithAnother() throws Exception {
        String name = "Webinaire parents " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/campaign.xhtml");
        browser.type(By.id("campaign:name"), name);
        browser.type(By.id("campaign:objective"), "20 demandes de parents d'ici le printemps");
        browser.type(By.id("campaign:target_input"), "20");
        tick("Parents");
        browser.clickAndWaitFor(By.id("campaign:save"), By.id("activities:add-activity"));
        assertEquals(List.of("PARENT"), audiences(name));

        saveAgain();
        assertEquals(List.of("PARENT"), audiences(name), "saved again unchanged");
        tick("Futurs élèves");
        saveAgain();
        assertEquals(List.of("PARENT", "STUDENT"), audiences(name));
        assertTrue(browser.text(By.id("campaign:messages")).contains("enregistrée"),
                browser.text(By.id("campaign:messages")));
    }

    /** Saves the campaign shown, and waits for the form its answer draws again. */
    private void saveAgain() {
        WebElement save = browser.find(By.id("campaign:save"));
        save.click();
        browser.waitUntilReplaced(save);
    }

    private void tick(String audience) {
        browser.find(By.id("campaign:audiences")).click();
        browser.find(By.xpath("//*[@id='campaign:audiences_panel']//li[contains(., '" + audience + "')]"
                + "//*[contains(@class, 'ui-chkbox-box')]")).click();
        // Closed as a person does, by clicking beside the menu — again if the first click came before the menu had
        // finished opening and listened for clicks outside it (it then stays open, as it would for a person).
        browser.waitFor().until(driver -> {
            if (driver.findElements(By.cssSelector("[id='campaign:audiences_panel']")).stream()
                    .noneMatch(WebElement::isDisplayed)) {
                return true;
            }
            driver.findElement(By.id("campaign-heading")).click();
            return false;
        });
    }

    private static List<String> audiences(String campaign) throws java.sql.SQLException {
        String joined = ca.tremplin.testsupport.TestDatabase.firstColumn("select group_concat(a.audience order by"
                + " a.audience) from campaign_audience a join campaign c on c.id = a.campaign_id where c.name = ?",
                campaign);
        return joined == null ? List.of() : List.of(joined.split(","));
    }
}
