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
import java.time.Year;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An apprentice invited by e-mail posts her profile from her phone (a 390 × 844 window): a file that is not an image is
 * refused with a message in French, her photo is taken; the centre's admin approves her profile in the back office;
 * she then finds it public in the showcase, on a phone, with her photo, and the page carries what a shared link shows.
 * Taken down by the centre, then withdrawn at her request by phone, its photo is gone and its address says so. An
 * apprentice the centre knows only by the showcase is erased by its admin from the moderation page, and her profile
 * leaves its page and the sitemap.
 */
class ShowcaseBrowserIT extends BrowserTest {

    private static final String MAILED_BASE = "http://localhost:" + Integer.getInteger("it.http.port", 8080);

    /**
     * A young apprentice forgets the photo and mistypes the address: both are said at once. Sent again with the
     * photo but the address still wrong, the photo is kept and the page says so; the address corrected, the profile
     * goes with that photo, and the guardian's page names what they consent to as the apprentice's testimony.
     */
    @Test
    void aPhotoSentWithAMistakeElsewhereIsKeptAndTheGuardianReadsTheApprenticesTestimony() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String email = "ibrahima." + unique + "@exemple.test";
        String guardian = "tuteur." + unique + "@exemple.test";
        int young = Year.now().getValue() - 12;
        browser.driver().get(ShowcaseForms.classLink(browser).replace(MAILED_BASE, browser.base()));

        ShowcaseForms.post(browser, "Ibrahima " + unique, "ibrahima@exemple", young, null, guardian);
        assertEquals("Prenez ou choisissez une photo de vous au travail.", browser.text(By.id("post:photo-message")));
        assertTrue(browser.text(By.id("post:email-message")).contains("courriel"), "said with the photo's problem");
        assertTrue(browser.driver().findElements(By.id("kept-photo")).isEmpty());
        // Said at the top, where a phone opens the page: the summary has the focus, the title says the form was not
        // sent, and the photo's message leads to the field that chooses one.
        assertEquals("form-errors", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the summary has the focus");
        assertTrue(browser.title().startsWith("Erreur : "), browser.title());
        browser.find(By.xpath("//div[@id='form-errors']//a[@data-field='post:photo']")).click();
        assertEquals("post:libraryPhoto", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the photo's message leads to the photo's field");

        ShowcaseForms.post(browser, "Ibrahima " + unique, "ibrahima@exemple", young, ShowcaseForms.photoFile(),
                guardian);
        assertTrue(browser.text(By.id("kept-photo")).contains("« au-travail.png » est gardée"),
                browser.text(By.id("kept-photo")));
        assertTrue(browser.driver().findElements(By.id("post:photo-message")).stream()
                .allMatch(message -> message.getText().isBlank()), "nothing to say of the photo");

        browser.type(By.id("post:email"), email);
        WebElement submit = browser.find(By.id("post:submit"));
        submit.click();
        browser.waitUntilReplaced(submit);
        browser.find(By.id("post-done"));
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.count("select count(*) from showcase_profile"
                + " where email_normalized = ? and photo_key is not null", email), "posted with the kept photo");

        browser.forgetEverything();
        String link = TestMailServer.linkTo(TestMailServer.awaitMessageTo(guardian), "/vitrine-tuteur.xhtml");
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        browser.find(By.id("guardian-photo"));
        assertTrue(browser.text(By.cssSelector("dl.details")).contains("Son témoignage"),
                browser.text(By.cssSelector("dl.details")));
        assertFalse(browser.text(By.cssSelector("dl.details")).contains("Votre témoignage"));

        // The guardian consents; the same link, opened again, says so and withdraws it.
        WebElement confirm = browser.find(By.id("guardian:confirm"));
        confirm.click();
        browser.waitUntilReplaced(confirm);
        browser.find(By.id("guardian-done"));
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        assertTrue(browser.text(By.id("guardian-given")).contains("retirer"), browser.text(By.id("guardian-given")));
        WebElement withdraw = browser.find(By.id("guardian-withdrawal:withdraw"));
        withdraw.click();
        browser.waitUntilReplaced(withdraw);
        assertTrue(browser.text(By.id("guardian-withdrawn")).contains("n’est plus publié"));
        assertEquals("WITHDRAWN", ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select status from showcase_profile where id = (select max(showcase_profile_id) from consent_record"
                        + " where guardian_email = ? and purpose = 'GUARDIAN')", guardian));
    }

