package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestMailServer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The platform admin opens a new school service centre; its admin completes its profile. */
class TenantAdministrationBrowserIT extends BrowserTest {

    @TempDir
    Path files;

    /** The address the server writes in its mails (TREMPLIN_BASE_URL of the test server). */
    private static final String MAILED_BASE = "http://localhost:" + Integer.getInteger("it.http.port", 8080);

    @Test
    void thePlatformAdminCreatesACentreFixingAMistakeThenInvitesItsAdministrator() throws Exception {
        String slug = "css-des-iles-" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/tenants.xhtml");
        browser.clickAndWaitFor(By.id("new-tenant"), By.id("tenant:nameFr"));

        browser.type(By.id("tenant:nameFr"), "Centre de services scolaire des Îles");
        browser.type(By.id("tenant:nameEn"), "Islands School Service Centre");
        browser.type(By.id("tenant:slug"), "Les Îles!");
        browser.choose("tenant:region", "Gaspésie–Îles-de-la-Madeleine");
        browser.clickAndWaitFor(By.id("tenant:save"), By.cssSelector("#tenant\\:slug.ui-state-error"));
        assertTrue(browser.pageSource().contains("Lettres minuscules, chiffres et traits d’union seulement."));
        browser.type(By.id("tenant:slug"), "ab");
        browser.find(By.id("tenant:save")).click();
        browser.waitFor().withMessage("the slug's length refused in the page's words, with the bounds that apply")
                .until(driver -> driver.getPageSource().contains("L’identifiant compte de 3 à 60 caractères."));

        browser.type(By.id("tenant:slug"), slug);
        browser.clickAndWaitFor(By.id("tenant:save"), By.cssSelector("#tenant\\:messages .ui-messages-error"));
        assertTrue(browser.text(By.id("tenant:messages")).contains("Loi 25"),
                "a centre publishes an address for personal-information questions: "
                        + browser.text(By.id("tenant:messages")));
        browser.type(By.id("tenant:contactEmail"), "info@csiles");
        browser.clickAndWaitFor(By.id("tenant:save"), By.cssSelector("#tenant\\:contactEmail.ui-state-error"));
        assertTrue(browser.pageSource().contains("Adresse courriel invalide : elle s’écrit nom@domaine.ca"),
                "an address no mail reaches is refused, in the page's words");
        browser.type(By.id("tenant:contactEmail"), "info@" + slug + ".test");
        browser.clickAndWaitFor(By.id("tenant:save"), By.id("invite-admin:email"));
        assertEquals("Centre de services scolaire des Îles", browser.text(By.id("tenant-heading")));
        assertEquals(1, browser.driver().findElements(By.xpath(
                "//*[contains(@class,'ui-messages-info')]//*[contains(text(),'des Îles est créé')]")).size(),
                "said once, at the top: " + browser.pageSource());

        // A mistyped address first: listed among the centre's administrators, its invitation cancelled, asked first
        // with "No" where the focus opens, which leaves it as it was.
        String mistyped = "direciton@" + slug + ".test";
        browser.type(By.id("invite-admin:email"), mistyped);
        browser.type(By.id("invite-admin:name"), "Évangéline Arsenault");
        By mistypedRow = By.cssSelector("tr.centre-admin[data-email='" + mistyped + "']");
        browser.clickAndWaitFor(By.id("invite-admin:submit"), mistypedRow);
        By mistypedStatus = By.cssSelector("tr.centre-admin[data-email='" + mistyped + "'] .centre-admin-status");
        String invited = browser.text(mistypedStatus);
        By cancel = By.cssSelector("tr.centre-admin[data-email='" + mistyped + "'] .cancel-invitation");
        browser.find(cancel).click();
        By question = By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message");
        assertTrue(browser.text(question).contains("Évangéline Arsenault (" + mistyped + ")"), browser.text(question));
        browser.waitFor().withMessage("the focus on \"No\"").until(driver -> driver.switchTo().activeElement()
                .getAttribute("class").contains("ui-confirmdialog-no"));
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(question));
        assertEquals(invited, browser.text(mistypedStatus), "still invited");
        assertEquals("1", ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select active from user_account where email = ?", mistyped));
        browser.find(cancel).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitFor().until(driver -> driver.findElement(mistypedStatus).getText().equals("Invitation annulée")
                || driver.findElement(mistypedStatus).getText().equals("Invitation cancelled"));
        assertEquals("0", ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select active from user_account where email = ?", mistyped));

        String adminEmail = "direction@" + slug + ".test";
        browser.type(By.id("invite-admin:email"), adminEmail);
        browser.type(By.id("invite-admin:name"), "Évangéline Arsenault");
        // She reads English: her invitation, and the pages it opens, are in it.
        browser.choose("invite-admin:language", "English");
        browser.clickAndWaitFor(By.id("invite-admin:submit"), By.cssSelector("#invite-admin\\:messages .ui-messages-info"));
        jakarta.mail.Message invitation = TestMailServer.awaitMessageTo(adminEmail);
        assertTrue(invitation.getSubject().startsWith("Invitation to"), invitation.getSubject());

        // Her first program: the centre has no training centre yet, and the program's page says where to make one.
        browser.signOut();
        browser.forgetEverything();
        browser.driver().get(TestMailServer.linkTo(invitation, "/password-reset.xhtml")
                .replace(MAILED_BASE, browser.base()));
        browser.type(By.id("reset:password"), "une phrase de passe des Îles");
        browser.type(By.id("reset:confirmation"), "une phrase de passe des Îles");
        browser.clickAndWaitFor(By.id("reset:submit"), By.id("to-signin"));
        browser.signIn(adminEmail, "une phrase de passe des Îles");
        // She gives her centre its full name: the header says it as soon as it is saved, not at the next page.
        String fullName = "Magdalen Islands School Service Centre " + slug.substring(slug.length() - 6);
        browser.clickAndWaitFor(By.id("nav-my-tenant"), By.id("tenant:nameEn"));
        assertEquals("Islands School Service Centre", browser.text(By.id("tenant-name")));
        browser.type(By.id("tenant:nameEn"), fullName);
        // The mailing address every bulk e-mail ends with (CASL), which a centre gives before its page is saved.
        browser.type(By.id("tenant:mailingAddress"), "185, chemin Principal, Cap-aux-Meules (Québec) G4T 1C6");
        browser.find(By.id("tenant:save")).click();
        browser.waitFor().withMessage(() -> "the header names the centre as renamed, with the save's answer: "
                        + browser.driver().findElement(By.id("tenant:messages")).getText())
                .until(driver -> driver.findElement(By.id("tenant-name")).getText().equals(fullName));
        browser.waitFor().withMessage("the page's heading and its tab's title too, without a reload")
                .until(driver -> driver.findElement(By.id("tenant-heading")).getText().equals(fullName)
                        && driver.getTitle().startsWith(fullName));
        browser.go("/admin/program.xhtml");
        String hint = browser.text(By.id("no-training-centre"));
        assertTrue(hint.startsWith("No training centre yet") || hint.startsWith("Aucun centre de formation"), hint);
        browser.clickAndWaitFor(By.id("to-training-centres"), By.tagName("h1"));
        assertEquals("/admin/centres.xhtml", browser.currentPath());
        // Her centre's lists say it has none yet, what each will hold, and offer the next step she may take there,
        // a link named by where it leads; not that a search found nothing.
        assertNothingYet("/admin/programs.xhtml", "programs-empty", "No program yet", "Aucun programme pour",
                "add-program", "/admin/program.xhtml");
        assertNothingYet("/admin/offers.xhtml", "offers-empty", "No offer yet", "Aucune offre pour",
                "create-offer", "/admin/offer.xhtml");
        assertNothingYet("/admin/events.xhtml", "events-empty", "No event yet", "Aucun événement pour",
                "create-event", "/admin/event.xhtml");
        assertNothingYet("/admin/campaigns.xhtml", "campaigns-empty", "No campaign yet", "Aucune campagne pour",
                "create-campaign", "/admin/campaign.xhtml");
        assertNothingYet("/admin/leads.xhtml", "leads-empty", "No lead yet", "Aucun candidat pour",
                "add-program", "/admin/program.xhtml");
        assertTrue(browser.find(By.id("leads-empty-import-list")).getAttribute("href").endsWith("/admin/events.xhtml"),
                "a list is imported from its event's page");
        assertNothingYet("/admin/board.xhtml", "board-empty", "No lead on the board yet", "Aucun candidat au tableau",
                "create-event", "/admin/event.xhtml");
        assertNothingYet("/admin/inquiries.xhtml", "inbox-empty", "No request awaiting", "Aucune demande en attente",
                "share-information-form", "/information?css=" + slug);
        assertTrue(browser.text(By.id("inbox-empty-share-information-form-address"))
                .matches("https?://.+/(en|fr)/information\\?css=" + slug), "the form's address, whole, to give out");
        assertNothingYet("/admin/privacy.xhtml", "access-requests-none", "No access request yet",
                "Aucune demande d’accès", "share-access-page", "/acces.xhtml");
        assertNothingYet("/admin/report-schedules.xhtml", "schedules-none", "No scheduled report yet",
                "Aucun rapport programmé", "open-reports", "/admin/reports.xhtml");

        // Narrowed by her own search or filters, a list says they are the reason, offers no step to add what may
        // exist already, and leads back to the whole list, which says again that there is nothing yet.
        browser.go("/admin/programs.xhtml");
        browser.type(By.id("programs:filter"), "Zzyzx");
        assertNothingMatches("programs-empty", "No program matches", "Aucun programme ne correspond");
        browser.clickAndWaitFor(By.id("programs-empty-clear"),
                By.cssSelector("#programs-empty[data-empty='nothing-yet']"));
        assertEquals("", browser.find(By.id("programs:filter")).getAttribute("value"), "the search is cleared");
        for (String[] list : new String[][] {
                {"/admin/leads.xhtml", "leads-empty", "No lead matches", "Aucun candidat ne correspond"},
                {"/admin/board.xhtml", "board-empty", "No lead on the board matches", "Aucun candidat du tableau"},
                {"/admin/inquiries.xhtml", "inbox-empty", "No request awaiting an answer matches",
                        "Aucune demande en attente de réponse ne correspond"}}) {
            browser.go(list[0] + "?q=Zzyzx");
            assertNothingMatches(list[1], list[2], list[3]);
            browser.clickAndWaitFor(By.id(list[1] + "-clear"),
                    By.cssSelector("#" + list[1] + "[data-empty='nothing-yet']"));
            assertTrue(browser.currentPath().startsWith(list[0]) && !browser.currentPath().contains("q="),
                    browser.currentPath());
        }
        browser.go("/admin/users.xhtml");
        browser.type(By.id("users:filter"), "Zzyzx");
        assertNothingMatches("users-empty", "No user matches", "Aucun utilisateur ne correspond");
        assertEquals("/admin/users.xhtml", browser.find(By.id("users-empty-clear")).getAttribute("href")
                .substring(browser.base().length()));
        browser.signOut();
        browser.signIn(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);

        browser.go("/admin/tenants.xhtml");
        browser.type(By.id("tenants:filter"), "des Îles");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenants:table"), slug));

        // Closing the centre asks first, saying what it does to its people and its requests; "No" leaves it open.
        browser.find(By.xpath("//tr[td[contains(., '" + slug + "')]]//a")).click();
        browser.find(By.id("tenant:toggle-active")).click();
        By dialog = By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message");
        assertTrue(browser.text(dialog).contains("file de la coordination") || browser.text(dialog).contains(
                "coordination’s queue"), browser.text(dialog));
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(dialog));
        assertEquals("1", ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select active from tenant where slug = ?", slug), "still open");
        browser.find(By.id("tenant:toggle-active")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitFor().until(driver -> driver.findElement(By.id("tenant:messages")).getText().contains("désactivé")
                || driver.findElement(By.id("tenant:messages")).getText().contains("deactivated"));
    }

    /**
     * A list a new centre has nothing in yet: the sentence that says what it will hold (in the reader's language), and
     * the link to the first step, leading where its words say.
     */
    private static void assertNothingYet(String page, String id, String english, String french, String step,
                                         String stepAddressEnd) {
        browser.go(page);
        org.openqa.selenium.WebElement empty = browser.find(By.cssSelector("#" + id + "[data-empty='nothing-yet']"));
        String said = empty.findElement(By.className("empty-list-text")).getText();
        assertTrue(said.startsWith(english) || said.startsWith(french), page + ": " + said);
        org.openqa.selenium.WebElement link = browser.find(By.id(id + "-" + step));
        assertTrue(link.getAttribute("href").endsWith(stepAddressEnd), page + ": " + link.getAttribute("href"));
        assertFalse(link.getText().isBlank(), "a link named by its words, not an icon");
    }

    /** A list the reader's filters leave empty: it says so, offers no step, and has its link back to everything. */
    private static void assertNothingMatches(String id, String english, String french) {
        org.openqa.selenium.WebElement empty = browser.find(By.cssSelector("#" + id + "[data-empty='nothing-matches']"));
        String said = empty.findElement(By.className("empty-list-text")).getText();
        assertTrue(said.startsWith(english) || said.startsWith(french), id + ": " + said);
        assertTrue(empty.findElements(By.cssSelector(".empty-list-steps a")).isEmpty(), id + ": no step offered");
        assertFalse(browser.text(By.id(id + "-clear")).isBlank(), id + ": the link back to the whole list");
    }

    @Test
    void aCentreAdminUpdatesTheProfileAndLogoOfTheirOwnCentreOnly() throws Exception {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-my-tenant"), By.id("tenant:privacyEmail"));
        browser.type(By.id("tenant:privacyEmail"), "protection@fjord.demo");
        browser.type(By.id("tenant:mailingAddress"), "350, rue Racine Est\nSaguenay (Québec)  G7H 1S6");
        browser.clickAndWaitFor(By.id("tenant:save"), By.cssSelector("#tenant\\:messages .ui-messages-info"));
        assertEquals("350, rue Racine Est\nSaguenay (Québec)  G7H 1S6", ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select mailing_address from tenant where slug = ?", "css-du-fjord"), "the address CASL asks for, kept");
        String history = browser.text(By.id("centre-history"));
        assertTrue(history.contains("Profil du centre modifié") && history.contains("adresse postale")
                && history.contains("courriel du responsable") && history.contains("Isabelle Lévesque"),
                "the change, its fields and who made it, shown as it is saved: " + history);

        // A name another centre has is refused: the heading and the header keep the centre's name as saved.
        browser.type(By.id("tenant:nameFr"), "Centre de services scolaire des Deux-Rives");
        browser.find(By.id("tenant:save")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenant:messages"),
                "Un autre centre porte déjà le nom"));
        assertEquals("Centre de services scolaire du Fjord", browser.text(By.id("tenant-heading")));
        assertEquals("Centre de services scolaire du Fjord", browser.text(By.id("tenant-name")));
        browser.type(By.id("tenant:nameFr"), "Centre de services scolaire du Fjord");

        // A logo over 2 MB is said as soon as it is chosen, in the page's language, not after the whole upload.
        org.openqa.selenium.WebElement logoField = browser.driver().findElement(By.cssSelector("input[type='file']"));
        assertEquals("L’image pèse 3,2 Mo, plus que les 2 Mo permis.",
                browser.chooseFileTooLarge(logoField, "logo-scanned.png", 3L * 1024 * 1024));
        assertEquals("", logoField.getAttribute("value"), "the file is let go before anything is sent");

        Path logo = files.resolve("logo.png");
        ImageIO.write(new BufferedImage(800, 300, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(logo.toString());
        // A double click uploads it once: the second click finds the form on its way, its button saying so.
        assertEquals(1L, browser.sendingsOfADoubleClick("logo", "logo:upload"), "the second click sends nothing");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("logo:upload"),
                "Envoi en cours"));
        browser.go(browser.currentPath());
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(logo.toString());
        browser.clickAndWaitFor(By.id("logo:upload"), By.cssSelector("img.tenant-logo"));
        assertTrue(browser.currentPath().matches("/admin/tenant\\.xhtml\\?id=\\d+"), "back on its own page");
        assertTrue(browser.text(By.id("logo:logo-messages")).contains("Logo enregistré"));
        assertEquals(1, browser.driver().findElements(By.xpath("//*[contains(text(),'Logo enregistré')]")).size(),
                "said once, beside the logo");

        Path notAnImage = files.resolve("logo.png.exe");
        Files.writeString(notAnImage, "MZ this is not a picture");
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(notAnImage.toString());
        browser.clickAndWaitFor(By.id("logo:upload"), By.cssSelector("#logo\\:logo-messages .ui-messages-error"));
        assertTrue(browser.text(By.id("logo:logo-messages")).contains("n’est pas une image lisible"));

        browser.go("/admin/tenant.xhtml?id=1");
        assertEquals("Page introuvable", browser.text(By.id("error-title")), "the coordination's profile is not theirs");
    }
}
