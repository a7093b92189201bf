package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestMailServer;
import jakarta.mail.Message;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Invitations and password resets end to end: the page, the outbox, a real SMTP server, the link in the
 * e-mail, and signing in with the password chosen through it.
 */
class AccountEmailBrowserIT extends BrowserTest {

    /** The address the server writes into its e-mails (TREMPLIN_BASE_URL in pom.xml). */
    private static final String MAILED_BASE = "http://localhost:" + Integer.getInteger("it.http.port", 8080);

    @Test
    void anInvitedPersonChoosesAPasswordFromTheEmailAndSignsIn() throws Exception {
        String email = "lucia." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";
        invite(email, "Lucía Fernández", "en");

        Message invitation = TestMailServer.awaitMessageTo(email);
        assertTrue(invitation.getSubject().startsWith("Invitation to join"), invitation.getSubject());
        String link = TestMailServer.linkTo(invitation, "/password-reset.xhtml");

        browser.forgetEverything();
        try {
            browser.driver().get(link.replace(MAILED_BASE, browser.base()));
            assertEquals("Welcome! Choose your password", browser.text(By.tagName("h1")),
                    "the link opens the page in the invitation's language");
            choosePassword("une phrase de passe assez longue");
            browser.find(By.id("to-signin"));

            browser.signIn(email, "une phrase de passe assez longue");
            assertTrue(browser.text(By.id("signed-in-user")).contains("Lucía Fernández"));
        } finally {
            browser.forgetEverything(); // the language the link chose, for the tests that follow
        }
    }

    @Test
    void aForgottenPasswordIsReplacedThroughAOneTimeLink() throws Exception {
        String email = "kwame." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";
        invite(email, "Kwame Asante", "fr");
        String invitationLink = TestMailServer.linkTo(TestMailServer.awaitMessageTo(email), "/password-reset.xhtml");
        browser.forgetEverything();
        browser.driver().get(invitationLink.replace(MAILED_BASE, browser.base()));
        choosePassword("premier mot de passe solide");

        browser.go("/password-forgotten.xhtml");
        browser.type(By.id("forgotten:email"), email);
        browser.clickAndWaitFor(By.id("forgotten:submit"), By.cssSelector("#forgotten\\:messages .ui-messages-info"));
        Message reset = awaitMessageWithSubject(email, "Réinitialisation");
        String resetLink = TestMailServer.linkTo(reset, "/password-reset.xhtml")
                .replace(MAILED_BASE, browser.base());

        browser.driver().get(resetLink);
        choosePassword("second mot de passe solide");
        browser.signIn(email, "second mot de passe solide");
        browser.signOut();

        browser.driver().get(resetLink);
        assertTrue(browser.text(By.id("link-expired")).contains("n’est plus valide"));
        assertTrue(browser.text(By.id("expired-to-signin")).contains("Connectez-vous"),
                "a link used already leads to the sign-in too");
    }

    @Test
    void aForgottenPasswordRequestForAnUnknownAddressSaysTheSameAndSendsNothing() {
        String unknown = "personne." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";
        browser.go("/password-forgotten.xhtml");
        browser.type(By.id("forgotten:email"), unknown);
        browser.clickAndWaitFor(By.id("forgotten:submit"), By.cssSelector("#forgotten\\:messages .ui-messages-info"));

        assertTrue(browser.text(By.id("forgotten:messages")).contains("Si un compte est associé à ce courriel"));
        assertEquals(0, TestMailServer.countTo(unknown));
    }

    @Test
    void aDeactivatedPersonCanNoLongerSignIn() throws Exception {
        String email = "nour." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";
        invite(email, "Nour Haddad", "fr");
        String link = TestMailServer.linkTo(TestMailServer.awaitMessageTo(email), "/password-reset.xhtml");
        browser.forgetEverything();
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        choosePassword("mot de passe de Nour 2026");

        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/users.xhtml");
        browser.type(By.id("users:filter"), "Nour Haddad");
        browser.find(By.xpath("//a[text()='Nour Haddad']")).click();
        assertEquals("Demandes non fermées : 0 · tâches ouvertes : 0 · leads suivis : 0 · lignes de routage à son"
                + " nom : 0 · activités de campagne à faire : 0 · événements à venir où sa présence est prévue : 0.",
                browser.text(By.id("work-held")),
                "what the person holds, before the button");
        assertEquals("Confier son travail à", browser.text(By.cssSelector("label[for='user:colleague']")));
        long changesBefore = browser.driver().findElements(By.cssSelector("#account-history tr.staff-change")).size();
        // Asked first, naming her and what she holds; "No", where the focus opens, changes nothing.
        browser.find(By.id("user:deactivate")).click();
        By question = By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message");
        assertEquals("Nour Haddad ne pourra plus se connecter. Ce compte ne détient aucun travail en cours. Réactiver"
                + " le compte plus tard ne lui rendra rien de ce travail.", browser.text(question));
        assertEquals("Désactiver le compte de Nour Haddad ?",
                browser.text(By.cssSelector(".ui-confirm-dialog .ui-dialog-title")));
        browser.waitFor().withMessage("the focus on \"No\"").until(driver -> driver.switchTo().activeElement()
                .getAttribute("class").contains("ui-confirmdialog-no"));
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                question));
        assertEquals("Actif", browser.text(By.id("user-status")), "still active");
        assertEquals(changesBefore, browser.driver().findElements(
                By.cssSelector("#account-history tr.staff-change")).size(), "nothing traced");
        assertEquals("1", ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select active from user_account where email = ?", email), "nothing changed");
        browser.find(By.id("user:deactivate")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.find(By.id("user:reactivate"));
        assertEquals("Désactivé", browser.text(By.id("user-status")));
        browser.waitFor().withMessage("the account's history showing the deactivation without a reload").until(
                driver -> driver.findElements(By.cssSelector("#account-history tr.staff-change")).size()
                        == changesBefore + 1);
        assertTrue(browser.text(By.id("account-history")).contains("Compte désactivé"));
        browser.signOut();

        browser.go("/signin.xhtml");
        browser.type(By.id("signin:email"), email);
        browser.type(By.id("signin:password"), "mot de passe de Nour 2026");
        browser.clickAndWaitFor(By.id("signin:submit"), By.cssSelector("#signin\\:messages .ui-messages-error"));
        assertTrue(browser.text(By.id("signin:messages")).contains(
                "Ce compte est désactivé : demandez à l’administrateur de votre centre de le réactiver."),
                browser.text(By.id("signin:messages")));
    }

    private void invite(String email, String name, String language) {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/users.xhtml");
        browser.type(By.id("invite:email"), email);
        browser.type(By.id("invite:name"), name);
        if ("en".equals(language)) {
            browser.choose("invite:language", "English");
        }
        browser.clickAndWaitFor(By.id("invite:submit"), By.cssSelector("#invite\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("invite:messages")).contains(email));
        browser.signOut();
    }

    private void choosePassword(String password) {
        browser.type(By.id("reset:password"), password);
        browser.type(By.id("reset:confirmation"), password);
        browser.clickAndWaitFor(By.id("reset:submit"), By.id("to-signin"));
    }

    private static Message awaitMessageWithSubject(String recipient, String subjectStart) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Message latest = TestMailServer.awaitMessageTo(recipient);
            if (latest.getSubject().startsWith(subjectStart)) {
                return latest;
            }
            TestMailServer.running().waitForIncomingEmail(1_000, TestMailServer.running().getReceivedMessages().length + 1);
        }
        throw new AssertionError("No message '" + subjectStart + "...' to " + recipient);
    }
}
