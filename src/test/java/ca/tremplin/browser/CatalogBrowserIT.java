package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A visitor searches the catalogue, narrows it with facets, opens a program and reads it in English. */
class CatalogBrowserIT extends BrowserTest {

    @Test
    void searchWithoutAccentsFilterOpenAProgramAndSwitchLanguageOnTheSameProgram() {
        browser.go("/");
        browser.type(By.id("home-q"), "mecanique");
        browser.clickAndWaitFor(By.cssSelector(".search-form button"), By.id("program-list"));
        assertTrue(browser.currentPath().startsWith("/fr/programmes?q=mecanique"), browser.currentPath());
        String firstTitle = browser.text(By.cssSelector("#program-list li h3"));
        assertTrue(firstTitle.contains("écanique"), "accent-insensitive match ranked first: " + firstTitle);
        // On a phone the filters come first; a link above them leads to the results, naming how many.
        WebElement toResults = browser.driver().findElement(By.id("to-results"));
        assertTrue(toResults.getAttribute("href").endsWith("#results-heading"), toResults.getAttribute("href"));
        assertTrue(toResults.getAttribute("textContent").startsWith(browser.text(By.id("results-heading"))),
                toResults.getAttribute("textContent"));

        WebElement firstType = browser.find(By.cssSelector("#facet-type a.facet-option"));
        String typeCount = firstType.findElement(By.className("facet-count")).getText();
        firstType.click();
        browser.waitFor().until(driver -> driver.getCurrentUrl().contains("type="));
        assertTrue(browser.text(By.id("results-heading")).startsWith(typeCount + " "),
                "the count shown on the facet is the number of results it gives");
        assertTrue(browser.find(By.cssSelector("#facet-type a.facet-option.selected")).isDisplayed());
        String filteredAddress = browser.currentPath();
        String filteredCount = browser.text(By.id("results-heading"));

        browser.find(By.cssSelector("#program-list li h3 a")).click();
        String frenchTitle = browser.text(By.id("program-title"));
        String programCode = browser.text(By.id("program-code")).split(" · ")[0];
        String frenchAddress = browser.currentPath();
        assertTrue(frenchAddress.startsWith("/fr/programmes/"), frenchAddress);
        // A search result names the centre: several centres offer the same program at their own tuition.
        String centre = browser.text(By.cssSelector("p.lead a"));
        assertEquals(frenchTitle + " — " + centre + " · Tremplin", browser.title());

        browser.clickAndWaitFor(By.id("lang-en"), By.cssSelector("html[lang='en']"));
        assertTrue(browser.currentPath().startsWith("/en/programs/"), browser.currentPath());
        assertNotEquals(frenchTitle, browser.text(By.id("program-title")), "the English title of the same program");
        assertEquals(programCode, browser.text(By.id("program-code")).split(" · ")[0], "the same program");

        browser.clickAndWaitFor(By.id("lang-fr"), By.cssSelector("html[lang='fr']"));
        assertEquals(frenchAddress, browser.currentPath(), "back on the same program in French");

        browser.go(filteredAddress);
        assertEquals(filteredCount, browser.text(By.id("results-heading")), "the filtered search is bookmarkable");
        assertTrue(browser.find(By.cssSelector("#facet-type a.facet-option.selected")).isDisplayed());
        browser.clickAndWaitFor(By.id("clear-filters"), By.id("program-list"));
        assertEquals("/fr/programmes", browser.currentPath());
        assertTrue(browser.driver().findElements(By.cssSelector("a.facet-option.selected")).isEmpty());

        // The sections' first pages switch to their English twins, not to the view they are forwarded to.
        assertTrue(browser.driver().findElement(By.cssSelector("link[rel='canonical']")).getAttribute("href")
                .endsWith("/fr/programmes"), "the page names its own address");
        for (String[] twins : new String[][] {{"/fr/programmes", "/en/programs"}, {"/fr/evenements", "/en/events"},
                {"/fr/offres", "/en/offers"}, {"/fr/information", "/en/information"}}) {
            browser.go(twins[0]);
            browser.clickAndWaitFor(By.id("lang-en"), By.cssSelector("html[lang='en']"));
            assertEquals(twins[1], browser.currentPath());
            browser.clickAndWaitFor(By.id("lang-fr"), By.cssSelector("html[lang='fr']"));
            assertEquals(twins[0], browser.currentPath());
        }
        // The showcase's filters travel with the switch, as the catalogue's query does.
        browser.go("/fr/vitrine?region=SAGUENAY_LAC_SAINT_JEAN");
        assertTrue(browser.find(By.id("lang-en")).getAttribute("href").contains("/en/showcase?region=SAGUENAY_LAC_SAINT_JEAN"),
                browser.find(By.id("lang-en")).getAttribute("href"));
        // Every public page leads to the page where a person asks for a copy of their personal information.
        browser.go("/fr/programmes");
        browser.clickAndWaitFor(By.id("footer-access"), By.id("access-title"));
        assertEquals("Accès à vos renseignements personnels", browser.text(By.id("access-title")));
        // A link kept to a region where no profile is public (any more): the filter says so, not "All".
        browser.go("/fr/vitrine?region=GASPESIE_ILES_DE_LA_MADELEINE");
        org.openqa.selenium.support.ui.Select regions = new org.openqa.selenium.support.ui.Select(
                browser.find(By.id("filter-region")));
        assertEquals("Gaspésie–Îles-de-la-Madeleine — aucun profil pour l’instant",
                regions.getFirstSelectedOption().getText());
        assertEquals("Toutes", regions.getOptions().get(0).getText(), "les régions: toutes");
        browser.clickAndWaitFor(By.id("gallery-all"), By.id("showcase-cards"));
        assertEquals("/fr/vitrine", browser.currentPath());
    }

