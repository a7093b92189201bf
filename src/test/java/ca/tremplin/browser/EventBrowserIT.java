package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestMailServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor in Tokyo finds the demo's webinar (held from Paris) in English, reads its time in their own zone with
 * Paris's beside it, registers, and receives the confirmation with the calendar file; a recruiter sees who came
 * to a past session, checks a latecomer in, and finds the events in the calendar.
 */
class EventBrowserIT extends BrowserTest {

    @Test
    void aVisitorInTokyoRegistersForTheWebinarInEnglishAndReceivesTheCalendarFile() throws Exception {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", "Asia/Tokyo"));
        browser.go("/en/events");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#events .event-when"), "Tokyo (UTC+09:00)"));
        browser.openEventOnTheList("Webinar: studying automotive mechanics");

        assertTrue(browser.currentPath().matches("/en/events/\\d+-webinar-studying-automotive-mechanics-in-quebec"),
                browser.currentPath());
        String when = browser.text(By.id("event-when"));
        assertTrue(when.contains("Tokyo (UTC+09:00)"), "the visitor's zone: " + when);
        assertTrue(when.contains("in Paris (UTC+0"), "the event's own time beside it: " + when);
        assertTrue(browser.text(By.id("event-centres")).contains(", "), "the organiser and the centre taking part");
        String email = "haruto." + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        browser.type(By.id("registration:firstName"), "陽翔");
        browser.type(By.id("registration:lastName"), "佐藤");
        browser.type(By.id("registration:email"), email);
        browser.type(By.id("registration:phone"), "090-1234-5678");
        assertTrue(browser.text(By.id("phone-help")).contains("country code"), "as on the information request");
        new Select(browser.find(By.id("registration:countryOfResidence"))).selectByValue("JP");
        browser.clickAndWaitFor(By.id("registration:submit"), By.id("registration:consentToContact-message"));
        assertEquals("We need your consent to answer you.",
                browser.text(By.id("registration:consentToContact-message")));
        assertEquals("true", browser.find(By.id("registration:consentToContact")).getAttribute("aria-invalid"),
                "a field with a message is invalid for screen readers");
        assertNotEquals("true", browser.find(By.id("registration:email")).getAttribute("aria-invalid"));
        assertTrue(browser.text(By.id("phone-read")).contains("+81 90-1234-5678"),
                "the number typed without its code, as it was read: " + browser.text(By.id("phone-read")));

        browser.find(By.cssSelector("label[for='registration:consentToContact']")).click();
        String seatsBefore = browser.driver().findElements(By.id("event-seats")).isEmpty() ? null
                : browser.text(By.id("event-seats"));
        browser.clickAndWaitFor(By.id("registration:submit"), By.id("registration-confirmation"));

        assertTrue(browser.text(By.id("registration-confirmation")).contains("You are registered."));
        assertTrue(browser.text(By.id("phone-read-sent")).contains("+81 90-1234-5678"));
        // The confirmation takes the focus and the title says so: on a phone it would sit below the fold.
        browser.waitFor().until(driver -> "registration-confirmation".equals(
                driver.switchTo().activeElement().getAttribute("id")));
        assertTrue(browser.title().startsWith("Confirmed: "), browser.title());
        if (seatsBefore != null) {
            assertEquals(Integer.parseInt(seatsBefore.replaceAll("\\D", "")) - 1,
                    Integer.parseInt(browser.text(By.id("event-seats")).replaceAll("\\D", "")),
                    "the seats left count the visitor's own");
        }
        Message confirmation = TestMailServer.awaitMessageTo(email);
        assertEquals("Registration confirmed: Webinar: studying automotive mechanics in Québec",
                confirmation.getSubject());
        Multipart parts = (Multipart) confirmation.getContent();
        BodyPart file = parts.getBodyPart(parts.getCount() - 1);
        assertTrue(file.getFileName().matches("event-\\d+\\.ics"), file.getFileName());
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        file.getInputStream().transferTo(ics);
        assertTrue(ics.toString(StandardCharsets.UTF_8).contains("SUMMARY:Webinar: studying automotive mechanics"));
        Multipart readable = (Multipart) parts.getBodyPart(0).getContent();
        String text = (String) readable.getBodyPart(0).getContent();
        assertTrue(text.contains("Tokyo (UTC+09:00)"), "the time in the registrant's zone: " + text);
    }

    private static final String MAILED_BASE = "http://localhost:" + Integer.getInteger("it.http.port", 8080);

