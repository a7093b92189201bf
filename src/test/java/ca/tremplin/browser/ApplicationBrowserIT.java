package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A candidate applies to an open offer of the demo's CSS du Fjord from the public form, and the centre's recruiter
 * finds the consent given there on the candidate's lead page, with the version of the sentence the form showed. A
 * candidate who withdrew that consent and applies again is told what became of what she sent first. A recruiter who
 * moves an application to "Screened" may choose not to tell the candidate of that move.
 */
class ApplicationBrowserIT extends BrowserTest {

    @Test
    void theConsentGivenOnTheApplicationFormIsKeptWithItsVersionOnTheLeadPage() throws Exception {
        String offer = anOpenOfferOfFjord();

        browser.go("/fr/postuler?offer=" + offer);
        String consentShown = browser.text(By.cssSelector("label[for='apply:consent']"));
        // Sent empty, the form says at its top what each field lacks, the field named: read there, away from the
        // fields, "Ce champ est obligatoire." would not say which.
        browser.clickAndWaitFor(By.id("apply:send"), By.id("form-errors"));
        String summary = browser.text(By.id("form-errors"));
        assertTrue(summary.contains("\nPays de résidence : Ce champ est obligatoire."), summary);
        assertTrue(summary.contains("\nCourriel : Ce champ est obligatoire."), summary);
        assertTrue(summary.contains("\nJoignez votre CV"), "a message that names its field is not prefixed: " + summary);
        assertTrue(summary.contains("\nCochez la case de consentement pour envoyer votre candidature."),
                "a consent's whole sentence is not repeated: " + summary);
        String last = "Quispe-" + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("apply:firstName"), "Rosa");
        browser.type(By.id("apply:lastName"), last);
        browser.type(By.id("apply:email"), "rosa." + last.toLowerCase() + "@exemple.pe");
        new Select(browser.find(By.id("apply:country"))).selectByValue("PE");
        // A CV over 8 MB is said as soon as it is chosen: sent, the server would refuse the whole form (over 10 MB).
        Path large = Files.createTempFile("cv-scanned", ".pdf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(12L * 1024 * 1024);
        }
        WebElement cvField = browser.driver().findElement(By.cssSelector("input[type=file]"));
        cvField.sendKeys(large.toString());
        By said = By.id(cvField.getAttribute("id") + "-size");
        assertEquals("Ce fichier pèse 12,6 Mo, plus que les 8 Mo permis.", browser.text(said));
        assertEquals("", cvField.getAttribute("value"), "the file is let go, the rest of the form kept");
        Files.delete(large);
        Path cv = pdf("cv", "CV");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(cv.toString());
        assertEquals("", browser.driver().findElement(said).getText(), "a file of the right size clears the message");
        browser.find(By.id("apply:consent")).click();
        // The address mistyped: the CV chosen with it is kept, and the page says so; the address corrected, the
        // application goes without the CV being chosen again.
        String email = browser.find(By.id("apply:email")).getAttribute("value");
        browser.type(By.id("apply:email"), "rosa@exemple");
        browser.clickAndWaitFor(By.id("apply:send"), By.id("kept-cv"));
        assertTrue(browser.text(By.id("kept-cv")).contains("« " + cv.getFileName() + " » est gardé"),
                browser.text(By.id("kept-cv")));
        // A replacement that is no PDF is refused, and the CV kept before stays kept.
        Path notAPdf = Files.createTempFile("cv-remplacement", ".pdf");
        Files.writeString(notAPdf, "MZ ceci n'est pas un PDF", StandardCharsets.US_ASCII);
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(notAPdf.toString());
        WebElement send = browser.find(By.id("apply:send"));
        send.click();
        browser.waitUntilReplaced(send);
        assertFalse(browser.text(By.id("apply:cv-message")).isBlank(), "the replacement is refused beside the field");
        assertTrue(browser.text(By.id("kept-cv")).contains("« " + cv.getFileName() + " » est gardé"),
                "the CV kept before stays: " + browser.text(By.id("kept-cv")));
        Files.delete(notAPdf);
        browser.type(By.id("apply:email"), email);
        if (!browser.find(By.id("apply:consent")).isSelected()) {
            browser.find(By.id("apply:consent")).click();
        }
        browser.clickAndWaitFor(By.id("apply:send"), By.id("application-received"));
        Files.delete(cv);
        assertEquals(cv.getFileName().toString(), ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select a.cv_file_name from offer_application a join `lead` l on l.id = a.lead_id where l.email = ?",
                email), "the application holds the CV kept from the refused attempt");

        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?country=PE");
        browser.clickAndWaitFor(By.linkText("Rosa " + last), By.id("lead-name"));
        String consents = browser.text(By.id("lead-consents"));
        assertTrue(consents.contains("Traitement d’une candidature") && consents.contains("application-2026-11"), consents);
        assertTrue(consentShown.startsWith("J’accepte que le centre de services scolaire et l’employeur"),
                "the sentence recorded is the one the form showed: " + consentShown);
    }

    /**
     * An open offer of the demo's CSS du Fjord, found as its recruiter finds it from a candidate's lead page; signed
     * out after.
     */
    private String anOpenOfferOfFjord() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?country=NG");
        browser.clickAndWaitFor(By.linkText("Olumide Adeyemi"), By.id("lead-name"));
        browser.clickAndWaitFor(By.cssSelector("#applications .application-link"), By.id("applications-title"));
        String offer = browser.currentPath().replaceAll(".*[?&]offer=(\\d+).*", "$1");
        browser.signOut();
        return offer;
    }

    /**
     * A candidate applies, withdraws her consent to the processing of her applications from the link at the foot of
     * the confirmation, then applies to the same offer again with a new CV: the page says that her application resumes
     * with the new CV and that the first one stays with it as an earlier version the centre does not read; the
     * recruiter's list of the offer's applications shows the new CV and names the earlier version.
     */
    @Test
    void applyingAgainAfterWithdrawingConsentSaysTheFirstCvStaysAsAnEarlierVersion() throws Exception {
        String offer = anOpenOfferOfFjord();
        String last = "Mamani-" + UUID.randomUUID().toString().substring(0, 6);
        String email = "lucia." + last.toLowerCase() + "@exemple.bo";
        Path first = pdf("cv-premier", "premier CV");
        apply(offer, "Lucia", last, email, first);
        assertTrue(browser.text(By.id("application-received")).startsWith("Merci! Votre candidature est bien reçue."),
                browser.text(By.id("application-received")));

        String consents = ca.tremplin.testsupport.TestMailServer.linkTo(
                ca.tremplin.testsupport.TestMailServer.awaitMessageTo(email), "/consentements.xhtml");
        browser.go(consents.substring(consents.indexOf("/consentements.xhtml")) + "&lang=fr");
        browser.clickAndWaitFor(By.cssSelector(".purpose-APPLICATION .withdraw"), By.cssSelector(".ui-messages-info"));

        Path again = pdf("cv-2027", "CV 2027");
        apply(offer, "Lucia", last, email, again);
        String said = browser.text(By.id("application-received"));
        assertTrue(said.contains("votre candidature est redonné") && said.contains("« " + again.getFileName() + " »")
                && said.contains("le CV « " + first.getFileName() + " » et son message")
                && said.contains("version antérieure, que le centre ne consulte pas"), said);
        Files.delete(first);
        Files.delete(again);

        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/offer-applications.xhtml?offer=" + offer + "&lang=fr");
        By row = By.xpath("//tbody/tr[.//a[normalize-space() = 'Lucia " + last + "']]");
        String shown = browser.text(row);
        assertTrue(shown.contains(again.getFileName().toString()), "the CV sent now: " + shown);
        assertTrue(browser.driver().findElement(row).findElement(By.cssSelector(".cv-earlier")).getText()
                .startsWith("Version antérieure : « " + first.getFileName() + " », envoyée le"), shown);
    }

    /**
     * Moved to "Screened", a candidate would be told in 15 minutes: the board offers, for that move, not to tell them,
     * as a final decision's confirmation does. Chosen, the mail is taken back before it leaves and said so, and the
     * card stays where it was moved.
     */
    @Test
    void aRecruiterChoosesNotToTellACandidateOfTheirScreening() throws Exception {
        String offer = anOpenOfferOfFjord();
        String name = "Rosa Quispe-" + UUID.randomUUID().toString().substring(0, 6);
        String email = name.toLowerCase().replace(' ', '.') + "@exemple.bo";
        Path cv = pdf("cv-rosa", "CV");
        apply(offer, "Rosa", name.substring("Rosa ".length()), email, cv);
        Files.delete(cv);

        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/offer-applications.xhtml?offer=" + offer + "&lang=fr");
        WebElement form = browser.find(By.id("applications:target"));
        appliedCard(name).findElement(By.cssSelector(".lead-card-move")).click();
        browser.waitFor().until(ExpectedConditions.stalenessOf(form));
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), name));
        new Select(browser.find(By.id("applications:target"))).selectByValue("SCREENED");
        browser.clickAndWaitFor(By.id("applications:move"), By.id("held-news-text"));
        String offered = browser.text(By.id("held-news-text"));
        assertTrue(offered.contains(name) && offered.contains("« Présélectionnée »")
                && offered.contains("dans 15 minutes"), offered);
        String screening = "select count(*) from outbox_message where lower(recipient) = ?"
                + " and subject like 'Votre candidature est à l%'";
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.count(screening, email), "the screening's mail, held");

        browser.find(By.id("applications:keep-untold")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications:messages"),
                "ne partira pas, comme vous l’avez choisi"));
        assertTrue(browser.driver().findElements(By.id("held-news-text")).isEmpty(), "asked once, answered");
        assertEquals(0, ca.tremplin.testsupport.TestDatabase.count(screening, email), "taken back: it never leaves");
        assertTrue(browser.text(By.cssSelector(".board-column.status-SCREENED")).contains(name),
                "the move itself stands");
    }

    /** A card of the "Received" column, its next cards asked for ("more") until it shows. */
    private WebElement appliedCard(String name) {
        By card = By.xpath("//div[contains(@class,'application-card')][a[normalize-space()='" + name + "']]");
        while (browser.driver().findElements(card).isEmpty()) {
            WebElement more = browser.find(By.cssSelector(".board-column.status-APPLIED .board-more"));
            more.click();
            browser.waitUntilReplaced(more);
        }
        return browser.find(card);
    }

    /** A one-page PDF in a file of its own, its comment {@code words}. */
    private static Path pdf(String prefix, String words) throws java.io.IOException {
        Path file = Files.createTempFile(prefix, ".pdf");
        Files.write(file, ("%PDF-1.4\n% " + words + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    /** Fills and sends the offer's form as a candidate in Bolivia, with this CV and the consent ticked. */
    private void apply(String offer, String firstName, String lastName, String email, Path cv) {
        browser.go("/fr/postuler?offer=" + offer);
        browser.type(By.id("apply:firstName"), firstName);
        browser.type(By.id("apply:lastName"), lastName);
        browser.type(By.id("apply:email"), email);
        new Select(browser.find(By.id("apply:country"))).selectByValue("BO");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(cv.toString());
        browser.find(By.id("apply:consent")).click();
        browser.clickAndWaitFor(By.id("apply:send"), By.id("application-received"));
    }

    /**
     * A candidate fills the form of an open offer, and before she sends it a colleague of the centre puts the offer
     * back to draft: the form says the offer no longer takes applications, nothing is filed, and what she typed is
     * still in the form, where an error page would have lost it.
     */
    @Test
    void anOfferPutBackToDraftWhileItsFormIsFilledIsSaidOnTheFormWithWhatWasTypedKept() throws Exception {
        String offer = ca.tremplin.testsupport.TestDatabase.firstColumn("select o.id from offer o join tenant t"
                + " on t.id = o.tenant_id where t.slug = ? and o.status = 'OPEN' and (o.application_deadline is null"
                + " or o.application_deadline > current_date) order by o.id", "css-du-fjord");
        browser.forgetEverything();
        browser.go("/fr/postuler?offer=" + offer);
        String last = "Mamani-" + UUID.randomUUID().toString().substring(0, 6);
        String email = "ana." + last.toLowerCase() + "@exemple.bo";
        browser.type(By.id("apply:firstName"), "Ana");
        browser.type(By.id("apply:lastName"), last);
        browser.type(By.id("apply:email"), email);
        new Select(browser.find(By.id("apply:country"))).selectByValue("BO");
        Path cv = pdf("cv", "CV");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(cv.toString());
        browser.find(By.id("apply:consent")).click();
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.update(
                "update offer set status = 'DRAFT' where id = ?", offer));
        try {
            WebElement send = browser.find(By.id("apply:send"));
            send.click();
            browser.waitUntilReplaced(send);
            assertTrue(browser.text(By.id("apply:messages")).contains("Cette offre vient d’être pourvue ou fermée"),
                    browser.text(By.id("apply:messages")));
            assertEquals(last, browser.find(By.id("apply:lastName")).getAttribute("value"), "what was typed is kept");
            assertEquals(email, browser.find(By.id("apply:email")).getAttribute("value"));
            assertEquals(0, ca.tremplin.testsupport.TestDatabase.count(
                    "select count(*) from `lead` where email = ?", email), "nothing was filed");
        } finally {
            ca.tremplin.testsupport.TestDatabase.update("update offer set status = 'OPEN' where id = ?", offer);
            Files.delete(cv);
        }
    }
}
