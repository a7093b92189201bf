package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestDatabase;
import ca.tremplin.testsupport.TestMailServer;
import jakarta.mail.Message;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A recruiter of the demo's CSS du Fjord works the pipeline: drags a lead to the next stage on the board, moves
 * another from the keyboard (refused without a reason when skipping stages, then accepted with one), merges two
 * records of the same person, and e-mails a chosen lead, who unsubscribes from the link in the message; a note typed
 * while the session ended is told, kept through the sign-in and put back on the lead's page; a card dragged past an
 * admission never recorded is asked about, "No" first; a lead's page says its address bounced, and what to do, until a
 * recruiter corrects it.
 */
class PipelineBrowserIT extends BrowserTest {

    private static final String MAILED_BASE = "http://localhost:" + Integer.getInteger("it.http.port", 8080);

    @Test
    void aRecruiterDragsALeadToTheNextStageAndMovesAnotherFromTheKeyboardWithAReason() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-board"), By.id("board-title"));
        long qualifiedBefore = count("QUALIFIED");

        WebElement kwame = card("Kwame Mensah");
        WebElement qualified = browser.find(By.cssSelector(".board-column.stage-QUALIFIED"));
        browser.drag(kwame, qualified);
        browser.waitFor().until(driver -> count("QUALIFIED") == qualifiedBefore + 1);
        assertTrue(browser.text(By.cssSelector(".board-column.stage-QUALIFIED")).contains("Kwame Mensah"),
                "the card is now in its new column");
        assertTrue(browser.text(By.id("board:messages")).contains("Étape changée"));

