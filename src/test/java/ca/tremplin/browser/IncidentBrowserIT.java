package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The demo's CSS du Fjord admin opens the incident register from the privacy page, in French, and records an incident:
 * a date of learning before the start is refused beside its field, then the incident is recorded and its history
 * says so. She completes the assessment; the history shows the risk going from "being assessed" to "no serious risk",
 * the register lists the incident, and its export link gives the file with it.
 */
class IncidentBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Toronto"));

    @Test
    void anAdminRecordsAnIncidentThenCompletesItsAssessment() throws Exception {
        String information = "Adresses courriel de 3 candidats " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/privacy.xhtml?lang=fr");
        browser.clickAndWaitFor(By.id("incidents-link"), By.id("new-incident"));
        browser.clickAndWaitFor(By.id("new-incident"), By.id("incident:information"));

        browser.type(By.id("incident:information"), information);
        browser.type(By.id("incident:circumstances"), "Un courriel groupé envoyé sans copie cachée.");
        date("incident:started", TODAY.minusDays(3));
        date("incident:learned", TODAY.minusDays(4));
        browser.clickAndWaitFor(By.id("incident:save"), By.cssSelector("#incident .ui-message-error"));
        assertEquals("L’organisation ne peut avoir eu connaissance de l’incident avant son début.",
                browser.text(By.cssSelector("#incident .ui-message-error")));
        assertTrue(browser.text(By.id("incident:messages")).contains("n’a pas été enregistré"));

        date("incident:learned", TODAY.minusDays(2));
        browser.clickAndWaitFor(By.id("incident:save"), By.id("incident-history"));
        assertTrue(browser.currentPath().contains("/admin/incident.xhtml?id="), browser.currentPath());
        assertTrue(browser.text(By.id("incident:messages")).contains("est inscrit au registre"));
        assertEquals("Incident inscrit au registre", browser.text(By.cssSelector(".incident-recorded td[colspan]")));

        browser.choose("incident:risk", "Non, pas de risque sérieux");
        browser.type(By.id("incident:riskReasons"), "Adresses seulement, aucune donnée sensible; destinataires connus.");
        browser.type(By.id("incident:people_input"), "3");
        var save = browser.find(By.id("incident:save"));
        save.click();
        browser.waitUntilReplaced(save);
        assertTrue(browser.text(By.id("incident:messages")).contains("3 modifications enregistrées"),
                browser.text(By.id("incident:messages")));
        By riskLine = By.xpath("//table[@id='incident-history']//tr[td[@class='change-field']"
                + "[normalize-space()='Risque de préjudice sérieux']]");
        assertEquals("En cours d’évaluation", browser.find(riskLine).findElement(By.className("change-old")).getText());
        assertEquals("Non, pas de risque sérieux",
                browser.find(riskLine).findElement(By.className("change-new")).getText());

        browser.clickAndWaitFor(By.id("back-to-register"), By.id("export-csv"));
        assertTrue(browser.text(By.id("incidents")).contains(information), browser.text(By.id("incidents")));
        assertTrue(browser.text(By.id("incidents")).contains("Nom, adresse courriel et programme d’intérêt de candidats"),
                "the demo's register already holds the centre's earlier incidents");
        String export = browser.find(By.id("export-csv")).getAttribute("href");
        assertTrue(export.endsWith("/admin/incidents-export?format=csv"), export);
        HttpResponse<String> file = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                HttpRequest.newBuilder(URI.create(export)).timeout(Duration.ofSeconds(30))
                        .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, file.statusCode());
        assertTrue(file.body().contains(information) && file.body().contains("Non, pas de risque sérieux"), file.body());
    }

    /** A day in a date picker's field, read by the picker as if typed, without opening its calendar. */
    static void date(String pickerId, LocalDate day) {
        date(browser, pickerId, day);
    }

    static void date(ca.tremplin.testsupport.Browser browser, String pickerId, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input'));", browser.find(By.id(pickerId + "_input")),
                day.toString());
    }
}
