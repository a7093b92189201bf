package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestMailServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A recruiter sends an applicant of the demo (Priya Raman, who writes in English) the link to her file; she opens it
 * from the e-mail, sees her file in English, is refused a file that is not what its name says, uploads her passport,
 * and sees it accepted once the recruiter accepts it.
 */
class ApplicantFileBrowserIT extends BrowserTest {

    private static final String PRIYA = "priya.raman@exemple.demo";
    private static final String MAILED_BASE = "http://localhost:" + Integer.getInteger("it.http.port", 8080);

    @Test
    void anApplicantUploadsHerPassportFromHerLinkAndSeesTheRecruiterAcceptIt() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String leadPage = openPriya();
        browser.clickAndWaitFor(By.id("lead:send-link"), By.cssSelector("#lead\\:messages .ui-messages-info"));
        String link = TestMailServer.linkTo(TestMailServer.awaitMessageTo(PRIYA), "/dossier.xhtml");
        browser.signOut();

        browser.forgetEverything();
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        assertEquals("Hello Priya", browser.text(By.id("applicant-title")), "in her language");
        assertTrue(browser.text(By.id("still-needed")).contains("Passport"));

        // A scan over 8 MB is said as soon as it is chosen, in her language, not after minutes of sending it.
        org.openqa.selenium.WebElement fileField = browser.driver().findElement(By.cssSelector("input[type=file]"));
        assertEquals("This file is 9.5 MB, larger than the 8 MB allowed.",
                browser.chooseFileTooLarge(fileField, "passport-scan.pdf", 9L * 1024 * 1024));
        assertEquals("", fileField.getAttribute("value"), "the file is let go before anything is sent");

        Path fake = Files.createTempDirectory("upload").resolve("passport.pdf");
        Files.writeString(fake, "MZ this is a program", StandardCharsets.US_ASCII);
        upload("Passport", fake);
        assertTrue(browser.text(By.id("upload:messages")).contains("does not match its extension"),
                browser.text(By.id("upload:messages")));
        // What became of it takes the focus, below the fold of a phone too, and the kind chosen stays for the next try.
        browser.waitFor().until(driver -> "upload-result".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertEquals("Passport", new Select(browser.find(By.id("upload:kind"))).getFirstSelectedOption().getText());
        // The address it came back to keeps the kind; a mangled or outdated one still opens her file.
        String kept = browser.driver().getCurrentUrl();
        assertTrue(kept.contains("kind=PASSPORT"), kept);
        browser.driver().get(kept.replace("kind=PASSPORT", "kind=NOPE"));
        assertEquals("Hello Priya", browser.text(By.id("applicant-title")));
        assertEquals("— Choose the kind of document —",
                new Select(browser.find(By.id("upload:kind"))).getFirstSelectedOption().getText());

        Path passport = fake.resolveSibling("passeport-priya.pdf");
        Files.writeString(passport, "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);
        upload("Passport", passport);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sent-documents"),
                "passeport-priya.pdf"));
        assertTrue(browser.text(By.id("sent-documents")).contains("Received, being checked"));
        assertTrue(!browser.text(By.id("still-needed")).contains("Passport"));
        String applicantPage = browser.currentPath();
        assertTrue(applicantPage.contains("token="), "after sending, the address still holds her link, for a reload,"
                + " a bookmark or the language link: " + applicantPage);

        // A better scan sent under the same name: each row tells its file apart, by its size and when it was sent.
        Files.writeString(passport, "%PDF-1.4\n%" + "0".repeat(5000) + "\n%%EOF\n", StandardCharsets.US_ASCII);
        upload("Passport", passport);
        By sameName = By.xpath("//table[@id='sent-documents']//tr[td[contains(., 'passeport-priya.pdf')]]");
        browser.waitFor().until(driver -> driver.findElements(sameName).size() == 2);
        List<String> rows = browser.driver().findElements(sameName).stream().map(WebElement::getText).toList();
        assertTrue(rows.stream().anyMatch(row -> row.contains("passeport-priya.pdf (1 KB)"))
                && rows.stream().anyMatch(row -> row.contains("passeport-priya.pdf (5 KB)")), rows.toString());
        assertEquals(2, browser.driver().findElements(By.cssSelector("#sent-documents .document-sent")).stream()
                .filter(sent -> sent.getText().matches(".*\\d{4}.*\\d{1,2}:\\d{2}.*")).limit(2).count(),
                "when each was sent, to the minute: " + rows);
        assertTrue(browser.text(By.id("times-zone")).contains("Montréal"), "in Montréal's time, said");