        WebElement awa = card("Awa Ndiaye");
        awa.findElement(By.cssSelector(".lead-card-move")).click();
        browser.find(By.id("move-title"));
        new Select(browser.find(By.id("board:target"))).selectByVisibleText("Admis");
        browser.find(By.id("board:confirm-move")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("board:messages"),
                "demande une raison"));
        browser.type(By.id("board:reason"), "Admission confirmée par téléphone");
        browser.find(By.id("board:confirm-move")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".board-column.stage-ADMITTED"), "Awa Ndiaye"));

        browser.go("/admin/leads.xhtml?country=GH");
        browser.clickAndWaitFor(By.linkText("Kwame Mensah"), By.id("lead-name"));
        assertEquals("Qualifié", browser.text(By.id("lead-stage")));
        assertTrue(browser.text(By.id("history:timeline")).contains("Étape changée"));
    }

    /**
     * A card whose record a colleague merged into another since the board was drawn is dragged to the next column: the
     * board stays (no "page not found" in its place), says the record was merged or removed and nothing moved, and is
     * drawn again without the card.
     */
    @Test
    void aCardWhoseRecordWasMergedSinceTheBoardWasDrawnIsSaidGoneAndTheBoardStays() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-board"), By.id("board-title"));
        long admittedBefore = count("ADMITTED");
        WebElement eloise = card("Éloïse Martin");
        String fjord = "(select u.tenant_id from user_account u where u.email = ?)";
        // Merged by a colleague, as the merge leaves the record: pointing at the record that stays.
        assertEquals(1, TestDatabase.update("update `lead` l join `lead` s on s.tenant_id = l.tenant_id"
                + " and s.email_normalized = 'hanh.tran@exemple.demo' set l.merged_into_id = s.id"
                + " where l.email_normalized = 'eloise.martin@exemple.demo' and l.tenant_id = " + fjord,
                DemoAccounts.FJORD_RECRUITER));
        try {
            browser.drag(eloise, browser.find(By.cssSelector(".board-column.stage-ADMITTED")));
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("board:messages"),
                    "La fiche de Éloïse Martin a été fusionnée avec une autre ou retirée"));
            assertTrue(browser.find(By.id("board-title")).isDisplayed(), "the board, not a page not found");
            assertEquals(admittedBefore, count("ADMITTED"), "nothing moved");
            assertTrue(browser.driver().findElements(By.xpath("//div[contains(@class,'lead-card')]"
                    + "[a[normalize-space()='Éloïse Martin']]")).isEmpty(), "the board drawn again without the card");
        } finally {
            TestDatabase.update("update `lead` set merged_into_id = null where email_normalized ="
                    + " 'eloise.martin@exemple.demo' and tenant_id = " + fjord, DemoAccounts.FJORD_RECRUITER);
        }
    }

    /**
     * A card dragged from "Dossier déposé" to "CAQ obtenu", its admission never recorded, is not moved at once: with
     * its reason written, the board asks, naming the admission skipped, and "No" has the focus, so that Enter leaves
     * the lead where it was; dragged again and confirmed, it moves, and its line on the lead's page says the
     * admission was not recorded.
     */
    @Test
    void aCardDraggedPastAnAdmissionNeverRecordedIsAskedAboutWithNoFirst() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-board"), By.id("board-title"));
        long caqBefore = count("CAQ_OBTAINED");

        for (boolean confirm : new boolean[] {false, true}) {
            browser.drag(card("Salma Amrani"), browser.find(By.cssSelector(".board-column.stage-CAQ_OBTAINED")));
            browser.find(By.id("move-title"));
            browser.type(By.id("board:reason"), "CAQ reçu par courriel");
            browser.find(By.id("board:confirm-move")).click();
            browser.waitFor().until(driver -> "board:admission-no".equals(focused().getAttribute("id")));
            assertTrue(browser.text(By.id("admission-question-text")).contains("laisserait de côté : Admis"),
                    browser.text(By.id("admission-question-text")));
            assertEquals("alertdialog", browser.find(By.id("board:admission-question")).getAttribute("role"));
            if (confirm) {
                browser.find(By.id("board:admission-yes")).click();
            } else {
                focused().sendKeys(Keys.ENTER);
                browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("board:messages"),
                        "Rien n’a été déplacé."));
                assertEquals(caqBefore, count("CAQ_OBTAINED"), "No leaves the lead where it was");
                assertTrue(browser.text(By.cssSelector(".board-column.stage-APPLIED")).contains("Salma Amrani"));
            }
        }
        browser.waitFor().until(driver -> count("CAQ_OBTAINED") == caqBefore + 1);
        assertTrue(browser.text(By.cssSelector(".board-column.stage-CAQ_OBTAINED")).contains("Salma Amrani"));

        browser.clickAndWaitFor(By.linkText("Salma Amrani"), By.id("lead-name"));
        assertTrue(browser.text(By.id("history:timeline")).contains("(admission non enregistrée)"),
                browser.text(By.id("history:timeline")));
    }

    /**
     * On a tablet (768 px wide), the lead list's column headings wrap between their words, none cut inside a word
     * ("Pro/gramme", "Respon-sable"), and the page does not scroll sideways.
     */
    /**
     * A search that finds nobody says the search is why, not that the centre has no lead, offers no step to add one,
     * and leads back to everyone; the board says the same above its empty columns.
     */
    @Test
    void aSearchThatFindsNobodySaysSoAndLeadsBackToEveryLead() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?q=Zzyzxq&country=GH");
        WebElement empty = browser.find(By.cssSelector("#leads-empty[data-empty='nothing-matches']"));
        assertEquals("Aucun candidat ne correspond à ces filtres.", empty.findElement(By.className("empty-list-text"))
                .getText());
        assertTrue(empty.findElements(By.cssSelector(".empty-list-steps a")).isEmpty(), "no step to add a lead");
        assertEquals("Afficher tous les candidats (retirer les filtres)", browser.text(By.id("leads-empty-clear")));
        browser.clickAndWaitFor(By.id("leads-empty-clear"), By.cssSelector("#leads\\:table_data a.lead-link"));
        assertEquals("/admin/leads.xhtml", browser.currentPath(), "every filter cleared");

        browser.go("/admin/board.xhtml?q=Zzyzxq");
        assertEquals("Aucun candidat du tableau ne correspond à ces filtres.",
                browser.text(By.cssSelector("#board-empty .empty-list-text")));
        browser.clickAndWaitFor(By.id("board-empty-clear"), By.cssSelector(".lead-card"));
        assertTrue(browser.driver().findElements(By.id("board-empty")).isEmpty(), "the whole board, with its cards");
    }

    @Test
    void theLeadListsHeadingsKeepTheirWordsWholeOnATabletWithoutScrollingSideways() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        org.openqa.selenium.Dimension desktop = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(768, 900));
            browser.go("/admin/leads.xhtml");
            browser.waitFor().until(driver -> ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.clientWidth")).intValue() <= 768);
            @SuppressWarnings("unchecked")
            java.util.List<String> broken = (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor)
                    browser.driver()).executeScript("""
                    const broken = [];
                    for (const heading of document.querySelectorAll('#table thead th')) {
                        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
                        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                            if (node.parentElement.getBoundingClientRect().width <= 1) {
                                continue; // read by screen readers only
                            }
                            for (const word of node.textContent.matchAll(/\\p{L}+/gu)) {
                                const range = document.createRange();
                                range.setStart(node, word.index);
                                range.setEnd(node, word.index + word[0].length);
                                const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
                                if (lines > 1) {
                                    broken.push(word[0] + ' on ' + lines + ' lines');
                                }
                            }
                        }
                    }
                    return broken;""");
            assertEquals(java.util.List.of(), broken, "every heading's words whole");
            assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scrolling");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
    }

    @Test
    void aLeadMovesOnTheBoardFromTheKeyboardAloneAndTheFocusFollowsWhatTheUpdateBrings() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-board"), By.id("board-title"));
        WebElement name = browser.find(By.cssSelector(".board-column.stage-CONTACTED .lead-card .lead-card-name"));
        String person = name.getText();
        long qualifiedBefore = count("QUALIFIED");

        // A move opened from the keyboard and cancelled gives the focus back to the card's move, not to the page.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", name);
        focused().sendKeys(Keys.TAB);
        focused().sendKeys(Keys.ENTER);
        browser.waitFor().until(driver -> "move-title".equals(focused().getAttribute("id")));
        browser.find(By.id("board:cancel-move")).sendKeys(Keys.ENTER);
        browser.waitFor().withMessage("the focus back on the card's move").until(driver ->
                focused().getAttribute("class").contains("lead-card-move")
                        && focused().getAccessibleName().contains(person));
        name = browser.find(By.xpath("//div[contains(@class,'stage-CONTACTED')]//a[contains(@class,'lead-card-name')"
                + "][normalize-space()='" + person + "']"));

        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", name);
        focused().sendKeys(Keys.TAB);
        assertTrue(focused().getAttribute("class").contains("lead-card-move"),
                "Tab from a card's name reaches its move: " + focused().getAttribute("outerHTML"));
        assertEquals("Déplacer vers… (" + person + ")", focused().getAccessibleName(),
                "a screen reader hears whose card the move is, not the same words on every card");
        focused().sendKeys(Keys.ENTER);
        browser.find(By.id("move-title"));
        browser.waitFor().until(driver -> "move-title".equals(focused().getAttribute("id")));
        assertTrue(focused().getText().contains(person), "the panel that opened has the focus: " + focused().getText());

        for (String field : new String[] {"target", "reason", "lostReason"}) {
            assertEquals(1, browser.driver().findElements(By.cssSelector(
                    ".labelled > label[for='board:" + field + "'] + [id='board:" + field + "']")).size(),
                    "each label stays with its own field when the row wraps: " + field);
        }
        focused().sendKeys(Keys.TAB);
        assertEquals("board:target", focused().getAttribute("id"), "Tab goes on to the stage to choose");
        focused().sendKeys("Q");
        assertEquals("Qualifié", new Select(focused()).getFirstSelectedOption().getText());
        for (String next : new String[] {"board:reason", "board:lostReason", "board:confirm-move"}) {
            focused().sendKeys(Keys.TAB);
            assertEquals(next, focused().getAttribute("id"));
        }
        focused().sendKeys(Keys.ENTER);

        browser.waitFor().until(driver -> count("QUALIFIED") == qualifiedBefore + 1);
        browser.waitFor().until(driver -> focused().getText().contains("Étape changée"));
        assertTrue(browser.text(By.cssSelector(".board-column.stage-QUALIFIED")).contains(person));
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    @Test
    void anotherSpellingFromALaterRequestWaitsBesideTheRecordUntilARecruiterAcceptsIt() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?country=SN");
        browser.clickAndWaitFor(By.linkText("Ousmane Sow"), By.id("lead-proposals"));
        assertEquals("Ousmane Sow", browser.text(By.id("lead-name")), "the later request did not rename him");
        String proposals = browser.text(By.id("lead-proposals"));
        assertTrue(proposals.contains("Prénom") && proposals.contains("Usman")
                && proposals.contains("site partenaire"), proposals);
        assertTrue(browser.text(By.id("history:timeline")).contains("Autre valeur donnée"));

        browser.clickAndWaitFor(By.cssSelector("#lead-proposals .proposal button[id$='accept-proposal']"),
                By.cssSelector("#lead\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("lead:messages")).contains("écrite au dossier"));
        assertEquals("Usman Sow", browser.text(By.id("lead-name")), "accepted in one click");
        assertTrue(browser.driver().findElements(By.id("lead-proposals")).isEmpty(), "nothing left to decide");
        assertTrue(browser.text(By.id("history:timeline")).contains("Valeur acceptée"));

        // Enter in the tag field adds the tag: it pressed the form's first button (the details' "Save") before.
        String tag = "clavier" + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.id("lead:newTag")).sendKeys(tag, org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-tags"), tag));
    }

    /** The phone among the person's details (first name, last name, e-mail, phone...). */
    private static By phoneField() {
        return By.xpath("(//form[@id='lead']//input[substring(@id, string-length(@id) - 5) = ':value'])[4]");
    }

    @Test
    void aRecruiterMergesTwoRecordsOfTheSamePersonAndKeepsBothHistories() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?country=LB");
        browser.find(By.id("leads:table"));
        assertEquals(2, browser.driver().findElements(By.linkText("Nadia Haddad")).size(), "two records of Nadia");
        browser.clickAndWaitFor(By.linkText("Nadia Haddad"), By.id("duplicates"));
        assertTrue(browser.text(By.id("duplicates")).contains("Nadia Haddad"));
        // A tablet at a fair shows the keyboard each detail needs: digits for the phone, an "@" for the e-mail.
        assertEquals("tel", browser.find(phoneField()).getAttribute("inputmode"));
        assertEquals("email", browser.find(By.xpath("(//form[@id='lead']//input[substring(@id, string-length(@id)"
                + " - 5) = ':value'])[3]")).getAttribute("inputmode"));
        // A phone that is none is refused, and the field says so to a screen reader too.
        browser.type(phoneField(), "pas de téléphone");
        browser.clickAndWaitFor(By.id("lead:save"), By.cssSelector("#lead\\:messages .ui-messages-error"));
        assertEquals("true", browser.find(phoneField()).getAttribute("aria-invalid"), "the refused field is marked");
        assertEquals("lead:messages", browser.find(phoneField()).getAttribute("aria-describedby"),
                "and tied to the message that says why");
        assertEquals("false", browser.find(By.xpath("(//form[@id='lead']//input[substring(@id, string-length(@id)"
                + " - 5) = ':value'])[1]")).getAttribute("aria-invalid"), "the others are not");
        // A phone typed into the details, then another button clicked before saving it.
        browser.type(phoneField(), "+33 6 12 34 56 78");

        browser.clickAndWaitFor(By.cssSelector("#duplicates .merge"), By.cssSelector("#lead\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("lead:messages")).contains("fusionnés"));
        // Nadia's other address is not dropped with the other record: it waits beside this one, and the page says so.
        assertTrue(browser.text(By.id("lead:messages")).contains("gardées sous « Autres valeurs données »")
                && browser.text(By.id("lead:messages")).contains("Courriel"), browser.text(By.id("lead:messages")));
        assertTrue(browser.text(By.id("lead-proposals")).contains("donnée par une fusion de doublons (fiche n° "),
                browser.text(By.id("lead-proposals")));
        assertEquals("+33 6 12 34 56 78", browser.find(phoneField()).getAttribute("value"), "what was typed is still there");
        assertTrue(browser.text(By.id("lead:messages")).contains("pas encore enregistrés"), browser.text(By.id("lead:messages")));
        browser.clickAndWaitFor(By.id("lead:save"), By.cssSelector("#lead\\:messages .ui-messages-info"));
        assertEquals("+33612345678", browser.find(phoneField()).getAttribute("value"), "saved, as a number in E.164");
        assertTrue(browser.currentPath().matches("/admin/lead\\.xhtml\\?id=\\d+"),
                "the address still names the lead: " + browser.currentPath());
        assertTrue(browser.driver().findElements(By.id("duplicates")).isEmpty(), "no duplicate left");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#lead-requests tbody tr")).size(),
                "both requests are on the lead that was kept");
        assertTrue(browser.text(By.id("history:timeline")).contains("Doublon fusionné"));

        browser.go("/admin/leads.xhtml?country=LB");
        browser.find(By.id("leads:table"));
        assertEquals(1, browser.driver().findElements(By.linkText("Nadia Haddad")).size());
    }

    @Test
    void aRecruiterEmailsAChosenLeadWhoUnsubscribesFromTheLinkInTheMessage() throws Exception {
        String diego = "diego.ramirez@exemple.demo";
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?country=MX");
        tickWithTemplate("Diego Ramírez", "First contact (en)");
        // Empty, hence not shown, until a bulk action is sent.
        assertEquals("status", browser.driver().findElement(By.id("bulk-status")).getAttribute("role"),
                "what a bulk action is doing is read out while the server works");
        assertEquals(String.valueOf(ca.tremplin.pipeline.LeadListService.BULK_LIMIT),
                browser.driver().findElement(By.id("bulk-status")).getAttribute("data-bulk-limit"),
                "the most a bulk action takes, so that the busy line never claims more");
        // Nothing goes before the preview: how many receive it, and Diego's message as he will read it.
        browser.clickAndWaitFor(By.id("leads:bulk-email"), By.id("email-preview"));
        assertEquals("Destinataires : 1 sur 1 candidat choisi", browser.text(By.id("email-preview-count")));
        assertEquals(browser.find(By.id("email-preview-title")), browser.driver().switchTo().activeElement(),
                "the preview takes the focus, its count read next");
        assertTrue(browser.text(By.id("email-preview-text")).startsWith("Hello Diego,"),
                browser.text(By.id("email-preview-text")));
        assertTrue(browser.text(By.id("email-preview-text")).contains("/desabonnement.xhtml?token=…&lang=en"),
                "the unsubscribe line as the message has it");
        assertTrue(browser.text(By.id("email-preview-subject")).startsWith("Your study plans: "));
        browser.clickAndWaitFor(By.id("leads:send-email"), By.cssSelector("#leads\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("leads:messages")).contains("Courriel envoyé à 1 personne."),
                browser.text(By.id("leads:messages")));
        // The first template, "First contact" in English, with the program Diego asked about merged in.
        Message sent = TestMailServer.awaitMessageTo(diego, "Your study plans: ");
        assertTrue(!sent.getSubject().contains("{"), "every merge field filled: " + sent.getSubject());
        String link = TestMailServer.linkTo(sent, "/desabonnement.xhtml");
        String oneClick = sent.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        browser.signOut();

        browser.forgetEverything();
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        assertTrue(browser.text(By.id("unsubscribe-intro")).contains("Fjord"), browser.text(By.id("unsubscribe-intro")));
        assertTrue(browser.text(By.id("unsubscribe-intro")).contains("d•••@exemple.demo"), "the address, half hidden");
        browser.clickAndWaitFor(By.id("unsubscribe:confirm"), By.id("unsubscribe-done"));
        assertTrue(browser.text(By.id("unsubscribe-done")).contains("Fjord"), browser.text(By.id("unsubscribe-done")));
        assertTrue(browser.driver().getCurrentUrl().contains("token="),
                "opened again at its own address, the link kept (a reload sends nothing, the language links work): "
                        + browser.driver().getCurrentUrl());
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        assertTrue(browser.driver().findElements(By.id("unsubscribe:confirm")).isEmpty(), "nothing left to press");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> button = http.send(HttpRequest.newBuilder(URI.create(oneClick.replace(MAILED_BASE,
                        browser.base()))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, button.statusCode(), "the mail program's button, after the page, is no error");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(browser.base()
                        + "/api/unsubscribe/forged-token")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(browser.base()
                        + "/desabonnement.xhtml?token=forged-token")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
    }

    /**
     * The preview of a bulk e-mail over the whole filtered list counts who will receive it and who is left out and why,
     * the person left out named with a link to their page, and nothing reaches anyone before "Send to 1 person"; the
     * page that comes back says how many received it and how many were left out.
     */
    @Test
    void theBulkEmailPreviewCountsWhoIsLeftOutAndWhyAndNothingIsSentBeforeItIsConfirmed() throws Exception {
        String family = "Tebano" + java.util.UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        String staying = person("Teuea", family);
        String leaving = person("Nei", family);
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String list = "/admin/leads.xhtml?q=" + family;

        // An earlier e-mail to Nei alone, whose one-click unsubscribe she uses.
        browser.go(list);
        tickWithTemplate("Nei " + family, "Documents à fournir (fr)");
        browser.clickAndWaitFor(By.id("leads:bulk-email"), By.id("email-preview"));
        browser.clickAndWaitFor(By.id("leads:send-email"), By.cssSelector("#leads\\:messages .ui-messages-info"));
        Message earlier = TestMailServer.awaitMessageTo(leaving, "Les documents pour votre demande");
        String oneClick = earlier.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        assertEquals(204, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(oneClick.replace(
                        MAILED_BASE, browser.base()))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "Nei unsubscribed");

        // The whole list, both of them, by its own box; the French first contact.
        browser.go(list);
        browser.find(By.id("leads:bulkAll")).click();
        new Select(browser.find(By.id("leads:bulkTemplate"))).selectByVisibleText("Premier contact (fr)");
        browser.clickAndWaitFor(By.id("leads:bulk-email"), By.id("email-preview"));

        assertEquals("Destinataires : 1 sur 2 candidats choisis", browser.text(By.id("email-preview-count")));
        assertEquals("Laissés de côté : 1, par raison :", browser.text(By.id("email-preview-left-out-count")));
        WebElement unsubscribed = browser.find(By.cssSelector(
                "#email-preview-left-out li[data-reason='casl.unsubscribed']"));
        assertTrue(unsubscribed.getText().startsWith("désabonnés des envois groupés du centre : 1"),
                unsubscribed.getText());
        assertEquals("Nei " + family, unsubscribed.findElement(By.cssSelector("a.email-preview-name")).getText(),
                "the person left out, named");
        assertTrue(unsubscribed.findElement(By.cssSelector("a.email-preview-name")).getAttribute("href")
                .contains("/admin/lead.xhtml?id="), "with a link to her page");
        assertEquals("Version française : 1 personne", browser.text(By.id("email-preview-version")));
        assertTrue(browser.text(By.id("email-preview-text")).startsWith("Bonjour Teuea,"),
                browser.text(By.id("email-preview-text")));
        assertEquals("Envoyer à 1 personne", browser.text(By.id("leads:send-email")));
        assertEquals(0, ca.tremplin.testsupport.TestDatabase.count("select count(*) from outbox_message"
                + " where recipient = ? and subject like 'Votre projet d’études%'", staying), "nothing sent yet");
        assertEquals(0, TestMailServer.countTo(staying, "Votre projet d’études"), "nothing received yet");

        browser.clickAndWaitFor(By.id("leads:send-email"), By.cssSelector("#leads\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("leads:messages")).contains("Courriel envoyé à 1 personne ; 1 candidat laissé"
                + " de côté."), browser.text(By.id("leads:messages")));
        assertTrue(browser.text(By.id("leads:messages")).contains("désabonnés des envois groupés du centre"),
                "and why: " + browser.text(By.id("leads:messages")));
        TestMailServer.awaitMessageTo(staying, "Votre projet d’études");
        assertEquals(0, TestMailServer.countTo(leaving, "Votre projet d’études"), "not to the one who unsubscribed");
    }

    /**
     * While a bulk action runs, the PrimeFaces overlay blocks the list and the bulk actions and the status line, which
     * stays outside what is blocked, says to screen readers how many leads are processed; afterwards the page says how
     * many were changed and how many were left as they were, and why.
     */
    @Test
    void aBulkActionBlocksTheListWhileItRunsSaysItToScreenReadersAndThenCountsWhatItChangedAndSkipped()
            throws Exception {
        String family = "Tabai" + java.util.UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        person("Ieremia", family);
        person("Anote", family);
        String tag = family.toLowerCase(java.util.Locale.ROOT);
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String list = "/admin/leads.xhtml?q=" + family;
        browser.go(list);
        // Empty until an action runs, the status line has no size yet: found, not waited for as shown.
        browser.find(By.id("leads:bulk-tag"));
        assertEquals("polite", browser.driver().findElement(By.id("bulk-status")).getAttribute("aria-live"));

        // The post held back in the page, to see the page as it is while the server works.
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("document.addEventListener('submit', function (e) { e.preventDefault(); });");
        browser.find(By.id("leads:bulkAll")).click();
        browser.type(By.id("leads:bulkTag"), tag);
        browser.find(By.id("leads:bulk-tag")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".ui-blockui .ui-blockui-content")));
        assertEquals("Traitement de 2 candidats…", browser.text(By.id("bulk-status")));
        assertEquals("true", browser.find(By.id("leads:table")).getAttribute("aria-busy"), "the list is blocked");
        assertEquals("true", browser.find(By.id("leads:bulk-controls")).getAttribute("aria-busy"),
                "and the bulk actions");
        assertEquals(Boolean.FALSE, script.executeScript("return !!document.getElementById('bulk-status')"
                + ".closest('[aria-busy=true]');"), "the status line is not in what is busy: it is read out");
        assertTrue(browser.text(By.cssSelector(".ui-blockui .ui-blockui-content")).contains(
                "Traitement de 2 candidats…"), "the overlay shows the same words");

        browser.go(list);
        browser.find(By.id("leads:bulkAll")).click();
        browser.type(By.id("leads:bulkTag"), tag);
        browser.clickAndWaitFor(By.id("leads:bulk-tag"), By.cssSelector("#leads\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("leads:messages")).contains("2 candidats modifiés."),
                browser.text(By.id("leads:messages")));
        browser.find(By.id("leads:bulkAll")).click();
        browser.type(By.id("leads:bulkTag"), tag);
        browser.clickAndWaitFor(By.id("leads:bulk-tag"), By.cssSelector("#leads\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("leads:messages")).contains("Aucun candidat modifié ; 2 laissés tels quels."),
                browser.text(By.id("leads:messages")));
        assertTrue(browser.text(By.id("leads:messages")).contains("Laissés de côté : 2 — portaient déjà cette"
                + " étiquette."), browser.text(By.id("leads:messages")));
    }

    /** The colleague's account deactivated while the page that offers them stays open. */
    private static void deactivatedMeanwhile(String colleagueId) throws Exception {
        assertEquals(1, TestDatabase.update("update user_account set active = false where id = ?", colleagueId),
                "the colleague's account deactivated meanwhile");
    }

    /** A click on {@code button} of the form {@code form} refused: the colleague chosen no longer has access. */
    private static void refusedForAColleagueGone(By button, String form) {
        browser.clickAndWaitFor(button, By.cssSelector("#" + form + "\\:messages .ui-messages-error"));
        assertTrue(browser.text(By.id(form + ":messages")).contains("n’a plus accès à Tremplin"),
                browser.text(By.id(form + ":messages")));
    }

    /** Ticks the lead of this name on the list shown and chooses this template for a bulk e-mail. */
    private static void tickWithTemplate(String name, String template) {
        By row = By.xpath("//tbody//tr[.//a[normalize-space()='" + name + "']]");
        browser.find(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.waitFor().until(ExpectedConditions.attributeContains(row, "aria-selected", "true"));
        new Select(browser.find(By.id("leads:bulkTemplate"))).selectByVisibleText(template);
    }

    /** A person who asks the CSS du Fjord for information through a partner site, from Kiribati; their address. */
    private String person(String firstName, String lastName) throws Exception {
        String email = (firstName + "." + lastName).toLowerCase(java.util.Locale.ROOT) + "@example.ki";
        String request = jakarta.json.Json.createObjectBuilder().add("firstName", firstName).add("lastName", lastName)
                .add("email", email).add("countryOfResidence", "KI").add("citizenship", "KI")
                .add("schoolBoard", "css-du-fjord").add("consentToContact", true).build().toString();
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.base() + "/api/inquiries")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, sent.statusCode(), sent.body());
        // Listed once routed, within seconds of its receipt.
        browser.waitFor().until(driver -> {
            try {
                return ca.tremplin.testsupport.TestDatabase.count("select count(*) from `lead` where email_normalized"
                        + " = ?", email) > 0;
            } catch (java.sql.SQLException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        });
        return email;
    }

    /**
     * Leads of the list given to a colleague whose account was deactivated after the list was opened: the page says
     * the colleague no longer has access and nothing was changed; the owner menu still shows the colleague chosen, said
     * to have no access any longer (not "(nobody)", which a second click would have given the leads to), and the leads
     * stay chosen. Given to someone else, they are changed, and the colleague gone is no longer offered.
     */
    @Test
    void aBulkAssignmentToAColleagueDeactivatedMeanwhileIsRefusedAndTheOwnerChosenStays() throws Exception {
        String family = "Teaiwa" + java.util.UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        person("Taberannang", family);
        person("Kaimauri", family);
        String me = TestDatabase.firstColumn("select id from user_account where email = ?",
                DemoAccounts.FJORD_RECRUITER);
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?q=" + family);
        browser.find(By.id("leads:bulkAll")).click();
        Select owner = new Select(browser.find(By.id("leads:bulkOwner")));
        WebElement colleagueOption = owner.getOptions().stream()
                .filter(option -> !option.getAttribute("value").isEmpty() && !option.getAttribute("value").equals(me))
                .findFirst().orElseThrow();
        String colleague = colleagueOption.getText();
        String colleagueId = colleagueOption.getAttribute("value");
        owner.selectByValue(colleagueId);
        deactivatedMeanwhile(colleagueId);
        try {
            refusedForAColleagueGone(By.id("leads:bulk-assign"), "leads");
            WebElement chosen = new Select(browser.find(By.id("leads:bulkOwner"))).getFirstSelectedOption();
            assertEquals(colleagueId, chosen.getAttribute("value"), "the colleague chosen is still the choice");
            assertEquals(colleague + " (n’a plus accès)", chosen.getText(), "said gone, by name");
            assertTrue(browser.find(By.id("leads:bulkAll")).isSelected(), "the whole list still chosen");
            assertEquals(0, TestDatabase.count("select count(*) from `lead` where owner_id = " + Long.parseLong(
                    colleagueId) + " and last_name = ?", family), "no lead given to them");

            new Select(browser.find(By.id("leads:bulkOwner"))).selectByValue(me);
            browser.clickAndWaitFor(By.id("leads:bulk-assign"), By.cssSelector("#leads\\:messages .ui-messages-info"));
            assertEquals(2, TestDatabase.count("select count(*) from `lead` where owner_id = " + Long.parseLong(me)
                    + " and last_name = ?", family), "given to the one chosen instead");
            assertTrue(new Select(browser.find(By.id("leads:bulkOwner"))).getOptions().stream()
                    .noneMatch(option -> option.getAttribute("value").equals(colleagueId)),
                    "the colleague gone is no longer offered");
        } finally {
            TestDatabase.update("update user_account set active = true where id = ?", colleagueId);
        }
    }

    /**
     * A task given to a colleague whose account was deactivated after the lead's page was opened: the page says the
     * colleague no longer has access and nothing was saved, stays on the lead (not "merged by a colleague"), keeps the
     * title typed, and its menu no longer offers them.
     */
    @Test
    void aTaskForAColleagueDeactivatedSinceThePageWasOpenedIsRefusedAndWhatWasTypedStays() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?country=VN");
        browser.clickAndWaitFor(By.linkText("Hanh Trần"), By.id("lead-name"));
        String leadPage = browser.currentPath();
        Select assignee = new Select(browser.find(By.id("lead:taskAssignee")));
        assignee.selectByIndex(1);
        String colleague = assignee.getFirstSelectedOption().getText();
        String colleagueId = assignee.getFirstSelectedOption().getAttribute("value");
        String task = "Relancer pour le CAQ " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("lead:taskTitle"), task);
        browser.type(By.id("lead:taskDue_input"), java.time.LocalDate.now().plusDays(3).toString());
        deactivatedMeanwhile(colleagueId);
        try {
            refusedForAColleagueGone(By.id("lead:add-task"), "lead");
            assertEquals(leadPage, browser.currentPath(), "still on this lead's page");
            assertEquals(task, browser.find(By.id("lead:taskTitle")).getAttribute("value"), "the title typed stays");
            Select menu = new Select(browser.find(By.id("lead:taskAssignee")));
            assertTrue(menu.getOptions().stream().noneMatch(option -> option.getText().equals(colleague)),
                    "the menu no longer offers them as a colleague");
            assertEquals(colleague + " (n’a plus accès)", menu.getFirstSelectedOption().getText(),
                    "still the choice, said gone, not put back on the person signed in");
        } finally {
            TestDatabase.update("update user_account set active = true where id = ?", colleagueId);
            // Signing out forgets the title kept as a draft on this tablet.
            browser.signOut();
        }
    }

    @Test
    void aNoteTypedWhenTheSessionEndedIsToldKeptThroughTheSignInAndPutBackUntilSaved() {
        String leadPage = recruiterOnKwameMensahsPage();
        String note = "Rappeler après le salon " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String task = "Envoyer la liste des documents " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("lead:note"), note);
        browser.type(By.id("lead:taskTitle"), task);

        // The session ends while the note is being typed (the server restarted): the browser names a session gone.
        saveTheNoteOnceTheSessionEnded();
        assertTrue(browser.text(By.id("session-ended-notice")).contains("Votre session a pris fin"),
                browser.text(By.id("session-ended-notice")));

        browser.type(By.id("signin:email"), DemoAccounts.FJORD_RECRUITER);
        browser.type(By.id("signin:password"), DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("signin:submit"), By.id("lead-name"));
        assertEquals(leadPage, browser.currentPath(), "back on the lead's page, not told the page expired");
        assertEquals(note, browser.find(By.id("lead:note")).getAttribute("value"), "the note typed is back in its box");
        assertEquals(task, browser.find(By.id("lead:taskTitle")).getAttribute("value"), "and the task's title");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("note-draft"),
                "Brouillon rétabli"));
        assertEquals("status", browser.find(By.id("note-draft")).getAttribute("role"), "said to a screen reader too");
        assertTrue(!browser.text(By.id("history:timeline")).contains(note), "not saved behind the person's back");

        browser.clickAndWaitFor(By.id("lead:add-note"), By.cssSelector("#lead\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("history:timeline")).contains(note), "saved once pressed again");
        assertEquals("", browser.find(By.id("lead:note")).getAttribute("value"));

        browser.go(leadPage);
        assertEquals("", browser.find(By.id("lead:note")).getAttribute("value"), "saved: no draft put back any more");
        assertEquals("", browser.driver().findElement(By.id("note-draft")).getText(), "nothing said: nothing put back");
        assertEquals(task, browser.find(By.id("lead:taskTitle")).getAttribute("value"),
                "the task's title, not saved yet, is still kept");
        browser.signOut();
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go(leadPage);
        assertEquals("", browser.find(By.id("lead:taskTitle")).getAttribute("value"),
                "signing out forgets the drafts: the next person at the tablet finds none");
    }

    @Test
    void aNoteLeftWhenTheSessionEndedIsNotHandedToTheColleagueWhoSignsInNextOnTheSameTab() {
        String leadPage = recruiterOnKwameMensahsPage();
        browser.type(By.id("lead:note"), "Note du recruteur " + java.util.UUID.randomUUID().toString().substring(0, 6));

        // The tablet left at the stand: the session times out, and a colleague signs in on the same tab.
        saveTheNoteOnceTheSessionEnded();
        browser.type(By.id("signin:email"), DemoAccounts.FJORD_ADMIN);
        browser.type(By.id("signin:password"), DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("signin:submit"), By.id("lead-name"));
        assertEquals(leadPage, browser.currentPath());
        assertEquals("", browser.find(By.id("lead:note")).getAttribute("value"),
                "the colleague is not handed the recruiter's note, to save as theirs");
        assertEquals("", browser.driver().findElement(By.id("note-draft")).getText(), "nothing said: nothing put back");
        assertEquals(0L, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Object.keys(sessionStorage).filter(function (k) {"
                + " return k.indexOf('tremplin.draft:') === 0 && k.indexOf('tremplin.draft:'"
                + " + document.body.getAttribute('data-signed-in-user') + ':') !== 0; }).length;"),
                "someone else's drafts are forgotten in this tab, not only left unshown");
    }

    /** The recruiter signed in, on Kwame Mensah's page; its address. */
    private String recruiterOnKwameMensahsPage() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?country=GH");
        browser.clickAndWaitFor(By.linkText("Kwame Mensah"), By.id("lead-name"));
        return browser.currentPath();
    }

    /** The browser names a session the server no longer holds, and the note is sent: the sign-in page says so. */
    private void saveTheNoteOnceTheSessionEnded() {
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID",
                "ended-" + java.util.UUID.randomUUID(), "/"));
        browser.clickAndWaitFor(By.id("lead:add-note"), By.id("session-ended-notice"));
    }

    /**
     * A person whose address bounced: their page says so in French, with what the mail server said and what to do —
     * correct the address above or confirm it —, and the notice goes once a recruiter corrects the address.
     */
    @Test
    void aLeadsPageSaysTheAddressBouncedAndWhatToDoUntilARecruiterCorrectsIt() throws Exception {
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        String bounced = "yaw." + run + "@exemple.gh";
        String corrected = "yaw.boateng." + run + "@exemple.gh";
        HttpResponse<String> asked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.base() + "/api/inquiries")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Yaw", "lastName": "Boateng", "email": "%s", "countryOfResidence": "GH",
                         "citizenship": "GH", "schoolBoard": "css-du-fjord", "consentToContact": true}"""
                        .formatted(bounced))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, asked.statusCode(), asked.body());
        browser.waitFor().until(driver -> leadIdAt(bounced) != null);
        // As a bounce leaves the record (BounceMailboxIT reads one from the bounce mailbox).
        assertEquals(1, TestDatabase.update("update `lead` set email_undeliverable_since = utc_timestamp(6),"
                + " email_undeliverable_reason = '550 5.1.1 Recipient address rejected: User unknown'"
                + " where email_normalized = ?", bounced));

        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/lead.xhtml?id=" + leadIdAt(bounced));
        WebElement notice = browser.find(By.id("lead-undeliverable"));
        assertEquals("status", notice.getAttribute("role"), "read out by screen readers");
        assertTrue(notice.getText().startsWith("Adresse non distribuable : 550 5.1.1 Recipient address rejected:"
                + " User unknown (depuis le "), notice.getText());
        assertTrue(notice.getText().contains("Les courriels suivants sont retenus jusqu’à ce que vous corrigiez"
                + " l’adresse ci-dessus ou la confirmiez."), "what to do: " + notice.getText());
        assertEquals("Confirmer l’adresse", browser.text(By.id("lead:confirm-address")));

        By email = By.xpath("(//form[@id='lead']//input[substring(@id, string-length(@id) - 5) = ':value'])[3]");
        assertEquals(bounced, browser.find(email).getAttribute("value"));
        browser.type(email, corrected);
        browser.clickAndWaitFor(By.id("lead:save"), By.cssSelector("#lead\\:messages .ui-messages-info"));

        assertEquals(corrected, browser.find(email).getAttribute("value"));
        assertTrue(browser.driver().findElements(By.id("lead-undeliverable")).isEmpty(),
                "the corrected address has not bounced: no notice");
        assertEquals(null, TestDatabase.firstColumn("select email_undeliverable_since from `lead`"
                + " where email_normalized = ?", corrected));
    }

    /** The number of the record of the demo's CSS du Fjord at this address, or null while there is none. */
    private static String leadIdAt(String email) {
        try {
            return TestDatabase.firstColumn("select l.id from `lead` l join tenant t on t.id = l.tenant_id"
                    + " where t.slug = 'css-du-fjord' and l.email_normalized = ?", email);
        } catch (java.sql.SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private WebElement card(String name) {
        return browser.find(By.xpath("//div[contains(@class,'lead-card')][a[normalize-space()='" + name + "']]"));
    }

    private long count(String stage) {
        return Long.parseLong(browser.driver().findElement(By.id("count-" + stage)).getText().replaceAll("\\D", ""));
    }
}
