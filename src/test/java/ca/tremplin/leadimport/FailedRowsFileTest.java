package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.SampleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failed rows come back in the list's own layout — its headers, delimiter and encoding, each row as it was, plus
 * the line and the reason — so that a corrected file imports as is, and no cell of it runs as a formula.
 */
class FailedRowsFileTest {

    @Test
    void aFrenchExcelListsFailedRowsComeBackInWindows1252WithSemicolonsAndFrenchColumnsThenImportOnceCorrected()
            throws IOException {
        ImportTable table = ImportTable.read(SampleFiles.bytes("excel-fr-inscriptions.csv"));
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        List<LeadImportFailure> failed = failures(table, mapping);
        assertEquals(1, failed.size());

        Charset charset = FailedRowsFile.charset(table.encoding());
        byte[] download = download(charset, table, failed, Locale.FRENCH);
        String text = new String(download, charset);

        assertEquals("Prénom;Nom;Courriel;Téléphone;Pays;Date d'inscription;Durée (min);Ligne;Raison",
                text.lines().findFirst().orElseThrow(), "no byte-order mark in Windows-1252");
        assertTrue(text.contains("\r\n\"\";;pas-une-adresse;;;23/03/2027;;12;Courriel : « pas-une-adresse » n’est pas"),
                text);

        // The user corrects the address in a spreadsheet and sends the file back as it is.
        byte[] corrected = text.replace("\"\";;pas-une-adresse;", "Léa;Roy;retour@exemple.fr;").getBytes(charset);
        ImportTable again = ImportTable.read(corrected);
        ColumnMapping guessed = ColumnMapping.guess(again.headers());
        assertEquals(mapping.asMap(), guessed.asMap(), "the added Ligne and Raison columns are left aside");
        ImportedPerson lea = ImportedPerson.read(again.firstRows(1).get(0), guessed, again, "corrigé.csv",
                Locale.FRENCH);
        assertTrue(lea.isValid(), String.valueOf(lea.problems()));
        assertEquals("retour@exemple.fr", lea.person().email());

        // Sent back uncorrected, the row fails again: its new download has this import's line and reason only.
        ImportTable unchanged = ImportTable.read(download);
        String second = new String(download(charset, unchanged, failures(unchanged, ColumnMapping.guess(
                unchanged.headers())), Locale.FRENCH), charset);
        assertEquals("Prénom;Nom;Courriel;Téléphone;Pays;Date d'inscription;Durée (min);Ligne;Raison",
                second.lines().findFirst().orElseThrow(), "not a second pair of Ligne and Raison columns");
        assertTrue(second.contains("\r\n\"\";;pas-une-adresse;;;23/03/2027;;2;Courriel :"),
                "the line in the file sent back: " + second);
    }

    @Test
    void aTeamsReportsFailedRowsStayUtf16WithTabsAndAByteOrderMarkAndFormulasAreNeutralised() throws IOException {
        ImportTable table = ImportTable.read(SampleFiles.bytes("teams-attendance-actions.csv"));
        List<LeadImportFailure> failed = new ArrayList<>(failures(table, ColumnMapping.guess(table.headers())));
        failed.add(new LeadImportFailure(1, 99, "=1+1", FailedRowsFile.line(List.of("+1 514 555 0199", "@x"), '\t')));

        Charset charset = FailedRowsFile.charset(table.encoding());
        byte[] download = download(charset, table, failed, Locale.ENGLISH);

        assertEquals(List.of(0xFF, 0xFE), List.of(download[0] & 0xFF, download[1] & 0xFF), "UTF-16LE's mark");
        List<String> lines = new String(download, charset).substring(1).lines().toList();
        assertEquals("Full Name\tUser Action\tTimestamp\tLine\tReason", lines.get(0));
        assertEquals(7, lines.size(), "the headers, the five rows of the report and the one added here");
        assertEquals("'+1 514 555 0199\t'@x\t\t99\t'=1+1", lines.get(6));
        ImportTable back = ImportTable.read(new String(download, charset).getBytes(charset));
        assertEquals(ImportFormat.TEAMS_ATTENDANCE, back.format());
        assertEquals("'+1 514 555 0199", back.firstRows(10).get(5).cell(0),
                "the quote stays in the file; the import reads it away (see SpreadsheetCells.restored)");
    }

