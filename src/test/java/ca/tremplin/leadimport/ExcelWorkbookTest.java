package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.SampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A visitors' list kept in Excel at a fair, read as the CSV table it holds, row numbers as Excel shows them. */
class ExcelWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void aFileShorterThanAWorkbooksSignatureIsNoWorkbook() throws Exception {
        for (String content : new String[] {"", "a\r\n", "PK"}) {
            Path tiny = folder.resolve("tiny-" + content.length() + ".csv");
            Files.writeString(tiny, content);
            assertFalse(ExcelWorkbook.isWorkbook(tiny), content);
            assertFalse(ExcelWorkbook.isOldWorkbook(tiny), content);
        }
    }

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

    /**
     * Times spent in a fair typed in Excel as times (0:45, 1:05:30) are numbers of days under a time format: they are
     * written as the clock Excel shows and read as minutes, not as 0.03125 minutes rounded to nobody present.
     */
    /**
     * A workbook's cells holding quotes — a quote opened and never closed, a formula's quoted arguments — are written
     * quoted as CSV, so that the table reads every row of the sheet: no row of a workbook is unreadable.
     */
    @Test
    void cellsWithQuotesNeverClosedLeaveEveryRowOfAWorkbookReadable() throws IOException {
        Path workbook = folder.resolve("guillemets.xlsx");
        List<List<String>> people = List.of(
                List.of("awa.diop@exemple.sn", "Awa", "Diop"),
                List.of("karim.benali@exemple.ma", "Karim", "Benali"),
                List.of("luc.tremblay@exemple.ca", "Luc", "Tremblay"),
                List.of("ana.silva@exemple.br", "Ana", "\"Silva"),
                List.of("test@exemple.fr", "=HYPERLINK(\"http://exemple.org\";\"x\")", "Test\""));
        try (java.io.OutputStream out = Files.newOutputStream(workbook)) {
            Workbook book = new Workbook(out, "Tremplin", "1.0");
            Worksheet sheet = book.newWorksheet("Inscrits");
            List<String> headers = List.of("Courriel", "Prénom", "Nom");
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
            }
            for (int row = 0; row < people.size(); row++) {
                for (int column = 0; column < 3; column++) {
                    sheet.value(row + 1, column, people.get(row).get(column));
                }
            }
            sheet.finish();
            book.finish();
        }
        Path csv = folder.resolve("guillemets.csv");
        ExcelWorkbook.firstSheetAsCsv(workbook, csv);

        List<ImportTable.Row> rows = ImportTable.read(ImportSource.of(csv)).firstRows(10);
        assertEquals(List.of(), rows.stream().filter(row -> row.unreadable() != null).toList());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), rows.stream().map(ImportTable.Row::line).toList(),
                "Excel's row numbers");
        assertEquals("\"Silva", rows.get(3).cell(2));
    }

    @Test
    void timesAndDatesFormattedInExcelAreWrittenAsExcelShowsThemAndTheirMinutesRead() throws IOException {
        Path workbook = folder.resolve("presences.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(workbook)) {
            Workbook book = new Workbook(out, "Tremplin", "1.0");
            Worksheet sheet = book.newWorksheet("Présences");
            sheet.value(0, 0, "Présences — Salon de Tunis");
            List<String> headers = List.of("Courriel", "Prénom", "Nom", "Téléphone", "Durée de présence",
                    "Date d'inscription", "Arrivée");
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(2, column, headers.get(column));
            }
            person(sheet, 3, "ines.bensalah@exemple.tn", "Ines", "Ben Salah", 0.03125, "h:mm");
            person(sheet, 4, "sebastien.dubois@exemple.be", "Sébastien", "Dubois", (3600 + 5 * 60 + 30) / 86_400.0,
                    "[h]:mm:ss");
            person(sheet, 5, "awa.diop@exemple.sn", "Awa", "Diop", 1.5, "[h]:mm");
            person(sheet, 6, "karim.benali@exemple.ma", "Karim", "Benali", 46_470 + 0.75, "h:mm:ss;@");
            sheet.finish();
            book.finish();
        }

        Path csv = folder.resolve("presences.csv");
        ExcelWorkbook.firstSheetAsCsv(workbook, csv);

        List<String> lines = Files.readAllLines(csv);
        assertEquals("ines.bensalah@exemple.tn,Ines,Ben Salah,5145550123,0:45:00,2027-03-24,2027-03-24 15:22",
                lines.get(3), "a time, a date and a moment as Excel shows them; a phone kept as a number as typed");
        assertEquals("1:05:30", ImportTable.cells(lines.get(4), ',').get(4));
        assertEquals("36:00:00", ImportTable.cells(lines.get(5), ',').get(4), "elapsed hours not wrapped at a day");
        assertEquals("18:00:00", ImportTable.cells(lines.get(6), ',').get(4), "a date and time shown as a time");
        ImportTable table = ImportTable.read(ImportSource.of(csv));
        assertEquals(3, table.headerLine(), "under the title and a blank row");
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        List<ImportedPerson> people = table.firstRows(10).stream().map(row -> ImportedPerson.read(row, mapping,
                table, "presences.xlsx", java.util.Locale.FRENCH)).toList();
        assertEquals(List.of(45, 66, 36 * 60, 18 * 60), people.stream().map(ImportedPerson::minutes).toList());
        assertTrue(people.stream().allMatch(ImportedPerson::attended));
        assertTrue(people.stream().noneMatch(ImportedPerson::hasWarnings), people.get(0).warnings());
    }

    @Test
    void excelsBuiltInFormatsAndAWorkbooksOwnAreToldApart() {
        assertEquals(ExcelNumberFormat.Shown.NUMBER, ExcelNumberFormat.shown(0, null), "General");
        assertEquals(ExcelNumberFormat.Shown.NUMBER, ExcelNumberFormat.shown(3, "#,##0"));
        assertEquals(ExcelNumberFormat.Shown.DATE, ExcelNumberFormat.shown(14, null));
        assertEquals(ExcelNumberFormat.Shown.DATE_TIME, ExcelNumberFormat.shown(22, null));
        assertEquals(ExcelNumberFormat.Shown.TIME_OF_DAY, ExcelNumberFormat.shown(20, null), "h:mm");
        assertEquals(ExcelNumberFormat.Shown.DURATION, ExcelNumberFormat.shown(46, null), "[h]:mm:ss");
        assertEquals(ExcelNumberFormat.Shown.DATE, ExcelNumberFormat.shown(164, "dd/mm/yyyy"));
        assertEquals(ExcelNumberFormat.Shown.DATE, ExcelNumberFormat.shown(165, "[$-40C]d mmmm yyyy"));
        assertEquals(ExcelNumberFormat.Shown.DATE_TIME, ExcelNumberFormat.shown(166, "d/m/yyyy h:mm"));
        assertEquals(ExcelNumberFormat.Shown.TIME_OF_DAY, ExcelNumberFormat.shown(167, "mm:ss"));
        assertEquals(ExcelNumberFormat.Shown.TIME_OF_DAY, ExcelNumberFormat.shown(168, "h:mm AM/PM"));
        assertEquals(ExcelNumberFormat.Shown.DURATION, ExcelNumberFormat.shown(169, "[mm]:ss"));
        assertEquals(ExcelNumberFormat.Shown.NUMBER, ExcelNumberFormat.shown(170, "0\\ \"heures\""),
                "letters quoted or escaped are text, not hours");
        assertEquals(ExcelNumberFormat.Shown.NUMBER, ExcelNumberFormat.shown(171, "[Red][<=9999999]###-####;_(* #"),
                "a phone's format, with a colour, a condition and padding");
        assertEquals(ExcelNumberFormat.Shown.NUMBER, ExcelNumberFormat.shown(172, "0_s"));
    }

    /** LibreOffice's spreadsheet, as the OpenDocument format requires it to begin: told apart from a workbook. */
    @Test
    void anOpenDocumentSpreadsheetIsToldApartFromAnExcelWorkbook() throws IOException {
        Path ods = folder.resolve("liste.ods");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry mimetype = new java.util.zip.ZipEntry("mimetype");
            mimetype.setMethod(java.util.zip.ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(ExcelWorkbook.isOpenDocument(ods));
        Path workbook = folder.resolve("visiteurs.xlsx");
        Files.write(workbook, SampleFiles.bytes("salon-casablanca-visiteurs.xlsx"));
        assertFalse(ExcelWorkbook.isOpenDocument(workbook));
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefusedWithAReason() throws IOException {
        Path notAWorkbook = folder.resolve("archive.xlsx");
        Files.write(notAWorkbook, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0});
        assertTrue(ExcelWorkbook.isWorkbook(notAWorkbook));
        assertEquals("import.invalid.workbook", assertThrows(ImportProblem.class,
                () -> ExcelWorkbook.firstSheetAsCsv(notAWorkbook, folder.resolve("out.csv"))).messageKey());
    }

    @Test
    void aSmallWorkbookThatDeclaresMillionsOfRowsIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path workbook = crafted("<dimension ref=\"A1:C5000000\"/>", 5_000_000);
        Path csv = folder.resolve("bomb.csv");
        assertTrue(Files.size(workbook) < 2000, "a file of a few hundred bytes");

        ImportProblem refused = assertThrows(ImportProblem.class, () -> ExcelWorkbook.firstSheetAsCsv(workbook, csv));

        assertEquals("import.invalid.tooManyRows", refused.messageKey());
        String reason = refused.localizedMessage(java.util.Locale.ENGLISH);
        assertTrue(reason.contains("5,000,000") && reason.contains("1,048,576"), reason);
        assertFalse(Files.exists(csv), "nothing written to disk");
    }

    @Test
    void aRowNumberBeyondTheLimitWithoutADimensionStopsTheCopyBeforeItsBlankLines() throws IOException {
        Path workbook = crafted("", 2_000_000_000);
        Path csv = folder.resolve("bomb.csv");

        assertEquals("import.invalid.tooManyRows", assertThrows(ImportProblem.class,
                () -> ExcelWorkbook.firstSheetAsCsv(workbook, csv)).messageKey());
        assertFalse(Files.exists(csv), "the copy begun is deleted");
    }

    @Test
    void aWorkbookWithinTheLimitIsStillRead() throws IOException {
        Path workbook = crafted("<dimension ref=\"A1:C3\"/>", 3);
        Path csv = folder.resolve("small.csv");
        ExcelWorkbook.firstSheetAsCsv(workbook, csv);
        assertEquals(List.of("Email,Name", "", "a@b.org,A B"), Files.readAllLines(csv));
    }

    @Test
    void aZipBombNamedLikeAWorkbookIsRefusedWithTheLimitItPassesBeforeTheReaderOpensIt() throws IOException {
        // A real workbook with one more part: 300 MB of the same byte, deflated to a few hundred kilobytes.
        Path bomb = crafted("<dimension ref=\"A1:C3\"/>", 3, zip -> {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        });
        assertTrue(Files.size(bomb) < 1024 * 1024, "under a megabyte: " + Files.size(bomb));
        Path csv = folder.resolve("bomb.csv");

        ImportProblem refused = assertThrows(ImportProblem.class, () -> ExcelWorkbook.firstSheetAsCsv(bomb, csv));

        assertEquals("archive.ratio", refused.messageKey());
        assertTrue(refused.localizedMessage(java.util.Locale.ENGLISH).contains("more than 200 times its size"),
                refused.localizedMessage(java.util.Locale.ENGLISH));
        assertTrue(refused.localizedMessage(java.util.Locale.CANADA_FRENCH).contains("plus de 200 fois sa taille"),
                refused.localizedMessage(java.util.Locale.CANADA_FRENCH));
        assertFalse(Files.exists(csv), "nothing written");
    }

    @Test
    void aWorkbookOfThousandsOfPartsIsRefusedNamingTheLimit() throws IOException {
        Path crowded = crafted("<dimension ref=\"A1:C3\"/>", 3, zip -> {
            for (int i = 0; i < 2_500; i++) {
                part(zip, "xl/media/image" + i + ".xml", "<x/>");
            }
        });

        ImportProblem refused = assertThrows(ImportProblem.class,
                () -> ExcelWorkbook.firstSheetAsCsv(crowded, folder.resolve("crowded.csv")));

        assertEquals("archive.tooManyEntries", refused.messageKey());
        String reason = refused.localizedMessage(java.util.Locale.ENGLISH);
        assertTrue(reason.contains("2,505") && reason.contains("2,000"), reason);
    }

    @Test
    void aPartThatExpandsToMoreThanItsDeclaredSizeIsRefusedWhileInflating() throws IOException {
        // 2 MB of varied text (it compresses a few times only), whose central directory then claims 1,000 bytes.
        Path liar = crafted("<dimension ref=\"A1:C3\"/>", 3, zip -> {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            java.util.Random random = new java.util.Random(7);
            for (int i = 0; i < 2 * 1024 * 1024; i++) {
                zip.write('a' + random.nextInt(26));
            }
            zip.closeEntry();
        });
        declareUncompressedSize(liar, "xl/sharedStrings.xml", 1_000);

        assertEquals("archive.lyingSize", assertThrows(ImportProblem.class,
                () -> ExcelWorkbook.firstSheetAsCsv(liar, folder.resolve("liar.csv"))).messageKey());
    }

    /** A person's row: a phone kept as a number, the time given in this format, registered and arrived on a day. */
    private static void person(Worksheet sheet, int row, String email, String firstName, String lastName,
                               double time, String timeFormat) {
        sheet.value(row, 0, email);
        sheet.value(row, 1, firstName);
        sheet.value(row, 2, lastName);
        sheet.value(row, 3, 5_145_550_123L);
        sheet.value(row, 4, time);
        sheet.style(row, 4).format(timeFormat).set();
        sheet.value(row, 5, 46_470);
        sheet.style(row, 5).format("dd/mm/yyyy").set();
        sheet.value(row, 6, 46_470 + (15 * 60 + 22) / 1_440.0);
        sheet.style(row, 6).format("dd/mm/yyyy hh:mm").set();
    }

    /** Rewrites the uncompressed size that the central directory (and the local header) give one entry. */
    private static void declareUncompressedSize(Path file, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            int signature = buffer.getInt(i);
            int nameAt = signature == 0x02014b50 ? i + 46 : signature == 0x04034b50 ? i + 30 : -1;
            int nameLength = signature == 0x02014b50 ? buffer.getShort(i + 28) : buffer.getShort(i + 26);
            if (nameAt > 0 && nameLength == wanted.length && java.util.Arrays.equals(bytes, nameAt,
                    nameAt + nameLength, wanted, 0, wanted.length)) {
                buffer.putInt(signature == 0x02014b50 ? i + 24 : i + 22, size);
            }
        }
        Files.write(file, bytes);
    }

    private interface Parts {
        void add(ZipOutputStream zip) throws IOException;
    }

    private Path crafted(String dimension, long lastRow) throws IOException {
        return crafted(dimension, lastRow, zip -> { });
    }

    /** A minimal XLSX: a header row, and one person on row {@code lastRow}, with the dimension given. */
    private Path crafted(String dimension, long lastRow, Parts more) throws IOException {
        Path file = folder.resolve("crafted-" + lastRow + "-" + System.nanoTime() + ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            more.add(zip);
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Liste\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + dimension + "<sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Email</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>"
                    + "<row r=\"" + lastRow + "\"><c r=\"A" + lastRow + "\" t=\"inlineStr\"><is><t>a@b.org</t></is></c>"
                    + "<c r=\"B" + lastRow + "\" t=\"inlineStr\"><is><t>A B</t></is></c></row>"
                    + "</sheetData></worksheet>");
        }
        return file;
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