    /**
     * An apprentice the CSS du Fjord knows only by her published profile asks it to erase her: its admin finds
     * "Erase this person" on the profile's line, "No" in the confirmation changes nothing, "Yes" erases her — the page
     * comes back without her and says so —, and her profile's page answers 410 and leaves the sitemap. A recruiter of
     * the centre sees no such button.
     */
    @Test
    void anAdminErasesAnApprenticeKnownOnlyByTheShowcaseAndHerProfileLeavesItsPageAndTheSitemap() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String name = "Ndeye " + unique;
        String email = "ndeye." + unique + "@exemple.test";
        postedAndFoundByTheFjordAdmin(name, email);
        By item = By.xpath("//li[contains(@class,'showcase-queue-item')][.//h3[contains(., '" + name + "')]]");
        browser.find(item).findElement(By.cssSelector("button.approve")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"),
                "Profil approuvé"));
        String id = ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select cast(id as char) from showcase_profile where email_normalized = ?", email);
        browser.go("/fr/vitrine");
        browser.find(By.id("showcase-cards")).findElement(By.linkText(name)).click();
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("profile-name"), name));
        String profilePage = browser.currentPath();
        assertTrue(sitemap().contains(profilePage + "</loc>"), "listed in the sitemap: " + profilePage);

        browser.go(moderationPageFinding(email));
        By row = By.xpath("//tbody[@id='moderation:others_data']/tr[td[contains(., '" + name + "')]]");
        browser.find(row).findElement(By.cssSelector("button.erase")).click();
        By dialog = By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message");
        assertTrue(browser.text(dialog).startsWith("Effacer définitivement cette personne, que votre centre connaît"
                + " seulement par la vitrine des apprentis ?"), browser.text(dialog));
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(dialog));
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.count(
                "select count(*) from showcase_profile where id = ?", id), "\"No\" erases nothing");
        WebElement erase = browser.find(row).findElement(By.cssSelector("button.erase"));
        erase.click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitUntilReplaced(erase);
        assertTrue(browser.text(By.id("moderation:messages")).contains("La personne a été effacée"),
                browser.text(By.id("moderation:messages")));
        assertTrue(browser.driver().findElements(row).isEmpty(), "the page comes back without her");
        assertEquals(0, ca.tremplin.testsupport.TestDatabase.count(
                "select count(*) from showcase_profile where id = ?", id));
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.count(
                "select count(*) from person_erasure where showcase_profile_id = ?", id), "recorded, without her data");
        browser.signOut();
        browser.forgetEverything();

        java.net.http.HttpResponse<Void> gone = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.base() + profilePage)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(410, gone.statusCode(), "her profile's page says it is no longer published");
        assertFalse(sitemap().contains(profilePage + "</loc>"), "and so is its line of the sitemap");

        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/showcase.xhtml");
        assertTrue(browser.driver().findElements(By.cssSelector("button.erase")).isEmpty(),
                "a recruiter erases no one");
    }

    /**
     * A moderator looks for a profile by its address: the queue and the list show it alone. A change asked from the
     * queue is in its trail, with from what to what and the words asked; narrowed to the profiles whose change was asked,
     * the queue says none waits and the list shows it. Withdrawn at the apprentice's request from the list, its trail
     * keeps how it was asked and forgets the words typed about what it showed.
     */
    @Test
    void aModeratorFindsAProfileByItsAddressAndReadsWhoAnsweredIt() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String name = "Oumou " + unique;
        String email = "oumou." + unique + "@exemple.test";
        postedAndFoundByTheFjordAdmin(name, email);
        assertEquals(email, browser.find(By.id("q")).getAttribute("value"), "the search stays in its box");
        java.util.List<WebElement> queued = browser.driver().findElements(By.cssSelector("li.showcase-queue-item"));
        assertEquals(1, queued.size(), "the queue shows her profile alone");
        assertTrue(queued.get(0).getText().contains(name), queued.get(0).getText());
        assertEquals(1, browser.driver().findElements(By.xpath("//tbody[@id='moderation:others_data']/tr")).size(),
                "and so does the list");
        queued.get(0).findElement(By.cssSelector("textarea[id$='note']")).sendKeys("Une photo où l’on voit l’atelier");
        queued.get(0).findElement(By.cssSelector("button.changes")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"),
                "Modification demandée"));

        browser.go(moderationPageFinding(email) + "&status=CHANGES_REQUESTED");
        assertEquals("Aucun profil en attente de modération ne correspond à cette recherche.",
                browser.text(By.id("queue-empty")));
        assertEquals("CHANGES_REQUESTED", new org.openqa.selenium.support.ui.Select(browser.find(By.id("status")))
                .getFirstSelectedOption().getAttribute("value"));
        By row = By.xpath("//tbody[@id='moderation:others_data']/tr[td[contains(., '" + name + "')]]");
        assertEquals("Modification demandée", browser.find(row).findElement(By.cssSelector(".other-status")).getText());
        WebElement trail = browser.find(row).findElement(By.cssSelector("details.showcase-trail"));
        trail.findElement(By.tagName("summary")).click();
        String line = trail.findElement(By.cssSelector(".showcase-trail-line")).getText();
        assertTrue(line.contains("Modification demandée (En attente de modération → Modification demandée)")
                && line.contains("Une photo où l’on voit l’atelier"), line);

        String id = ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select cast(id as char) from showcase_profile where email_normalized = ?", email);
        browser.find(row).findElement(By.cssSelector("input[id$='withdraw-how']")).sendKeys("En personne, au secrétariat");
        browser.find(row).findElement(By.cssSelector("button.withdraw")).click();
        browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("moderation:withdraw-yes"))).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"),
                "Profil retiré à la demande de la personne"));
        assertEquals("En personne, au secrétariat", ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select reason from showcase_decision where profile_id = ? order by id desc limit 1", id));
        assertEquals(0, ca.tremplin.testsupport.TestDatabase.count("select count(*) from showcase_decision"
                + " where profile_id = ? and reason like '%atelier%'", id), "the words about what it showed go");
    }

    /** A class's link closed from the list of invitations says so at once, and when and by whom once read again. */
    @Test
    void aClassLinkClosedFromTheListSaysWhoClosedIt() {
        String label = "Groupe " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/showcase-invitations.xhtml");
        browser.type(By.id("invite:label"), label);
        browser.clickAndWaitFor(By.id("invite:create-link"), By.id("class-link"));
        By row = By.xpath("//tbody[@id='invite:recent_data']/tr[td[contains(., '" + label + "')]]");
        browser.find(row).findElement(By.cssSelector("button[id$='close-invitation']")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(row, "Fermé à l’instant"));

        browser.go("/admin/showcase-invitations.xhtml");
        String closed = browser.find(row).findElement(By.cssSelector(".invitation-closed")).getText();
        assertTrue(closed.startsWith("Fermé le") && closed.contains(" par "), closed);
        assertTrue(browser.find(row).findElements(By.cssSelector("button[id$='close-invitation']")).isEmpty(),
                "closed: nothing left to close");
    }

    /**
     * An adult apprentice invited at this address posts a profile from the mailed link; the CSS du Fjord's admin then
     * signs in and opens the moderation page narrowed to it.
     */
    private void postedAndFoundByTheFjordAdmin(String name, String email) {
        invitedByTheFjordAdmin(email);
        openInvitation(email);
        ShowcaseForms.post(browser, name, email, Year.now().getValue() - 22, ShowcaseForms.photoFile(), null);
        browser.find(By.id("post-done"));
        browser.forgetEverything();
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go(moderationPageFinding(email));
    }

    /**
     * The moderation page narrowed to the profile posted with this address, wherever it would stand in the queue's and
     * the list's pages.
     */
    private static String moderationPageFinding(String email) {
        return "/admin/showcase.xhtml?q=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8);
    }

    /** The CSS du Fjord's admin invites this address by e-mail from the invitations page; signed out after. */
    private void invitedByTheFjordAdmin(String email) {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/showcase-invitations.xhtml");
        browser.type(By.id("invite:email"), email);
        browser.clickAndWaitFor(By.id("invite:send"), By.cssSelector("#invite\\:messages .ui-messages-info"));
        browser.signOut();
        browser.forgetEverything();
    }

    /** The posting page, from the link of the invitation mailed to this address. */
    private void openInvitation(String email) {
        String link = TestMailServer.linkTo(TestMailServer.awaitMessageTo(email), "/vitrine-publier.xhtml");
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
    }

    private String sitemap() throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(browser.base() + "/sitemap.xml")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anApprenticePostsFromHerPhoneAndSeesHerProfilePublicOnceApproved() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String name = "Mariama " + unique;
        String email = "mariama." + unique + "@exemple.test";

        invitedByTheFjordAdmin(email);

        Dimension desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            openInvitation(email);
            assertEquals("Publier mon profil", browser.text(By.id("post-title")));
            WebElement camera = browser.find(By.id("post:cameraPhoto"));
            assertEquals("environment", camera.getAttribute("capture"), "the camera opens on a phone");
            assertEquals("image/*", camera.getAttribute("accept"));
            assertTrue(fitsTheWindow(), "no sideways scrolling on a phone");

            // A photo over 15 MB is said as soon as it is chosen: sent, the server would refuse the whole form.
            Path tooLarge = Files.createTempDirectory("showcase").resolve("IMG_0042.jpg");
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(tooLarge.toFile(), "rw")) {
                file.setLength(16L * 1024 * 1024);
            }
            WebElement library = browser.find(By.id("post:libraryPhoto"));
            library.sendKeys(tooLarge.toString());
            assertEquals("La photo pèse 16,8 Mo, plus que les 15 Mo permis. Envoyez-la en taille réduite : la plupart des"
                    + " téléphones le proposent"
                    + " au moment de partager une photo.", browser.text(By.id("post:libraryPhoto-size")));
            assertEquals("", library.getAttribute("value"), "the file is let go, the rest of the form kept");

            Path notAnImage = Files.createTempDirectory("showcase").resolve("photo.jpg");
            Files.writeString(notAnImage, "%PDF-1.4 ceci n'est pas une photo", StandardCharsets.US_ASCII);
            ShowcaseForms.post(browser, name, email, Year.now().getValue() - 19, notAnImage, null);
            assertTrue(browser.text(By.id("post:photo-message")).contains("n’est pas une photo que nous savons lire"),
                    browser.text(By.id("post:photo-message")));

            ShowcaseForms.post(browser, name, email, Year.now().getValue() - 19, ShowcaseForms.photoFile(), null, true);
            assertTrue(browser.text(By.id("post-done")).contains("dès que votre centre l’aura approuvé"));
            assertEquals(1, ca.tremplin.testsupport.TestDatabase.count(
                    "select count(*) from showcase_profile where email_normalized = ?", email),
                    "tapped twice, sent once");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }

        browser.forgetEverything();
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go(moderationPageFinding(email));
        By item = By.xpath("//li[contains(@class,'showcase-queue-item')][.//h3[contains(., '" + name + "')]]");
        assertTrue(browser.find(item).getText().contains("Atelier Nordik"));
        browser.find(item).findElement(By.cssSelector("button.approve")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"),
                "Profil approuvé"));
        assertTrue(browser.find(item).findElements(By.cssSelector("button.approve")).isEmpty(),
                "an answered profile keeps its place in the list, its answer instead of its buttons");
        assertTrue(browser.find(item).findElement(By.cssSelector(".queue-answered")).getText()
                .startsWith("Profil approuvé"));
        browser.signOut();
        browser.forgetEverything();

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.go("/fr/vitrine");
            browser.find(By.id("showcase-cards")).findElement(By.linkText(name)).click();
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("profile-name"), name));
            assertEquals("Soudeuse", browser.text(By.id("profile-trade")));
            assertEquals("fr", browser.find(By.id("profile-testimony")).getAttribute("lang"),
                    "the testimony says the language it was written in, whatever the page's");
            WebElement photo = browser.find(By.id("profile-photo"));
            browser.waitFor().until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].naturalWidth", photo)).intValue() > 0);
            String ogImage = browser.driver().findElement(By.cssSelector("meta[property='og:image']"))
                    .getAttribute("content");
            assertTrue(ogImage.contains("/vitrine-photo/"), ogImage);
            assertTrue(browser.find(By.id("share-link")).getAttribute("value").contains("utm_campaign="));
            assertTrue(fitsTheWindow(), "no sideways scrolling on a phone");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
        String profilePage = browser.currentPath();

        // The centre learns by phone that the photo shows a client: its admin takes the profile off at once.
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go(moderationPageFinding(email));
        By row = By.xpath("//tbody[@id='moderation:others_data']/tr[td[contains(., '" + name + "')]]");
        browser.find(row).findElement(By.cssSelector("input[id$='takedown-note']")).sendKeys("Une cliente sur la photo");
        browser.find(row).findElement(By.cssSelector("button.takedown")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"),
                "Profil retiré de la vitrine"));
        // Its row says where it stands now, in the same answer: no longer "Publié".
        assertEquals("En attente de modération", browser.text(By.xpath(
                "//tbody[@id='moderation:others_data']/tr[td[contains(., '" + name + "')]]//span[@class='other-status']")));
        // Back in the queue, the profile says why it was taken off, so that nobody approves it again unaware.
        browser.go(moderationPageFinding(email));
        String queued = browser.text(By.xpath("//li[contains(@class, 'showcase-queue-item')][.//h3[contains(., '"
                + name + "')]]"));
        assertTrue(queued.contains("Revenu à la modération : Une cliente sur la photo"), queued);
        // Then the apprentice calls: she lost the link to her page and wants her profile gone. Withdrawn at her
        // request from the queue, after a confirmation, with how she asked; its photo goes in every size.
        String profileId = ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select id from showcase_profile where email_normalized = ?", email);
        assertTrue(ca.tremplin.testsupport.TestDatabase.count("select count(*) from showcase_photo where profile_id = ?",
                profileId) > 0, "its photo, in its sizes, before");
        By queuedItem = By.xpath("//li[contains(@class, 'showcase-queue-item')][.//h3[contains(., '" + name + "')]]");
        browser.find(queuedItem).findElement(By.cssSelector("input[id$='queue-withdraw-how']"))
                .sendKeys("Par téléphone, a perdu son lien");
        browser.find(queuedItem).findElement(By.cssSelector("button.withdraw")).click();
        browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("moderation:withdraw-yes"))).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"),
                "Profil retiré à la demande de la personne"));
        assertEquals(0, ca.tremplin.testsupport.TestDatabase.count(
                "select count(*) from showcase_photo where profile_id = ?", profileId), "its photo is gone in every size");
        assertEquals(0, ca.tremplin.testsupport.TestDatabase.count("select count(*) from showcase_profile"
                + " where email_normalized = ?", email), "its address forgotten with the rest of it");
        browser.signOut();
        browser.forgetEverything();
        browser.go(profilePage);
        // Withdrawn after it was public: its address says the profile is gone, not that it never existed, and leads
        // to the gallery.
        assertEquals("Plus disponible", browser.text(By.id("error-title")), browser.title());
        assertTrue(browser.text(By.id("gone-text")).contains("Ce profil n’est plus publié dans la vitrine."),
                browser.text(By.id("gone-text")));
        assertTrue(browser.find(By.id("gone-next")).getAttribute("href").endsWith("/fr/vitrine"),
                browser.find(By.id("gone-next")).getAttribute("href"));
    }

    private boolean fitsTheWindow() {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }
}
