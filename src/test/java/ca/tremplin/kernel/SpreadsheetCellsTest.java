package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would run is written as text, and read back as it was typed. */
class SpreadsheetCellsTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreWrittenBehindAQuote() {
        assertEquals("'=HYPERLINK(\"http://x\")", SpreadsheetCells.neutralised("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1 514 555 0199", SpreadsheetCells.neutralised("+1 514 555 0199"));
        assertEquals("'-2+3", SpreadsheetCells.neutralised("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetCells.neutralised("@SUM(A1)"));
        assertEquals("'\t=1", SpreadsheetCells.neutralised("\t=1"));
        assertEquals("'\r=1", SpreadsheetCells.neutralised("\r=1"));
    }

    @Test
    void otherCellsAreWrittenAsTheyAre() {
        assertEquals("Zoé", SpreadsheetCells.neutralised("Zoé"));
        assertEquals("a=b", SpreadsheetCells.neutralised("a=b"));
        assertEquals("", SpreadsheetCells.neutralised(""));
        assertEquals(null, SpreadsheetCells.neutralised(null));
        assertEquals("'quoted'", SpreadsheetCells.neutralised("'quoted'"));
    }

    @Test
    void aNeutralisedCellReadsBackAsTyped() {
        for (String typed : new String[] {"+1 514 555 0199", "=1+1", "-", "@x", "O'Brien", "'quoted'", "'"}) {
            assertEquals(typed, SpreadsheetCells.restored(SpreadsheetCells.neutralised(typed)), typed);
        }
        assertEquals("'abc", SpreadsheetCells.restored("'abc"), "only the quote before a formula is taken away");
    }

    /**
     * In a workbook, a value a spreadsheet would run is text in the text format, as typed: a quote in front would be
     * part of the value there (shown "'+cmd", sorted and searched with it).
     */
    @Test
    void aWorkbookKeepsAValueThatLooksLikeAFormulaAsTextWithoutAQuote() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Tremplin", "1.0");
        Worksheet sheet = workbook.newWorksheet("Leads");
        SpreadsheetCells.writeRow(sheet, 0, Arrays.asList("=HYPERLINK(\"http://x\")", "+1 514 555 0199", "Zoé"));
        sheet.finish();
        workbook.finish();
        String sheetXml = part(out.toByteArray(), "xl/worksheets/sheet1.xml");
        assertFalse(sheetXml.contains("<f>"), "no formula: " + sheetXml);
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            Row row = read.getFirstSheet().read().get(0);
            assertEquals("=HYPERLINK(\"http://x\")", row.getCellAsString(0).orElseThrow());
            assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, row.getCell(0).getType());
            assertEquals("+1 514 555 0199", row.getCellAsString(1).orElseThrow());
            assertEquals("Zoé", row.getCellAsString(2).orElseThrow());
        }
        assertTrue(inTextFormat(out.toByteArray(), "A1"), "in the text format (@): edited, it stays text");
        assertTrue(inTextFormat(out.toByteArray(), "B1"));
        assertFalse(inTextFormat(out.toByteArray(), "C1"), "other text as usual");
    }

    /** Whether the cell (A1, B1...) of the workbook's first sheet has the text format, "@". */
    static boolean inTextFormat(byte[] workbook, String cell) throws Exception {
        String sheet = part(workbook, "xl/worksheets/sheet1.xml");
        String styles = part(workbook, "xl/styles.xml");
        java.util.regex.Matcher style = java.util.regex.Pattern.compile("<c r=\"" + cell + "\" s=\"(\\d+)\"")
                .matcher(sheet);
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("numFmtId=\"(\\d+)\" formatCode=\"@\"")
                .matcher(styles);
        if (!style.find() || !text.find()) {
            return false;
        }
        String formats = styles.substring(styles.indexOf("<cellXfs"));
        String[] xfs = formats.substring(0, formats.indexOf("</cellXfs>")).split("<xf ");
        return xfs[Integer.parseInt(style.group(1)) + 1].startsWith("numFmtId=\"" + text.group(1) + "\"");
    }

    static String part(byte[] workbook, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cells", ".xlsx");
        try {
            java.nio.file.Files.write(file, workbook);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /**
     * A day and a moment are dates in a workbook, which a reader sorts and filters as dates, not text that sorts
     * "2027-10-01" before "2027-9-30"; in a CSV, written as spreadsheets read dates.
     */
    @Test
    void daysAndMomentsAreDatesInAWorkbookAndReadableInACsv() throws Exception {
        LocalDateTime moment = LocalDateTime.of(2027, 3, 15, 14, 30);
        LocalDate day = LocalDate.of(2027, 10, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Tremplin", "1.0");
        Worksheet sheet = workbook.newWorksheet("Leads");
        SpreadsheetCells.writeRow(sheet, 0, Arrays.asList("Zoé", moment, day, null, 3));
        sheet.finish();
        workbook.finish();
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Row> rows = read.getFirstSheet().read();
            Row row = rows.get(0);
            assertEquals(moment, row.getCellAsDate(1).orElseThrow());
            assertEquals(day.atStartOfDay(), row.getCellAsDate(2).orElseThrow());
            assertEquals("yyyy-mm-dd hh:mm", row.getCell(1).getDataFormatString());
            assertEquals("yyyy-mm-dd", row.getCell(2).getDataFormatString());
        }
        assertEquals("2027-03-15 14:30", SpreadsheetCells.csvText(moment));
        assertEquals("2027-10-01", SpreadsheetCells.csvText(day));
    }
}