    /**
     * A failed row with a long comment — delimiters and quotes in it — is kept shortened cell by cell, the longest
     * first, as a well-formed line of its file: every other value stays in its column and the download imports again.
     */
    @Test
    void aFailedRowTooLongToKeepWholeIsShortenedInItsLongestCellAndComesBackInItsColumns() throws IOException {
        StringBuilder comment = new StringBuilder();
        while (comment.length() < 2_429) {
            comment.append("Veut « le DEP; soudage » ou \"mécanique\"; rappeler le soir. ");
        }
        comment.setLength(2_429);
        String list = "Prénom;Nom;Courriel;Pays;Commentaire\r\n"
                + "Karim;Benali;pas-une-adresse;Maroc;" + FailedRowsFile.line(List.of(comment.toString()), ';')
                + "\r\n";
        ImportTable table = ImportTable.read(list.getBytes(StandardCharsets.UTF_8));
        ImportTable.Row row = table.firstRows(1).get(0);
        assertEquals(comment.toString(), row.cell(4));
        ImportedPerson read = ImportedPerson.read(row, ColumnMapping.guess(table.headers()), table, "liste.csv",
                Locale.FRENCH);
        assertFalse(read.isValid());

        String raw = new LeadImportReader.Item(row, read, table.delimiter()).raw();
        LeadImportFailure failure = new LeadImportFailure(1, row.line(), read.problems(), raw);

        assertTrue(failure.getRawRow().length() <= 2_000, "the report's column holds it: " + raw.length());
        List<String> kept = FailedRowsFile.cells(failure.getRawRow(), ';');
        assertEquals(5, kept.size(), "the line was cut inside its quoted comment: " + kept);
        assertEquals(List.of("Karim", "Benali", "pas-une-adresse", "Maroc"), kept.subList(0, 4));
        assertTrue(kept.get(4).endsWith("…"), kept.get(4));
        assertTrue(comment.toString().startsWith(kept.get(4).substring(0, kept.get(4).length() - 1)));
        assertTrue(kept.get(4).length() > 1_800, "only as much cut as the row needs: " + kept.get(4).length());

        Charset charset = FailedRowsFile.charset(table.encoding());
        byte[] download = download(charset, table, List.of(failure), Locale.FRENCH);
        ImportTable back = ImportTable.read(download);
        assertEquals(List.of("Prénom", "Nom", "Courriel", "Pays", "Commentaire", "Ligne", "Raison"), back.headers());
        List<String> cells = back.firstRows(1).get(0).cells();
        assertEquals(List.of("Karim", "Benali", "pas-une-adresse", "Maroc", kept.get(4), "2"), cells.subList(0, 6));
        assertTrue(cells.get(6).startsWith("Courriel"), cells.get(6));
    }

    @Test
    void aWorkbooksFailedRowsComeBackWithTheDelimiterOfTheReadersSpreadsheet(@TempDir Path folder) throws IOException {
        Path workbook = folder.resolve("visiteurs.xlsx");
        Files.write(workbook, SampleFiles.bytes("salon-casablanca-visiteurs.xlsx"));
        Path sheet = folder.resolve("visiteurs.csv");
        ExcelWorkbook.firstSheetAsCsv(workbook, sheet);
        ImportTable table = ImportTable.read(ImportSource.of(sheet));
        ImportTable.Row row = table.firstRows(1).get(0);
        List<LeadImportFailure> failed = List.of(new LeadImportFailure(1, row.line(), "Courriel : absent",
                FailedRowsFile.line(row.cells(), table.delimiter())));
        Charset charset = FailedRowsFile.charset("XLSX");

        String french = new String(download(charset, "XLSX", table, failed, Locale.FRENCH), charset);
        String english = new String(download(charset, "XLSX", table, failed, Locale.ENGLISH), charset);

        assertEquals("\uFEFFHorodatage;Prénom;Nom;Courriel;Téléphone portable;Pays;Programme d'intérêt;"
                + "Consentement (être contacté);Ligne;Raison", french.lines().findFirst().orElseThrow(),
                "French Excel opens a list separated by semicolons in its columns");
        assertEquals("\uFEFFHorodatage,Prénom,Nom,Courriel,Téléphone portable,Pays,Programme d'intérêt,"
                + "Consentement (être contacté),Line,Reason", english.lines().findFirst().orElseThrow());
        ImportTable back = ImportTable.read(french.getBytes(charset));
        assertEquals(';', back.delimiter());
        assertEquals(row.cells(), back.firstRows(1).get(0).cells().subList(0, row.cells().size()),
                "every cell in its column");
    }

