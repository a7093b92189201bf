package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * WCAG 2.1.1: the two forms people fill fastest, with the keyboard alone — the program chooser of the information
 * request (reached by Tab, a program found by typing, chosen with the arrow keys and Enter, taken back with Backspace)
 * and a recruiter's quick capture at a fair (each field reached by Tab, consent ticked with Space, the entry sent
 * with Enter, the focus back on the first field for the next person).
 */
class KeyboardBrowserIT extends BrowserTest {

    private static final int MOST_TABS = 40;

    @Test
    void theProgramChooserIsReachedByTabAndAProgramIsChosenAndTakenBackWithKeysAlone() {
        browser.go("/fr/information?css=css-du-fjord");
        browser.find(By.id("inquiry:firstName")).sendKeys("Aïcha");

        WebElement chooser = tabUntil("inquiry:programIds_input");
        assertTrue(accessibleName(chooser).contains("Programmes"), "the chooser is named by its label: "
                + accessibleName(chooser));
        chooser.sendKeys("soud");
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#inquiry\\:programIds_panel li.ui-autocomplete-item")));
        active().sendKeys(Keys.ARROW_DOWN);
        active().sendKeys(Keys.ENTER);
        browser.waitFor().until(driver -> driver.findElements(
                By.cssSelector("#inquiry\\:programIds li.ui-autocomplete-token")).size() == 1);
        String chosen = browser.text(By.cssSelector("#inquiry\\:programIds li.ui-autocomplete-token"));
        assertTrue(chosen.toLowerCase(java.util.Locale.ROOT).contains("soud"), chosen);
        assertEquals("inquiry:programIds_input", active().getAttribute("id"), "the focus stays in the chooser");

        // Backspace takes a program back only once the list of suggestions has closed (while it is open, the
        // chooser reads its keys as moves within the list); its closing is animated.
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("inquiry:programIds_panel")));
        active().sendKeys(Keys.BACK_SPACE);
        browser.waitFor().until(driver -> driver.findElements(
                By.cssSelector("#inquiry\\:programIds li.ui-autocomplete-token")).isEmpty());

        tabUntil("inquiry:preferredIntake");
    }

    @Test
    void aRecruiterCapturesAPersonAtAFairWithTheKeyboardAloneAndIsReadyForTheNext() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/events.xhtml");
        browser.clickAndWaitFor(By.linkText("Salon de l'étudiant — Paris"), By.id("capture-link"));
        browser.clickAndWaitFor(By.id("capture-link"), By.id("capture-title"));
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "0"));
        String email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";

        browser.find(By.id("capture-firstName")).sendKeys("Inès");
        WebElement lastName = tabUntil("capture-lastName");
        // The field with the focus is ringed in the site's dark blue (3:1 against white), not the theme's pale one.
        // The theme eases the ring in: read once drawn.
        browser.waitFor().withMessage("the site's focus ring on the field").until(driver ->
                lastName.getCssValue("box-shadow").contains("rgb(11, 92, 173) 0px 0px 0px 3px"));
        lastName.sendKeys("Benali");
        tabUntil("capture-email").sendKeys(email);
        tabUntil("capture-phone").sendKeys("+33 6 98 76 54 32");
        WebElement consent = tabUntil("capture-consentToContact");
        consent.sendKeys(Keys.SPACE);
        assertTrue(consent.isSelected(), "Space ticks the consent");
        tabUntil("capture-save").sendKeys(Keys.ENTER);

        browser.waitFor().until(driver -> "capture-firstName".equals(active().getAttribute("id")));
        assertEquals("", browser.find(By.id("capture-firstName")).getAttribute("value"), "the form is empty again");
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("capture-status"),
                "Toutes les fiches sont envoyées."));
        assertFalse(consent.isSelected(), "the next person's consent is theirs to give");
    }

    /** Presses Tab from the focused element until the one with this id has the focus; fails if Tab never gets there. */
    private static WebElement tabUntil(String id) {
        for (int tab = 0; tab < MOST_TABS; tab++) {
            if (id.equals(active().getAttribute("id"))) {
                return active();
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; the focus is on #" + active().getAttribute("id"));
    }

    private static WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private static String accessibleName(WebElement element) {
        String labelledBy = element.getAttribute("aria-labelledby");
        if (labelledBy != null && !labelledBy.isBlank()) {
            return browser.text(By.id(labelledBy.split(" ")[0]));
        }
        String label = element.getAttribute("aria-label");
        if (label != null && !label.isBlank()) {
            return label;
        }
        return browser.text(By.cssSelector("label[for='" + element.getAttribute("id") + "']"));
    }
}
