package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.SampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A visitors' list kept in Excel at a fair, read as the CSV table it holds, row numbers as Excel shows them. */
class ExcelWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void theFirstSheetIsReadAsATableUnderItsTitleWithExcelRowNumbers() throws IOException {
        Path workbook = folder.resolve("visiteurs.xlsx");
        Files.write(workbook, SampleFiles.bytes("salon-casablanca-visiteurs.xlsx"));
        assertTrue(ExcelWorkbook.isWorkbook(workbook));
        assertFalse(ExcelWorkbook.isOldWorkbook(workbook));

        Path csv = folder.resolve("visiteurs.csv");
        ExcelWorkbook.firstSheetAsCsv(workbook, csv);
        ImportTable table = ImportTable.read(ImportSource.of(csv));

        assertEquals(4, table.headerLine(), "under the title, the export date and a blank row");
        assertEquals(List.of("Horodatage", "Prénom", "Nom", "Courriel", "Téléphone portable", "Pays",
                "Programme d'intérêt", "Consentement (être contacté)"), table.headers());
        List<ImportTable.Row> rows = table.firstRows(10);
        assertEquals(5, rows.size());
        assertEquals(5, rows.get(0).line());
        assertEquals("612345679", rows.get(0).cell(4), "a phone typed as a number keeps its digits");
        assertEquals("DEP Soudage-montage ASP Soudage haute pression", rows.get(0).cell(6),
                "a line break in a cell does not break the row");
        assertEquals(9, rows.get(4).line());
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefusedWithAReason() throws IOException {
        Path notAWorkbook = folder.resolve("archive.xlsx");
        Files.write(notAWorkbook, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0});
        assertTrue(ExcelWorkbook.isWorkbook(notAWorkbook));
        assertEquals("import.invalid.workbook", assertThrows(ImportProblem.class,
                () -> ExcelWorkbook.firstSheetAsCsv(notAWorkbook, folder.resolve("out.csv"))).messageKey());
    }
}
