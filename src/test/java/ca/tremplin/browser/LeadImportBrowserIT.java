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
 * with one confirmed click and follows it to its end, recorded on the page.
 */
class LeadImportBrowserIT extends BrowserTest {

    @Test
    void aRecruiterMapsTheColumnsPreviewsImportsAndReadsTheReport() throws Exception {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/events.xhtml");
        browser.clickAndWaitFor(By.linkText("Salon de l'étudiant — Paris"), By.id("import-link"));
        browser.clickAndWaitFor(By.id("import-link"), By.id("import-title"));
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(
                Path.of("src/test/resources/imports/crm-export-windows-1252.csv").toAbsolutePath().toString());
        browser.clickAndWaitFor(By.id("upload:send"), By.id("import-reading"));

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

        browser.find(By.id("undo:undo-start")).click();
        browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("undo:undo-yes"))).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("undo-status"), "Annulée"));
        String undone = browser.text(By.id("undo-status"));
        assertTrue(undone.contains("3 inscription(s) traitée(s), 0 personne(s) conservée(s)"), undone);
        assertEquals("100 %", browser.text(By.id("undo:undo-bar")).strip(), "the bar full once undone");
        browser.driver().navigate().refresh();
        assertTrue(browser.text(By.id("undo-status")).startsWith("Annulée"), "recorded on the import's page");
        assertTrue(browser.driver().findElements(By.id("undo:undo-start")).isEmpty(), "and not offered again");
    }

    @Test
    void aQuoteNeverClosedPastTheLinesFirstReadIsSaidByItsLineAtPreviewAndAtStart() throws Exception {
        Path list = java.nio.file.Files.createTempFile("salon-guillemet", ".csv");
        java.nio.file.Files.writeString(list, "Prénom;Nom;Courriel;Pays\r\n"
                + "Awa;Diop;awa.diop.q@exemple.sn;Sénégal\r\n"
                + "Karim;Benali;karim.benali.q@exemple.ma;Maroc\r\n"
                + "Luc;Tremblay;luc.tremblay.q@exemple.ca;Canada\r\n"
                + "=HYPERLINK(\"http://exemple.org\";\"x\");Test;test.q@exemple.fr;France\r\n"
                + "Ana;Silva;ana.silva.q@exemple.br;Brésil\r\n", java.nio.charset.StandardCharsets.UTF_8);
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/events.xhtml");
        browser.clickAndWaitFor(By.linkText("Salon de l'étudiant — Paris"), By.id("import-link"));
        browser.clickAndWaitFor(By.id("import-link"), By.id("import-title"));
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(list.toString());
        browser.clickAndWaitFor(By.id("upload:send"), By.id("import-reading"));

        browser.clickAndWaitFor(By.id("mapping:preview"), By.cssSelector("#messages .ui-messages-error"));
        assertTrue(browser.text(By.id("messages")).contains("Ligne 5 illisible (guillemet non fermé, ou texte après un"
                        + " guillemet fermant)"),
                browser.text(By.id("messages")));

        browser.clickAndWaitFor(By.id("mapping:start"), By.cssSelector("#messages .ui-messages-error"));
        assertTrue(browser.text(By.id("messages")).contains("Ligne 5 illisible"), "not the error page");
        assertTrue(browser.driver().findElements(By.id("progress:bar")).isEmpty(), "nothing started");
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
