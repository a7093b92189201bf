package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Sign-in, languages and access rules, as a person sees them in a real browser. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void signingInOpensTheOwnTenantsBackOfficeUnderANewSessionId() {
        browser.go("/signin.xhtml");
        assertNull(browser.cookie("JSESSIONID"), "the sign-in page opens no session before anyone signs in");
        // A back-office page opened first: the visitor is sent to sign in, in a session that remembers the page.
        browser.go("/admin/");
        String sessionBefore = browser.cookie("JSESSIONID");
        assertNotNull(sessionBefore, "the session that remembers where to go back");

        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);

        assertEquals("/admin/", browser.currentPath());
        assertTrue(browser.text(By.id("tenant-name")).contains("Fjord"));
        assertTrue(browser.text(By.id("dashboard-heading")).startsWith("Bonjour"));
        assertNotEquals(sessionBefore, browser.cookie("JSESSIONID"), "session id renewed at sign-in");
    }

    @Test
    void aSignInPageLeftOpenUntilItsSessionEndedStillSignsIn() {
        browser.go("/admin/leads.xhtml");
        browser.waitFor().until(driver -> driver.getCurrentUrl().contains("signin"));
        // The session ends while the page stays open (its cookie gone is what an ended session looks like).
        browser.forgetEverything();
        browser.type(By.id("signin:email"), DemoAccounts.FJORD_RECRUITER);
        browser.type(By.id("signin:password"), DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("signin:submit"), By.id("signed-in-user"));

        assertEquals("/admin/", browser.currentPath(), "signed in, not told the page expired");
    }

    @Test
    void aWrongPasswordIsRefusedInTheVisitorsLanguage() {
        browser.go("/signin.xhtml");
        browser.type(By.id("signin:email"), DemoAccounts.FJORD_RECRUITER);
        browser.type(By.id("signin:password"), "not the password at all");
        browser.clickAndWaitFor(By.id("signin:submit"), By.cssSelector("#signin\\:messages .ui-messages-error"));
        assertTrue(browser.text(By.id("signin:messages")).contains("Courriel ou mot de passe incorrect"));

        browser.clickAndWaitFor(By.id("lang-en"), By.cssSelector("html[lang='en']"));
        browser.type(By.id("signin:email"), DemoAccounts.FJORD_RECRUITER);
        browser.type(By.id("signin:password"), "still not the password");
        browser.clickAndWaitFor(By.id("signin:submit"), By.cssSelector("#signin\\:messages .ui-messages-error"));
        assertTrue(browser.text(By.id("signin:messages")).contains("Wrong e-mail or password"));
    }

    @Test
    void thePasswordsEyeIsASwitchNamedInThePagesLanguageThatSaysWhetherThePasswordIsShown() {
        browser.go("/signin.xhtml");
        By eye = By.id("signin:password_mask");
        browser.waitFor().until(driver -> "false".equals(driver.findElement(eye).getAttribute("aria-checked")));
        assertEquals("Afficher le mot de passe", browser.find(eye).getAttribute("aria-label"));
        assertEquals("switch", browser.find(eye).getAttribute("role"));

        browser.find(eye).click();

        assertEquals("text", browser.find(By.id("signin:password")).getAttribute("type"), "the password is shown");
        assertEquals("true", browser.find(eye).getAttribute("aria-checked"), "and the switch says so");
        assertEquals("Afficher le mot de passe", browser.find(eye).getAttribute("aria-label"), "one name, any state");
        browser.find(eye).sendKeys(org.openqa.selenium.Keys.SPACE);
        assertEquals("password", browser.find(By.id("signin:password")).getAttribute("type"));
        assertEquals("false", browser.find(eye).getAttribute("aria-checked"));
    }

    @Test
    void anEmptyFormIsExplainedFieldByField() {
        browser.go("/signin.xhtml");
        browser.clickAndWaitFor(By.id("signin:submit"), By.cssSelector(".ui-message-error"));
        assertTrue(browser.pageSource().contains("Ce champ est obligatoire."));
        assertEquals("/signin.xhtml", browser.currentPath().replaceAll(";.*", ""));
    }

    @Test
    void theLanguageChoiceSticksAcrossPagesAndSignIn() {
        browser.go("/");
        assertEquals("Apprendre un métier au Québec", browser.text(By.tagName("h1")));

        browser.clickAndWaitFor(By.id("lang-en"), By.cssSelector("html[lang='en']"));
        assertEquals("Learn a trade in Québec", browser.text(By.tagName("h1")));
        assertEquals("true", browser.find(By.id("lang-en")).getAttribute("aria-current"));

        browser.go("/signin.xhtml");
        assertEquals("Sign in", browser.text(By.tagName("h1")));
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        assertTrue(browser.text(By.id("dashboard-heading")).startsWith("Hello"));

        browser.clickAndWaitFor(By.id("lang-fr"), By.cssSelector("html[lang='fr']"));
        assertTrue(browser.text(By.id("dashboard-heading")).startsWith("Bonjour"));
    }

    @Test
    void aCssAdminCannotOpenAnotherTenantsUserPage() {
        browser.signIn(DemoAccounts.DEUX_RIVES_ADMIN, DemoAccounts.PASSWORD);
        String otherTenantsUser = firstUserLinkOnUsersPage();
        browser.signOut();

        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        String ownColleague = firstUserLinkOnUsersPage();
        browser.go(ownColleague);
        assertTrue(browser.find(By.id("user-email")).getText().endsWith("@css-du-fjord.demo"));

        browser.go(otherTenantsUser);
        assertEquals("Page introuvable", browser.text(By.id("error-title")));
        assertTrue(browser.pageSource().contains("n’est pas accessible avec votre compte"));
        assertTrue(!browser.pageSource().contains("@css-des-deux-rives.demo"), "nothing of the other tenant leaks");
    }

    @Test
    void aRecruiterCannotOpenAdministrationPages() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        assertTrue(browser.driver().findElements(By.id("nav-users")).isEmpty(), "no link to what is forbidden");

        browser.go("/admin/users.xhtml");
        assertEquals("Accès refusé", browser.text(By.id("error-title")));
    }

    @Test
    void theBackOfficeSendsAnonymousVisitorsToSignInAndBack() {
        browser.go("/admin/users.xhtml");
        assertEquals("/signin.xhtml", browser.currentPath());

        browser.type(By.id("signin:email"), DemoAccounts.FJORD_ADMIN);
        browser.type(By.id("signin:password"), DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("signin:submit"), By.id("users:table"));
        assertEquals("/admin/users.xhtml", browser.currentPath());
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        browser.find(By.id("nav-tenants"));

        browser.signOut();
        browser.go("/admin/");

        assertEquals("/signin.xhtml", browser.currentPath());
        assertTrue(browser.driver().findElements(By.id("session-ended-notice")).isEmpty(),
                "a session its person ended is not told it ended by itself");
    }

    private String firstUserLinkOnUsersPage() {
        browser.go("/admin/users.xhtml");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#users\\:table a[href*='user.xhtml?id=']"));
        assertTrue(!links.isEmpty(), "the users page lists the tenant's users");
        return links.get(0).getAttribute("href").substring(browser.base().length());
    }
}
