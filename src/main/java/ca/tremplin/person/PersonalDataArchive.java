package ca.tremplin.person;

import static ca.tremplin.kernel.FileSignatures.startsWith;

import ca.tremplin.kernel.SpreadsheetCells;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A person's data as one zip: a page to read in French and one in English ({@link PersonalDataReadable}), and in
 * commonly used formats (portability): {@code personal-data.json} (the structure is
 * documented in docs/personal-data-export.md), the same tables as CSV files under {@code csv/} (UTF-8, a header row,
 * every cell through {@link SpreadsheetCells}) and as one workbook, a sheet per table, and each stored file — documents, CVs, attachments — under
 * {@code files/}, which the JSON and the CSV name instead of the bytes.
 */
public final class PersonalDataArchive {

    /** What the JSON says it is, so that a reader can tell the format and its version. */
    public static final String FORMAT = "tremplin-personal-data";
    public static final int VERSION = 1;

    private PersonalDataArchive() {
    }

    /** The file name a browser saves it as. */
    public static String fileName(PersonalDataSet data) {
        if (!data.leadIds().isEmpty()) {
            return "personal-data-" + data.leadIds().get(0) + ".zip";
        }
        // A profile withdrawn since the request was made leaves nothing to name the file after.
        return data.showcaseProfileIds().isEmpty() ? "personal-data.zip"
                : "personal-data-showcase-" + data.showcaseProfileIds().get(0) + ".zip";
    }

