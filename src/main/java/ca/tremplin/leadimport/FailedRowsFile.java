package ca.tremplin.leadimport;

import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.SpreadsheetCells;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an import that failed, as a file to correct in a spreadsheet and import again as is: the list's own
 * headers and each failed row as it was, in the list's delimiter and encoding (UTF-8 with a byte-order mark, so that
 * Excel reads accents; a Teams report's UTF-16 stays UTF-16), plus two columns, the line in the original file and
 * the reason ("Ligne", "Raison" in French; "Line", "Reason" in English), which the import leaves aside when the file
 * comes back. Every cell is written through {@link SpreadsheetCells#neutralised}. A row is kept as a line of its
 * file ({@link #keptLine}, its longest cells shortened when it is too long) when it fails, so the download needs
 * nothing else.
 */
final class FailedRowsFile {

    /** The most a kept row may hold: the report's {@code raw_row} column. */
    static final int LONGEST_KEPT_LINE = 2_000;

    private FailedRowsFile() {
    }

    /**
     * The cells as the report keeps a row: one line of the file ({@link #line}), and when that is longer than the
     * report holds, its longest cells shortened first, each ending with "…", all down to the one length that fits,
     * then written again — a line cut anywhere else would end inside a quoted cell, and the download could no longer
     * tell its columns apart. A row of so many cells that even "…" in each does not fit keeps the first ones that do.
     */
    static String keptLine(List<String> cells, char delimiter) {
        String whole = line(cells, delimiter);
        if (whole.length() <= LONGEST_KEPT_LINE) {
            return whole;
        }
        // The longest length a cell may keep for the line to fit, found by halving.
        int fitting = 0;
        int tooLong = cells.stream().mapToInt(String::length).max().orElse(0);
        while (tooLong - fitting > 1) {
            int length = (fitting + tooLong) >>> 1;
            if (line(shortened(cells, length), delimiter).length() <= LONGEST_KEPT_LINE) {
                fitting = length;
            } else {
                tooLong = length;
            }
        }
        List<String> kept = new ArrayList<>(shortened(cells, Math.max(fitting, 1)));
        while (line(kept, delimiter).length() > LONGEST_KEPT_LINE) {
            kept.remove(kept.size() - 1);
        }
        return line(kept, delimiter);
    }

    private static List<String> shortened(List<String> cells, int length) {
        return cells.stream().map(cell -> shortened(cell, length)).toList();
    }

    /** The cell as is when it has at most {@code length} characters, else its beginning and "…" in that length. */
    private static String shortened(String cell, int length) {
        if (cell.length() <= length) {
            return cell;
        }
        int end = length - 1;
        if (end > 0 && Character.isHighSurrogate(cell.charAt(end - 1))) {
            end--; // not half of a character outside the Basic Multilingual Plane
        }
        return cell.substring(0, end) + "…";
    }

    /** The cells as one line of a CSV file with this delimiter, quoted where needed. */
    static String line(List<String> cells, char delimiter) {
        StringBuilder line = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(line, format(delimiter))) {
            printer.printRecord(cells);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return line.substring(0, line.length() - 2); // without the record separator
    }

    /** The cells of a kept row; rows kept before rows were lines of their file were joined with " | ". */
    static List<String> cells(String line, char delimiter) {
        if (line == null) {
            return List.of();
        }
        try (CSVParser parser = format(delimiter).parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            List<String> cells = records.isEmpty() ? List.of() : records.get(0).toList();
            return cells.size() == 1 && line.contains(" | ") ? Arrays.asList(line.split(" \\| ", -1)) : cells;
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            return List.of(line);
        }
    }

    /**
     * The headers of a download whose list's headers are lost: each column as the mapping names one without a header
     * ("Colonne A (sans en-tête)", …), never blank, so that the file sent back is read with its first line as headers.
     */
    static List<String> unheaded(int columns, Locale language) {
        return java.util.stream.IntStream.range(0, columns)
                .mapToObj(column -> ImportTable.unheadedColumn(column, language)).toList();
    }

    /** How the download is encoded: as the list was, UTF-8 for a workbook. */
    static Charset charset(String encoding) {
        if (encoding != null && encoding.startsWith("UTF-16")) {
            return encoding.endsWith("BE") ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        return "windows-1252".equals(encoding) ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    }

    /** True when the download starts with a byte-order mark: every Unicode encoding, for Excel. */
    static boolean marked(Charset charset) {
        return !charset.name().equals("windows-1252");
    }

    /**
     * Writes the byte-order mark if any, the headers and the failed rows (each padded to the headers' width, so the
     * two added columns line up; a list's own Ligne and Raison columns replaced), with the line and the reason.
     */
    static void write(Writer out, Charset charset, char delimiter, List<String> headers,
                      List<LeadImportFailure> failures, Locale language) throws IOException {
        write(out, charset, delimiter, delimiter, headers, failures, language);
    }

    /**
     * The delimiter the download is written with: the list's own, except for a workbook's, whose rows were kept with
     * commas when its sheet became text: the reader's spreadsheet's then ({@link SpreadsheetCells#csvFormat}), as
     * French Excel opens a comma-separated file all in its first column.
     */
    static char writtenDelimiter(String encoding, char delimiter, Locale language) {
        return "XLSX".equals(encoding) ? SpreadsheetCells.csvFormat(language).getDelimiterString().charAt(0)
                : delimiter;
    }

    /** As above, the kept rows read with {@code delimiter} and written with {@code written}. */
    static void write(Writer out, Charset charset, char delimiter, char written, List<String> headers,
                      List<LeadImportFailure> failures, Locale language) throws IOException {
        if (marked(charset)) {
            out.write('\uFEFF');
        }
        CSVPrinter csv = new CSVPrinter(out, format(written));
        // A list that was itself a failed-rows download brings the line and reason of the import before: they are
        // replaced by this import's, not kept beside them (a column pair more at each round of corrections).
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!ImportField.ADDED_BY_FAILED_ROWS.contains(ImportField.normalize(headers.get(i)))) {
                kept.add(i);
            }
        }
        List<String> first = new ArrayList<>(kept.stream().map(headers::get).toList());
        first.add(Messages.get(language, "import.failures.line"));
        first.add(Messages.get(language, "import.failures.reason"));
        csv.printRecord(first.stream().map(SpreadsheetCells::neutralised).toList());
        for (LeadImportFailure failure : failures) {
            List<String> cells = cells(failure.getRawRow(), delimiter);
            List<String> row = new ArrayList<>();
            for (int i : kept) {
                row.add(i < cells.size() ? cells.get(i) : "");
            }
            row.add(String.valueOf(failure.getLineNumber()));
            row.add(failure.getReason());
            csv.printRecord(row.stream().map(SpreadsheetCells::neutralised).toList());
        }
        csv.flush();
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
    }
}
