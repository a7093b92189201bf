package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestMailServer;
import jakarta.mail.Message;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A prospective student asks for information in French from a program's page and in English from the form
 * itself, makes a mistake, is told next to the field, corrects it and gets a confirmation and an e-mail; a
 * recruiter finds a request in the inbox with its deadline and replies from a template.
 */
class InquiryBrowserIT extends BrowserTest {

    /**
     * A visitor who switches to French in the middle of the form finds what they typed in the French form, the
     * programs they chose and their parent's name included.
     */
    @Test
    void switchingLanguageInTheMiddleOfTheFormKeepsWhatWasTypedButNoConsent() {
        browser.go("/en/information");
        browser.type(By.id("inquiry:lastName"), "محمد الأمين");
        browser.type(By.id("inquiry:email"), "m.elamine@example.ma");
        browser.type(By.id("inquiry:guardianName"), "Fatima Zahra");
        chooseProgram("boul");
        String chosen = browser.text(By.cssSelector("#inquiry\\:programIds li.ui-autocomplete-token"));
        browser.find(By.id("inquiry:consentToContact")).click();
        browser.clickAndWaitFor(By.id("lang-fr"), By.cssSelector("html[lang='fr'] #inquiry\\:email"));

        browser.waitFor().until(driver -> "m.elamine@example.ma".equals(browser.find(By.id("inquiry:email"))
                .getAttribute("value")));
        assertEquals("محمد الأمين", browser.find(By.id("inquiry:lastName")).getAttribute("value"));
        assertEquals("Fatima Zahra", browser.find(By.id("inquiry:guardianName")).getAttribute("value"));
        List<String> programs = browser.driver().findElements(
                By.cssSelector("#inquiry\\:programIds li.ui-autocomplete-token")).stream().map(WebElement::getText)
                .toList();
        assertEquals(1, programs.size(), "the program chosen in English is chosen in French: " + programs);
        assertTrue(programs.get(0).contains(chosen.replaceAll("^(\\S+ \\S+).*", "$1")),
                programs + " against " + chosen);
        // On a phone, the chosen program's name wraps inside its box, its remove icon within reach.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 900));
        try {
            browser.waitFor().until(driver -> ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.clientWidth")).intValue() <= 360);
            org.openqa.selenium.Rectangle box = browser.find(By.cssSelector(
                    "#inquiry\\:programIds ul.ui-autocomplete-multiple-container")).getRect();
            org.openqa.selenium.Rectangle remove = browser.find(By.cssSelector(
                    "#inquiry\\:programIds .ui-autocomplete-token-icon")).getRect();
            assertTrue(remove.getX() + remove.getWidth() <= box.getX() + box.getWidth(),
                    "the remove icon at " + remove.getX() + " lies in the box ending at " + (box.getX() + box.getWidth()));
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
        assertFalse(browser.find(By.id("inquiry:consentToContact")).isSelected(),
                "a consent is ticked by the person on the sentence they read, in French now");

        // An event's page, whose registration form is not the page's first form (the zones' chooser is).
        browser.go("/en/events/1-webinar-studying-automotive-mechanics-in-quebec");
        browser.type(By.id("registration:lastName"), "Nguyễn");
        browser.clickAndWaitFor(By.id("lang-fr"), By.cssSelector("html[lang='fr'] #registration\\:lastName"));
        browser.waitFor().until(driver -> "Nguyễn".equals(browser.find(By.id("registration:lastName"))
                .getAttribute("value")));
    }

    /**
     * A form sent with mistakes comes back with what is wrong at its top, where the focus is, so that a screen reader
     * reads it first and a phone shows it; the page's title says so; each message leads to its field.
     */
    @Test
    void aRefusedFormSaysWhatIsWrongAtItsTopWhereTheFocusIsAndEachMessageLeadsToItsField() {
        browser.go("/en/information");
        browser.type(By.id("inquiry:email"), "not-an-address");
        browser.clickAndWaitFor(By.id("inquiry:submit"), By.id("form-errors"));

        assertEquals("form-errors", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the summary has the focus");
        assertTrue(browser.title().startsWith("Error: "), browser.title());
        String summary = browser.text(By.id("form-errors"));
        assertTrue(summary.startsWith("The form was not sent: please correct the following."), summary);
        assertTrue(summary.contains("This e-mail address is not valid."), summary);
        browser.find(By.xpath("//div[@id='form-errors']//a[@data-field='inquiry:email']")).click();
        assertEquals("inquiry:email", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the message leads to its field");
    }

    @Test
    void aVisitorAsksInFrenchFromAProgramPageCorrectsAMistakeAndIsAcknowledged() throws Exception {
        browser.go("/fr/programmes?q=soudage");
        browser.find(By.cssSelector("#program-list li h3 a")).click();
        String programTitle = browser.text(By.id("program-title"));
        browser.clickAndWaitFor(By.id("request-information"), By.id("inquiry-title"));
        assertTrue(browser.currentPath().startsWith("/fr/information?program="), browser.currentPath());
        assertEquals("Demande d’information", browser.text(By.id("inquiry-title")));
        String email = "aicha." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.ml";

        browser.type(By.id("inquiry:firstName"), "Aïcha");
        browser.type(By.id("inquiry:lastName"), "Traoré");
        browser.type(By.id("inquiry:email"), "aicha.traore@");
        browser.type(By.id("inquiry:phone"), "+223 65 01 23 45");
        submitAndWaitForTheNextPage();

        assertEquals("Cette adresse courriel n’est pas valide.", browser.text(By.id("inquiry:email-message")));
        assertEquals("Ce champ est obligatoire.", browser.text(By.id("inquiry:countryOfResidence-message")));
        assertEquals("Nous avons besoin de votre accord pour vous répondre.",
                browser.text(By.id("inquiry:consentToContact-message")));
        assertEquals("Aïcha", browser.find(By.id("inquiry:firstName")).getAttribute("value"), "what was typed is kept");
        assertEquals("true", browser.find(By.id("inquiry:email")).getAttribute("aria-invalid"),
                "a field with a message is invalid for screen readers");
        assertTrue(browser.find(By.id("inquiry:email")).getAttribute("class").contains("ui-state-error"));
        assertEquals("false", browser.find(By.id("inquiry:firstName")).getAttribute("aria-invalid"));

        browser.type(By.id("inquiry:email"), email);
        new Select(browser.find(By.id("inquiry:countryOfResidence"))).selectByValue("ML");
        new Select(browser.find(By.id("inquiry:citizenship"))).selectByVisibleText("Mali");
        browser.find(By.cssSelector("label[for='inquiry:consentToContact']")).click();
        browser.clickAndWaitFor(By.id("inquiry:submit"), By.id("confirmation-title"));

        assertEquals("Merci, votre demande est bien reçue", browser.text(By.id("confirmation-title")));
        assertTrue(browser.text(By.id("confirmation-programs")).contains(programTitle));
        Message ack = TestMailServer.awaitMessageTo(email);
        assertTrue(ack.getSubject().startsWith("Votre demande d’information n° "), ack.getSubject());
        assertTrue(TestMailServer.body(ack).contains("Bonjour Aïcha") || ack.getContentType().contains("multipart"));
    }

    @Test
    void aVisitorAsksInEnglishIsToldWhatToFixAndSeesTheConfirmationInEnglish() throws Exception {
        // An advertiser's click id makes a campaign link longer than 200 characters: the address is kept whole.
        String clickId = "IwAR" + "x".repeat(180) + "end";
        browser.go("/en/information?utm_source=webinar&utm_campaign=autumn&fbclid=" + clickId);
        assertEquals("Request information", browser.text(By.id("inquiry-title")));
        assertTrue(browser.text(By.id("privacy-contact")).contains("@"), "the privacy contact is on the form");
        String email = "olena." + UUID.randomUUID().toString().substring(0, 8) + "@example.ua";

        browser.type(By.id("inquiry:firstName"), "Олена");
        browser.type(By.id("inquiry:lastName"), "Коваленко");
        browser.type(By.id("inquiry:email"), email);
        browser.type(By.id("inquiry:phone"), "12345");
        new Select(browser.find(By.id("inquiry:countryOfResidence"))).selectByValue("UA");
        new Select(browser.find(By.id("inquiry:citizenship"))).selectByVisibleText("Ukraine");
        new Select(browser.find(By.id("inquiry:frenchLevel"))).selectByValue("B2");
        chooseProgram("soudage");
        chooseProgram("cuisine");
        submitAndWaitForTheNextPage();

        assertTrue(browser.text(By.id("inquiry:phone-message")).startsWith("This number is not valid"));
        assertEquals("We need your consent to answer you.", browser.text(By.id("inquiry:consentToContact-message")));
        assertTrue(browser.driver().findElements(By.id("inquiry:email-message")).stream()
                .allMatch(message -> message.getText().isBlank()), "no message for a good field");

        browser.type(By.id("inquiry:phone"), "+380 50 123 4567");
        browser.find(By.cssSelector("label[for='inquiry:consentToContact']")).click();
        browser.clickAndWaitFor(By.id("inquiry:submit"), By.id("confirmation-title"));

        assertEquals("Thank you, your request was received", browser.text(By.id("confirmation-title")));
        assertTrue(browser.text(By.id("confirmation")).contains(email));
        assertEquals(2, browser.driver().findElements(By.cssSelector("#confirmation-programs li")).size(),
                "both programs chosen in the list are asked about");
        assertTrue(TestMailServer.awaitMessageTo(email) != null);
        String landing = ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select landing_page from inquiry where email = ?", email);
        assertTrue(landing.endsWith("fbclid=" + clickId), "the campaign link's address kept whole: " + landing);
    }

    @Test
    void aCentresPageOpensTheFormForThatCentreWhoseStaffSeeWhereTheRequestCameFrom() {
        browser.go("/en/school-service-centres/css-du-fjord");
        browser.clickAndWaitFor(By.id("request-information"), By.id("inquiry-title"));
        assertEquals("/en/information?css=css-du-fjord", browser.currentPath());
        assertEquals("School service centre: Fjord School Service Centre", browser.text(By.id("inquiry-school-board")));
        String lastName = "Referent" + UUID.randomUUID().toString().substring(0, 6);

        browser.type(By.id("inquiry:firstName"), "Kofi");
        browser.type(By.id("inquiry:lastName"), lastName);
        browser.type(By.id("inquiry:email"), lastName.toLowerCase() + "@example.gh");
        new Select(browser.find(By.id("inquiry:countryOfResidence"))).selectByValue("GH");
        submitAndWaitForTheNextPage();
        assertEquals("This field is required.", browser.text(By.id("inquiry:citizenship-message")));
        new Select(browser.find(By.id("inquiry:citizenship"))).selectByValue("GH");
        browser.find(By.cssSelector("label[for='inquiry:consentToContact']")).click();
        browser.clickAndWaitFor(By.id("inquiry:submit"), By.id("confirmation-title"));

        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/inquiries.xhtml?scope=ALL");
        browser.type(By.id("q"), "kofi " + lastName.toLowerCase(java.util.Locale.ROOT));
        browser.clickAndWaitFor(By.id("search-submit"), By.id("search-elsewhere"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#inbox\\:table a.inquiry-link")).size(),
                "the search box finds the one request among the centre's");
        assertTrue(browser.find(By.id("search-leads")).getAttribute("href").endsWith("/admin/leads.xhtml?q=kofi+"
                + lastName.toLowerCase(java.util.Locale.ROOT)), "and offers the same search among all its people");
        browser.clickAndWaitFor(By.xpath("//tr[contains(., '" + lastName + "')]//a[contains(@class, 'inquiry-link')]"),
                By.id("inquiry-person"));
        assertTrue(browser.text(By.id("inquiry-referrer")).endsWith("/en/school-service-centres/css-du-fjord"),
                "the page before the form, not the form itself: " + browser.text(By.id("inquiry-referrer")));
        assertEquals("/en/information?css=css-du-fjord", browser.text(By.id("inquiry-landing-page")));
    }

    @Test
    void aRecruiterSeesRequestsWithTheirDeadlineAndRepliesFromATemplate() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-inquiries"), By.id("inbox-title"));
        assertEquals("Demandes d’information", browser.text(By.id("inbox-title")));
        assertFalse(browser.driver().findElements(By.cssSelector("#inbox\\:table a.inquiry-link")).isEmpty(),
                "the demo gives this recruiter requests");
        assertFalse(browser.text(By.cssSelector("#inbox\\:table .deadline")).isBlank(), "each shows its deadline");
        assertTrue(browser.driver().findElements(By.cssSelector("#inbox\\:table td.chosen-centre")).isEmpty(),
                "the centre a person chose is the coordination's to route by, not another centre's to read");
        assertTrue(browser.pageSource().contains("En retard"), "an old demo request is marked overdue in words");

        browser.clickAndWaitFor(By.cssSelector("#inbox\\:table a.inquiry-link"), By.id("inquiry-person"));
        String requester = browser.driver().findElement(By.cssSelector("a[href^='mailto:']")).getText();
        assertFalse(browser.text(By.id("inquiry-deadline")).isBlank());
        Select template = new Select(browser.find(By.id("actions:template")));
        assertEquals("— Choisissez le modèle —", template.getFirstSelectedOption().getText(),
                "among several templates, none is sent for the recruiter by a click on Reply");
        assertEquals(browser.text(By.id("inquiry-assignee")), new Select(browser.find(By.id("actions:reassignTo")))
                .getFirstSelectedOption().getText(), "the menu starts on whom the request is with");
        String status = browser.text(By.id("inquiry-status"));
        WebElement reply = browser.find(By.id("actions:reply"));
        reply.click();
        browser.waitUntilReplaced(reply);
        assertTrue(browser.text(By.id("actions:messages")).contains("Choisissez un modèle de réponse."),
                browser.text(By.id("actions:messages")));
        assertEquals(status, browser.text(By.id("inquiry-status")), "nothing sent: the request stands as it did");

        new Select(browser.find(By.id("actions:template"))).selectByIndex(1);
        reply = browser.find(By.id("actions:reply"));
        reply.click();
        browser.waitUntilReplaced(reply);

        assertTrue(browser.text(By.id("inquiry-status")).matches("Jointe|Contacted"), browser.text(By.id("inquiry-status")));
        assertTrue(browser.text(By.id("timeline")).contains("Réponse envoyée"));
        assertTrue(browser.text(By.cssSelector(".ui-messages-info")).contains("Réponse envoyée."));
        assertTrue(browser.currentPath().matches("/admin/inquiry\\.xhtml\\?id=\\d+"),
                "the address still names the request, for a reload or a link: " + browser.currentPath());
        Message sent = TestMailServer.awaitMessageTo(requester);
        assertFalse(sent.getSubject().contains("{"), "merge fields are filled: " + sent.getSubject());

        // A reload sends the form again (as a second click on a slow connection would): the person is not sent the
        // same answer twice, and the page says why nothing was sent.
        int replies = browser.text(By.id("timeline")).split("Réponse envoyée", -1).length;
        browser.driver().navigate().refresh();
        browser.waitFor().until(driver -> driver.findElement(By.id("actions:messages")).getText()
                .contains("vient d’être traitée"));
        assertEquals(replies, browser.text(By.id("timeline")).split("Réponse envoyée", -1).length,
                "one reply on the timeline, as before the reload");
    }

    @Test
    void aCentreAdminChangesTheResponseTimeAndAllowedOrigins() {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-inquiry-settings"), By.id("settings-title"));
        assertTrue(browser.find(By.id("settings:origins")).getAttribute("value").contains("css-du-fjord.example"));
        assertFalse(browser.driver().findElements(By.cssSelector("#template-list li")).isEmpty(), "demo templates");
        String firstTemplate = browser.text(By.cssSelector("#template-list li")).replaceAll(" \\(.*", "");
        WebElement edit = browser.find(By.cssSelector("#template-list .edit-template"));
        edit.click();
        browser.waitUntilReplaced(edit);
        assertEquals(firstTemplate, browser.find(By.id("templates:name")).getAttribute("value"),
                "a template opens in the editor, with no complaint about the empty one");
        assertTrue(browser.driver().findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).isEmpty());

        browser.type(By.id("settings:origins"), "pas une origine");
        WebElement save = browser.find(By.id("settings:save"));
        save.click();
        browser.waitUntilReplaced(save);
        assertTrue(browser.text(By.cssSelector(".ui-messages-error")).contains("n’est pas une origine"));

        browser.type(By.id("settings:origins"), "https://www.css-du-fjord.example\nhttps://partenaire.example");
        browser.type(By.id("settings:hours"), "16");
        save = browser.find(By.id("settings:save"));
        save.click();
        browser.waitUntilReplaced(save);
        assertEquals("Réglages enregistrés.", browser.text(By.cssSelector(".ui-messages-info")));
        assertEquals("16", browser.find(By.id("settings:hours")).getAttribute("value"));
    }

    @Test
    void theCoordinationHandsAnUnroutedRequestToACentreInOneAction() {
        browser.signIn(DemoAccounts.COORDINATION_RECRUITER, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-inquiries"), By.id("inbox-title"));
        assertEquals("File des demandes à acheminer", browser.text(By.id("inbox-title")));
        assertFalse(browser.driver().findElements(By.cssSelector("#inbox\\:table a.inquiry-link")).isEmpty(),
                "the demo's general requests wait in the queue");
        String newest = browser.find(By.cssSelector("#inbox\\:table a.inquiry-link")).getAttribute("href");
        assertTrue(browser.text(By.cssSelector("#inbox\\:table thead")).contains("Centre choisi"),
                "the queue names the centre each person chose, to route by");
        String chosenInTheQueue = browser.text(By.cssSelector("#inbox\\:table tbody tr td.chosen-centre"));
        assertFalse(chosenInTheQueue.isBlank(), "a centre's name, or a dash when the person chose none");

        browser.clickAndWaitFor(By.cssSelector("#inbox\\:table a.inquiry-link"), By.id("inquiry-person"));
        assertEquals(chosenInTheQueue, browser.text(By.id("inquiry-chosen-centre")),
                "the request's page names the same centre chosen");
        new Select(browser.find(By.id("actions:schoolBoard"))).selectByVisibleText("Centre de services scolaire du Fjord");
        WebElement handOver = browser.find(By.id("actions:hand-over"));
        handOver.click();
        browser.waitUntilReplaced(handOver);

        assertEquals("Demande transmise au centre de services scolaire.", browser.text(By.cssSelector(".ui-messages-info")));
        assertEquals("Fermée", browser.text(By.id("inquiry-status")));
        browser.clickAndWaitFor(By.id("nav-inquiries"), By.id("inbox-title"));
        assertTrue(browser.driver().findElements(By.cssSelector("#inbox\\:table a.inquiry-link")).stream()
                .noneMatch(link -> newest.equals(link.getAttribute("href"))), "it left the queue");
    }

    /** Types in the program chooser and takes the first published program it suggests. */
    private static void chooseProgram(String typed) {
        int before = browser.driver().findElements(By.cssSelector("#inquiry\\:programIds li.ui-autocomplete-token")).size();
        browser.find(By.id("inquiry:programIds")).click();
        browser.driver().switchTo().activeElement().sendKeys(typed);
        browser.waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#inquiry\\:programIds_panel li.ui-autocomplete-item"))).click();
        browser.waitFor().until(driver -> driver.findElements(
                By.cssSelector("#inquiry\\:programIds li.ui-autocomplete-token")).size() == before + 1);
    }

    /** Submits the form and waits until the answer replaced the page. */
    private static void submitAndWaitForTheNextPage() {
        WebElement submit = browser.find(By.id("inquiry:submit"));
        submit.click();
        browser.waitUntilReplaced(submit);
    }
}