    /**
     * A student in Morocco who cannot come after all gives up her seat from her confirmation's link: the page says it
     * is done, and an e-mail in the language she registered in confirms it, with a file that takes the event out of
     * her calendar (a cancellation of the same event, naming her).
     */
    @Test
    void aRegistrantGivesUpTheirSeatFromTheConfirmationAndAMailTakesTheEventOutOfTheirCalendar() throws Exception {
        browser.go("/en/events");
        browser.clickAndWaitFor(By.cssSelector("#events h2 a"), By.id("event-title"));
        String title = browser.text(By.id("event-title"));
        String email = "salma." + UUID.randomUUID().toString().substring(0, 8) + "@example.ma";
        registerOnTheEventsPage("Salma", "Bennani", email, "MA");
        String link = TestMailServer.linkTo(TestMailServer.awaitMessageTo(email, "Registration confirmed"),
                "/inscription.xhtml");

        browser.forgetEverything();
        browser.driver().get(link.replace(MAILED_BASE, browser.base()));
        browser.clickAndWaitFor(By.id("unregister:confirm"), By.id("unregister-done"));

        assertTrue(browser.text(By.id("unregister-done")).contains("an e-mail confirms it"),
                browser.text(By.id("unregister-done")));
        Message withdrawal = TestMailServer.awaitMessageTo(email, "Registration cancelled");
        assertEquals("Registration cancelled: " + title, withdrawal.getSubject());
        Multipart parts = (Multipart) withdrawal.getContent();
        BodyPart file = parts.getBodyPart(parts.getCount() - 1);
        assertTrue(file.getContentType().toLowerCase(java.util.Locale.ROOT).contains("method=cancel"),
                file.getContentType());
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        file.getInputStream().transferTo(ics);
        String removal = ics.toString(StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(removal.contains("METHOD:CANCEL") && removal.contains("ATTENDEE:mailto:" + email), removal);
        assertEquals(1, TestMailServer.countTo(email, "Registration cancelled"), "told once");
    }

    /**
     * A visitor finds the Paris fair full: its page says "full — waiting list" and offers the form to wait for a seat
     * instead; she leaves her details, is told her position, receives the mail that says it with a link, and leaves
     * the list from that link. Someone registers first, so that the fair has a seat taken to be full with whichever
     * tests ran before (a capacity is one seat at least).
     */
    @Test
    void aVisitorFindsTheFairFullWaitsForASeatAndLeavesTheListFromHerMail() throws Exception {
        String fair = ca.tremplin.testsupport.TestDatabase.firstColumn("select id from event where title_fr = ?",
                "Salon de l'étudiant — Paris");
        browser.forgetEverything();
        browser.go("/en/events/" + fair);
        registerOnTheEventsPage("Chloé", "Lambert", "chloe." + UUID.randomUUID().toString().substring(0, 8)
                + "@exemple.fr", "FR");
        // Full: as many seats as people registered, hers among them.
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.update("update event set capacity = (select count(*)"
                + " from event_registration r where r.event_id = event.id and r.status = 'REGISTERED') where id = ?",
                fair));
        try {
            browser.forgetEverything();
            browser.go("/en/events/" + fair);
            assertEquals("Full — waiting list", browser.text(By.id("event-seats")));
            assertTrue(browser.text(By.id("registration-full")).startsWith("This event is full."),
                    browser.text(By.id("registration-full")));
            assertEquals("Put me on the waiting list", browser.text(By.id("registration:submit")));
            String email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.be";
            registerOnTheEventsPage("Inès", "Dupont", email, "BE");

            String said = browser.text(By.id("waiting-list-position"));
            assertTrue(said.matches("You are on the waiting list, in position \\d+\\."), said);
            Message waiting = TestMailServer.awaitMessageTo(email, "Waiting list");
            assertEquals("Waiting list: Student Fair — Paris", waiting.getSubject());
            String link = TestMailServer.linkTo(waiting, "/inscription.xhtml");

            browser.forgetEverything();
            browser.driver().get(link.replace(MAILED_BASE, browser.base()));
            assertEquals("Leave the waiting list", browser.text(By.id("unregister-title")));
            assertTrue(browser.text(By.id("unregister-intro")).contains(said.substring(said.indexOf("position"),
                    said.length() - 1)), browser.text(By.id("unregister-intro")));
            browser.clickAndWaitFor(By.id("unregister:confirm"), By.id("unregister-done"));

            assertEquals("You are no longer on this event’s waiting list.", browser.text(By.id("unregister-done")));
            assertEquals(0, TestMailServer.countTo(email, "Registration"), "no seat, no calendar file");
        } finally {
            ca.tremplin.testsupport.TestDatabase.update("update event set capacity = null where id = ?", fair);
        }
    }

