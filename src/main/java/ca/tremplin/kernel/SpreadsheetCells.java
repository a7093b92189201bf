package ca.tremplin.kernel;

/**
 * Cells of every CSV or spreadsheet Tremplin writes, made safe to open: a spreadsheet program runs a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula (and a leading tab or carriage return can
 * hide one), so a value that someone typed into a form or a list — "=HYPERLINK(...)" — could run on a recruiter's
 * computer. In a CSV, such a cell is written with a single quote in front, which spreadsheets show as text and do
 * not keep; lists read back by the import lose that quote again ({@link #restored}), so "+1 514 555 0199" survives
 * a round trip through a download and a corrected file. In a workbook, it is a text cell in the text format, as
 * typed ({@link #writeRow}).
 *
 * <pre>{@code csv.printRecord(row.stream().map(SpreadsheetCells::neutralised).toList());}</pre>
 */
public final class SpreadsheetCells {

    /** A moment as a reader of a list writes it, to the minute, in the zone the caller has put it in. */
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private SpreadsheetCells() {
    }

    /** The value to write in a cell: as is, or behind a single quote when a spreadsheet would run it. */
    public static String neutralised(String value) {
        return startsAsFormula(value, 0) ? "'" + value : value;
    }

    /**
     * The CSV layout that the reader's spreadsheet opens in columns: in French (Canada as France), Excel's list
     * separator is the semicolon and its decimal mark the comma, so a comma-separated file lands whole in column A.
     */
    public static org.apache.commons.csv.CSVFormat csvFormat(java.util.Locale language) {
        return org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(Languages.isEnglish(language) ? ',' : ';')
                .setRecordSeparator("\r\n").get();
    }

    /** A cell of a CSV row in the reader's language: a decimal number with its decimal mark (12,5 in French). */
    public static String csvText(Object cell, java.util.Locale language) {
        if (cell instanceof Number number && !Languages.isEnglish(language)) {
            return number.toString().replace('.', ',');
        }
        return csvText(cell);
    }

    /**
     * A cell of a CSV row: nothing written for null, a number as it is, a day as 2027-03-15, a moment as
     * 2027-03-15 14:30 (which spreadsheets read as dates), text {@link #neutralised}.
     */
    public static String csvText(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof java.time.LocalDateTime moment) {
            return MINUTE.format(moment);
        }
        if (cell instanceof java.time.LocalDate day) {
            return day.toString();
        }
        return cell instanceof Number ? cell.toString() : neutralised(cell.toString());
    }

    /**
     * Writes one row of an XLSX sheet: numbers as numbers, days and moments as dates (shown 2027-03-15 and
     * 2027-03-15 14:30, which a reader sorts, filters and counts by as dates, not as text), text inline in its cell
     * (one that a spreadsheet would run, in the text format, which keeps it text when a reader edits it), nothing
     * for null. Inline, not in the workbook's table of shared strings, which the writer keeps in memory until the end:
     * a list of a hundred thousand people, each with their own name and address, would hold them all.
     */
    public static void writeRow(org.dhatim.fastexcel.Worksheet sheet, int row, java.util.List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof Number number) {
                sheet.value(row, c, number);
            } else if (cell instanceof java.time.LocalDateTime moment) {
                sheet.value(row, c, moment);
                sheet.style(row, c).format("yyyy-mm-dd hh:mm").set();
            } else if (cell instanceof java.time.LocalDate day) {
                sheet.value(row, c, day);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else if (cell != null && startsAsFormula(cell.toString(), 0)) {
                // A workbook's text cell is never run; formatted as text ("@"), it stays text when edited too. A
                // quote in front, as in a CSV, would be a character of the value here, shown and sorted with it.
                sheet.inlineString(row, c, cell.toString());
                sheet.style(row, c).format("@").set();
            } else if (cell != null) {
                sheet.inlineString(row, c, cell.toString());
            }
        }
    }

    /** A value read from a cell, without the quote that {@link #neutralised} put in front of it. */
    public static String restored(String value) {
        return value != null && value.startsWith("'") && startsAsFormula(value, 1) ? value.substring(1) : value;
    }

    private static boolean startsAsFormula(String value, int at) {
        if (value == null || value.length() <= at) {
            return false;
        }
        char first = value.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
