package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A centre's admin writes a program, fixes a mistake, publishes it, and the world can find it. */
class ProgramAdministrationBrowserIT extends BrowserTest {

    @Test
    void anAdminCreatesAndPublishesAProgramThatThePublicCatalogueThenShowsAsText() throws Exception {
        String unique = "Ébénisterie" + UUID.randomUUID().toString().substring(0, 5);
        String code = String.valueOf(600000 + (int) (Math.random() * 99999));
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-programs"), By.id("programs:table"));
        browser.clickAndWaitFor(By.id("new-program"), By.id("program:code"));

        browser.type(By.id("program:code"), "52A");
        browser.type(By.id("program:titleFr"), unique + " <script>alert(1)</script>");
        // A title pasted as invisible characters alone (a zero-width and a no-break space) is no title.
        browser.type(By.id("program:titleEn"), "\u200B\u00A0");
        browser.choose("program:sector", "Bois et matériaux connexes");
        browser.type(By.id("program:hours_input"), "1650");
        browser.type(By.id("program:months_input"), "18");
        browser.type(By.id("program:descriptionFr"), "Fabrication de meubles et d’armoires sur mesure.");
        browser.type(By.id("program:descriptionEn"), "Building custom furniture and cabinets.");
        browser.find(By.cssSelector("#program\\:centres label")).click();
        browser.clickAndWaitFor(By.id("program:save"), By.cssSelector("#program\\:code.ui-state-error"));
        assertTrue(browser.pageSource().contains("Le numéro de programme compte 4 à 6 chiffres"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#program\\:titleEn.ui-state-error")).size(),
                "the English title of invisible characters is refused as empty, with the code's problem");

        browser.type(By.id("program:code"), code);
        browser.type(By.id("program:titleEn"), "  Cabinetmaking " + unique + " ");
        browser.clickAndWaitFor(By.id("program:save"), By.id("program:publish"));
        assertEquals("Brouillon", browser.text(By.id("program-status")));
        assertEquals("Cabinetmaking " + unique, ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select title_en from program where code = ?", code), "kept without the blanks around it");
        assertEquals(1, browser.driver().findElements(By.xpath("//*[text()='Programme enregistré.']")).size(),
                "said once, not in every form of the page");

        browser.clickAndWaitFor(By.id("program:publish"), By.id("program:archive"));
        assertTrue(browser.text(By.id("program:messages")).contains("publié"));
        String editor = browser.currentPath();

        java.nio.file.Path photo = java.nio.file.Files.createTempFile("atelier", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1600, 900,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        browser.driver().findElement(By.cssSelector("#photo input[type='file']")).sendKeys(photo.toString());
        // A double click uploads it once: the second click finds the form on its way, its button saying so.
        assertEquals(1L, browser.sendingsOfADoubleClick("photo", "photo:upload"), "the second click sends nothing");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("photo:upload"),
                "Envoi en cours"));
        browser.go(editor);
        browser.driver().findElement(By.cssSelector("#photo input[type='file']")).sendKeys(photo.toString());
        browser.clickAndWaitFor(By.id("photo:upload"), By.cssSelector("#photo\\:photo-messages .ui-messages-info"));
        assertEquals(1, browser.driver().findElements(By.xpath("//*[text()='Photo enregistrée.']")).size(),
                "said once, beside the photo");

        // Its intakes: each action says its result beside its own form, alone; what the one before said leaves.
        browser.clickAndWaitFor(By.id("program:save"), By.cssSelector("#program\\:messages .ui-messages-info"));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto"));
        addIntakeAtTheProgramsCentre(today.plusDays(400));
        assertEquals("", answer("program:answer"), "the program's \"saved\" is no longer said");

        By firstStatus = By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-status");
        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-mark-FULL")).click();
        browser.waitFor().until(ExpectedConditions.textToBe(firstStatus, "Complète"));
        assertTrue(answer("intakes-form:intakes-answer").contains("Rentrée mise à jour"),
                answer("intakes-form:intakes-answer"));
        assertEquals("", answer("intake:new-intake-answer"), "the intake added before is no longer said");

        IncidentBrowserIT.date(browser, "intake:start", today.plusDays(800));
        browser.find(By.id("intake:add")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:new-intake-answer"),
                "Rentrée ajoutée."));
        assertEquals("", answer("intakes-form:intakes-answer"), "the intake marked full is no longer said");
        assertEquals(1, browser.driver().findElements(By.cssSelector(".ui-messages-info")).size(),
                "one message on the page, the last action's");

        browser.go("/fr/programmes?q=" + code);
        browser.find(By.cssSelector("#program-list li h3 a")).click();
        assertEquals(unique + " <script>alert(1)</script>", browser.text(By.id("program-title")),
                "what an admin typed is shown as text, never run");
        Number photoWidth = browser.waitFor().until(driver -> (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("var img = document.getElementById('program-photo');"
                        + " return img.complete && img.naturalWidth > 0 ? img.naturalWidth : null;"));
        assertEquals(1200L, photoWidth.longValue(), "the photo is served, re-encoded at 1200 px");

        // A title changed and the program archived at once: the change is kept with the archiving, not dropped.
        browser.go(editor);
        browser.type(By.id("program:titleEn"), "Cabinetmaking renamed " + unique);
        browser.clickAndWaitFor(By.id("program:archive"), By.id("program:publish"));
        assertEquals("Cabinetmaking renamed " + unique, ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select title_en from program where code = ?", code), "what was typed beside the button is kept");
        assertEquals("Archivé", browser.text(By.id("program-status")));
        // Saved under a new name, the page's heading says the new one.
        browser.type(By.id("program:titleFr"), "Ébénisterie " + unique);
        browser.clickAndWaitFor(By.id("program:save"),
                By.xpath("//h1[@id='program-heading' and text()='Ébénisterie " + unique + "']"));
        // The browser's tab names the program as saved, not as it was when the page opened.
        browser.waitFor().until(driver -> driver.getTitle().equals("Ébénisterie " + unique + " · Tremplin"));
        assertEquals(1, browser.driver().findElements(By.xpath("//*[text()='Programme enregistré.']")).size(),
                "said once");
    }

    @Test
    void aCentreOpenedAfterARefusedSaveShowsItsOwnValuesNotTheOnesTyped() {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/centres.xhtml");
        browser.type(By.id("centre:name"), "Centre jamais enregistré");
        browser.clickAndWaitFor(By.id("centre:save"), By.cssSelector("#centre\\:city.ui-state-error"));

        String name = browser.text(By.cssSelector("#centres\\:table tbody tr:first-child td:first-child"));
        String city = browser.text(By.cssSelector("#centres\\:table tbody tr:first-child td:nth-child(2)"));
        org.openqa.selenium.WebElement heading = browser.find(By.cssSelector("#centre h2"));
        browser.find(By.cssSelector("#centres\\:table tbody tr:first-child button")).click();
        browser.waitUntilReplaced(heading);

        assertEquals(name, browser.find(By.id("centre:name")).getAttribute("value"),
                "the centre's own name, not the one typed for the refused new centre");
        assertEquals(city, browser.find(By.id("centre:city")).getAttribute("value"));
    }

    @Test
    void anIntakeIsMarkedFullThenOpenAgainFromItsOwnRow() {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-programs"), By.id("programs:table"));
        browser.find(By.linkText("Cuisine du marché")).click();
        By firstStatus = By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-status");
        assertEquals("Ouverte", browser.text(firstStatus));

        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-mark-FULL")).click();
        browser.waitFor().until(ExpectedConditions.textToBe(firstStatus, "Complète"));
        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-mark-OPEN")).click();
        browser.waitFor().until(ExpectedConditions.textToBe(firstStatus, "Ouverte"));

        // Its seats corrected in its row: more international seats than seats is refused, then the numbers are kept.
        By firstSeats = By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-seats");
        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-edit-seats")).click();
        browser.type(By.id("intakes-form:intakes:0:edited-seats_input"), "30");
        browser.type(By.id("intakes-form:intakes:0:edited-international_input"), "31");
        browser.find(By.id("intakes-form:intakes:0:save-seats")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intakes-form"),
                "ne peuvent dépasser le nombre total de places"));
        browser.type(By.id("intakes-form:intakes:0:edited-international_input"), "6");
        browser.find(By.id("intakes-form:intakes:0:save-seats")).click();
        browser.waitFor().until(ExpectedConditions.textToBe(firstSeats, "6 / 30"));
    }

    /** The program's "saved" does not stay beside the result of a later action on one of its intakes. */
    @Test
    void theProgramsConfirmationLeavesWhenAnIntakeIsActedOn() {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-programs"), By.id("programs:table"));
        browser.find(By.linkText("Cuisine du marché")).click();
        browser.clickAndWaitFor(By.id("program:save"), By.cssSelector("#program\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("program:answer")).contains("Programme enregistré."));

        By firstStatus = By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-status");
        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-mark-FULL")).click();
        browser.waitFor().until(ExpectedConditions.textToBe(firstStatus, "Complète"));
        assertTrue(browser.text(By.id("intakes-form:intake-status-messages")).contains("Rentrée mise à jour"),
                "the intake's own result, beside the intakes");
        assertEquals("", browser.driver().findElement(By.id("program:answer")).getText(),
                "the earlier save's confirmation is gone");
        assertEquals(1, browser.driver().findElements(By.xpath("//*[contains(text(),'Rentrée mise à jour')]")).size(),
                "said once");

        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-mark-OPEN")).click();
        browser.waitFor().until(ExpectedConditions.textToBe(firstStatus, "Ouverte"));
    }

    @Test
    void aLostReasonAddedThenWithdrawnIsNamedByItsOwnButton() {
        String reason = "Parti en Ontario " + UUID.randomUUID().toString().substring(0, 5);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/lost-reasons.xhtml");
        browser.type(By.id("reasons:label"), reason);
        browser.clickAndWaitFor(By.id("reasons:add"), By.cssSelector("#reasons\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("lost-reasons")).contains(reason));

        browser.clickAndWaitFor(By.cssSelector("button[aria-label='Retirer — " + reason + "']"),
                By.cssSelector("#reasons\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("reasons:messages")).contains("Raison retirée : « " + reason + " »"),
                browser.text(By.id("reasons:messages")));
        assertTrue(!browser.text(By.id("lost-reasons")).contains(reason), "that one, and no other");
        // Who added and withdrew it, shown as the page comes back: the reports count lost leads by these reasons.
        String history = browser.text(By.id("lost-reasons-history"));
        assertTrue(history.contains("Raison retirée") && history.contains("Raison ajoutée")
                && history.contains(reason) && history.indexOf("Raison retirée") < history.indexOf("Raison ajoutée"),
                history);
    }

    @Test
    void theProgramListSortsOnTheServerByTheChosenColumn() {
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-programs"), By.id("programs:table"));
        By firstCode = By.cssSelector("#programs\\:table_data tr:first-child td:first-child");
        By codeHeader = By.cssSelector("#programs\\:table th.ui-sortable-column:first-child");

        browser.find(codeHeader).click();
        browser.waitFor().until(driver -> "ascending".equals(driver.findElement(codeHeader).getAttribute("aria-sort")));
        String smallest = browser.text(firstCode);
        browser.find(codeHeader).click();
        browser.waitFor().until(driver -> "descending".equals(driver.findElement(codeHeader).getAttribute("aria-sort")));
        browser.waitFor().until(driver -> !driver.findElement(firstCode).getText().equals(smallest));
        String largest = browser.text(firstCode);

        assertTrue(number(smallest) < number(largest), smallest + " then " + largest);
    }

    /**
     * A program made by mistake: its empty intakes list says what an intake is and leads to the form; an intake's start
     * typed wrong is corrected in its row, a deadline after the start refused in words; the intake, then the program,
     * are deleted once confirmed, since nothing names them.
     */
    @Test
    void aMistakenIntakeIsCorrectedThenDeletedAndAMistakenProgramDeletedAfterAConfirmation() throws Exception {
        String code = String.valueOf(600000 + (int) (Math.random() * 99999));
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        newProgramAtTheCentre(code, "Programme créé par erreur " + code, "Program created by mistake " + code);
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("intakes-empty")));
        assertTrue(browser.text(By.id("intakes-empty")).contains("Aucune rentrée pour l’instant"),
                browser.text(By.id("intakes-empty")));
        assertTrue(browser.find(By.id("intakes-empty-add-intake")).getAttribute("href").endsWith("#intake"));

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto"));
        addIntakeAtTheProgramsCentre(today.plusDays(4000));

        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-edit-dates")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("intakes-form:intakes:0:edited-start_input")));
        IncidentBrowserIT.date(browser, "intakes-form:intakes:0:edited-start", today.plusDays(400));
        IncidentBrowserIT.date(browser, "intakes-form:intakes:0:edited-deadline", today.plusDays(401));
        browser.find(By.id("intakes-form:intakes:0:save-dates")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intakes-form"),
                "La date limite d’inscription doit précéder la date de début."));
        IncidentBrowserIT.date(browser, "intakes-form:intakes:0:edited-deadline", today.plusDays(300));
        browser.find(By.id("intakes-form:intakes:0:save-dates")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("intakes-form:intakes-answer"), "Dates mises à jour"));
        assertEquals(today.plusDays(400).toString(), ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select i.start_date from intake i join program p on p.id = i.program_id where p.code = ?", code));

        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-delete")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("intakes-empty")));
        assertTrue(answer("intakes-form:intakes-answer").contains("Rentrée supprimée."),
                answer("intakes-form:intakes-answer"));

        browser.find(By.id("program:delete")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("programs:table")));
        assertTrue(browser.pageSource().contains("Le programme « Programme créé par erreur " + code
                + " » est supprimé."));
        assertEquals(null, ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select id from program where code = ?", code));
    }

    /** A campus created by mistake is deleted once confirmed; one a program is given at is kept, the page says why. */
    @Test
    void aMistakenTrainingCentreIsDeletedAndOneAProgramNamesIsKeptWithTheReason() {
        String name = "Centre créé par erreur " + UUID.randomUUID().toString().substring(0, 5);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        By row = newTrainingCentre(name);

        // The demo's main campus, where its programs are given.
        // The cell's own text: the table reflows on a phone, and each cell starts with its column's hidden title.
        browser.find(By.xpath("//tbody[@id='centres:table_data']/tr[td[1]/text()[starts-with(normalize-space(.),"
                + " 'Centre de formation professionnelle de')]]//button[contains(@class, 'centre-delete')]")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("centres:list-messages"),
                "n’a pas été supprimé, car ces programmes y sont offerts"));

        deleteTrainingCentre(row, name);
        assertEquals(0, browser.driver().findElements(row).size());
    }

    /**
     * A training centre added, its city corrected, then deleted: each is a line of the history below the list, with
     * who made it, the field corrected from what to what, newest first.
     */
    @Test
    void aTrainingCentreAddedCorrectedAndDeletedLeavesEachChangeInTheHistoryBelowTheList() {
        String name = "Centre d’essai " + UUID.randomUUID().toString().substring(0, 5);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        By row = newTrainingCentre(name);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-history-lines"),
                name + ": ville (— → Saguenay)"));

        org.openqa.selenium.WebElement heading = browser.find(By.cssSelector("#centre h2"));
        browser.find(row).findElement(By.cssSelector("button[aria-label='Modifier — " + name + "']")).click();
        browser.waitUntilReplaced(heading);
        browser.type(By.id("centre:city"), "Alma");
        browser.find(By.id("centre:save")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-history-lines"),
                name + ": ville (Saguenay → Alma)"));

