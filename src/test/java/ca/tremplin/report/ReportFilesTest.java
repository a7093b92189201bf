package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.LeadStage;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import ca.tremplin.report.FunnelReport.FirstContact;
import ca.tremplin.report.FunnelReport.LostReasonCount;
import ca.tremplin.report.FunnelReport.StageFigure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * A report downloads as CSV and as XLSX with the page's tables, in the reader's language, figures as numbers, and a
 * name someone typed that would run as a formula written as text.
 */
class ReportFilesTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"Cliquez\")";

    @Test
    void theCsvHoldsEveryTableAndNoFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFiles.writeCsv(report(), Languages.FRENCH, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        // French Excel (Canada as France) reads semicolons and decimal commas: a comma-separated file lands whole
        // in column A.
        assertTrue(csv.contains("Entonnoir — CSS du Test"), csv);
        assertTrue(csv.contains("Nouveau;12;;100,0;3;10"), csv);
        assertTrue(csv.contains("Contacté;6;50,0;50,0;2;4"), csv);
        assertTrue(csv.contains("'=HYPERLINK("), "an event's name is written as text: " + csv);
        assertTrue(csv.contains("Perdu — Choisi un autre centre;;;;2;"), csv);
        assertTrue(csv.contains("Semaine par semaine") && csv.contains("Délai du premier contact"), csv);
        assertTrue(csv.contains("Répondues dans le délai du centre;7\r\n"), "a count where the other rows are counts: " + csv);
        assertTrue(csv.contains("Part répondue dans le délai (%);77,8"), "and the share, said as one: " + csv);
        assertTrue(csv.contains("2025-12-29;3;1"), "a week by its Monday: " + csv);
        assertTrue(csv.contains("Webinaire du soir;2026-03-10;40;25"), "an event by its day in Québec: " + csv);

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        ReportFiles.writeCsv(report(), Languages.ENGLISH, english);
        String inEnglish = english.toString(StandardCharsets.UTF_8);
        assertTrue(inEnglish.contains("New,12,,100.0,3,10"), "in English, commas and decimal points: " + inEnglish);
    }

    @Test
    void theWorkbookHasASheetPerTableWithNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFiles.writeXlsx(report(), Languages.ENGLISH, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals("Funnel — CSS du Test", sheets.get(0));
            assertTrue(sheets.contains("Week by week") && sheets.contains("Events"), sheets::toString);
            List<Row> funnel = workbook.getFirstSheet().read();
            assertEquals("Leads first known from January 1, 2026 to June 30, 2026, as of July 1, 2026, stages as reached"
                    + " (recorded in the history)", funnel.get(0).getCellText(0), "what the report is about, first");
            assertEquals("Funnel — CSS du Test", funnel.get(1).getCellText(0),
                    "the whole title, which the sheet's 31-character name cannot hold");
            assertEquals("Stage", funnel.get(2).getCellText(0));
            assertEquals("New", funnel.get(3).getCellText(0));
            assertEquals(12, funnel.get(3).getCellAsNumber(1).orElseThrow().intValue());
            Sheet byEvent = workbook.getSheets().filter(sheet -> sheet.getName().startsWith("Leads by")).findFirst()
                    .orElseThrow();
            Row week = workbook.getSheets().filter(sheet -> sheet.getName().equals("Week by week")).findFirst()
                    .orElseThrow().read().get(2);
            assertEquals(LocalDate.of(2025, 12, 29).atStartOfDay(), week.getCellAsDate(0).orElseThrow(),
                    "a week's Monday is a date cell, sorted and filtered as a date");
            Row event = workbook.getSheets().filter(sheet -> sheet.getName().equals("Events")).findFirst()
                    .orElseThrow().read().get(2);
            assertEquals("Webinaire du soir", event.getCellText(0));
            assertEquals(LocalDate.of(2026, 3, 10).atStartOfDay(), event.getCellAsDate(1).orElseThrow(),
                    "an evening event on its day in Québec, not the next (UTC)");
            Row formula = byEvent.read().get(2);
            assertEquals(FORMULA, formula.getCellText(0), "as the event was named, without a quote added");
            assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, formula.getCell(0).getType(), "text");
        }
    }

    /** A sheet's name (31 characters at most) is cut at a word's end, with an ellipsis, not in a word's middle. */
    @Test
    void aLongTitleNamesItsSheetUpToAWordsEnd() {
        List<String> taken = new ArrayList<>();
        assertEquals("Entonnoir — CSS du Fjord", ReportFiles.sheetName(
                "Entonnoir — Centre de services scolaire du Fjord", taken), "the centre's common short name");
        assertEquals("Entonnoir — CSS des Deux-Rives", ReportFiles.sheetName(
                "Entonnoir — Centre de services scolaire des Deux-Rives", taken), "two centres told apart");
        assertEquals("Entonnoir — CSS de la Rivière…", ReportFiles.sheetName(
                "Entonnoir — Centre de services scolaire de la Rivière-du-Nord", taken));
        assertEquals("Entonnoir — CSS de la… 2", ReportFiles.sheetName(
                "Entonnoir — Centre de services scolaire de la Rivière-du-Loup", taken), "cut alike, numbered");
        assertEquals("Temps passé à chaque étape…", ReportFiles.sheetName(
                "Temps passé à chaque étape (médiane et 90e centile)", taken));
        assertEquals("Semaine par semaine", ReportFiles.sheetName("Semaine par semaine", taken));
        assertEquals("Funnel — Fjord SSC", ReportFiles.sheetName("Funnel — Fjord School Service Centre", taken),
                "in English too");
    }

    /** A file of zeros says that nothing matched, and what was asked, in its first line as the page does. */
    @Test
    void aReportAboutNothingSaysSoAtTheTopOfItsFiles() throws Exception {
        List<StageFigure> none = new ArrayList<>();
        for (LeadStage stage : FunnelReport.WAY) {
            none.add(new StageFigure(stage, 0, 0, 0, null, null));
        }
        FunnelReport nothing = new FunnelReport(new ReportQuery(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 12, 4), StageCounting.REACHED, Map.of(ReportDimension.SOURCE, "FAIR"), null),
                List.of(new CentreFunnel(1L, "CSS du Test", none, List.of())), null, List.of(), List.of(),
                new FirstContact(0, 0, 0, 0, 0, null, null), List.of(), Map.of(ReportDimension.SOURCE, "Salon"));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReportFiles.writeCsv(nothing, Languages.FRENCH, csv);
        assertTrue(csv.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow()
                .startsWith("\uFEFFAucun prospect, aucune demande ni aucun événement ne correspond à ce rapport"),
                csv.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportFiles.writeXlsx(nothing, Languages.ENGLISH, xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> first = workbook.getFirstSheet().read();
            assertTrue(first.get(0).getCellText(0).startsWith("No lead, request or event"), first.get(0).getCellText(0));
            assertEquals("Funnel — CSS du Test", first.get(1).getCellText(0), "the table below it, whole");
        }
        assertTrue(csv.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow().endsWith(" · Source = Salon"),
                "with the filter it was narrowed by: " + csv.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream some = new ByteArrayOutputStream();
        ReportFiles.writeCsv(report(), Languages.FRENCH, some);
        assertTrue(some.toString(StandardCharsets.UTF_8).startsWith("\uFEFFProspects connus du 1er janvier 2026 au 30 juin 2026,"
                + " en date du 1er juillet 2026, étapes telles qu’atteintes (inscrites à l’historique)\r\n"),
                "a report about someone says whom, and how its stages were counted: " + some);
    }

    /** A narrowed report's files name its filters, so that they cannot be taken for the whole report's. */
    @Test
    void aFilteredReportNamesItsFiltersAtTheTopOfItsFiles() throws Exception {
        FunnelReport whole = report();
        FunnelReport senegal = new FunnelReport(whole.query(), whole.funnels(), whole.breakdown(), whole.weeks(),
                whole.stageTimes(), whole.firstContact(), whole.events(),
                Map.of(ReportDimension.COUNTRY, "Sénégal"));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReportFiles.writeCsv(senegal, Languages.FRENCH, csv);
        assertTrue(csv.toString(StandardCharsets.UTF_8).startsWith("\uFEFFProspects connus du 1er janvier 2026 au 30 juin 2026,"
                + " en date du 1er juillet 2026, étapes telles qu’atteintes (inscrites à l’historique)"
                + " · Pays = Sénégal\r\n"), csv.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportFiles.writeXlsx(senegal, Languages.ENGLISH, xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertEquals("Leads first known from January 1, 2026 to June 30, 2026, as of July 1, 2026, stages as reached"
                    + " (recorded in the history) · Country = Sénégal",
                    workbook.getFirstSheet().read().get(0).getCellText(0));
        }
    }

    /**
     * The same leads give other figures counted as reached or inferred from the furthest stage: the files and the
     * scheduled mails (which open with the same line) say which, as the page does, in the reader's language.
     */
    @Test
    void theFilesSayHowTheStagesWereCounted() {
        FunnelReport reached = report();
        FunnelReport furthest = new FunnelReport(new ReportQuery(reached.query().from(), reached.query().to(),
                reached.query().asOf(), StageCounting.FURTHEST, Map.of(), null), reached.funnels(),
                reached.breakdown(), reached.weeks(), reached.stageTimes(), reached.firstContact(), reached.events(),
                Map.of(ReportDimension.COUNTRY, "Sénégal"));
        String french = ReportFiles.aboutThis(reached, Languages.FRENCH);
        assertTrue(french.endsWith("étapes telles qu’atteintes (inscrites à l’historique)"), french);
        assertEquals("Leads first known from January 1, 2026 to June 30, 2026, as of July 1, 2026, stages inferred from"
                + " the furthest stage reached · Country = Sénégal", ReportFiles.aboutThis(furthest, Languages.ENGLISH));
        assertTrue(ReportFiles.aboutNothing(furthest, Languages.FRENCH).contains(
                "étapes déduites de l’étape la plus avancée"), ReportFiles.aboutNothing(furthest, Languages.FRENCH));
    }

    private static FunnelReport report() {
        long[] reached = {12, 6, 4, 3, 2, 1, 1, 1, 0};
        List<StageFigure> stages = new ArrayList<>();
        for (LeadStage stage : FunnelReport.WAY) {
            int at = stage.ordinal();
            stages.add(new StageFigure(stage, reached[at], at == 0 ? 3 : 2, 10 - 6L * Math.min(at, 1),
                    at == 0 ? null : reached[at - 1] == 0 ? null : 100.0 * reached[at] / reached[at - 1],
                    100.0 * reached[at] / reached[0]));
        }
        CentreFunnel funnel = new CentreFunnel(1L, "CSS du Test", stages, List.of(new LostReasonCount("Choisi un autre centre",
                2)));
        ReportQuery query = new ReportQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 7, 1), StageCounting.REACHED, Map.of(), null);
        FunnelReport.Breakdown byEvent = new FunnelReport.Breakdown(ReportDimension.EVENT, List.of(
                new FunnelReport.BreakdownRow(7L, FORMULA, List.of(5L, 3L, 2L, 1L, 1L, 0L, 0L, 0L, 0L))));
        return new FunnelReport(query, List.of(funnel), byEvent,
                List.of(new FunnelReport.WeekTrend(LocalDate.of(2025, 12, 29), 3, 1)),
                List.of(new FunnelReport.StageTime(LeadStage.NEW, 6, 2L, 9L)),
                new FirstContact(10, 7, 1, 1, 1, 20L, 47L), List.of(new FunnelReport.EventResult(7L, "Webinaire du soir",
                        // 19:00 in Montréal on 2026-03-10: already the 11th in UTC.
                        java.time.Instant.parse("2026-03-11T00:00:00Z"), java.time.ZoneId.of("America/Montreal"),
                        40, 25, 12, 3, 1, 0,
                        new java.math.BigDecimal("300.00"))), Map.of());
    }

    /** One in 16 is 6.25 %: the page and the files both say 6.3, not one 6.2 and the other 6.3. */
    @Test
    void aHalfIsRoundedUpOnThePageAndInTheFilesAlike() {
        assertEquals(6.3, ReportFiles.rounded(100.0 * 1 / 16));
        assertEquals(56.3, ReportFiles.rounded(100.0 * 18 / 32));
        assertEquals(33.3, ReportFiles.rounded(100.0 * 1 / 3));
        ReportsPage page = new ReportsPage();
        page.language = new ca.tremplin.web.LanguagePreference() {
            @Override
            public java.util.Locale getLocale() {
                return java.util.Locale.CANADA_FRENCH;
            }
        };
        assertEquals("6,3\u00a0%", page.percent(100.0 * 1 / 16).replace('\u202f', '\u00a0'));
        assertEquals("56,3\u00a0%", page.percent(100.0 * 18 / 32).replace('\u202f', '\u00a0'));
    }
}