    @Test
    void programsTickedInTheCatalogueArriveChosenInTheInformationRequestForm() {
        browser.go("/fr/programmes?q=soudage");
        List<WebElement> choices = browser.driver().findElements(By.cssSelector("#program-list > li"));
        assertTrue(choices.size() >= 2, "at least two welding programs in the demo catalogue");
        List<String> titles = new ArrayList<>();
        for (WebElement choice : choices.subList(0, 2)) {
            titles.add(choice.findElement(By.tagName("h3")).getText());
            choice.findElement(By.cssSelector(".ask-choice label")).click();
        }

        browser.clickAndWaitFor(By.id("ask-selected"), By.id("inquiry-title"));

        assertTrue(browser.currentPath().startsWith("/fr/information?program="), browser.currentPath());
        List<String> chosen = browser.driver()
                .findElements(By.cssSelector("#inquiry\\:programIds li.ui-autocomplete-token")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, chosen.size(), "both ticked programs are chosen: " + chosen);
        for (String title : titles) {
            assertTrue(chosen.stream().anyMatch(token -> token.contains(title)), title + " in " + chosen);
        }
    }

    @Test
    void unknownFiltersAreExplainedAndUnknownProgramsAnswerNotFound() {
        browser.go("/en/programs?page=abc&region=ATLANTIS&q=welding");
        assertTrue(browser.text(By.id("ignored-parameters")).contains("region=ATLANTIS"));
        assertFalse(browser.driver().findElements(By.cssSelector("#program-list li")).isEmpty());

        browser.go("/fr/programmes/css-qui-n-existe-pas/dep-5298-mecanique-automobile");
        assertEquals("Page introuvable", browser.text(By.id("error-title")));
    }