        deleteTrainingCentre(row, name);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#change-history-lines tbody tr:first-child"), "Centre de formation supprimé"));
        String history = browser.text(By.id("change-history-lines"));
        assertTrue(history.indexOf("Centre de formation supprimé") < history.indexOf("Centre de formation modifié")
                && history.indexOf("Centre de formation modifié") < history.indexOf("Centre de formation ajouté"),
                "newest first: " + history);
        assertTrue(browser.text(By.cssSelector("#change-history-lines tbody tr:first-child")).contains(name),
                "the deleted centre named");
    }

    /**
     * An intake's start moved into another month while a request asked for its program at the month it leaves: the page
     * asks first, "No" focused, and "No" saves nothing; "Move it anyway" saves the dates; the request still keeps the
     * intake from deletion, which closes it instead.
     */
    @Test
    void anIntakeMovedOutOfAMonthARequestAskedForIsAskedAboutBeforeItIsSaved() throws Exception {
        String code = String.valueOf(600000 + (int) (Math.random() * 99999));
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        newProgramAtTheCentre(code, "Programme demandé " + code, "Program asked for " + code);
        browser.clickAndWaitFor(By.id("program:publish"), By.id("program:archive"));
        String programId = browser.currentPath().replaceAll(".*[?&]id=(\\d+).*", "$1");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto"));
        java.time.LocalDate start = today.plusDays(400);
        addIntakeAtTheProgramsCentre(start);

        // A person asks about the program for the intake's month, through the API as a partner site would.
        String request = jakarta.json.Json.createObjectBuilder().add("firstName", "Kofi").add("lastName", "Mensah")
                .add("email", "kofi." + code + "@example.gh").add("countryOfResidence", "GH").add("citizenship", "GH")
                .add("programIds", jakarta.json.Json.createArrayBuilder().add(Long.parseLong(programId)))
                .add("preferredIntake", java.time.YearMonth.from(start).toString())
                .add("consentToContact", true).build().toString();
        java.net.http.HttpResponse<String> sent = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.base() + "/api/inquiries"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(request)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(201, sent.statusCode(), sent.body());

        java.time.LocalDate later = start.plusDays(40);
        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-edit-dates")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("intakes-form:intakes:0:edited-start_input")));
        IncidentBrowserIT.date(browser, "intakes-form:intakes:0:edited-start", later);
        browser.find(By.id("intakes-form:intakes:0:save-dates")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("intakes-form:month-question")));
        assertTrue(browser.text(By.id("intakes-form:month-question"))
                .contains("Une demande d’information a demandé ce programme pour une rentrée en"),
                browser.text(By.id("intakes-form:month-question")));
        // "No" has the focus: Enter moves nothing.
        browser.waitFor().until(driver -> "intakes-form:month-move-no".equals(
                driver.switchTo().activeElement().getAttribute("id")));

        browser.find(By.id("intakes-form:month-move-no")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("intakes-form:intakes-answer"), "Les dates n’ont pas été modifiées."));
        assertEquals(start.toString(), startInDatabase(code), "nothing saved");

        browser.find(By.id("intakes-form:intakes:0:save-dates")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("intakes-form:month-move-yes")));
        browser.find(By.id("intakes-form:month-move-yes")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("intakes-form:intakes-answer"), "Dates mises à jour"));
        assertEquals(later.toString(), startInDatabase(code));

        browser.find(By.cssSelector("#intakes-form\\:intakes_data tr:first-child .intake-delete")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("intakes-form:intakes-answer"), "n’a pas été supprimée"));
        assertEquals("CLOSED", ca.tremplin.testsupport.TestDatabase.firstColumn("select i.status from intake i"
                + " join program p on p.id = i.program_id where p.code = ?", code),
                "the request for the month it left still names it");
    }

    private static String startInDatabase(String code) throws java.sql.SQLException {
        return ca.tremplin.testsupport.TestDatabase.firstColumn("select i.start_date from intake i"
                + " join program p on p.id = i.program_id where p.code = ?", code);
    }

    /** A training centre added at Saguenay on the training centres' page; its row in the list. */
    private static By newTrainingCentre(String name) {
        browser.go("/admin/centres.xhtml");
        browser.type(By.id("centre:name"), name);
        browser.type(By.id("centre:city"), "Saguenay");
        browser.choose("centre:region", "Saguenay–Lac-Saint-Jean");
        browser.find(By.id("centre:save")).click();
        By row = By.xpath("//tbody[@id='centres:table_data']/tr[td[1][text()='" + name + "']]");
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(row));
        return row;
    }

    /** The training centre of that row deleted, once confirmed, and said so. */
    private static void deleteTrainingCentre(By row, String name) {
        browser.find(row).findElement(By.cssSelector(".centre-delete")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("centres:list-messages"),
                name + " est supprimé."));
    }

    /** A new program written in the form, given at the centre's first training centre, saved: its page opens. */
    private static void newProgramAtTheCentre(String code, String titleFr, String titleEn) {
        browser.clickAndWaitFor(By.id("nav-programs"), By.id("programs:table"));
        browser.clickAndWaitFor(By.id("new-program"), By.id("program:code"));
        browser.type(By.id("program:code"), code);
        browser.type(By.id("program:titleFr"), titleFr);
        browser.type(By.id("program:titleEn"), titleEn);
        browser.choose("program:sector", "Bois et matériaux connexes");
        browser.type(By.id("program:hours_input"), "900");
        browser.type(By.id("program:months_input"), "10");
        browser.type(By.id("program:descriptionFr"), "Un texte.");
        browser.type(By.id("program:descriptionEn"), "A text.");
        browser.find(By.cssSelector("#program\\:centres label")).click();
        browser.clickAndWaitFor(By.id("program:save"), By.id("program:publish"));
    }

    /** Adds an intake starting that day with the form below the intakes, at the program's one training centre. */
    private static void addIntakeAtTheProgramsCentre(java.time.LocalDate start) {
        // The menu's items are drawn when it opens: the program's one training centre follows "—".
        browser.find(By.id("intake:centre")).click();
        String centre = browser.waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#intake\\:centre_items li:nth-child(2)"))).getAttribute("data-label");
        browser.choose("intake:centre", centre);
        IncidentBrowserIT.date(browser, "intake:start", start);
        browser.find(By.id("intake:add")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:new-intake-answer"),
                "Rentrée ajoutée."));
    }

    private static long number(String typeAndCode) {
        return Long.parseLong(typeAndCode.replaceAll("\\D", ""));
    }

    /**
     * What one of the page's lists of messages says; empty once an action emptied it (an empty block is not shown,
     * so it is read without waiting for it to be).
     */
    private static String answer(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
