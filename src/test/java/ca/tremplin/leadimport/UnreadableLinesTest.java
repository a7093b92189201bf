package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Lines the CSV parser cannot read, as people's files bring them: each is one failed row, named by its line with why,
 * kept in its columns for the failed-rows download; every other row of the list is read, those below it each on its
 * own line, never as the rest of its quoted cell. And columns without a header are columns to map, named in words.
 */
class UnreadableLinesTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * French Excel's "CSV (séparateur : point-virgule)", in Windows-1252: a name typed with a quote before it on line 4,
     * and a quoted address (it holds a semicolon) on line 6, where the parser would close that quote and stop. Line 4
     * alone fails; lines 5 and 6 are the people they are.
     */
    @Test
    void aQuoteOpenedByMistakeInAFrenchExcelListFailsItsLineAloneAndTheRowsBelowAreRead() {
        byte[] list = ("Prénom;Nom;Courriel;Adresse;Pays\r\n"
                + "Awa;Diop;awa.diop@exemple.sn;12 rue Blanchard;Sénégal\r\n"
                + "Karim;Benali;karim.benali@exemple.ma;;Maroc\r\n"
                + "Luc;\"Tremblay;luc.tremblay@exemple.ca;;Canada\r\n"
                + "Zoé;Côté;zoe.cote@exemple.ca;;Canada\r\n"
                + "Hélène;Gagné;helene.gagne@exemple.ca;\"45 rue des Érables; app. 3\";Canada\r\n"
                + "Ana;Silva;ana.silva@exemple.br;;Brésil\r\n").getBytes(WINDOWS_1252);
        ImportTable table = ImportTable.read(list);
        assertEquals(';', table.delimiter());
        List<ImportTable.Row> rows = table.firstRows(20);

        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), rows.stream().map(ImportTable.Row::line).toList());
        assertEquals(List.of("awa.diop@exemple.sn", "karim.benali@exemple.ma", "zoe.cote@exemple.ca",
                        "helene.gagne@exemple.ca", "ana.silva@exemple.br"),
                rows.stream().filter(row -> row.unreadable() == null).map(row -> row.cell(2)).toList());
        assertEquals("45 rue des Érables; app. 3", rows.get(4).cell(3), "the quoted address read as one cell");
        ImportProblem problem = rows.get(2).unreadable();
        assertEquals("import.invalid.unreadableRow", problem.messageKey());
        assertTrue(problem.localizedMessage(Locale.FRENCH).startsWith("Ligne 4 illisible (guillemet non fermé"),
                problem.localizedMessage(Locale.FRENCH));
        assertTrue(problem.localizedMessage(Locale.FRENCH).contains("les lignes suivantes sont lues"),
                problem.localizedMessage(Locale.FRENCH));
        assertEquals(6, table.summary().rows(), "the import counts it as a row, to fail");
    }

    /**
     * An English list with commas: a quote opened on line 2 that a quote ending line 3 closes would make lines 2 and 3
     * one record of two cells, Li's row silently gone; line 2 fails saying where its quote closes, and Li and Bob are
     * read.
     */
    @Test
    void aQuoteClosedOnALineBelowTakesNoRowWithItInAnEnglishList() {
        byte[] list = ("First Name,Last Name,Email,Notes\n"
                + "Ana,\"Silva,ana.silva@example.com,\n"
                + "Li,Wei,li.wei@example.com,Height 5'10\"\n"
                + "Bob,Smith,bob.smith@example.com,\"Wants the evening class, if any\"\n").getBytes(StandardCharsets.UTF_8);
        ImportTable table = ImportTable.read(list);
        List<ImportTable.Row> rows = table.firstRows(20);

        assertEquals(List.of(2L, 3L, 4L), rows.stream().map(ImportTable.Row::line).toList());
        ImportProblem problem = rows.get(0).unreadable();
        assertEquals("import.invalid.quoteClosedBelow", problem.messageKey());
        assertEquals("Line 2 cannot be read: the quote opened on this line closes only on line 3, which would make the"
                + " lines in between one cell. It is not imported but counted among the failed rows, to be corrected;"
                + " the lines below it are read each on its own.", problem.localizedMessage(Locale.ENGLISH));
        assertEquals("li.wei@example.com", rows.get(1).cell(2));
        assertEquals("Height 5'10\"", rows.get(1).cell(3));
        assertEquals("Wants the evening class, if any", rows.get(2).cell(3));
    }

    /** A nickname quoted at the start of a cell ("Johnny" Walker): text after a closing quote, that line alone. */
    @Test
    void textAfterAClosingQuoteFailsThatLineAlone() {
        byte[] list = ("First Name,Last Name,Email\n"
                + "\"Johnny\" John,Walker,john.walker@example.com\n"
                + "Mary,Jones,mary.jones@example.com\n").getBytes(StandardCharsets.UTF_8);
        List<ImportTable.Row> rows = ImportTable.read(list).firstRows(20);

        assertEquals(List.of(2L, 3L), rows.stream().map(ImportTable.Row::line).toList());
        assertEquals("import.invalid.unreadableRow", rows.get(0).unreadable().messageKey());
        assertEquals(List.of("\"Johnny\" John", "Walker", "john.walker@example.com"), rows.get(0).cells());
        assertNull(rows.get(1).unreadable());
        assertEquals("mary.jones@example.com", rows.get(1).cell(2));
    }

    /**
     * The failed-rows download gives the line that cannot be read back in the list's own columns, headers and
     * delimiter, with its line and why, to be corrected and imported again.
     */
    @Test
    void theFailedRowsDownloadGivesTheUnreadableLineBackInItsColumns() throws Exception {
        byte[] list = ("Prénom;Nom;Courriel;Pays\r\n"
                + "Awa;Diop;awa.diop@exemple.sn;Sénégal\r\n"
                + "Ana;\"Silva;ana.silva@exemple.br;Brésil\r\n"
                + "Li;Wei;li.wei@exemple.cn;Chine\r\n").getBytes(WINDOWS_1252);
        ImportTable table = ImportTable.read(list);
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        List<LeadImportFailure> failed = new ArrayList<>();
        int valid = 0;
        for (ImportTable.Row row : table.firstRows(20)) {
            ImportedPerson read = ImportedPerson.read(row, mapping, table, "liste.csv", Locale.FRENCH);
            if (read.isValid()) {
                valid++;
            } else {
                failed.add(new LeadImportFailure(1, row.line(), read.problems(),
                        new LeadImportReader.Item(row, read, table.delimiter()).raw()));
            }
        }
        assertEquals(2, valid, "Awa and Li");
        StringWriter out = new StringWriter();
        FailedRowsFile.write(out, WINDOWS_1252, table.delimiter(), table.headers(), failed, Locale.FRENCH);

        List<String> lines = out.toString().lines().toList();
        assertEquals("Prénom;Nom;Courriel;Pays;Ligne;Raison", lines.get(0));
        assertTrue(lines.get(1).startsWith("Ana;\"\"\"Silva\";ana.silva@exemple.br;Brésil;3;\"Ligne 3 illisible"),
                lines.get(1));
    }

    /**
     * A column without a header among headed ones, and a last column whose header a workbook's sheet left out: both
     * are columns to map, named by their letter and a value they hold, in French and in English.
     */
    @Test
    void columnsWithoutAHeaderAreColumnsNamedInWords() {
        byte[] list = ("Prénom;Nom;;Courriel\r\n"
                + "Awa;Diop;;awa.diop@exemple.sn\r\n"
                + "Karim;Benali;Maroc;karim.benali@exemple.ma\r\n").getBytes(WINDOWS_1252);
        ImportTable table = ImportTable.read(list);
        assertEquals(List.of("Prénom", "Nom", "", "Courriel"), table.headers());
        List<String> samples = table.samples(20);
        assertEquals("Maroc", samples.get(2), "the first value the column holds");
        assertEquals("Colonne C (sans en-tête), p. ex. « Maroc »",
                LeadImportPage.columnName(2, "", samples.get(2), Locale.FRENCH));
        assertEquals("Column C (no header), e.g. “Maroc”",
                LeadImportPage.columnName(2, "", samples.get(2), Locale.ENGLISH));
        assertEquals("Colonne C (sans en-tête)", LeadImportPage.columnName(2, "", null, Locale.FRENCH));
        assertEquals("Courriel", LeadImportPage.columnName(3, "Courriel", "x", Locale.FRENCH));
        assertEquals(List.of("A", "Z", "AA", "AB", "BA"), List.of(ImportTable.columnLetter(0),
                ImportTable.columnLetter(25), ImportTable.columnLetter(26), ImportTable.columnLetter(27),
                ImportTable.columnLetter(52)));

        byte[] sheet = ("Email,First Name,Last Name\n"
                + "awa.diop@example.sn,Awa,Diop,Senegal\n"
                + "li.wei@example.cn,Li,Wei,\n").getBytes(StandardCharsets.UTF_8);
        ImportTable unheadedLast = ImportTable.read(sheet);
        assertEquals(List.of("Email", "First Name", "Last Name", ""), unheadedLast.headers(),
                "the fourth column, filled below its blank header, is a column");
        assertEquals("Senegal", unheadedLast.samples(20).get(3));
        ImportTable trailing = ImportTable.read("Email,First Name\nawa@example.sn,Awa,\n".getBytes(
                StandardCharsets.UTF_8));
        assertEquals(List.of("Email", "First Name"), trailing.headers(), "an empty cell after the last adds none");
        assertFalse(unheadedLast.firstRows(5).isEmpty());
    }
}
