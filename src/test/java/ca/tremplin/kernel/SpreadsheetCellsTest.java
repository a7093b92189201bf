package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