    /**
     * An event that has taken place says so, and no longer says how many seats are left: "Places restantes : 12"
     * beside "Cet événement a eu lieu" would read as seats still to take.
     */
    @Test
    void anEventThatTookPlaceSaysSoAndNamesNoSeatsLeft() throws Exception {
        String past = ca.tremplin.testsupport.TestDatabase.firstColumn("select id from event where status = ?"
                + " and capacity is null order by id", "DONE");
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.update(
                "update event set capacity = 40 where id = ?", past));
        try {
            browser.forgetEverything();
            browser.go("/fr/evenements/" + past);
            assertTrue(browser.text(By.id("event-over")).startsWith("Cet événement a eu lieu."),
                    browser.text(By.id("event-over")));
            assertTrue(browser.driver().findElements(By.id("event-seats")).isEmpty(),
                    "no seats left are named for an event over");
        } finally {
            ca.tremplin.testsupport.TestDatabase.update("update event set capacity = null where id = ?", past);
        }
    }

    /**
     * A visitor whose browser says Tokyo reads the webinars in Dakar's time, where she will be: the zone chosen on the
     * list follows her to the event, switching to French keeps it, and the confirmation she then receives speaks the
     * times the page showed her, not her browser's.
     */
    @Test
    void aZoneChosenOnTheEventPageSurvivesTheLanguageSwitchAndIsTheOneOfTheConfirmation() throws Exception {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", "Asia/Tokyo"));
        browser.go("/en/events");
        new Select(browser.find(By.id("tz"))).selectByValue("Africa/Dakar");
        browser.clickAndWaitFor(By.id("zone-apply"), By.id("events"));
        browser.openEventOnTheList("Webinar: studying automotive mechanics");
        assertTrue(browser.text(By.id("event-when")).contains("Dakar"), "the list's zone: "
                + browser.text(By.id("event-when")));

        browser.clickAndWaitFor(By.id("lang-fr"), By.id("event-title"));

        assertTrue(browser.currentPath().startsWith("/fr/evenements/"), browser.currentPath());
        String when = browser.text(By.id("event-when"));
        assertTrue(when.contains("Dakar") && !when.contains("Tokyo"), "the zone chosen, in French: " + when);
        String email = "awa." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.sn";
        registerOnTheEventsPage("Awa", "Faye", email, "SN");

        Message confirmation = TestMailServer.awaitMessageTo(email);
        Multipart readable = (Multipart) ((Multipart) confirmation.getContent()).getBodyPart(0).getContent();
        String text = (String) readable.getBodyPart(0).getContent();
        assertTrue(text.contains("Dakar") && !text.contains("Tokyo"), "the times the page showed: " + text);
    }

    @Test
    void theCalendarFileDownloadsFromTheEventPage() {
        browser.go("/fr/evenements");
        browser.openEventOnTheList("Salon de l'étudiant");
        String href = browser.find(By.id("add-to-calendar")).getAttribute("href");

        assertTrue(href.matches(".*/fr/evenements/\\d+\\.ics"), href);
    }

    @Test
    void aRecruiterSeesWhoCameToThePastSessionAndChecksInALatecomer() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/events.xhtml");
        browser.clickAndWaitFor(By.linkText("Séance d'information — Dakar"), By.id("checkin:attendance-summary"));
        assertEquals("Inscrits : 5 · Présents : 3 · Absents : 2", browser.text(By.id("checkin:attendance-summary")));
        // A walk-in refused first (no way to reach the person): its message stays on the page, and must not be read
        // again as the outcome of the check-in that follows.
        browser.type(By.id("walkin:firstName"), "Ibou");
        browser.type(By.id("walkin:lastName"), "Clavier");
        browser.find(By.id("walkin:add-walkin")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#walkin .ui-messages-error")));

        // Enter in the search (a tablet's "Go" key), pressed before the list has narrowed, only searches: it must not
        // press a row's check-in button (the first one, someone else's), nor send the page without its address.
        browser.type(By.id("checkin:search"), "sow");
        browser.find(By.id("checkin:search")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#checkin\\:registrations_data tr"), 1));
        assertTrue(browser.driver().getCurrentUrl().contains("?id="), browser.driver().getCurrentUrl());
        browser.find(By.cssSelector("#checkin\\:registrations_data .checkin-button")).sendKeys(
                org.openqa.selenium.Keys.ENTER);

        browser.waitFor().until(ExpectedConditions.textToBe(By.id("checkin:attendance-summary"),
                "Inscrits : 5 · Présents : 4 · Absents : 1"));
        // The button pressed is gone: the keyboard is on the counts it changed, not at the top of the page.
        browser.waitFor().until(driver -> "checkin:attendance-summary".equals(
                driver.switchTo().activeElement().getAttribute("id")));
        browser.go("/admin/events.xhtml");
        browser.find(By.linkText("Calendrier")).click();
        browser.find(By.cssSelector("#events\\:views\\:calendar .fc-daygrid"));
    }

    /**
     * A recruiter at a fair with a phone: the back office's menu is folded behind one button, so the page starts on
     * the first screen, and the event's check-in list, below the event's whole form, is one tap away; on a wide screen
     * the menu is open beside the page and the button gone.
     */
    @Test
    void onAPhoneTheMenuIsFoldedAndTheCheckInListIsOneTapAway() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.go("/admin/events.xhtml");
            WebElement menu = browser.find(By.id("nav-toggle"));
            browser.waitFor().until(ExpectedConditions.attributeToBe(menu, "aria-expanded", "false"));
            assertTrue(menu.isDisplayed(), "the menu's button is shown");
            assertTrue(!browser.driver().findElement(By.id("nav-leads")).isDisplayed(), "the links are folded away");
            menu.click();
            browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-leads")));
            assertEquals("true", menu.getAttribute("aria-expanded"));
            menu.click();
            browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("nav-leads")));

            browser.clickAndWaitFor(By.linkText("Séance d'information — Dakar"), By.id("to-registrations"));
            browser.find(By.id("to-registrations")).click();
            browser.waitFor().until(driver -> driver.getCurrentUrl().endsWith("#registrations-heading"));
            long top = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('registrations-heading').getBoundingClientRect().top")).longValue();
            assertTrue(top >= 0 && top < 200, "the check-in list's heading at the top of the screen: " + top);
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
        browser.go("/admin/events.xhtml");
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-leads")));
        assertTrue(!browser.driver().findElement(By.id("nav-toggle")).isDisplayed(),
                "beside the page, the menu needs no button");
    }

    /**
     * In French, where a time is written "10 h 00", the editor still shows and reads its times as its pattern says,
     * "2027-01-03 10:00": a time typed with a colon is taken (it was refused, only "10.00" was read).
     */
    @Test
    void anEventsTimesAreWrittenAndReadWithAColonInTheFrenchEditor() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/events.xhtml");
        browser.clickAndWaitFor(By.linkText("Séance d'information — Dakar"), By.id("event:start_input"));
        String start = browser.find(By.id("event:start_input")).getAttribute("value");
        assertTrue(start.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), "as the pattern says: " + start);
        String end = browser.find(By.id("event:end_input")).getAttribute("value");
        browser.find(By.id("event:end_input")).clear();
        // The same time typed again, with its colon: saved as it is, nobody told of a change.
        browser.type(By.id("event:end_input"), end);
        browser.clickAndWaitFor(By.id("event:save"), By.cssSelector("#event\\:messages .ui-messages-info"));
        assertEquals(end, browser.find(By.id("event:end_input")).getAttribute("value"));
    }

    /**
     * A new event, once saved, has its own address: reloaded, it is the event saved, not an empty form that would
     * have a recruiter make it a second time.
     */
    @Test
    void aNewEventOnceSavedHasItsOwnAddressAndAReloadShowsIt() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String title = "Webinaire — soudage " + java.util.UUID.randomUUID().toString().substring(0, 6);
        newWebinarSaved(title, "2027-03-10");
        assertEquals(title, browser.text(By.id("event-heading")));
        browser.driver().navigate().refresh();
        assertEquals(title, browser.find(By.id("event:titleFr")).getAttribute("value"), "the reload shows the event");
    }

    /**
     * A cancelled event took place nowhere: once cancelled, its page says nobody is checked in at it nor added at the
     * door, and offers neither the walk-in form nor the link to it.
     */
    @Test
    void aCancelledEventsPageOffersNoCheckInNorWalkIn() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        newWebinarSaved("Webinaire annulé " + java.util.UUID.randomUUID().toString().substring(0, 6),
                java.time.LocalDate.now().plusYears(1).toString());
        browser.clickAndWaitFor(By.id("event:publish"), By.id("walkin:firstName"));
        browser.find(By.id("to-walkin"));

        browser.find(By.id("event:cancel")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();

        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-checkin")));
        assertEquals("Cet événement est annulé : personne n’y est enregistré comme présent ni ajouté à l’accueil.",
                browser.text(By.id("no-checkin")));
        assertTrue(browser.driver().findElements(By.id("walkin:firstName")).isEmpty(), "no walk-in form");
        assertTrue(browser.driver().findElements(By.id("to-walkin")).isEmpty(), "nor a link to it");
    }

    /** A webinar typed into a new event's form, on {@code day} from 10:00 to 11:00, saved: the page at its address. */
    private void newWebinarSaved(String title, String day) {
        browser.go("/admin/event.xhtml");
        browser.type(By.id("event:titleFr"), title);
        browser.type(By.id("event:onlineUrl"), "https://meet.example.org/soudage");
        browser.type(By.id("event:start_input"), day + " 10:00");
        browser.type(By.id("event:end_input"), day + " 11:00");
        browser.find(By.id("event-heading")).click(); // closes the date picker
        WebElement save = browser.find(By.id("event:save"));
        save.click();
        browser.waitFor().until(ExpectedConditions.urlMatches("/admin/event\\.xhtml\\?id=\\d+"));
        browser.find(By.cssSelector("#event\\:messages .ui-messages-info"));
    }

    /**
     * The event open in two tabs (or by two colleagues): saved in one, then changed and saved in the other. The second
     * save is refused with the field the first changed named and shown as it is now; what was typed in the other
     * fields stays in them, and saved again, both changes stand.
     */
    @Test
    void aSaveAfterAnotherTabsSaveKeepsWhatWasTypedAndBothChangesStand() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/event.xhtml");
        String title = "Webinaire — deux onglets " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("event:titleFr"), title);
        browser.type(By.id("event:onlineUrl"), "https://meet.example.org/deux-onglets");
        browser.type(By.id("event:start_input"), "2027-04-14 10:00");
        browser.type(By.id("event:end_input"), "2027-04-14 11:00");
        browser.find(By.id("event-heading")).click(); // closes the date picker
        browser.find(By.id("event:save")).click();
        browser.waitFor().until(ExpectedConditions.urlMatches("/admin/event\\.xhtml\\?id=\\d+"));
        String address = browser.driver().getCurrentUrl();
        String firstTab = browser.driver().getWindowHandle();

        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        try {
            browser.driver().get(address);
            browser.type(By.id("event:titleEn"), "Webinar — two tabs");
            browser.clickAndWaitFor(By.id("event:save"), By.cssSelector("#event\\:messages .ui-messages-info"));
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(firstTab);
        }

        browser.type(By.id("event:descriptionFr"), "Présentation du programme et questions.");
        browser.clickAndWaitFor(By.id("event:save"), By.cssSelector("#event\\:messages .ui-messages-error"));
        String said = browser.text(By.id("event:messages"));
        assertTrue(said.contains("Quelqu’un a modifié cet événement pendant que vous l’éditiez : Titre (anglais)"), said);
        assertTrue(said.contains("Vos autres changements sont gardés dans le formulaire"), said);
        assertEquals("Webinar — two tabs", browser.find(By.id("event:titleEn")).getAttribute("value"),
                "the other tab's change shown as it is now");
        assertEquals("Présentation du programme et questions.",
                browser.find(By.id("event:descriptionFr")).getAttribute("value"), "what was typed is still there");

        browser.find(By.id("event:save")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("event:messages"),
                "Événement enregistré."));
        browser.driver().navigate().refresh();
        assertEquals("Webinar — two tabs", browser.find(By.id("event:titleEn")).getAttribute("value"));
        assertEquals("Présentation du programme et questions.",
                browser.find(By.id("event:descriptionFr")).getAttribute("value"), "both changes stand");
    }

    @Test
    void thePosterSpeaksTheLanguageItIsPrintedInAndNamesThePlaceWhole() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/events.xhtml");
        browser.clickAndWaitFor(By.linkText("Séance d'information — Dakar"), By.id("poster-link"));
        String poster = browser.find(By.id("poster-link")).getAttribute("href");
        browser.driver().get(poster + "&lang=en");
        browser.find(By.id("poster-title"));
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        assertEquals("Scan to register", browser.text(By.id("poster-call")),
                "the labels in the poster's language, not only its date");
        assertTrue(browser.text(By.id("poster-where")).contains("Senegal"), browser.text(By.id("poster-where")));
        browser.driver().get(poster + "&lang=fr");
        assertEquals("Scannez pour vous inscrire", browser.text(By.id("poster-call")));
    }

    @Test
    void peopleCapturedWhileTheConnectionIsCutWaitOnTheDeviceAndAreSentWhenItReturns() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheParisFairsCapture();
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "0"));
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        String first = "lea." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        String second = "omar." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        goOffline(chrome);
        try {
            captureTwoPeopleOffline(first, second);
        } finally {
            chrome.deleteNetworkConditions();
        }
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "0"));
        assertEquals("Toutes les fiches sont envoyées.", browser.text(By.id("capture-status")));

        browser.clickAndWaitFor(By.partialLinkText("Salon de l'étudiant"), By.id("checkin:search"));
        browser.type(By.id("checkin:search"), "exemple.fr");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("checkin:registrations_data"), second));
        String rows = browser.text(By.id("checkin:registrations_data"));
        assertTrue(rows.contains(first) && rows.contains("Saisie au salon"), rows);
        // Each keystroke of the search refreshes the table: a row read while the next answer replaces it is read again.
        long listed = browser.waitFor().ignoring(StaleElementReferenceException.class).until(driver -> driver
                .findElements(By.cssSelector("#checkin\\:registrations_data tr")).stream()
                .filter(row -> row.getText().contains(first) || row.getText().contains(second)).count());
        assertEquals(2, listed, "each person once");
    }

    /**
     * The tablet reloads the capture page while the fair has no connection (a tab reloaded, a browser restarted) and
     * its session has ended: the page comes from the device, with the entry waiting there, and takes the next person;
     * all go once back online and signed in again.
     */
    @Test
    void theCapturePageReloadsFromTheDeviceWithTheEntriesWaitingThere() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheParisFairsCapture();
        String capturePage = browser.currentPath();
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture"), "data-kept-offline", "true"));
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        String first = "kofi." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.gh";
        String second = "efua." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.gh";
        goOffline(chrome);
        try {
            capture("Kofi", "Mensah", first, "");
            browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "1"));
            // The browser's offline mode does not reach the page's worker, whose request the server answers: with the
            // session ended, by the sign-in page, which the worker replaces with the page kept on the device.
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.driver().navigate().refresh();
            browser.find(By.id("capture-title"));
            browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "1"));
            capture("Efua", "Asante", second, "");
            browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "2"));
        } finally {
            chrome.deleteNetworkConditions();
        }
        // Back online, the session still ended: the page, from the device again, keeps its copy whole (the server
        // answers it with the sign-in page, which must not take its place).
        browser.driver().navigate().refresh();
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture"), "data-kept-offline", "true"));
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; caches.open('tremplin-capture-v1').then(function (c) {"
                + " return c.match(location.href); }).then(function (r) { return r.text(); }).then(function (t) {"
                + " done(t.indexOf('capture-title') >= 0); });"), "the copy is still the capture page");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("capture-status"),
                "Votre session a pris fin"));
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        assertEquals(Boolean.TRUE, keptOnTheDevice(), "signing in again leaves the page kept on the device");
        browser.go(capturePage);
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "0"));
        browser.signOut();
        browser.waitFor().until(driver -> Boolean.FALSE.equals(keptOnTheDevice()));
        try {
            for (String email : new String[] {first, second}) {
                assertEquals(1, ca.tremplin.testsupport.TestDatabase.count("select count(*) from event_registration r"
                        + " join `lead` l on l.id = r.lead_id where l.email_normalized = ?", email), email);
            }
        } catch (java.sql.SQLException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    @Test
    void aPersonTheServerRefusesStaysOnTheDeviceAndComesBackIntoTheFormToCorrect() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheParisFairsCapture();
        String email = "aissata." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        browser.type(By.id("capture-note"), "Veut la soudure, rappeler en janvier");
        // She reads English: her confirmation and later e-mails are in it, whatever the recruiter's language.
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("capture-language"))).selectByValue("en");

        capture("Aïssata", "Diallo", email, "418-555-0142 poste 12");

        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#capture-rejected li")));
        String refusal = browser.text(By.id("capture-rejected"));
        assertTrue(refusal.contains("Aïssata Diallo") && refusal.contains(email), refusal);
        assertTrue(refusal.contains("Ce numéro n’est pas valide"), "the reason, in the page's language: " + refusal);
        // Nothing waits to be sent, yet not "all sent": one entry waits for a correction.
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("capture-status"),
                "1 fiche(s) refusée(s), gardée(s) sur l’appareil"));
        openTheParisFairsCapture();
        String key = browser.find(By.id("capture")).getAttribute("data-storage-key");
        org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        String met = (String) script.executeScript(
                "return JSON.parse(localStorage.getItem(arguments[0] + '.refused'))[0].entry.at;", key);
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        goOffline(chrome);
        try {
            browser.find(By.cssSelector("#capture-rejected .capture-correct")).click();

            assertEquals("Aïssata", browser.find(By.id("capture-firstName")).getAttribute("value"),
                    "kept on the device across a reload and put back into the form");
            assertEquals(email, browser.find(By.id("capture-email")).getAttribute("value"));
            assertEquals("Veut la soudure, rappeler en janvier", browser.find(By.id("capture-note")).getAttribute("value"));
            assertTrue(browser.find(By.id("capture-consentToContact")).isSelected());
            assertEquals("en", browser.find(By.id("capture-language")).getAttribute("value"), "her language too");
            assertEquals(0, browser.driver().findElements(By.cssSelector("#capture-rejected li")).size());
            assertEquals(1L, script.executeScript(
                    "return JSON.parse(localStorage.getItem(arguments[0] + '.refused')).length;", key),
                    "still on the device while in the form: a reload or a closed tab loses nothing");
            assertTrue(browser.text(By.id("capture-status")).startsWith("1 fiche(s) refusée(s)"),
                    "not \"all sent\" while it waits in the form: " + browser.text(By.id("capture-status")));
            // The page opened in another tab meanwhile lists it again (it is no longer marked as in a form)...
            script.executeScript("var k = arguments[0] + '.refused'; localStorage.setItem(k, JSON.stringify("
                    + "JSON.parse(localStorage.getItem(k)).map(function (r) { delete r.correcting; return r; })));",
                    key);
            browser.type(By.id("capture-phone"), "+1 418 555 0142");
            browser.find(By.id("capture-save")).click();
            browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "1"));
            assertEquals(0L, script.executeScript(
                    "return JSON.parse(localStorage.getItem(arguments[0] + '.refused')).length;", key),
                    "...and saved again here, it is in the queue, no longer among the refused");
            assertEquals(met, script.executeScript("return JSON.parse(localStorage.getItem(arguments[0]))[0].at;", key),
                    "corrected, the entry keeps the time she was met, not the time of the correction");
        } finally {
            chrome.deleteNetworkConditions();
        }
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "0"));
        assertEquals(0, browser.driver().findElements(By.cssSelector("#capture-rejected li")).size(), "sent this time");
        assertEquals("Toutes les fiches sont envoyées.", browser.text(By.id("capture-status")));
        assertTrue(TestMailServer.awaitMessageTo(email, "Registration confirmed").getSubject()
                .startsWith("Registration confirmed"), "her confirmation is in English");
    }

    /**
     * A capture the form cannot take yet — no last name, an address that is not one, the consent not ticked — says so
     * beside each field in the page's words (not the browser's, in whatever language it speaks), marks the fields
     * invalid, lists them at once, and keeps nothing on the device; corrected, it goes.
     */
    @Test
    void aCaptureTheFormCannotTakeSaysWhyBesideEachFieldInThePagesWords() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheParisFairsCapture();
        browser.type(By.id("capture-firstName"), "Awa");
        browser.type(By.id("capture-email"), "pas-valide");
        browser.find(By.id("capture-save")).click();

        assertEquals("Ce champ est obligatoire.", browser.text(By.id("capture-lastName-error")));
        assertEquals("Cette adresse courriel n’est pas valide.", browser.text(By.id("capture-email-error")));
        assertEquals("true", browser.find(By.id("capture-lastName")).getAttribute("aria-invalid"));
        assertTrue(browser.find(By.id("capture-lastName")).getAttribute("aria-describedby")
                .contains("capture-lastName-error"), "the message is the field's description");
        assertTrue(browser.find(By.id("capture-consentToContact-error")).getText().startsWith("Lisez la phrase"));
        String summary = browser.text(By.id("capture-error"));
        assertTrue(summary.startsWith("Nom : Ce champ est obligatoire.")
                && summary.contains("Courriel : Cette adresse courriel n’est pas valide."), summary);
        assertEquals("capture-lastName", browser.driver().switchTo().activeElement().getAttribute("id"));
        assertEquals("0", browser.find(By.id("capture-status")).getAttribute("data-waiting"), "nothing kept");

        browser.type(By.id("capture-lastName"), "Sow");
        browser.type(By.id("capture-email"), "awa.sow." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.sn");
        browser.find(By.id("capture-consentToContact")).click();
        browser.find(By.id("capture-save")).click();
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "0"));
        assertEquals(0, browser.driver().findElements(By.id("capture-lastName-error")).size(), "the messages go");
        assertEquals("", browser.driver().findElement(By.id("capture-error")).getText());
    }

    /**
     * A visitor who gives only a phone is captured; neither e-mail nor phone is said beside the e-mail; a session
     * that ends during the fair says so, with a way to sign in again, and what waits on the device goes once signed in.
     */
    @Test
    void aPhoneAloneIsEnoughAndAnEndedSessionIsSaidNotTakenForNoConnection() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheParisFairsCapture();
        capture("Ibrahima", "Fall", "", "");
        assertEquals("Donnez un courriel ou un téléphone.", browser.text(By.id("capture-email-error")));
        assertEquals("0", browser.find(By.id("capture-status")).getAttribute("data-waiting"), "nothing kept");
        browser.type(By.id("capture-phone"), "78 " + (100 + new java.util.Random().nextInt(800)) + " 33 44");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("capture-country"))).selectByValue("SN");
        browser.find(By.id("capture-save")).click();
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "0"));
        assertEquals(0, browser.driver().findElements(By.cssSelector("#capture-rejected li")).size(),
                "a phone alone is taken");

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        capture("Rokhaya", "Faye", "rokhaya." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.sn", "");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("capture-status"),
                "Votre session a pris fin"));
        assertTrue(browser.find(By.id("capture-signin")).isDisplayed(), "the way to sign in again is shown");
        assertEquals("1", browser.find(By.id("capture-status")).getAttribute("data-waiting"), "kept on the device");
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheParisFairsCapture();
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "0"));
    }

    /** Whether the capture page's copy is on the device (capture-worker.js), as the page's scripts see it. */
    private Object keptOnTheDevice() {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; caches.has('tremplin-capture-v1').then(done);");
    }

    /** Cuts the browser's connection, as a fair's network does; {@code deleteNetworkConditions} gives it back. */
    /** Fills the event page's form with what the person gives, their consent to be contacted ticked, and sends it. */
    private void registerOnTheEventsPage(String firstName, String lastName, String email, String country) {
        browser.type(By.id("registration:firstName"), firstName);
        browser.type(By.id("registration:lastName"), lastName);
        browser.type(By.id("registration:email"), email);
        new Select(browser.find(By.id("registration:countryOfResidence"))).selectByValue(country);
        browser.find(By.cssSelector("label[for='registration:consentToContact']")).click();
        browser.clickAndWaitFor(By.id("registration:submit"), By.id("registration-confirmation"));
    }

    private static void goOffline(ChromeDriver chrome) {
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chrome.setNetworkConditions(offline);
    }

    /** Two people typed in a row while the device has no connection: both wait on it, the form is ready again. */
    private void captureTwoPeopleOffline(String first, String second) {
        capture("Léa", "Martin", first, "+33 6 12 34 56 78");
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "1"));
        capture("Omar", "Haddad", second, "");
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("capture-status"), "data-waiting", "2"));
        assertTrue(browser.text(By.id("capture-status")).startsWith("2 fiche(s) en attente d’envoi."),
                browser.text(By.id("capture-status")));
        assertEquals("", browser.find(By.id("capture-firstName")).getAttribute("value"), "ready for the next person");
    }

    private void capture(String firstName, String lastName, String email, String phone) {
        browser.type(By.id("capture-firstName"), firstName);
        browser.type(By.id("capture-lastName"), lastName);
        browser.type(By.id("capture-email"), email);
        if (!phone.isEmpty()) {
            browser.type(By.id("capture-phone"), phone);
        }
        browser.find(By.id("capture-consentToContact")).click();
        browser.find(By.id("capture-save")).click();
    }

    /** The quick capture page of the demo's Paris fair, from the events list, as a recruiter opens it. */
    private void openTheParisFairsCapture() {
        browser.go("/admin/events.xhtml");
        assertTrue(browser.text(By.id("events-zone")).startsWith("Dates et heures à l’heure de "),
                "the list and its calendar say which zone they are in: " + browser.text(By.id("events-zone")));
        browser.clickAndWaitFor(By.linkText("Salon de l'étudiant — Paris"), By.id("capture-link"));
        browser.clickAndWaitFor(By.id("capture-link"), By.id("capture-title"));
    }
}
