package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files in a person's archive carry the extension their content shows, so that the person's computer opens them. */
class PersonalDataArchiveTest {

    /**
     * The tables come as one workbook too, a sheet each, which any spreadsheet opens in columns (a CSV lands whole in
     * column A where the list separator is the semicolon, as in French Excel); a file is named by its place in the zip.
     */
    @Test
    void theArchiveHoldsAWorkbookWithASheetPerTable() throws Exception {
        byte[] passport = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        java.util.Map<String, Object> lead = new java.util.LinkedHashMap<>();
        lead.put("id", 1234L);
        lead.put("first_name", "محمد");
        lead.put("last_name", "=HYPERLINK(\"http://x\")");
        java.util.Map<String, Object> document = new java.util.LinkedHashMap<>();
        document.put("document_id", 7L);
        document.put("content", passport);
        java.util.Map<String, PersonalDataSet.Table> tables = new java.util.LinkedHashMap<>();
        tables.put("lead", new PersonalDataSet.Table(java.util.List.of("id", "first_name", "last_name"),
                java.util.List.of(lead)));
        tables.put("lead_document_content", new PersonalDataSet.Table(java.util.List.of("document_id", "content"),
                java.util.List.of(document)));
        PersonalDataSet data = new PersonalDataSet(java.time.Instant.parse("2026-12-05T12:00:00Z"), 3, "CSS", "CSS",
                java.util.List.of(1234L), java.util.List.of(), tables);
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        PersonalDataArchive.write(data, zip);

        byte[] workbook = null;
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream read = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (java.util.zip.ZipEntry entry; (entry = read.getNextEntry()) != null; ) {
                entries.add(entry.getName());
                if (entry.getName().equals("personal-data.xlsx")) {
                    workbook = read.readAllBytes();
                }
            }
        }
        assertTrue(entries.containsAll(java.util.List.of("personal-data.json", "vos-donnees.html", "your-data.html",
                "csv/lead.csv", "personal-data.xlsx",
                "files/lead_document_content/7-content.pdf")), entries::toString);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook read = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(workbook))) {
            assertEquals(java.util.List.of("lead", "lead_document_content"), read.getSheets()
                    .map(org.dhatim.fastexcel.reader.Sheet::getName).toList());
            java.util.List<org.dhatim.fastexcel.reader.Row> leads = read.getFirstSheet().read();
            assertEquals("first_name", leads.get(0).getCellText(1));
            assertEquals(1234, leads.get(1).getCellAsNumber(0).orElseThrow().intValue(), "a number as a number");
            assertEquals("محمد", leads.get(1).getCellText(1));
            assertEquals("=HYPERLINK(\"http://x\")", leads.get(1).getCellText(2), "as given, in a text cell");
            assertEquals("files/lead_document_content/7-content.pdf", read.getSheets().toList().get(1).read().get(1)
                    .getCellText(1), "a file named by its place in the zip");
        }
    }

    @Test
    void theExtensionIsReadFromTheFilesFirstBytes() {
        assertEquals(".pdf", PersonalDataArchive.extension("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(".jpg", PersonalDataArchive.extension(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}));
        assertEquals(".png", PersonalDataArchive.extension(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A}));
        assertEquals(".docx", PersonalDataArchive.extension(
                "PK\u0003\u0004....[Content_Types].xml word/document.xml".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("", PersonalDataArchive.extension("texte".getBytes(StandardCharsets.UTF_8)),
                "no extension rather than a wrong one");
    }
}