        browser.forgetEverything();
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go(leadPage);
        assertTrue(browser.text(By.id("lead-documents")).contains("passeport-priya.pdf"));
        List<String> decisions = browser.driver().findElements(By.cssSelector("#lead-documents .accept-document"))
                .stream().map(button -> button.getAttribute("aria-label"))
                .filter(label -> label.contains("passeport-priya.pdf")).toList();
        assertEquals(2, decisions.size(), decisions.toString());
        assertTrue(decisions.get(0).contains("Ko") && !decisions.get(0).equals(decisions.get(1)),
                "each file's buttons name it by its size and time too, not by its name alone: " + decisions);
        browser.clickAndWaitFor(By.cssSelector("#lead-documents .accept-document"),
                By.cssSelector("#lead\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("lead-documents")).contains("Accepté"));
        assertTrue(browser.text(By.id("history:timeline")).contains("Document"));

        // Her birth certificate, sent to the recruiter by e-mail, attached to her file from the lead page.
        assertTrue(browser.text(By.id("documents-still-needed")).contains("Acte de naissance"));
        Path certificate = passport.resolveSibling("acte-naissance-priya.pdf");
        Files.writeString(certificate, "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);
        new Select(browser.find(By.id("attach:attach-kind"))).selectByVisibleText("Acte de naissance");
        // A scan over 8 MB is said to the recruiter as soon as it is chosen, as to the person on her own page.
        WebElement attachField = browser.driver().findElement(By.cssSelector("#attach input[type=file]"));
        assertEquals("Ce fichier pèse 9,5 Mo, plus que les 8 Mo permis.",
                browser.chooseFileTooLarge(attachField, "acte-naissance-scan.pdf", 9L * 1024 * 1024));
        assertEquals("", attachField.getAttribute("value"), "the file is let go before anything is sent");
        browser.driver().findElement(By.cssSelector("#attach input[type=file]")).sendKeys(certificate.toString());
        // A double click attaches it once: the second click finds the form on its way, its button saying so.
        assertEquals(1L, browser.sendingsOfADoubleClick("attach", "attach:attach-send"),
                "the second click sends nothing");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("attach:attach-send"),
                "Envoi en cours"));
        browser.go(leadPage);
        new Select(browser.find(By.id("attach:attach-kind"))).selectByVisibleText("Acte de naissance");
        browser.driver().findElement(By.cssSelector("#attach input[type=file]")).sendKeys(certificate.toString());
        org.openqa.selenium.WebElement attach = browser.find(By.id("attach:attach-send"));
        attach.click();
        browser.waitUntilReplaced(attach);
        assertTrue(browser.text(By.id("lead:messages")).contains("Document joint au dossier"),
                browser.text(By.id("lead:messages")));
        assertTrue(browser.text(By.id("lead-documents")).contains("acte-naissance-priya.pdf"));
        assertFalse(browser.text(By.id("documents-still-needed")).contains("Acte de naissance"));
        String download = browser.find(By.cssSelector("#lead-documents .document-download")).getAttribute("href")
                .replace(browser.base(), "");

        browser.signOut();
        browser.forgetEverything();
        browser.signIn(DemoAccounts.DEUX_RIVES_ADMIN, DemoAccounts.PASSWORD);
        browser.go(download);
        assertEquals("Page introuvable", browser.text(By.id("error-title")), "another centre's document: 404");
        browser.go(leadPage);
        assertEquals("Page introuvable", browser.text(By.id("error-title")), "another centre's lead: 404");

        browser.go("/admin/");
        browser.signOut();
        browser.forgetEverything();
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sent-documents"), "Accepted"));
        assertTrue(browser.text(By.id("sent-documents")).contains("acte-naissance-priya.pdf"),
                "what staff attached is in her file too");
        assertFalse(browser.text(By.id("still-needed")).contains("Birth certificate"));
        assertTrue(applicantPage.startsWith("/dossier.xhtml"), applicantPage);
    }

    private String openPriya() {
        browser.go("/admin/leads.xhtml?country=IN");
        browser.clickAndWaitFor(By.linkText("Priya Raman"), By.id("lead-name"));
        return browser.currentPath();
    }

    private void upload(String kind, Path file) {
        new Select(browser.find(By.id("upload:kind"))).selectByVisibleText(kind);
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        org.openqa.selenium.WebElement send = browser.find(By.id("upload:send"));
        send.click();
        browser.waitUntilReplaced(send);
        browser.find(By.id("upload:messages"));
    }
}
