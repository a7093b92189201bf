package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestMailServer;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo's CSS du Fjord admin reads, from a person's lead page, who saw that person's record — their own visit
 * among them — and sets a retention period on the privacy page, which keeps it. A person who asked the centre for
 * information opens the preferences link at the foot of the acknowledgement, withdraws their consent to news and
 * gives it again, without an account. The admin answers a person's access request, and sends the answer again only
 * once they confirmed it, the dialog saying to whom and what. The lead page's consent register says, for staff, the
 * network address each line came from.
 */
class PrivacyPageBrowserIT extends BrowserTest {

    @Test
    void aPersonWithdrawsTheirConsentToNewsFromTheLinkInAnEmail() throws Exception {
        String link = preferencesLinkOfARequest("binta." + UUID.randomUUID().toString().substring(0, 8)
                + "@exemple.sn", "Binta", "Sow", "SN");

        browser.go(link.substring(link.indexOf("/consentements.xhtml")) + "&lang=fr");
        assertEquals("Vos consentements", browser.text(By.id("preferences-title")));
        assertTrue(browser.text(By.id("preferences-intro")).contains("b•••@exemple.sn"),
                "the address, half hidden: " + browser.text(By.id("preferences-intro")));
        assertTrue(browser.text(By.cssSelector(".preferences-centre-name")).contains("Fjord"));
        By news = By.cssSelector(".purpose-NEWS .preferences-state");
        assertTrue(browser.text(news).startsWith("accordé"), browser.text(news));

        String newsPurpose = browser.text(By.cssSelector(".purpose-NEWS th"));
        browser.clickAndWaitFor(By.cssSelector(".purpose-NEWS .withdraw"), By.cssSelector(".ui-messages-info"));
        assertTrue(browser.text(news).startsWith("retiré"), browser.text(news));
        // The message names the consent, among several, and is read first.
        assertEquals("Consentement retiré : " + newsPurpose + ".", browser.text(By.cssSelector(".ui-messages-info")));
        browser.waitFor().until(driver -> "preferences-result".equals(
                driver.switchTo().activeElement().getAttribute("id")));
        assertTrue(browser.text(By.cssSelector(".purpose-CONTACT .preferences-state")).startsWith("accordé"),
                "one purpose at a time");

        // The page before holds a message too: wait for the page itself to be replaced, not for a message.
        org.openqa.selenium.WebElement give = browser.find(By.cssSelector(".purpose-NEWS .give"));
        give.click();
        browser.waitUntilReplaced(give);
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
        assertTrue(browser.text(news).startsWith("accordé"), browser.text(news));
        assertTrue(browser.currentPath().startsWith("/consentements.xhtml?token="),
                "after a change, the page's address still holds its link: " + browser.currentPath());
        assertEquals("Qu’on vous contacte au sujet de vos demandes",
                browser.text(By.cssSelector(".purpose-CONTACT th")), "the page speaks to the person");
        browser.find(By.id("lang-en")).click();
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("preferences-title"), "Your consents"));
        assertEquals("Being contacted about your requests", browser.text(By.cssSelector(".purpose-CONTACT th")));
    }

    /**
     * A person withdraws all contact from the link in an e-mail, then gives news again: the page no longer says being
     * contacted is withdrawn — the centre writes to them again — but given, as news is.
     */
    @Test
    void newsGivenAgainAfterWithdrawingAllContactShowsContactGivenAgain() throws Exception {
        String link = preferencesLinkOfARequest("kofi." + UUID.randomUUID().toString().substring(0, 8)
                + "@exemple.gh", "Kofi", "Mensah", "GH");

        browser.go(link.substring(link.indexOf("/consentements.xhtml")) + "&lang=fr");
        By contact = By.cssSelector(".purpose-CONTACT .preferences-state");
        By news = By.cssSelector(".purpose-NEWS .preferences-state");
        browser.clickAndWaitFor(By.cssSelector(".purpose-CONTACT .withdraw"), By.cssSelector(".ui-messages-info"));
        assertTrue(browser.text(contact).startsWith("retiré"), browser.text(contact));
        assertTrue(browser.text(news).startsWith("non accordé"), "no contact at all takes news back: "
                + browser.text(news));

        org.openqa.selenium.WebElement give = browser.find(By.cssSelector(".purpose-NEWS .give"));
        give.click();
        browser.waitUntilReplaced(give);
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
        assertTrue(browser.text(news).startsWith("accordé"), browser.text(news));
        assertTrue(browser.text(contact).startsWith("accordé"), "written to again, and the page says so: "
                + browser.text(contact));
        assertEquals(1, browser.driver().findElements(By.cssSelector(".purpose-CONTACT .withdraw")).size(),
                "being contacted can be withdrawn again");
    }

    /**
     * The lead page's consent register tells staff the network address each line came from: the request's form and
     * the person's own withdrawal from the link in an e-mail, as the register keeps them, and "—" for the withdrawal
     * staff write down after a call. The person's own consent page never shows it.
     */
    @Test
    void staffReadTheNetworkAddressOfEachConsentLineAndTheDashForWhatTheyWroteDown() throws Exception {
        String email = "awa." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.sn";
        String link = preferencesLinkOfARequest(email, "Awa", "Diop", "SN");
        browser.go(link.substring(link.indexOf("/consentements.xhtml")) + "&lang=fr");
        browser.clickAndWaitFor(By.cssSelector(".purpose-NEWS .withdraw"), By.cssSelector(".ui-messages-info"));
        String lead = ca.tremplin.testsupport.TestDatabase.firstColumn("select cast(id as char) from `lead`"
                + " where email_normalized = ?", email);
        String fromThePage = ca.tremplin.testsupport.TestDatabase.firstColumn("select ip_address from consent_change"
                + " where channel = 'PREFERENCES' and lead_id = ?", lead);
        String fromTheForm = ca.tremplin.testsupport.TestDatabase.firstColumn("select c.ip_address from consent_record c"
                + " join routed_inquiry r on r.inquiry_id = c.inquiry_id where c.purpose = 'NEWS' and r.lead_id = ?",
                lead);
        assertTrue(fromThePage != null && !fromThePage.isBlank() && fromTheForm != null && !fromTheForm.isBlank(),
                "the register keeps where each came from: " + fromThePage + ", " + fromTheForm);
        assertTrue(!browser.pageSource().contains(fromThePage), "the person's own page does not show it");

        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/lead.xhtml?id=" + lead);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("consent:purpose"))).selectByValue("CONTACT");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("consent:channel"))).selectByValue("PHONE");
        org.openqa.selenium.WebElement record = browser.find(By.id("consent:record-withdrawal"));
        record.click();
        browser.waitUntilReplaced(record);

        assertTrue(browser.text(By.cssSelector("#lead-consents thead")).contains("Adresse réseau (IP)"),
                browser.text(By.cssSelector("#lead-consents thead")));
        By withdrawals = By.cssSelector("#lead-consents tr.consent-line");
        java.util.List<org.openqa.selenium.WebElement> lines = browser.driver().findElements(withdrawals);
        assertEquals(fromThePage, addressOf(lines, "consent-NEWS", "retiré", "Page des préférences"),
                "the withdrawal from the person's own page, with where it came from");
        // The dash is what the eye sees; a screen reader, which skips it, hears "non précisé" (web.SpokenMissingValues),
        // a text WebDriver reads too.
        String noAddress = addressOf(lines, "consent-CONTACT", "retiré", "Téléphone");
        assertTrue(noAddress.startsWith("—") && noAddress.endsWith("non précisé"),
                "the withdrawal staff wrote down after a call: no address, said so — " + noAddress);
        assertEquals(fromTheForm, addressOf(lines, "consent-NEWS", "accordé", null), "the request's form");
    }

    /**
     * The network address shown on the one register line of this purpose and state whose "how" holds {@code how}
     * (any, when null).
     */
    private static String addressOf(java.util.List<org.openqa.selenium.WebElement> lines, String purposeClass,
                                    String state, String how) {
        java.util.List<String> found = lines.stream()
                .filter(line -> line.getAttribute("class").contains(purposeClass))
                .filter(line -> line.findElement(By.cssSelector(".consent-state")).getText().startsWith(state))
                .filter(line -> how == null || line.findElement(By.cssSelector(".consent-how")).getText().contains(how))
                .map(line -> line.findElement(By.cssSelector(".consent-address")).getText()).toList();
        assertEquals(1, found.size(), purposeClass + " " + state + " " + how + ": " + found);
        return found.get(0);
    }

    /**
     * A request to the demo's CSS du Fjord, contact and news consented to, and the preferences link at the foot of its
     * acknowledgement.
     */
    private String preferencesLinkOfARequest(String email, String firstName, String lastName, String country)
            throws Exception {
        String request = Json.createObjectBuilder().add("firstName", firstName).add("lastName", lastName)
                .add("email", email).add("countryOfResidence", country).add("citizenship", country)
                .add("schoolBoard", "css-du-fjord").add("consentToContact", true).add("consentToNews", true)
                .build().toString();
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.base() + "/api/inquiries")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, sent.statusCode(), sent.body());
        return TestMailServer.linkTo(TestMailServer.awaitMessageTo(email), "/consentements.xhtml");
    }

    /**
     * An access request answered from the privacy page is sent again only once confirmed: the dialog names the
     * address and the whole file it sends, "No" sends nothing, "Yes" sends it.
     */
    @Test
    void anAnsweredAccessRequestIsSentAgainOnlyOnceConfirmed() throws Exception {
        String email = "efua." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.gh";
        String request = Json.createObjectBuilder().add("firstName", "Efua").add("lastName", "Mensah")
                .add("email", email).add("countryOfResidence", "GH").add("citizenship", "GH")
                .add("schoolBoard", "css-du-fjord").add("consentToContact", true).build().toString();
        HttpResponse<String> asked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.base() + "/api/inquiries")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, asked.statusCode(), asked.body());
        TestMailServer.awaitMessageTo(email); // the acknowledgement: the centre holds the person
        browser.go("/acces.xhtml?lang=fr");
        browser.type(By.id("access:email"), email);
        browser.clickAndWaitFor(By.id("access:ask"), By.id("access-asked"));
        String link = TestMailServer.linkTo(TestMailServer.awaitMessageTo(email, "accès"), "/acces.xhtml");
        browser.go(link.substring(link.indexOf("/acces.xhtml")));
        browser.find(By.id("access-centres"));

        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/privacy.xhtml?lang=fr");
        By send = By.xpath("//tr[contains(@class, 'access-request')][.//a[normalize-space() = '" + email + "']]"
                + "//button[contains(@class, 'send-access')]");
        assertEquals("Envoyer ses renseignements", browser.text(send));
        browser.clickAndWaitFor(send, By.cssSelector("#requests\\:messages .ui-messages-info"));
        assertEquals(1L, sentTo(email), "the request asked for it: sent at once");
        assertEquals("Envoyer de nouveau", browser.text(send));

        By dialog = By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message");
        browser.find(send).click();
        String question = browser.text(dialog);
        assertTrue(question.startsWith("Envoyer de nouveau à " + email + " tout son dossier")
                && question.contains("tous les renseignements personnels que votre centre conserve")
                && question.contains("envoyée par le centre"), question);
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(dialog));
        assertEquals(1L, sentTo(email), "\"No\" sends nothing");

        org.openqa.selenium.WebElement before = browser.find(send);
        before.click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitUntilReplaced(before);
        assertTrue(browser.text(By.cssSelector("#requests\\:messages .ui-messages-info"))
                .contains("Les renseignements ont été envoyés à la personne."));
        assertEquals(2L, sentTo(email), "confirmed, sent again");
    }

    /** The answers to access requests written for this address (the outbox keeps each message it sent). */
    private static long sentTo(String email) throws java.sql.SQLException {
        return ca.tremplin.testsupport.TestDatabase.count("select count(*) from outbox_message where recipient = ?"
                + " and subject like 'Vos renseignements personnels%'", email);
    }

    @Test
    void anAdminReadsWhoSawAPersonAndSetsARetentionPeriod() {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?country=GH");
        browser.clickAndWaitFor(By.linkText("Kwame Mensah"), By.id("lead-name"));
        browser.clickAndWaitFor(By.id("lead-access-log"), By.id("accesses"));
        assertTrue(!browser.driver().findElements(By.cssSelector("#accesses tr.access-VIEWED")).isEmpty(),
                "the admin's own visit is in the log: " + browser.text(By.id("accesses")));
        assertTrue(browser.driver().findElements(By.cssSelector("#accesses tr.access-VIEWED a")).stream()
                        .allMatch(person -> person.getText().matches("n° \\d+")),
                "the record by its number as French writes it, not \"#57\": " + browser.text(By.id("accesses")));

        browser.go("/admin/privacy.xhtml");
        // Ten years for enrolled people: no demo person is anywhere near it, so nothing of the demo is anonymised.
        browser.type(By.cssSelector("input[id$='months'][id*=':2:']"), "120");
        browser.clickAndWaitFor(By.id("retention:save"), By.cssSelector("#retention\\:messages .ui-messages-info"));
        assertEquals(1, browser.driver().findElements(By.cssSelector(".ui-messages-info")).stream()
                .filter(message -> message.getText().contains("Les durées de conservation sont enregistrées."))
                .count(), "the message is said once, beside the form that was saved");
        browser.go("/admin/privacy.xhtml");
        assertEquals("120", browser.find(By.cssSelector("input[id$='months'][id*=':2:']")).getAttribute("value"));
    }
}