    @Test
    void aRowKeptBeforeRowsWereLinesOfTheirFileIsSplitAsItWasJoined() {
        assertEquals(List.of("Zoé", "zoe@exemple.fr", ""), FailedRowsFile.cells("Zoé | zoe@exemple.fr | ", ','));
        assertEquals(List.of("a;b", "c"), FailedRowsFile.cells(FailedRowsFile.line(List.of("a;b", "c"), ';'), ';'));
    }

    /** What the import keeps of the rows that fail: their line, reason and cells. */
    /**
     * An import whose list's headers are lost (made before they were kept, its file gone) names each column of its
     * download as the mapping's menus name a column without a header, not "#3"; the file imports again as is, that
     * first line its headers and each value in its column.
     */
    @Test
    void aDownloadWhoseHeadersAreLostNamesItsColumnsAsTheMappingDoesAndImportsAgain() throws IOException {
        List<LeadImportFailure> failed = List.of(new LeadImportFailure(1, 4, "Courriel : absent",
                FailedRowsFile.line(List.of("Awa", "Diop", "", "Sénégal"), ',')));
        List<String> headers = FailedRowsFile.unheaded(4, Locale.FRENCH);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            FailedRowsFile.write(out, StandardCharsets.UTF_8, ',', headers, failed, Locale.FRENCH);
        }

        String download = bytes.toString(StandardCharsets.UTF_8).substring(1);
        assertEquals("Colonne A (sans en-tête),Colonne B (sans en-tête),Colonne C (sans en-tête),"
                + "Colonne D (sans en-tête),Ligne,Raison", download.lines().findFirst().orElseThrow());
        assertEquals(List.of("Column A (no header)", "Column B (no header)"), FailedRowsFile.unheaded(2, Locale.ENGLISH));
        ImportTable back = ImportTable.read(bytes.toByteArray());
        assertEquals(headers, back.headers().subList(0, 4), "the first line is read as the headers");
        assertEquals("Sénégal", back.firstRows(10).get(0).cell(3));
        assertEquals(1, back.firstRows(10).size());
    }

    private static List<LeadImportFailure> failures(ImportTable table, ColumnMapping mapping) {
        List<LeadImportFailure> failed = new ArrayList<>();
        for (ImportTable.Row row : table.firstRows(100)) {
            ImportedPerson read = ImportedPerson.read(row, mapping, table, "liste.csv", Locale.FRENCH);
            if (!read.isValid() && !read.isSkipped()) {
                failed.add(new LeadImportFailure(1, row.line(), read.problems(),
                        FailedRowsFile.line(row.cells(), table.delimiter())));
            }
        }
        return failed;
    }

    /** The download of the failed rows of a list of this encoding, as the servlet writes it. */
    private static byte[] download(Charset charset, String encoding, ImportTable table, List<LeadImportFailure> failed,
                                   Locale language) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, charset)) {
            FailedRowsFile.write(out, charset, table.delimiter(), FailedRowsFile.writtenDelimiter(encoding,
                    table.delimiter(), language), table.headers(), failed, language);
        }
        return bytes.toByteArray();
    }

    private static byte[] download(Charset charset, ImportTable table, List<LeadImportFailure> failed,
                                   Locale language) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, charset)) {
            FailedRowsFile.write(out, charset, table.delimiter(), table.headers(), failed, language);
        }
        return bytes.toByteArray();
    }
}
