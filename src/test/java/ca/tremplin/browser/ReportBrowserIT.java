package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestMailServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A recruiter of the demo's CSS du Fjord reads what works: the funnel of the leads from Ghana, whose stage link (the
 * one a click on its bar follows) opens the lead list with the same filters and as many leads as the figure; the
 * coordinator's bar opens the report narrowed to it, centre by centre; an impossible period is explained, not
 * drawn.
 */
class ReportBrowserIT extends BrowserTest {

    @Test
    void aStageOfTheFunnelOpensTheLeadListWithTheSameFilters() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.clickAndWaitFor(By.id("nav-reports"), By.id("report-form"));
        browser.go("/admin/reports.xhtml?country=GH");
        String funnel = browser.text(By.id("funnel-table-0"));
        assertTrue(funnel.contains("Nouveau") && funnel.contains("Admis"), funnel);
        assertTrue(browser.driver().findElements(By.cssSelector("#funnel-0 canvas")).size() == 1, "the funnel is drawn");

        String contacted = digits(browser.text(By.xpath(
                "//a[@id='stage-link-CONTACTED']/ancestor::tr/td[@class='figure-reached']")));

        browser.clickAndWaitFor(By.id("stage-link-CONTACTED"), By.id("leads-title"));
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.contains("reached=CONTACTED") && address.contains("country=GH")
                && address.contains("from=") && address.contains("asOf="), address);
        assertEquals(contacted, digits(browser.text(By.id("lead-count"))),
                "the list holds the leads the figure counts: those of the period that reached the stage");
        assertTrue(browser.text(By.id("narrowed-to")).contains("parvenues à l’étape « Contacté »"),
                browser.text(By.id("narrowed-to")));
    }

    /**
     * The funnel's chart draws this year's bars beside the year before's: a click on a bar of the year before opens
     * the year before's leads (the same filters, the period and "as of" day a year earlier), as many as its figure in
     * the table, whose cell is that link — not this year's leads, which a click on this year's bar opens.
     */
    @Test
    void aBarOfTheYearBeforeOpensTheYearBeforesLeads() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/reports.xhtml?country=GH");
        java.time.LocalDate from = java.time.LocalDate.parse(browser.find(By.id("from")).getAttribute("value"));
        String yearBefore = digits(browser.text(By.id("year-before-link-NEW")));

        clickBar(1, 0);
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.contains("from=" + from.minusYears(1)) && address.contains("country=GH"), address);
        assertEquals(yearBefore, digits(browser.text(By.id("lead-count"))), "the year before's new leads");

        browser.go("/admin/reports.xhtml?country=GH");
        clickBar(0, 0);
        assertTrue(browser.driver().getCurrentUrl().contains("from=" + from), browser.driver().getCurrentUrl());
    }

    /** A report "as of" a month ago draws its weeks up to that day, not zeros up to today, and says why they stop. */
    @Test
    void theWeeksStopAtTheAsOfDayAndSaySo() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        java.time.LocalDate today = java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE);
        java.time.LocalDate asOf = today.minusDays(30);
        browser.go("/admin/reports.xhtml?from=" + today.minusYears(1).plusDays(1) + "&to=" + today + "&asOf=" + asOf);
        assertTrue(browser.text(By.id("weeks-cut")).contains("« en date du »"), browser.text(By.id("weeks-cut")));
        List<org.openqa.selenium.WebElement> weeks = browser.driver().findElements(
                By.cssSelector("#weeks-table tbody th"));
        java.time.LocalDate monday = asOf.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        String written = ca.tremplin.kernel.FrenchDates.withOrdinal(java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(ca.tremplin.kernel.Languages.FRENCH)
                .format(monday), monday, ca.tremplin.kernel.Languages.FRENCH).replace('\u00a0', ' ').replace('\u202f', ' ');
        assertEquals(written, weeks.get(weeks.size() - 1).getText().replace('\u00a0', ' ').replace('\u202f', ' '),
                "the week of " + asOf + " is the last, its Monday written in French, not " + monday);
    }

    /** Clicks, through the chart's own handler, the bar {@code index} of dataset {@code dataset} of the funnel. */
    private void clickBar(int dataset, int index) {
        org.openqa.selenium.JavascriptExecutor page = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        String chart = "Chart.getChart(document.querySelector('#funnel-0 canvas'))";
        browser.waitFor().until(ignored -> Boolean.TRUE.equals(page.executeScript("return !!" + chart + ";")));
        org.openqa.selenium.WebElement table = browser.find(By.id("funnel-table-0"));
        page.executeScript("var chart = " + chart + "; chart.options.onClick(null, [{datasetIndex: " + dataset
                + ", index: " + index + "}], chart);");
        browser.waitUntilReplaced(table);
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.id("leads-title")));
    }

    /** A recruiter filters by what she knows (a country's name, a program's code and title), not by numbers. */
    @Test
    void filtersAreChosenByNameAndTheFormKeepsTheChoice() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/reports.xhtml");
        new Select(browser.driver().findElement(By.id("filter-country"))).selectByVisibleText("Ghana");
        Select programs = new Select(browser.driver().findElement(By.id("filter-program")));
        org.openqa.selenium.WebElement program = programs.getOptions().get(1);
        String programName = program.getText();
        String programId = program.getAttribute("value");
        assertTrue(programName.contains(" · ") && programId.matches("\\d+"), programName + " = " + programId);
        programs.selectByIndex(1);
        browser.clickAndWaitFor(By.id("report-run"), By.id("report-form"));

        String address = browser.driver().getCurrentUrl();
        assertTrue(address.contains("country=GH") && address.contains("program=" + programId), address);
        assertTrue(browser.driver().findElements(By.id("report-problems")).isEmpty(), "no problem to explain");
        assertEquals("Ghana", new Select(browser.driver().findElement(By.id("filter-country")))
                .getFirstSelectedOption().getText(), "the form shows the report it shows");
        assertEquals(programName, new Select(browser.driver().findElement(By.id("filter-program")))
                .getFirstSelectedOption().getText());
    }

    @Test
    void theCoordinatorsBarOpensTheReportNarrowedToItCentreByCentre() {
        browser.signIn(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        browser.go("/admin/reports.xhtml?breakdown=country");
        org.openqa.selenium.WebElement country = browser.driver().findElement(
                By.cssSelector("#breakdown-table tbody a.chart-link"));
        String leads = digits(country.findElement(By.xpath("ancestor::tr/td[1]")).getText());

        browser.clickAndWaitFor(By.cssSelector("#breakdown-table tbody a.chart-link"), By.id("breakdown-table"));
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.contains("country=") && address.contains("breakdown=centre"), address);
        long byCentre = browser.driver().findElements(By.cssSelector("#breakdown-table tbody tr")).stream()
                .mapToLong(row -> Long.parseLong(digits(row.findElement(By.xpath("td[1]")).getText()))).sum();
        assertEquals(Long.parseLong(leads), byCentre, "the country's leads, every one in one centre's row");
        assertTrue(browser.driver().findElements(By.cssSelector("a[href*='leads.xhtml']")).stream()
                .noneMatch(link -> link.getAttribute("class").contains("chart-link")),
                "the coordinator sees figures, never another centre's people");

        browser.go("/admin/reports.xhtml");
        String centre = browser.text(By.cssSelector("#funnel-1 h2"));
        browser.clickAndWaitFor(By.cssSelector("#funnel-1 a.chart-link"), By.id("funnel-0"));
        assertTrue(browser.driver().getCurrentUrl().contains("centre="), browser.driver().getCurrentUrl());
        List<String> funnels = browser.driver().findElements(By.cssSelector("section.funnel h2")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        assertTrue(funnels.contains(centre) && funnels.size() <= 2, "that centre's funnel: " + funnels);
    }

    @Test
    void aLeadListAddressWithAReportPeriodThatCannotBeSaysItShowsEveryone() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/leads.xhtml?from=2026-06-01&to=2026-01-01&reached=LOST");
        assertTrue(browser.text(By.id("cohort-ignored")).contains("elle est ignorée"),
                browser.text(By.id("cohort-ignored")));
        assertTrue(browser.driver().findElements(By.id("narrowed-to")).isEmpty(), "nothing claims to narrow the list");
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    @Test
    void aReportIsScheduledFromItsPageWithItsFiltersForTheReaderByDefault() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/reports.xhtml?country=GH");
        browser.clickAndWaitFor(By.id("schedule-report"), By.id("schedule:create"));
        assertTrue(browser.text(By.id("schedule")).contains("Pays = Ghana"),
                "the report's filter is kept, said in words: " + browser.text(By.id("schedule")));
        browser.type(By.id("schedule:name"), "Ghana chaque lundi");
        browser.clickAndWaitFor(By.id("schedule:create"), By.id("schedules"));
        String schedules = browser.text(By.id("schedules"));
        assertTrue(schedules.contains("Ghana chaque lundi") && schedules.contains("lundi")
                && schedules.contains("XLSX"), schedules);
        String opened = browser.driver().findElement(By.linkText("Ghana chaque lundi")).getAttribute("href");
        assertTrue(opened.contains("country=GH") && opened.contains("from="), "the schedule opens its report: "
                + opened);

        browser.clickAndWaitFor(By.xpath("//tr[.//a[normalize-space()='Ghana chaque lundi']]//button[contains(@id,"
                + "'send-now')]"), By.cssSelector("#schedule\\:messages .ui-messages-info"));
        assertTrue(browser.text(By.id("schedule:messages")).contains("Envoyé maintenant à 1 personne"),
                browser.text(By.id("schedule:messages")));
        jakarta.mail.Message sent = TestMailServer.awaitMessageTo(DemoAccounts.FJORD_RECRUITER, "Ghana chaque lundi");
        assertTrue(sent != null, "the report left at once");
        String mailed = TestMailServer.linkTo(sent, "/admin/reports.xhtml");
        assertEquals(mailed.substring(mailed.indexOf('?')), opened.substring(opened.indexOf('?')),
                "the schedule's link opens the report its mail holds, its weeks included");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExplainedInTheReadersLanguage() {
        browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        browser.go("/admin/reports.xhtml?from=2026-06-01&to=2026-01-01&asOf=2026-07-01&campaign=4");
        String problems = browser.text(By.id("report-problems"));
        assertTrue(problems.contains("La période finit") && problems.contains("campaign"), problems);
        assertTrue(browser.driver().findElements(By.id("funnel-0")).isEmpty(), "no chart without figures");
    }
}