    public static void write(PersonalDataSet data, OutputStream out) {
        Map<byte[], String> files = fileNames(data);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("personal-data.json"));
            zip.write(json(data, files).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (java.util.Locale language : List.of(ca.tremplin.kernel.Languages.FRENCH,
                    ca.tremplin.kernel.Languages.ENGLISH)) {
                zip.putNextEntry(new ZipEntry(PersonalDataReadable.FILE_NAMES.get(language)));
                zip.write(PersonalDataReadable.html(data, language, files).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (Map.Entry<String, PersonalDataSet.Table> table : data.tables().entrySet()) {
                zip.putNextEntry(new ZipEntry("csv/" + table.getKey() + ".csv"));
                zip.write(csv(table.getValue(), files).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(WORKBOOK));
            workbook(data, files, zip);
            zip.closeEntry();
            for (Map.Entry<byte[], String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getValue()));
                zip.write(file.getKey());
                zip.closeEntry();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The JSON document alone. */
    public static String json(PersonalDataSet data) {
        return json(data, fileNames(data));
    }

    private static String json(PersonalDataSet data, Map<byte[], String> files) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(text)) {
            json.writeStartObject()
                    .write("format", FORMAT).write("version", VERSION)
                    .write("exportedAt", data.exportedAt().toString())
                    .writeStartObject("centre").write("id", data.tenantId()).write("nameFr", data.centreFr())
                    .write("nameEn", data.centreEn()).writeEnd()
                    .writeStartArray("leadIds");
            data.leadIds().forEach(json::write);
            json.writeEnd().writeStartArray("showcaseProfileIds");
            data.showcaseProfileIds().forEach(json::write);
            json.writeEnd().writeStartObject("tables");
            for (Map.Entry<String, PersonalDataSet.Table> table : data.tables().entrySet()) {
                json.writeStartArray(table.getKey());
                for (Map<String, Object> row : table.getValue().rows()) {
                    json.writeStartObject();
                    row.forEach((column, value) -> write(json, column, value, files));
                    json.writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, String column, Object value, Map<byte[], String> files) {
        if (value == null) {
            json.writeNull(column);
        } else if (value instanceof byte[] bytes) {
            json.writeStartObject(column).write("file", files.get(bytes)).write("bytes", bytes.length).writeEnd();
        } else if (value instanceof Boolean truth) {
            json.write(column, truth);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            json.write(column, ((Number) value).longValue());
        } else if (value instanceof java.math.BigDecimal decimal) {
            json.write(column, decimal);
        } else if (value instanceof Number number) {
            json.write(column, number.doubleValue());
        } else {
            json.write(column, value.toString());
        }
    }

    /**
     * The same tables as one workbook, a sheet each: a CSV opens in columns only where the spreadsheet's list
     * separator is the comma, and French Excel's is the semicolon (every row then stood in column A).
     */
    static final String WORKBOOK = "personal-data.xlsx";

    private static void workbook(PersonalDataSet data, Map<byte[], String> files, OutputStream out)
            throws IOException {
        // The zip stays open after the workbook: the workbook's own stream is not closed with it.
        OutputStream kept = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(kept, "Tremplin", "1.0");
        for (Map.Entry<String, PersonalDataSet.Table> table : data.tables().entrySet()) {
            // Table names are under Excel's 31 characters for a sheet's name.
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet(table.getKey());
            SpreadsheetCells.writeRow(sheet, 0, table.getValue().columns());
            int row = 1;
            for (Map<String, Object> values : table.getValue().rows()) {
                List<Object> cells = new ArrayList<>();
                for (String column : table.getValue().columns()) {
                    Object value = values.get(column);
                    cells.add(value instanceof byte[] bytes ? files.get(bytes) : value instanceof Boolean truth
                            ? truth.toString() : value);
                }
                SpreadsheetCells.writeRow(sheet, row++, cells);
            }
            sheet.finish();
        }
        workbook.finish();
    }

    private static String csv(PersonalDataSet.Table table, Map<byte[], String> files) throws IOException {
        StringWriter text = new StringWriter();
        text.write('\uFEFF'); // so that a spreadsheet reads the names in UTF-8 ("María José", not "MarÃ­a JosÃ©")
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(table.columns().toArray(String[]::new)).get())) {
            for (Map<String, Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (String column : table.columns()) {
                    Object value = row.get(column);
                    cells.add(value == null ? "" : value instanceof byte[] bytes ? files.get(bytes)
                            : SpreadsheetCells.neutralised(value.toString()));
                }
                printer.printRecord(cells);
            }
        }
        return text.toString();
    }

    /**
     * Each stored file's place in the zip: {@code files/<table>/<key>-<column>.<extension>}, the key being the row's
     * id (or the id it belongs to: an application's, a document's) as the JSON and CSV give it, and the extension the
     * one its content shows, so that the person's computer opens it.
     */
    private static Map<byte[], String> fileNames(PersonalDataSet data) {
        Map<byte[], String> names = new IdentityHashMap<>();
        for (Map.Entry<String, PersonalDataSet.Table> table : data.tables().entrySet()) {
            int row = 0;
            for (Map<String, Object> values : table.getValue().rows()) {
                row++;
                String key = key(values, row);
                for (Map.Entry<String, Object> value : values.entrySet()) {
                    if (value.getValue() instanceof byte[] bytes) {
                        names.put(bytes, "files/" + table.getKey() + "/" + key + "-" + value.getKey()
                                + extension(bytes));
                    }
                }
            }
        }
        return names;
    }

    private static String key(Map<String, Object> values, int row) {
        Object id = values.get("id");
        if (id == null) {
            id = values.entrySet().stream().filter(value -> value.getKey().endsWith("_id")
                            && value.getValue() instanceof Number).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return id == null ? String.valueOf(row) : id.toString();
    }

    /** The extension of the kinds of files people send (documents, photos), read from their first bytes. */
    static String extension(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return ".pdf";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return ".jpg";
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47)) {
            return ".png";
        }
        if (startsWith(content, 0x52, 0x49, 0x46, 0x46) && content.length > 11 && content[8] == 'W'
                && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
            return ".webp";
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            String head = new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.contains("word/") ? ".docx" : head.contains("xl/") ? ".xlsx" : ".zip";
        }
        return "";
    }
}
