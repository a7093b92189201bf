package ca.tremplin.browser;

import ca.tremplin.testsupport.Browser;
import ca.tremplin.testsupport.DemoAccounts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** How a person fills the showcase's forms in the browser, shared by its browser test and the accessibility audit. */
final class ShowcaseForms {

    private ShowcaseForms() {
    }

    /** A photo drawn for the test, as a file the browser's file field can take. */
    static Path photoFile() {
        try {
            BufferedImage image = new BufferedImage(900, 1200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(40, 100, 60));
            g.fillRect(0, 0, 900, 1200);
            g.setColor(Color.WHITE);
            g.fillOval(250, 200, 400, 500);
            g.dispose();
            Path file = Files.createTempDirectory("showcase").resolve("au-travail.png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A class's link, created by the CSS du Fjord's admin on the invitations page. */
    static String classLink(Browser browser) {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/showcase-invitations.xhtml");
        browser.clickAndWaitFor(By.id("invite:create-link"), By.id("class-link"));
        String link = browser.find(By.id("class-link")).getAttribute("value");
        browser.signOut();
        browser.forgetEverything();
        return link;
    }

    /** Fills the posting form ({@code formId} "post") and sends it; without a photo when {@code photo} is null. */
    static void post(Browser browser, String name, String email, int birthYear, Path photo, String guardianEmail) {
        post(browser, name, email, birthYear, photo, guardianEmail, false);
    }

    /**
     * The same, the button tapped twice in a row when {@code doubleTap} (as on a phone whose upload is slow): the
     * second tap comes before the page is replaced.
     */
    static void post(Browser browser, String name, String email, int birthYear, Path photo, String guardianEmail,
                     boolean doubleTap) {
        if (photo != null) {
            browser.driver().findElement(By.id("post:libraryPhoto")).sendKeys(photo.toString());
        }
        browser.type(By.id("post:displayName"), name);
        new Select(browser.find(By.id("post:program"))).selectByIndex(1);
        browser.type(By.id("post:trade"), "Soudeuse");
        browser.type(By.id("post:workplace"), "Atelier Nordik");
        browser.type(By.id("post:testimony"), "J’aime voir une pièce prendre forme; ma journée commence à l’atelier à 7 h.");
        browser.type(By.id("post:languages"), "français, wolof");
        browser.type(By.id("post:email"), email);
        browser.type(By.id("post:birthYear"), String.valueOf(birthYear));
        if (guardianEmail != null) {
            browser.type(By.id("post:guardianName"), "Awa Diop");
            browser.type(By.id("post:guardianEmail"), guardianEmail);
        }
        for (String consent : new String[] {"post:publicationConsent", "post:imageConsent", "post:othersConsent"}) {
            WebElement box = browser.find(By.id(consent));
            if (!box.isSelected()) {
                box.click();
            }
        }
        WebElement submit = browser.find(By.id("post:submit"));
        if (doubleTap) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].click(); arguments[0].click();", submit);
        } else {
            submit.click();
        }
        browser.waitUntilReplaced(submit);
    }
}
