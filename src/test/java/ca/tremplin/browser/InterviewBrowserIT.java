package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestMailServer;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A recruiter of the demo's CSS du Fjord opens an applicant's application from her lead page, schedules a video
 * interview in the candidate's time zone, and the candidate receives the invitation with its .ics file.
 */
class InterviewBrowserIT extends BrowserTest {

    private static final String MAILED_BASE = "http://localhost:" + Integer.getInteger("it.http.port", 8080);

    /** Interviews are planned ahead: next year's dates stay ahead whenever the suite runs. */
    private static final int NEXT_YEAR = java.time.LocalDate.now().getYear() + 1;

    @Test
    void aRecruiterSchedulesAnInterviewAndTheCandidateReceivesAnIcsInvitation() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheApplicationsOf("Olumide Adeyemi", "NG");

        card("Olumide Adeyemi").findElement(By.cssSelector(".lead-card-move")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), "Olumide Adeyemi"));
        browser.type(By.id("applications:date"), NEXT_YEAR + "-03-04");
        browser.type(By.id("applications:time"), "09:30");
        Select zone = new Select(browser.find(By.id("applications:zone")));
        assertTrue(zone.getFirstSelectedOption().getText().startsWith("Montréal (UTC-0"), "Québec's time first");
        zone.selectByVisibleText("Abidjan (UTC+00:00)");
        browser.type(By.id("applications:link"), "https://meet.example.org/olumide");
        browser.clickAndWaitFor(By.id("applications:schedule"), By.cssSelector("#applications\\:messages .ui-messages-info"));

        assertTrue(browser.text(By.cssSelector(".board-column.status-INTERVIEW")).contains("Olumide Adeyemi"),
                "the application moved to the interview column");
        assertTrue(browser.text(By.cssSelector(".board-column.status-INTERVIEW")).contains("4 mars " + NEXT_YEAR + " 09 h 30, Abidjan (UTC+00:00)"),
                "in the page's French, as his invitation is in his language");

        assertTrue(browser.text(By.cssSelector(".board-column.status-INTERVIEW")).contains("04 h 30 à Montréal"),
                "and in Québec's time for the recruiter");
        Message invitation = TestMailServer.awaitMessageTo("olumide.adeyemi@exemple.demo");
        assertTrue(invitation.getSubject().startsWith("Interview"), "in his language: " + invitation.getSubject());
        assertEquals("international@du-fjord.demo", ((jakarta.mail.internet.InternetAddress) invitation.getReplyTo()[0])
                .getAddress(), "his answer goes to the centre, not to the no-reply sender");
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) invitation.getContent();
        jakarta.mail.BodyPart ics = parts.getBodyPart(1);
        assertTrue(ics.getContentType().startsWith("text/calendar"), ics.getContentType());
        assertTrue(ics.getFileName().endsWith(".ics"), ics.getFileName());
        String calendar = new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(calendar.contains("DTSTART:" + NEXT_YEAR + "0304T093000Z") && calendar.contains("https://meet.example.org/olumide"),
                calendar);

        // Set an hour too early: moved, not doubled, by changing the time alone (the form shows the interview as it
        // stands, its link too); then cancelled after a confirmation.
        assertEquals("https://meet.example.org/olumide", browser.find(By.id("applications:link")).getAttribute("value"),
                "the form shows the interview as planned");
        browser.type(By.id("applications:time"), "11:00");
        browser.clickAndWaitFor(By.id("applications:interviews:0:move-interview"),
                By.cssSelector("#applications\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("applications:messages")).contains("Entrevue déplacée"),
                browser.text(By.id("applications:messages")));
        String column = browser.text(By.cssSelector(".board-column.status-INTERVIEW"));
        assertTrue(column.contains("4 mars " + NEXT_YEAR + " 11 h 00, Abidjan") && !column.contains("09 h 30"), column);
        browser.clickAndWaitFor(By.id("applications:interviews:0:cancel-interview"),
                By.id("applications:interviews:0:confirm-cancel"));
        browser.clickAndWaitFor(By.id("applications:interviews:0:confirm-cancel"),
                By.cssSelector("#applications\\:messages .ui-messages-info"));
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications:messages"),
                "Entrevue annulée"));
        assertFalse(browser.text(By.cssSelector(".board-column.status-INTERVIEW")).contains("Abidjan"),
                "no longer on the card");
    }

    /**
     * A candidate applies from Manila, her browser saying so; planning her interview, the recruiter finds Manila in
     * the zone menu, which no short list holds, chooses it and sets 09:00 there: the recruiter reads the evening
     * before in Montréal, the candidate 09:00 in her own zone, in the mail and in her calendar.
     */
    @Test
    void aCandidateWhoAppliedFromManilaIsOfferedHerZoneAndInvitedInIt() throws Exception {
        String applications = theDemoOffersApplications();

        String last = "Santos-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String email = "maria." + last.toLowerCase() + "@exemple.ph";
        org.openqa.selenium.chromium.HasCdp devTools = (org.openqa.selenium.chromium.HasCdp) browser.driver();
        devTools.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Asia/Manila"));
        try {
            applyFromTheForm(applications, "Maria", last, email, "PH");
        } finally {
            devTools.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
            browser.forgetEverything();
        }

        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go(applications);
        shownCard("Maria " + last, "APPLIED").findElement(By.cssSelector(".lead-card-move")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), "Maria " + last));
        Select zone = new Select(browser.find(By.id("applications:zone")));
        assertTrue(zone.getFirstSelectedOption().getText().startsWith("Montréal (UTC-0"),
                "Québec's time chosen, as for an interview at the centre: " + zone.getFirstSelectedOption().getText());
        assertTrue(zone.getOptions().stream().anyMatch(option -> option.getText().equals("Manille (UTC+08:00)")),
                "her zone offered, which no short list holds");
        zone.selectByVisibleText("Manille (UTC+08:00)");
        browser.type(By.id("applications:date"), NEXT_YEAR + "-03-04");
        browser.type(By.id("applications:time"), "09:00");
        browser.type(By.id("applications:link"), "https://meet.example.org/maria");
        browser.clickAndWaitFor(By.id("applications:schedule"), By.cssSelector("#applications\\:messages .ui-messages-info"));

        String planned = browser.text(By.cssSelector(".planned-interview .interview-when"));
        assertTrue(planned.startsWith("4 mars " + NEXT_YEAR + " 09 h 00, Manille (UTC+08:00) — 3 mars " + NEXT_YEAR
                + " 20 h 00 à Montréal"), "her morning, the recruiter's evening before: " + planned);
        assertEquals("Manille (UTC+08:00)", new Select(browser.find(By.id("applications:zone")))
                .getFirstSelectedOption().getText(), "the form shows the interview as planned");
        Message invitation = TestMailServer.awaitMessageTo(email);
        String body = plainText(invitation);
        assertTrue(body.contains("4 mars " + NEXT_YEAR + " 09 h 00, Manille (UTC+08:00)"), body);
        jakarta.mail.BodyPart ics = ((jakarta.mail.Multipart) invitation.getContent()).getBodyPart(1);
        String calendar = new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(calendar.contains("DTSTART:" + NEXT_YEAR + "0304T010000Z"), "09:00 in Manila is 01:00 UTC: "
                + calendar);
    }

    /**
     * The candidate answers the invitation from its link, without an account, in her language: the time does not
     * suit her, and she says when would. The recruiter finds her answer on the application's card and a task.
     */
    @Test
    void theCandidateAsksForAnotherTimeFromTheInvitationAndTheRecruiterSeesIt() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheApplicationsOf("Lucía Fernández", "CO");
        String applications = browser.currentPath();
        card("Lucía Fernández").findElement(By.cssSelector(".lead-card-move")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), "Lucía Fernández"));
        browser.type(By.id("applications:date"), NEXT_YEAR + "-05-12");
        browser.type(By.id("applications:time"), "14:00");
        browser.type(By.id("applications:place"), "Salle 2, 100 rue du Port");
        browser.clickAndWaitFor(By.id("applications:schedule"), By.cssSelector("#applications\\:messages .ui-messages-info"));
        Message invitation = TestMailServer.awaitMessageTo("lucia.fernandez@exemple.demo", "Interview");
        String link = TestMailServer.linkTo(invitation, "/entrevue.xhtml");

        browser.forgetEverything();
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        assertTrue(browser.text(By.id("interview-intro")).startsWith("Interview for the Server position at "),
                "in her language: " + browser.text(By.id("interview-intro")));
        assertTrue(browser.text(By.id("interview-where")).contains("Salle 2"));
        browser.find(By.xpath("//label[normalize-space()='I need another time']")).click();
        browser.type(By.id("answer:note"), "Any afternoon after 3 p.m., Bogotá time");
        browser.clickAndWaitFor(By.id("answer:send"), By.cssSelector("#answer\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("answer:messages")).contains("passed on to the centre"));
        assertTrue(browser.text(By.id("interview-given")).contains("I need another time"),
                "the page says what she answered: " + browser.text(By.id("interview-given")));

        browser.forgetEverything();
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go(applications);
        assertTrue(browser.text(By.cssSelector(".board-column.status-INTERVIEW")).contains("autre moment"),
                "her answer on the card: " + browser.text(By.cssSelector(".board-column.status-INTERVIEW")));
        browser.go("/admin/");
        assertTrue(browser.pageSource().contains("Lucía Fernández demande un autre moment"),
                "a task on the recruiter's home page");
    }

    /**
     * Dragged to "Screened", the candidate is to be told in a few minutes; refused right after, with the e-mail the
     * confirmation offers by default, he receives the refusal — with how to reach the centre — and never the screening.
     */
    @Test
    void aRecruiterDragsAnApplicationToTheNextStatusAndTheListIsPaged() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheApplicationsOf("Moussa Traoré", "ML");
        long screenedBefore = count("SCREENED");

        WebElement moussa = card("Moussa Traoré");
        WebElement screened = browser.find(By.cssSelector(".board-column.status-SCREENED"));
        browser.drag(moussa, screened);
        browser.waitFor().until(driver -> count("SCREENED") == screenedBefore + 1);
        assertTrue(browser.text(By.cssSelector(".board-column.status-SCREENED")).contains("Moussa Traoré"),
                "the card is now in its new column");
        assertTrue(browser.text(By.id("applications:messages")).contains("Candidature déplacée. La personne en sera"
                + " avisée par courriel dans 15 minutes"), "the recruiter sees he will be told, and when: "
                + browser.text(By.id("applications:messages")));
        assertTrue(browser.text(By.id("applications:list")).contains("Moussa Traoré"),
                "the list shows the applications, a page at a time");

        // A final status cannot be undone: a move to "Refused" asks first, and "Cancel" leaves the card where it was.
        refuse("Moussa Traoré");
        String asked = browser.text(By.id("confirm-final-text"));
        assertTrue(asked.contains("Moussa Traoré") && asked.contains("finale"), asked);
        browser.clickAndWaitFor(By.id("applications:cancel-final-move"), By.cssSelector(".board-column.status-SCREENED"));
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("applications:confirm-final")));
        assertTrue(browser.text(By.cssSelector(".board-column.status-SCREENED")).contains("Moussa Traoré"),
                "cancelled: still screened");
        long rejectedBefore = count("REJECTED");
        refuse("Moussa Traoré");
        // PrimeFaces draws its own box and keeps the native one out of sight, checked or not.
        assertTrue(browser.driver().findElement(By.id("applications:tell-candidate_input")).isSelected(),
                "a final decision is told to the person unless the recruiter chooses otherwise");
        assertTrue(browser.text(By.id("tell-candidate-hint")).contains("aucune note interne"),
                browser.text(By.id("tell-candidate-hint")));
        browser.find(By.id("applications:confirm-final-move")).click();
        browser.waitFor().until(driver -> count("REJECTED") == rejectedBefore + 1);
        assertTrue(browser.text(By.cssSelector(".board-column.status-REJECTED")).contains("Moussa Traoré"),
                "confirmed: refused");
        String said = browser.text(By.id("applications:messages"));
        assertTrue(said.contains("la personne en est avisée par courriel") && said.contains("ne partira pas"),
                "told now, and the screening's mail, still held, taken back: " + said);

        Message refusal = TestMailServer.awaitMessageTo("moussa.traore@exemple.demo", "Votre candidature : ");
        String body = plainText(refusal);
        assertTrue(body.startsWith("Bonjour Moussa,") && body.contains("Votre candidature n’a pas été retenue."),
                body);
        assertTrue(body.contains("répondez simplement à ce courriel ou joignez Centre de services scolaire du Fjord"
                + " : international@du-fjord.demo"), "how to reach the centre: " + body);
        assertEquals("international@du-fjord.demo", ((jakarta.mail.internet.InternetAddress) refusal.getReplyTo()[0])
                .getAddress(), "a reply reaches the centre");
        assertEquals(0, TestMailServer.countTo("moussa.traore@exemple.demo", "à l’étude"),
                "the screening, undone by the refusal within minutes, was never sent");
    }

    /**
     * A double click on "Schedule interview" (a slow connection, an impatient hand) sends the form once: one interview
     * planned, one invitation in the candidate's mailbox.
     */
    @Test
    void aDoubleClickOnScheduleInterviewPlansOneInterviewAndSendsOneInvitation() throws Exception {
        String applications = theDemoOffersApplications();
        String last = "Okafor-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String email = "chidi." + last.toLowerCase() + "@exemple.ng";
        applyFromTheForm(applications, "Chidi", last, email, "NG");
        browser.forgetEverything();

        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go(applications);
        planInterview("Chidi " + last, NEXT_YEAR + "-06-09", "10:00", true);

        assertEquals(1, browser.driver().findElements(By.cssSelector(".planned-interview")).size(),
                "one interview planned, not two");
        TestMailServer.awaitMessageTo(email, "Entrevue");
        assertEquals(1, TestMailServer.countTo(email, "Entrevue"), "one invitation");
    }

    /**
     * A candidate withdraws her application from her file's private link, after a confirmation she may decline: her
     * file says it is withdrawn, her interview leaves her calendar, and the recruiter finds the card withdrawn and a
     * task saying so.
     */
    @Test
    void aCandidateWithdrawsHerApplicationFromHerFileAndHerInterviewLeavesHerCalendar() throws Exception {
        String applications = theDemoOffersApplications();
        String last = "Diallo-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String name = "Aminata " + last;
        String email = "aminata." + last.toLowerCase() + "@exemple.sn";
        applyFromTheForm(applications, "Aminata", last, email, "SN");
        browser.forgetEverything();
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go(applications);
        planInterview(name, NEXT_YEAR + "-06-10", "15:00", false);
        browser.clickAndWaitFor(By.xpath("//div[contains(@class,'application-card')]/a[normalize-space()='" + name
                + "']"), By.id("lead-name"));
        browser.clickAndWaitFor(By.id("lead:send-link"), By.cssSelector("#lead\\:messages .ui-messages-info"));
        String link = TestMailServer.linkTo(TestMailServer.awaitMessageTo(email, "Votre dossier"), "/dossier.xhtml");
        browser.signOut();
        browser.forgetEverything();

        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        browser.clickAndWaitFor(By.id("applications:rows:0:withdraw"), By.id("applications:confirm-withdraw"));
        assertTrue(browser.text(By.id("confirm-withdraw-text")).startsWith("Retirer votre candidature au poste "),
                browser.text(By.id("confirm-withdraw-text")));
        browser.waitFor().until(driver -> "applications:confirm-withdraw".equals(
                driver.switchTo().activeElement().getAttribute("id")));
        browser.clickAndWaitFor(By.id("applications:keep-application"), By.id("applications:rows:0:withdraw"));
        assertTrue(browser.driver().findElements(By.id("applications:confirm-withdraw")).isEmpty(), "kept");
        browser.clickAndWaitFor(By.id("applications:rows:0:withdraw"), By.id("applications:confirm-withdraw"));
        browser.clickAndWaitFor(By.id("applications:confirm-withdraw-button"),
                By.cssSelector("#applications\\:applications-messages .ui-messages-info"));
        assertTrue(browser.text(By.id("applications:applications-messages")).contains("est retirée"),
                browser.text(By.id("applications:applications-messages")));
        assertTrue(browser.text(By.id("own-applications")).contains("Retirée"));
        assertTrue(browser.driver().findElements(By.id("applications:rows:0:withdraw")).isEmpty(),
                "nothing more to withdraw");
        assertTrue(browser.currentPath().contains("token="), "the address still opens her file");
        Message cancellation = TestMailServer.awaitMessageTo(email, "Entrevue annulée");
        String calendar = new String(((jakarta.mail.Multipart) cancellation.getContent()).getBodyPart(1)
                .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(calendar.contains("METHOD:CANCEL"), calendar);

        browser.forgetEverything();
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go(applications);
        shownCard(name, "WITHDRAWN");
        // A task on the person's record, for whoever follows them (the centre's team when nobody does yet).
        assertEquals("1", ca.tremplin.testsupport.TestDatabase.firstColumn("select count(*) from lead_task"
                + " where title like ? and done_at is null", name + " a retiré sa candidature%"), "a task to follow up");
    }

    /**
     * Chooses the candidate's card and plans an interview at the centre on that day and time, in Québec's time; with
     * {@code doubleClick}, the button clicked twice in a row.
     */
    private void planInterview(String name, String day, String time, boolean doubleClick) {
        shownCard(name, "APPLIED").findElement(By.cssSelector(".lead-card-move")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), name));
        browser.type(By.id("applications:date"), day);
        browser.type(By.id("applications:time"), time);
        browser.type(By.id("applications:place"), "Salle 3, 100 rue du Port");
        WebElement schedule = browser.find(By.id("applications:schedule"));
        if (doubleClick) {
            new org.openqa.selenium.interactions.Actions(browser.driver()).doubleClick(schedule).perform();
        } else {
            schedule.click();
        }
        browser.waitUntilReplaced(schedule);
        browser.find(By.cssSelector("#applications\\:messages .ui-messages-info"));
    }

    /** The applications of the demo offer Olumide Adeyemi applied to, as a recruiter reaches them; signed out after. */
    private String theDemoOffersApplications() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheApplicationsOf("Olumide Adeyemi", "NG");
        String applications = browser.currentPath();
        browser.forgetEverything();
        return applications;
    }

    /** A candidate applies to the offer of that board from its French form, with a CV and the consent ticked. */
    private void applyFromTheForm(String applications, String first, String last, String email, String country)
            throws java.io.IOException {
        java.nio.file.Path cv = java.nio.file.Files.createTempFile("cv", ".pdf");
        try {
            java.nio.file.Files.write(cv, "%PDF-1.4\n% CV\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            browser.go("/fr/postuler?offer=" + applications.replaceAll(".*[?&]offer=(\\d+).*", "$1"));
            browser.type(By.id("apply:firstName"), first);
            browser.type(By.id("apply:lastName"), last);
            browser.type(By.id("apply:email"), email);
            new Select(browser.find(By.id("apply:country"))).selectByValue(country);
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(cv.toString());
            browser.find(By.id("apply:consent")).click();
            browser.clickAndWaitFor(By.id("apply:send"), By.id("application-received"));
        } finally {
            java.nio.file.Files.deleteIfExists(cv);
        }
    }

    /** The keyboard's way: "Choose" on the card, "Refused" in the menu, "Move to"; the confirmation then shows. */
    private void refuse(String name) {
        // The card may be the chosen one already: wait for the form to be replaced, not only for the name.
        WebElement before = browser.find(By.id("applications:target"));
        card(name).findElement(By.cssSelector(".lead-card-move")).click();
        browser.waitFor().until(ExpectedConditions.stalenessOf(before));
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), name));
        new Select(browser.find(By.id("applications:target"))).selectByValue("REJECTED");
        browser.clickAndWaitFor(By.id("applications:move"), By.id("applications:confirm-final"));
    }

    /** The offer's applications, from the applicant's lead page, as a recruiter goes there. */
    private void openTheApplicationsOf(String name, String country) {
        browser.go("/admin/leads.xhtml?country=" + country);
        browser.clickAndWaitFor(By.linkText(name), By.id("lead-name"));
        browser.clickAndWaitFor(By.cssSelector("#applications .application-link"), By.id("applications-title"));
    }

    /** The text a mail program shows of a message: its text/plain part, decoded. */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                String text = plainText(parts.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** A card of a column, the column's next cards asked for ("more") until it shows. */
    private WebElement shownCard(String name, String status) {
        By card = By.xpath("//div[contains(@class,'application-card')][a[normalize-space()='" + name + "']]");
        while (browser.driver().findElements(card).isEmpty()) {
            WebElement more = browser.find(By.cssSelector(".board-column.status-" + status + " .board-more"));
            more.click();
            browser.waitUntilReplaced(more);
        }
        return browser.find(card);
    }

    private WebElement card(String name) {
        return browser.find(By.xpath("//div[contains(@class,'application-card')][a[normalize-space()='" + name + "']]"));
    }

    private long count(String status) {
        return Long.parseLong(browser.driver().findElement(By.id("count-" + status)).getText().replaceAll("\\D", ""));
    }
}
