package ca.tremplin.leadimport;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.SpreadsheetCells;
import ca.tremplin.kernel.UploadedArchives;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * An Excel workbook (XLSX) sent as a list: its first sheet is written out as a UTF-8 CSV file, one line per sheet
 * row — blank lines for empty rows — so that everything after the upload (finding the table under a title, the
 * column mapping, the preview, the batch job and its checkpoint, failures reported by line) reads it as any other
 * list, and a line number in the report is the row number in Excel. The sheet is read as a stream of rows, never
 * whole; cells that a spreadsheet would run as formulas are written behind a quote ({@link SpreadsheetCells}).
 * Numbers are written as typed (a phone kept as a number stays all digits), except those formatted as a time, a
 * duration or a date, written as the clock or the day Excel shows ({@link ExcelNumberFormat}); a line break inside a
 * cell becomes a space, so that a row stays one line. Excel 97–2003 files (.xls) are refused with a reason.
 *
 * <p>The package itself is checked first ({@link UploadedArchives#WORKBOOK}: entries, their names, their expanded
 * sizes as declared and as inflated, their compression ratio), so that a zip bomb named .xlsx is refused with the
 * limit it passes before the reader opens it.
 *
 * <p>A few kilobytes of XML can declare a row a billion lines down, which the CSV would fill with blank lines: a
 * workbook whose sheet declares (in its dimension) a row beyond {@link #MOST_ROWS} is refused before anything is
 * written, and a row found beyond it while reading stops the copy before its blank lines are written.
 */
final class ExcelWorkbook {

    /** The most rows an imported sheet may have: Excel's own limit, which no workbook saved by Excel exceeds. */
    static final int MOST_ROWS = 1_048_576;

    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);
    /** 9999-12-31's day after: Excel's last date, beyond which a date or time format shows ####. */
    private static final BigDecimal AFTER_LAST_DAY = BigDecimal.valueOf(2_958_466);

    /** What the signature checks read; a shorter file is no workbook (and the checks refuse to look at it). */
    private static final int HEAD_BYTES = 8;
    /** A ZIP's first local header (30 bytes), the name "mimetype" and the start of the type it holds. */
    private static final int OPEN_DOCUMENT_HEAD = 30 + 8 + 34;

    private ExcelWorkbook() {
    }

    /** True when the file starts as an Office Open XML package (a ZIP). */
    static boolean isWorkbook(Path file) {
        byte[] head = head(file);
        return head.length == HEAD_BYTES && ReadableWorkbook.isOOXMLZipHeader(head);
    }

    /**
     * True when the file is an OpenDocument package (LibreOffice's .ods): a ZIP too, but its first entry is
     * "mimetype", stored as is and naming an OpenDocument type, as the format requires. It is not read.
     */
    static boolean isOpenDocument(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OPEN_DOCUMENT_HEAD);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return head.length == OPEN_DOCUMENT_HEAD && ReadableWorkbook.isOOXMLZipHeader(java.util.Arrays.copyOf(head,
                HEAD_BYTES)) && text.startsWith("mimetype", 30)
                && text.startsWith("application/vnd.oasis.opendocument", 38);
    }

    /** True when the file is an Excel 97–2003 workbook, which is not read. */
    static boolean isOldWorkbook(Path file) {
        byte[] head = head(file);
        return head.length == HEAD_BYTES && ReadableWorkbook.isOLE2Header(head);
    }

    /**
     * Writes the first sheet as CSV to {@code csv}.
     *
     * @throws ImportProblem when the package is not a readable workbook
     */
    static void firstSheetAsCsv(Path workbook, Path csv) {
        try {
            UploadedArchives.check(workbook, UploadedArchives.WORKBOOK);
        } catch (BusinessRuleException refused) {
            throw "archive.unreadable".equals(refused.messageKey()) ? new ImportProblem("import.invalid.workbook")
                    : new ImportProblem(refused.messageKey(), refused.arguments());
        }
        refuseBeyondMostRows(FirstSheetDimension.lastRow(workbook));
        boolean refused = false;
        try (ReadableWorkbook book = open(workbook);
             Stream<Row> rows = book.getFirstSheet().openStream();
             Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            int written = 0;
            for (Iterator<Row> iterator = rows.iterator(); iterator.hasNext(); ) {
                Row row = iterator.next();
                if (row.getRowNum() > MOST_ROWS) {
                    refused = true;
                    refuseBeyondMostRows(row.getRowNum());
                }
                for (; written < row.getRowNum() - 1; written++) {
                    printer.println();
                }
                printer.printRecord(cells(row));
                written++;
            }
        } catch (IOException | ExcelReaderException | UncheckedIOException unreadable) {
            throw new ImportProblem("import.invalid.workbook");
        } finally {
            if (refused) {
                deleteQuietly(csv);
            }
        }
    }

    /**
     * The workbook with its cells' formats, since a time or a date is a number that only its format tells from a
     * phone number; without them when it has no styles part, which Excel always writes but other programs may not
     * (the reader then refuses to open it with formats).
     */
    private static ReadableWorkbook open(Path workbook) throws IOException {
        try {
            return new ReadableWorkbook(workbook.toFile(), new ReadingOptions(true, false));
        } catch (ExcelReaderException noStyles) {
            return new ReadableWorkbook(workbook.toFile());
        }
    }

    private static void refuseBeyondMostRows(long lastRow) {
        if (lastRow > MOST_ROWS) {
            throw new ImportProblem("import.invalid.tooManyRows", lastRow, MOST_ROWS);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException stillThere) {
            // The upload's own clean-up (LeadImportService) and the retention sweep delete it later.
            java.util.logging.Logger.getLogger(ExcelWorkbook.class.getName())
                    .warning("Could not delete refused sheet " + file + ": " + stillThere);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            // Neutralised like every file Tremplin writes; the import reads the quote away again.
            cells.add(cell == null ? "" : SpreadsheetCells.neutralised(text(cell).replaceAll("[\\r\\n]+", " ")));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number == null ? "" : text(cell, number);
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    /**
     * A number as Excel shows it: a duration or time as a clock (which {@link DurationText} reads), a date as an ISO
     * date, so that the preview and the failed rows show what the sheet showed rather than 0.03125 or 46470; any
     * other number as typed. A value no date or time can show (Excel writes ####) stays a number.
     */
    private static String text(Cell cell, BigDecimal number) {
        ExcelNumberFormat.Shown shown = ExcelNumberFormat.shown(cell.getDataFormatId(), cell.getDataFormatString());
        if (shown == ExcelNumberFormat.Shown.NUMBER || number.signum() < 0
                || number.compareTo(AFTER_LAST_DAY) >= 0) {
            return number.stripTrailingZeros().toPlainString();
        }
        long seconds = number.multiply(SECONDS_A_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return switch (shown) {
            case DURATION -> clock(seconds);
            // A date and time shown as a time alone: the time of day.
            case TIME_OF_DAY -> clock(seconds % SECONDS_A_DAY.longValue());
            // Excel's own reading of the day (its 1900 leap year, a Mac workbook's 1904 start), to the second.
            case DATE -> SpreadsheetCells.csvText(toTheSecond(cell.asDate()).toLocalDate());
            default -> SpreadsheetCells.csvText(toTheSecond(cell.asDate())); // a date and time
        };
    }

    private static LocalDateTime toTheSecond(LocalDateTime moment) {
        return moment.plusNanos(500_000_000).truncatedTo(ChronoUnit.SECONDS);
    }

    /** H:MM:SS, the hours not wrapped at a day. */
    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