    @Test
    void aVisitorBrowsesOpenOffersAndReadsOneInBothLanguages() {
        browser.go("/fr/offres");
        assertFalse(browser.driver().findElements(By.cssSelector("#offer-list li")).isEmpty(), "demo offers are open");
        browser.find(By.cssSelector("#offer-list li h3 a")).click();
        String frenchTrade = browser.text(By.id("offer-title"));
        String employer = browser.text(By.id("offer-employer"));
        assertTrue(browser.find(By.id("apply")).isDisplayed());

        browser.clickAndWaitFor(By.id("lang-en"), By.cssSelector("html[lang='en']"));
        assertTrue(browser.currentPath().startsWith("/en/offers/"), browser.currentPath());
        assertEquals(employer.split(" · ")[0], browser.text(By.id("offer-employer")).split(" · ")[0], "same offer");
        assertFalse(browser.text(By.id("offer-title")).isBlank());
        assertNotEquals("", frenchTrade);

        browser.go("/en/offers/css-du-fjord/no-such-offer");
        assertEquals("Page not found", browser.text(By.id("error-title")));
    }

    @Test
    void eachSchoolServiceCentreHasAPublicPageWithItsProgramsAndPrivacyContact() {
        browser.go("/");
        browser.find(By.cssSelector("#school-boards a[href$='/css-du-fjord']")).click();
        assertEquals("/fr/centres-de-services/css-du-fjord", browser.currentPath());
        assertTrue(browser.text(By.id("school-board-name")).startsWith("Centre de services scolaire"));
        assertTrue(browser.pageSource().contains("Responsable de la protection des renseignements personnels"));
        browser.find(By.cssSelector("#school-board-programs li a")).click();
        assertTrue(browser.currentPath().startsWith("/fr/programmes/css-"), browser.currentPath());
        assertEquals("Métiers et débouchés", browser.text(By.id("careers-heading")), "the demo's programs name careers");

        // Each page lists the programs by their titles in its own language, which a reader scans for.
        for (String page : List.of("/fr/centres-de-services/css-du-fjord", "/en/school-service-centres/css-du-fjord")) {
            browser.go(page);
            List<String> titles = browser.driver().findElements(By.cssSelector("#school-board-programs li a")).stream()
                    .map(link -> link.getText().replaceAll(" — [A-Z]{3} \\S+$", "")).toList();
            assertTrue(titles.size() > 5, titles.toString());
            java.text.Collator order = java.text.Collator.getInstance(
                    page.startsWith("/en") ? ca.tremplin.kernel.Languages.ENGLISH : ca.tremplin.kernel.Languages.FRENCH);
            assertEquals(titles.stream().sorted(order).toList(), titles, page);
        }
        assertTrue(browser.text(By.id("school-board-programs")).contains("Automotive Mechanics — DEP"),
                browser.text(By.id("school-board-programs")));
    }

    /**
     * The sitemap lists every kind of public page in both languages (the homes, centres, programs, events, offers and
     * apprentices' profiles), each once, and a page of each kind it lists answers itself, not a redirect.
     */
    @Test
    void theSitemapListsEveryKindOfPublicPageInBothLanguages() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> sitemap = http.send(
                HttpRequest.newBuilder(URI.create(browser.base() + "/sitemap.xml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, sitemap.statusCode());
        List<String> paths = java.util.regex.Pattern.compile("<loc>https?://[^/<]+([^<]*)</loc>")
                .matcher(sitemap.body()).results().map(found -> found.group(1)).toList();
        assertEquals(paths.size(), new java.util.HashSet<>(paths).size(), "each page once");
        assertTrue(sitemap.body().contains("hreflang=\"en\""));
        for (String kind : List.of("/fr", "/en", "/fr/centres-de-services/", "/en/school-service-centres/",
                "/fr/programmes/css-", "/en/programs/css-", "/fr/evenements/", "/en/events/", "/fr/offres/",
                "/en/offers/", "/fr/vitrine/", "/en/showcase/")) {
            // The homes by their whole address; the other kinds by their beginning.
            String page = paths.stream().filter(path -> kind.length() == 3 ? path.equals(kind) : path.startsWith(kind))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " page among " + paths.size()));
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(browser.base() + page)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), page);
        }
        assertTrue(paths.stream().noneMatch(path -> path.contains("lang=") || path.startsWith("/admin")
                || path.contains("token")), "no private or language-switching address");
    }
}
