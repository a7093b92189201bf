package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A recruiter imports a French Excel export whose e-mail column has a name of its own: maps the columns, saves the
 * mapping, previews the rows with what will happen to each, starts, follows the progress bar (a reload finds it
 * where the job is) to the report, and downloads the failed row with its line and reason; then undoes the import
 * with one confirmed click and follows it to its end, recorded on the page. A mapping's name taken already is asked
 * about before anything starts, a saved mapping used as it was saved is asked no name, a long report is read a page
 * at a time, and a list no longer kept is said and sent again from its page.
 */
class LeadImportBrowserIT extends BrowserTest {

    @Test
    void aRecruiterMapsTheColumnsPreviewsImportsAndReadsTheReport() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        uploadToTheParisFair(Path.of("src/test/resources/imports/crm-export-windows-1252.csv"));

        String reading = browser.text(By.id("import-reading"));
        assertTrue(reading.contains("windows-1252") && reading.contains("« ; »"), reading);
        choose("EMAIL", "Adresse électronique");
        choose("PHONE", "Cellulaire");
        choose("COUNTRY", "Pays de résidence");
        assertEquals("Nom complet", new Select(mappingMenu("FULL_NAME")).getFirstSelectedOption().getText(),
                "a known header is mapped by itself");
        browser.type(By.id("mapping:saveAs"), "Export CRM");
        browser.find(By.id("mapping:preview")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("mapping:preview-rows")));

        String preview = browser.text(By.id("mapping:preview-rows_data"));
        assertTrue(preview.contains("karim.benali@exemple.ma") && preview.contains("+212698765432"), preview);
        assertEquals(3, browser.driver().findElements(By.cssSelector("#mapping\\:preview-rows_data .outcome-CREATE"))
                .size(), preview);
        assertTrue(preview.contains("« Pays imaginaire » n’est pas un pays connu"),
                "a country that cannot be read is left out, and said: " + preview);
        assertTrue(preview.contains("n’identifie personne"), "the row without an address says why: " + preview);

        browser.clickAndWaitFor(By.id("mapping:start"), By.id("progress:bar"));
        browser.driver().navigate().refresh();
        browser.find(By.id("progress:bar"));
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("import-report")));

        assertEquals("3", browser.text(By.id("report-created")));
        assertEquals("1", browser.text(By.id("report-warnings")));
        assertEquals("1", browser.text(By.id("report-failed")));
        assertTrue(browser.text(By.id("progress:warning-rows")).contains("Pays imaginaire"));
        String failures = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        browser.find(By.id("failures-csv")).getAttribute("href")))
                        .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(failures.startsWith("Nom complet;Adresse électronique;Cellulaire;Pays de résidence;Remarque;Ligne;"
                + "Raison\r\n"), "the list's own columns, plus line and reason: " + failures);
        assertTrue(failures.contains("\nSans Adresse;;;France;Rencontrée au kiosque;5;Courriel (Adresse électronique) :"
                + " absent"), "the row as it was, line 5, and why: " + failures);

        undoTheImportShown();
        String undone = browser.text(By.id("undo-status"));
        assertTrue(undone.contains("3 inscription(s) traitée(s), 0 personne(s) conservée(s)"), undone);
        assertEquals("100 %", browser.text(By.id("undo:undo-bar")).strip(), "the bar full once undone");
        browser.driver().navigate().refresh();
        assertTrue(browser.text(By.id("undo-status")).startsWith("Annulée"), "recorded on the import's page");
        assertTrue(browser.driver().findElements(By.id("undo:undo-start")).isEmpty(), "and not offered again");
    }

    /**
     * A line past the first ones read that the parser cannot read is said by its line at the preview, the rows around
     * it shown as they will be imported; the import then starts, imports the others and fails that line alone.
     */
    @Test
    void aLineThatCannotBeReadIsSaidAtPreviewAndFailsAloneWhenImported() throws Exception {
        Path list = java.nio.file.Files.createTempFile("salon-guillemet", ".csv");
        java.nio.file.Files.writeString(list, "Prénom;Nom;Courriel;Pays\r\n"
                + "Awa;Diop;awa.diop.q@exemple.sn;Sénégal\r\n"
                + "Karim;Benali;karim.benali.q@exemple.ma;Maroc\r\n"
                + "Luc;Tremblay;luc.tremblay.q@exemple.ca;Canada\r\n"
                + "=HYPERLINK(\"http://exemple.org\";\"x\");Test;test.q@exemple.fr;France\r\n"
                + "Ana;Silva;ana.silva.q@exemple.br;Brésil\r\n", java.nio.charset.StandardCharsets.UTF_8);
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        uploadToTheParisFair(list);

        browser.clickAndWaitFor(By.id("mapping:preview"), By.cssSelector("#messages .ui-messages-warn"));
        assertTrue(browser.text(By.id("messages")).contains("Ligne 5 illisible (guillemet non fermé, ou texte après un"
                        + " guillemet fermant)"),
                browser.text(By.id("messages")));
        String preview = browser.text(By.id("mapping:preview-rows"));
        assertTrue(preview.contains("awa.diop.q@exemple.sn") && preview.contains("karim.benali.q@exemple.ma")
                && preview.contains("luc.tremblay.q@exemple.ca") && preview.contains("ana.silva.q@exemple.br"),
                "every row around it: " + preview);
        assertTrue(preview.contains("Illisible"), "and its line, said unreadable: " + preview);

        browser.clickAndWaitFor(By.id("mapping:start"), By.id("progress:bar"));
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("import-report")));
        assertEquals("4", browser.text(By.id("report-created")));
        assertEquals("1", browser.text(By.id("report-failed")));
        undoTheImportShown();
    }

    /**
     * A list saved under the name of a mapping the centre keeps already (a colleague's, maybe) is not started: the
     * page says why and offers, beside the name, to replace that mapping; ticked, the list starts. Its report lists
     * every row with a warning, fifty a page, the next ones a click away; both lists are then undone.
     */
    @Test
    void aMappingsNameTakenIsAskedAboutAndALongReportIsReadAPageAtATime() throws Exception {
        String unique = java.util.UUID.randomUUID().toString().substring(0, 6);
        String name = "Liste du kiosque " + unique;
        Path small = java.nio.file.Files.createTempFile("kiosque", ".csv");
        java.nio.file.Files.writeString(small, "Email,First Name,Last Name\r\nkiosque." + unique
                + "@exemple.ca,Luc,Tremblay\r\n", java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder rows = new StringBuilder("Name;Email;Phone;Country;Role\r\n");
        for (int i = 1; i <= 60; i++) {
            rows.append("Participant ").append(i).append(";p").append(i).append('.').append(unique)
                    .append("@exemple.tn;12;Tunisie;Attendee\r\n");
        }
        Path large = java.nio.file.Files.createTempFile("webinaire", ".csv");
        java.nio.file.Files.writeString(large, rows, java.nio.charset.StandardCharsets.UTF_8);
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);

        String firstImport = importSavingTheColumnsAs(small, name);

        uploadToTheParisFair(large);
        browser.type(By.id("mapping:saveAs"), name);
        browser.clickAndWaitFor(By.id("mapping:start"), By.cssSelector("#messages .ui-messages-error"));
        assertTrue(browser.text(By.id("messages")).contains("porte déjà le nom « " + name + " »"),
                browser.text(By.id("messages")));
        assertTrue(browser.driver().findElements(By.id("progress:bar")).isEmpty(), "nothing started");
        browser.find(By.id("mapping:replaceMapping")).click();
        startAndAwaitTheReport();

        assertEquals("60", browser.text(By.id("report-warnings")));
        By firstLine = By.cssSelector("#progress\\:warning-rows_data tr:first-child td:first-child");
        assertEquals("2", browser.text(firstLine).replaceAll("\\D", ""), "the list's first row, by line");
        assertEquals(50, browser.driver().findElements(By.cssSelector("#progress\\:warning-rows_data tr")).size(),
                "fifty a page");
        browser.find(By.cssSelector("#progress\\:warning-rows .ui-paginator-next")).click();
        browser.waitFor().until(driver -> "52".equals(browser.text(firstLine).replaceAll("\\D", "")));
        assertEquals(10, browser.driver().findElements(By.cssSelector("#progress\\:warning-rows_data tr")).size(),
                "the last ten on the next page, none out of reach");

        undoTheImportShown();
        browser.go(firstImport);
        undoTheImportShown();
    }

    /**
     * An import not started whose list is no longer kept (swept after some days, or cleared by an erasure) says so on
     * its page, which offers to send the list again, rather than the error page.
     */
    @Test
    void aListNoLongerKeptIsSaidOnItsPageAndSentAgainFromThere() throws Exception {
        Path list = java.nio.file.Files.createTempFile("oubliee", ".csv");
        java.nio.file.Files.writeString(list, "Email,First Name,Last Name\r\noubliee."
                + java.util.UUID.randomUUID().toString().substring(0, 6) + "@exemple.ca,Awa,Diop\r\n",
                java.nio.charset.StandardCharsets.UTF_8);
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        uploadToTheParisFair(list);
        String importPage = browser.currentPath();
        String importId = importPage.replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.update("update lead_import set file_path = null,"
                + " content = null where id = ?", importId), "the list cleared, as an erasure clears it");

        browser.driver().navigate().refresh();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "n’est plus conservé"));
        assertTrue(browser.driver().findElements(By.id("mapping:start")).isEmpty(), "nothing to start");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(list.toString());
        browser.clickAndWaitFor(By.id("upload:send"), By.id("mapping:start"));
        assertTrue(!browser.currentPath().equals(importPage), "a new import of the list sent again: "
                + browser.currentPath());
    }

    /**
     * A list whose headers the centre saved a mapping for opens with that mapping, named in the menu, and asks for no
     * name: it is kept already. A column changed makes it a mapping of the person's own, which may be named; put back,
     * the question goes again. Started as it was saved, no second copy of the mapping is saved.
     */
    @Test
    void aSavedMappingShownAsSavedAsksForNoNameUntilAColumnIsChanged() throws Exception {
        String unique = java.util.UUID.randomUUID().toString().substring(0, 6);
        String name = "Kiosque réutilisé " + unique;
        String header = "Courriel,Prénom,Nom,Pays " + unique + "\r\n";
        Path first = java.nio.file.Files.createTempFile("reutilisee", ".csv");
        java.nio.file.Files.writeString(first, header + "premiere." + unique + "@exemple.ca,Awa,Diop,Sénégal\r\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Path second = java.nio.file.Files.createTempFile("reutilisee", ".csv");
        java.nio.file.Files.writeString(second, header + "seconde." + unique + "@exemple.ca,Luc,Tremblay,Canada\r\n",
                java.nio.charset.StandardCharsets.UTF_8);
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);

        String firstImport = importSavingTheColumnsAs(first, name);

        uploadToTheParisFair(second);
        assertTrue(browser.driver().findElements(By.id("mapping:saveAs")).isEmpty(),
                "the mapping as it was saved is not asked a name again");
        assertTrue(browser.text(By.id("mapping-saved")).contains("telles qu’enregistrées"),
                browser.text(By.id("mapping-saved")));
        assertEquals(name, browser.text(By.id("mapping:saved_label")), "the menu names the mapping shown");

        choose("COUNTRY", "Pays " + unique);
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("mapping:saveAs")));
        new Select(mappingMenu("COUNTRY")).selectByVisibleText("—");
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("mapping:saveAs")));

        startAndAwaitTheReport();
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.count("select count(*) from import_mapping"
                + " where name like ?", "%" + unique), "one mapping saved, not a copy of it");

        undoTheImportShown();
        browser.go(firstImport);
        undoTheImportShown();
    }

    /**
     * A double click on "Lire le fichier" sends the list once: the second click finds the form on its way, its button
     * saying so (here the sending itself is held back, so that both clicks meet the same page). A list refused comes
     * back with its reason on a page whose button sends the next one.
     */
    @Test
    void aListIsSentOnceWhateverTheClicksAndARefusedOneIsFollowedByAnother() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        openTheParisFairsImport();
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(
                Path.of("src/test/resources/imports/crm-export-windows-1252.csv").toAbsolutePath().toString());
        assertEquals(1L, browser.sendingsOfADoubleClick("upload", "upload:send"), "the second click sends nothing");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload:send"),
                "Envoi en cours"));

        Path headersOnly = java.nio.file.Files.createTempFile("entetes-seules", ".csv");
        java.nio.file.Files.writeString(headersOnly, "Prénom;Nom;Courriel\n");
        openTheParisFairsImport();
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(headersOnly.toString());
        browser.find(By.id("upload:send")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "ne contient que la ligne d’en-têtes"));
        assertEquals("Lire le fichier", browser.text(By.id("upload:send")), "the button sends again");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(
                Path.of("src/test/resources/imports/crm-export-windows-1252.csv").toAbsolutePath().toString());
        browser.clickAndWaitFor(By.id("upload:send"), By.id("import-reading"));
    }

    private void openTheParisFairsImport() {
        browser.go("/admin/events.xhtml");
        browser.clickAndWaitFor(By.linkText("Salon de l'étudiant — Paris"), By.id("import-link"));
        browser.clickAndWaitFor(By.id("import-link"), By.id("import-title"));
    }

    private void uploadToTheParisFair(Path list) {
        openTheParisFairsImport();
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(list.toAbsolutePath().toString());
        browser.clickAndWaitFor(By.id("upload:send"), By.id("import-reading"));
    }

    /** Imports the list into the Paris fair, its columns saved under the name: the import's page. */
    private String importSavingTheColumnsAs(Path list, String name) {
        uploadToTheParisFair(list);
        browser.type(By.id("mapping:saveAs"), name);
        startAndAwaitTheReport();
        return browser.currentPath();
    }

    /** Starts the import shown and follows it to its report. */
    private void startAndAwaitTheReport() {
        browser.clickAndWaitFor(By.id("mapping:start"), By.id("progress:bar"));
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("import-report")));
    }

    private void undoTheImportShown() {
        browser.find(By.id("undo:undo-start")).click();
        browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("undo:undo-yes"))).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("undo-status"), "Annulée"));
    }

    private org.openqa.selenium.WebElement mappingMenu(String field) {
        return browser.find(By.cssSelector("select.mapping-" + field));
    }

    private void choose(String field, String header) {
        Select menu = new Select(mappingMenu(field));
        try {
            menu.selectByVisibleText(header);
        } catch (org.openqa.selenium.NoSuchElementException missing) {
            throw new AssertionError("No column " + header + " among " + menu.getOptions().stream()
                    .map(org.openqa.selenium.WebElement::getText).toList() + " — " + browser.screenshot(), missing);
        }
    }
}
