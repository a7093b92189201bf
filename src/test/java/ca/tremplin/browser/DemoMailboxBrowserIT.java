package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo as a visitor tries it: a prospective student asks for information; the centre's admin, signed in with
 * one click from the demo accounts of the sign-in page, reads its acknowledgement in the demo's mailbox as the
 * student would; a recruiter sends the student the link to her file; from the mailbox the link opens her file.
 */
class DemoMailboxBrowserIT extends BrowserTest {

    @Test
    void anAcknowledgementAndTheApplicantsLinkAreReadAndFollowedFromTheDemosMailbox() {
        String lastName = "Boite" + UUID.randomUUID().toString().substring(0, 6);
        String email = lastName.toLowerCase() + "@exemple.is";
        browser.go("/fr/information?css=css-du-fjord");
        browser.type(By.id("inquiry:firstName"), "Sigrún");
        browser.type(By.id("inquiry:lastName"), lastName);
        browser.type(By.id("inquiry:email"), email);
        new Select(browser.find(By.id("inquiry:countryOfResidence"))).selectByValue("IS");
        new Select(browser.find(By.id("inquiry:citizenship"))).selectByValue("IS");
        browser.find(By.cssSelector("label[for='inquiry:consentToContact']")).click();
        browser.clickAndWaitFor(By.id("inquiry:submit"), By.id("confirmation-title"));

        signInWithTheDemoAccountButton(DemoAccounts.FJORD_ADMIN);
        assertTrue(browser.text(By.id("demo-hint")).startsWith("À essayer d’abord"), browser.text(By.id("demo-hint")));
        browser.clickAndWaitFor(By.id("demo-hint-mailbox"), By.id("mailbox-title"));
        openNewestMessageTo(email, 1);
        assertTrue(browser.text(By.id("message-subject")).startsWith("Votre demande d’information n° "),
                browser.text(By.id("message-subject")));
        assertEquals(email, browser.text(By.id("message-recipient")));
        assertTrue(browser.text(By.id("message-status")).startsWith("Envoyé"), "the demo's SMTP server took it");
        assertTrue(browser.text(By.id("message-text")).contains("Bonjour Sigrún"));
        browser.driver().switchTo().frame(browser.find(By.id("message-html")));
        assertTrue(browser.text(By.tagName("body")).contains("Bonjour Sigrún"), "the HTML body, in its frame");
        browser.driver().switchTo().defaultContent();
        browser.signOut();

        browser.forgetEverything();
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/demo/mailbox.xhtml");
        assertTrue(browser.driver().findElements(By.id("mailbox-title")).isEmpty(), "a recruiter has no mailbox");
        browser.go("/admin/leads.xhtml?country=IS");
        browser.clickAndWaitFor(By.linkText("Sigrún " + lastName), By.id("lead-name"));
        browser.clickAndWaitFor(By.id("lead:send-link"), By.cssSelector("#lead\\:messages .ui-messages-info"));
        browser.signOut();

        browser.forgetEverything();
        signInWithTheDemoAccountButton(DemoAccounts.FJORD_ADMIN);
        browser.go("/demo/mailbox.xhtml");
        openNewestMessageTo(email, 2);
        assertTrue(browser.text(By.id("message-subject")).startsWith("Votre dossier"),
                browser.text(By.id("message-subject")));
        browser.driver().switchTo().frame(browser.find(By.id("message-html")));
        browser.find(By.cssSelector("a[href*='/dossier.xhtml?token=']")).click();
        browser.driver().switchTo().defaultContent();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("applicant-title")));
        assertTrue(browser.currentPath().startsWith("/dossier.xhtml?token="), browser.currentPath());
        assertEquals("Bonjour Sigrún", browser.text(By.id("applicant-title")), "her file, opened from the mailbox");
    }

    /** The sign-in page's demo account button fills the form; the sign-in button, focused, signs in. */
    private void signInWithTheDemoAccountButton(String email) {
        browser.go("/signin.xhtml");
        browser.find(By.cssSelector("#demo-accounts button[data-demo-email='" + email + "']")).click();
        assertEquals(email, browser.find(By.id("signin:email")).getAttribute("value"));
        assertEquals(DemoAccounts.PASSWORD, browser.find(By.id("signin:password")).getAttribute("value"));
        assertEquals("signin:submit", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.clickAndWaitFor(By.id("signin:submit"), By.id("signed-in-user"));
    }

    /** Reloads the mailbox until this many messages to the address are listed (the outbox sends every few seconds). */
    private void openNewestMessageTo(String email, int count) {
        By rows = By.xpath("//table[@id='mailbox-list']//tr[td[@class='mailbox-recipient' and text()='" + email
                + "']]//a[@class='mailbox-open']");
        browser.waitFor().until(driver -> {
            List<WebElement> found = driver.findElements(rows);
            List<WebElement> sent = driver.findElements(By.xpath("//table[@id='mailbox-list']//tr[td[@class="
                    + "'mailbox-recipient' and text()='" + email + "']][td[4][starts-with(., 'Envoyé')]]"));
            if (found.size() >= count && sent.size() >= count) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
        browser.clickAndWaitFor(rows, By.id("mailbox-message"));
    }
}
