package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo's CSS du Fjord admin reads, from a person's lead page, who saw that person's record — their own visit
 * among them — and sets a retention period on the privacy page, which keeps it.
 */
class PrivacyPageBrowserIT extends BrowserTest {

    @Test
    void anAdminReadsWhoSawAPersonAndSetsARetentionPeriod() {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?country=GH");
        browser.clickAndWaitFor(By.linkText("Kwame Mensah"), By.id("lead-name"));
        browser.clickAndWaitFor(By.id("lead-access-log"), By.id("accesses"));
        assertTrue(!browser.driver().findElements(By.cssSelector("#accesses tr.access-VIEWED")).isEmpty(),
                "the admin's own visit is in the log: " + browser.text(By.id("accesses")));

        browser.go("/admin/privacy.xhtml");
        // Ten years for enrolled people: no demo person is anywhere near it, so nothing of the demo is anonymised.
        browser.type(By.cssSelector("input[id$='months'][id*=':2:']"), "120");
        browser.clickAndWaitFor(By.id("retention:save"), By.cssSelector("#retention\\:messages .ui-messages-info"));
        browser.go("/admin/privacy.xhtml");
        assertEquals("120", browser.find(By.cssSelector("input[id$='months'][id*=':2:']")).getAttribute("value"));
    }
}
