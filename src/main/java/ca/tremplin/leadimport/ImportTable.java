package ca.tremplin.leadimport;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The table inside an uploaded list: which line holds the column headers (reports put a summary above it), the
 * delimiter (comma, semicolon or tab), the format it comes from, and its rows with their line numbers in the file.
 * The file is streamed from its source: only the first lines are read to find the table, and rows are read as they
 * are asked for, so a file of a million rows is never held in memory; {@link #rows(int)} starts after the rows
 * already imported (a resumed job's checkpoint).
 */
public final class ImportTable {

    static final int HEADER_SEARCH_LINES = 200;
    /**
     * Longer lines are not looked at for headers (a file of one huge line is not a table). A survey's export with a
     * hundred and more long questions as columns (Google Forms, Microsoft Forms) has a header line of 10,000 to
     * 20,000 characters: well within.
     */
    static final int LONGEST_HEADER_LINE = 65_536;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("[\\s\\-=_.*~#|+]*");

    private final ImportSource source;
    private final TextDecoding.Decoded decoded;
    private final int headerLine;
    private final char delimiter;
    private final List<String> headers;
    private final ImportFormat format;
    /** The headers follow a section's title ("2. Participants"): the table ends where the section does. */
    private final boolean underSectionTitle;
    private final Map<String, String> organisers;

    private ImportTable(ImportSource source, TextDecoding.Decoded decoded, int headerLine, char delimiter,
                        List<String> headers, ImportFormat format, Map<String, String> organisers,
                        boolean underSectionTitle) {
        this.organisers = Map.copyOf(organisers);
        this.underSectionTitle = underSectionTitle;
        this.source = source;
        this.decoded = decoded;
        this.headerLine = headerLine;
        this.delimiter = delimiter;
        this.headers = headers;
        this.format = format;
    }

    /** As {@link #read(ImportSource)}, for a small list already in memory. */
    public static ImportTable read(byte[] bytes) {
        return read(ImportSource.of(bytes));
    }

    /**
     * Finds the table in the first lines of the file, streamed: the line of headers naming the most known fields
     * (an e-mail column above all), after title lines, summary tables and blank lines, or the line right under a
     * section title ("Attendee Details", "2. Participants").
     *
     * @throws ImportProblem when the file is empty, not text, or has no line that can be headers
     */
    public static ImportTable read(ImportSource source) {
        TextDecoding.Decoded decoded = TextDecoding.decode(source);
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        try (LineReader reader = new LineReader(decoded.open(source), head)) {
            for (String line = reader.next(); line != null && lines.size() < HEADER_SEARCH_LINES;
                 line = reader.next()) {
                lines.add(line);
            }
            reader.fillHead();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        int bestLine = -1;
        int bestScore = 0;
        char bestDelimiter = ',';
        boolean sectionAhead = false;
        boolean underSectionTitle = false;
        for (int line = 1; line <= lines.size(); line++) {
            String content = record(lines, line - 1);
            if (content.length() > LONGEST_HEADER_LINE) {
                continue;
            }
            if (ReportLayout.isTableTitle(content)) {
                sectionAhead = true;
                continue;
            }
            for (char candidate : DELIMITERS) {
                int score = score(cells(content, candidate));
                if (score > bestScore || (sectionAhead && score > 0 && score >= bestScore)) {
                    bestScore = score;
                    bestLine = line;
                    bestDelimiter = candidate;
                }
            }
            if (sectionAhead && bestLine == line) {
                underSectionTitle = true;
                break;
            }
            if (sectionAhead && !content.isBlank()) {
                sectionAhead = false;
            }
        }
        if (bestLine < 0) {
            // No line names an e-mail column or two known fields: the first line is taken as the headers, to be
            // mapped by hand.
            String first = lines.isEmpty() ? null : record(lines, 0);
            if (first == null || (first.length() > LONGEST_HEADER_LINE && lines.size() == 1)) {
                throw new ImportProblem("import.invalid.oneLine");
            }
            if (first.length() > LONGEST_HEADER_LINE) {
                throw new ImportProblem("import.invalid.headerTooLong", LONGEST_HEADER_LINE);
            }
            int most = 1;
            for (char candidate : DELIMITERS) {
                if (cells(first, candidate).size() > most) {
                    most = cells(first, candidate).size();
                    bestDelimiter = candidate;
                    bestLine = 1;
                }
            }
            if (bestLine < 0) {
                throw new ImportProblem("import.invalid.noHeader");
            }
        }
        List<String> headers = cells(record(lines, bestLine - 1), bestDelimiter).stream()
                .map(ImportTable::header).toList();
        ImportFormat format = ReportLayout.recognise(head.toString(), headers);
        return new ImportTable(source, decoded, bestLine, bestDelimiter, headers, format,
                ReportLayout.organisers(lines.subList(0, bestLine - 1), bestDelimiter), underSectionTitle);
    }

    /** The most lines one header cell may run over (Excel's Alt+Enter in a header: "Adresse⏎courriel"). */
    static final int MOST_LINES_IN_A_HEADER = 10;

    /**
     * The record that begins on this line: the line itself, or, when a quoted cell opens on it and does not close
     * ("Adresse⏎courriel", a header Excel wraps), the lines down to where it closes, as the parser that reads the
     * table reads them; the line alone when no close comes within {@link #MOST_LINES_IN_A_HEADER} lines (a stray
     * quote in a title). Each line is still looked at on its own too.
     */
    private static String record(List<String> lines, int index) {
        String record = lines.get(index);
        for (int next = index + 1; isQuoteOpen(record) && next < lines.size()
                && next - index < MOST_LINES_IN_A_HEADER && record.length() <= LONGEST_HEADER_LINE; next++) {
            record = record + "\n" + lines.get(next);
        }
        return isQuoteOpen(record) ? lines.get(index) : record;
    }

    /** An odd number of quotes: a quoted cell is still open at the end of the text (a doubled quote counts two). */
    private static boolean isQuoteOpen(String text) {
        return text.chars().filter(c -> c == '"').count() % 2 == 1;
    }

    /** A header as shown and compared: a line break inside it is a space, no byte-order mark, no blanks around. */
    static String header(String cell) {
        return cell.replace("\uFEFF", "").replaceAll("\\R+", " ").strip();
    }

    /**
     * How much a line looks like the headers of a list of people: a column named as an e-mail weighs more than
     * all others together; without one, two known fields at least (a name and a phone, say).
     */
    private static int score(List<String> cells) {
        int known = 0;
        boolean email = false;
        for (String cell : cells) {
            for (ImportField field : ImportField.values()) {
                if (field.isNamedBy(cell)) {
                    known++;
                    email |= field == ImportField.EMAIL;
                    break;
                }
            }
        }
        return email ? 100 + known : known >= 2 ? known : 0;
    }

    static List<String> cells(String line, char delimiter) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                .parse(new StringReader(line))) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? records.next().toList() : List.of();
        } catch (IOException | UncheckedIOException unreadable) {
            return List.of();
        }
    }

    /**
     * One data row: its line in the file (1-based, where the row begins: where someone looking for it in a
     * spreadsheet or an editor finds it, even when a quoted cell runs over several lines) and its cells.
     */
    public record Row(long line, List<String> cells) {

        public String cell(Integer column) {
            return column == null || column < 0 || column >= cells.size() ? null : cells.get(column);
        }
    }

    /**
     * The data rows after the header, skipping the first {@code alreadyRead}, read from the file as they are
     * asked for; close them when done. Blank rows and rows of separators ("-----", ";;;;") are no rows: they are
     * passed over silently, and not counted, and so are lines of spaces or tabs alone. A report's table ends at the
     * first blank line or row of blank cells (the next section follows), not at a ruler; a plain list never ends
     * before its last line. A row that cannot be read (an open quote) ends the table with an {@link ImportProblem}
     * naming its line.
     */
    public Rows rows(int alreadyRead) {
        boolean report = format == ImportFormat.TEAMS_ATTENDANCE || format == ImportFormat.ZOOM_ATTENDEES
                || format == ImportFormat.ZOOM_REGISTRANTS;
        boolean sectioned = underSectionTitle || report;
        try {
            BufferedReader reader = new BufferedReader(decoded.open(source), 1 << 16);
            LineReader.skipLines(reader, headerLine - 1);
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(!sectioned)
                    .setIgnoreSurroundingSpaces(true).get().parse(reader);
            return new Rows(parser, alreadyRead, sectioned, !report);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Rows being read from the file. */
    public final class Rows implements Iterator<Row>, Closeable {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        /**
         * Whether a blank line or a row of blank cells ends the table (a report's section), rather than being a blank
         * row passed over.
         */
        private final boolean sectioned;
        /**
         * The row {@link #hasNext()} read ahead, not yet handed out; {@link #lookedAhead} says whether it was read (null
         * then meaning the end of the table). The next row is read only when asked for, never while the one before it
         * is handed out: a row that cannot be read stops the table after every row above it came out.
         */
        private Row next;
        private boolean lookedAhead;
        /** The row that could not be read, said again by every later call rather than the parser asked past it. */
        private ImportProblem unreadable;
        /**
         * A blank row ends the section only when the next section's title follows it (or nothing does): a list that
         * someone titled "Participants" themselves may have blank rows between its people. A vendor's report always
         * ends its section at one.
         */
        private final boolean titleEndsSection;
        /** The record read past a blank row to see whether a title follows, and the line it ends on. */
        private CSVRecord pending;
        private long pendingEnd;

        /** The file's line where the next record begins: where a record that cannot be read starts. */
        private long nextStart;

        /**
         * For each of the table's columns, the column of the current section that has the same header (-1: none);
         * null while the rows are the table's own.
         */
        private int[] sectionColumns;

        private Rows(CSVParser parser, int alreadyRead, boolean sectioned, boolean titleEndsSection) {
            this.parser = parser;
            this.sectioned = sectioned;
            this.titleEndsSection = titleEndsSection;
            this.records = parser.iterator();
            if (records.hasNext()) {
                records.next(); // the headers
            }
            nextStart = headerLine + parser.getCurrentLineNumber();
            for (long i = 0; i < alreadyRead && hasNext(); i++) {
                next(); // the rows already imported
            }
        }

        /** The next row that holds something, or null at the end of the table. */
        private Row advance() {
            try {
                while (pending != null || records.hasNext()) {
                    CSVRecord record;
                    long end;
                    if (pending != null) {
                        record = pending;
                        end = pendingEnd;
                        pending = null;
                    } else {
                        record = records.next();
                        nextStart = headerLine + parser.getCurrentLineNumber();
                        end = nextStart - 1;
                    }
                    if (isBlank(record)) {
                        if (sectioned && (!titleEndsSection || sectionEnds())) {
                            // A blank line in a report, or a row of empty cells where a spreadsheet saved it again
                            // (every line padded to the widest section): the next section follows.
                            return null;
                        }
                        continue; // a line of spaces or tabs, or of empty cells, in a list: a blank row, no row
                    }
                    if (format == ImportFormat.ZOOM_ATTENDEES && ReportLayout.isMoreAttendeesTitle(record.toList())) {
                        // Zoom's "Other Attended": people who joined without registering, under headers of their
                        // own (fewer columns, in another order). Their rows are read into the table's columns.
                        if (!records.hasNext()) {
                            return null;
                        }
                        sectionColumns = sectionColumns(records.next().toList());
                        nextStart = headerLine + parser.getCurrentLineNumber();
                        continue;
                    }
                    if (!isSeparator(record) && !repeatsTheHeaders(record)) {
                        List<String> cells = sectionColumns == null ? record.toList() : inTableColumns(record);
                        return new Row(end - lineBreaksWithin(record), cells);
                    }
                }
                return null;
            } catch (UncheckedIOException | IllegalStateException unreadable) {
                // The parser stops where it noticed (a quote never closed runs to the end of the file); the
                // person needs the line where the record began.
                throw new ImportProblem("import.invalid.unreadableRow", recordStart());
            }
        }

        /**
         * After a blank row under a section title: true when the next record holding something is a title (one
         * filled cell, the first, no address in it: "3. Activités de la réunion") or there is none; otherwise that
         * record is kept to be read next, and the blank row was only a blank row.
         */
        private boolean sectionEnds() {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                nextStart = headerLine + parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                boolean title = !record.get(0).isBlank() && !record.get(0).contains("@");
                for (int cell = 1; cell < record.size() && title; cell++) {
                    title = record.get(cell).isBlank();
                }
                if (title) {
                    return true;
                }
                pending = record;
                pendingEnd = nextStart - 1;
                return false;
            }
            return true;
        }

        /**
         * The line breaks inside the record's quoted cells ("Sow⏎Ba", an address over two lines), counted as the
         * parser counts the file's lines: the record begins that many lines above where it ends.
         */
        private static long lineBreaksWithin(CSVRecord record) {
            long breaks = 0;
            for (String value : record.values()) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '\r' || c == '\n' && (i == 0 || value.charAt(i - 1) != '\r')) {
                        breaks++;
                    }
                }
            }
            return breaks;
        }

        /**
         * The line where the record that could not be read begins: the first line from {@link #nextStart} that
         * holds something, since the parser passes blank lines over before a record (read again from the file, on
         * this path only).
         */
        private long recordStart() {
            try (BufferedReader reader = new BufferedReader(decoded.open(source), 1 << 16)) {
                LineReader.skipLines(reader, Math.toIntExact(nextStart - 1));
                long line = nextStart;
                boolean filled = false;
                int previous = -1;
                for (int c = reader.read(); c >= 0; previous = c, c = reader.read()) {
                    if (c == '\n' && previous == '\r') {
                        continue; // the LF of a CR LF
                    }
                    if (c == '\r' || c == '\n') {
                        if (filled) {
                            return line;
                        }
                        line++;
                    } else if (!Character.isWhitespace(c)) {
                        filled = true;
                    }
                }
                return filled ? line : nextStart;
            } catch (IOException | RuntimeException unreadable) {
                return nextStart;
            }
        }

        private int[] sectionColumns(List<String> sectionHeaders) {
            int[] columns = new int[headers.size()];
            for (int column = 0; column < headers.size(); column++) {
                columns[column] = -1;
                String name = ImportField.normalize(headers.get(column));
                for (int other = 0; other < sectionHeaders.size(); other++) {
                    if (ImportField.normalize(sectionHeaders.get(other)).equals(name)) {
                        columns[column] = other;
                        break;
                    }
                }
                if (columns[column] < 0 && ImportField.ATTENDED.isNamedBy(headers.get(column))) {
                    // The section lists only people who attended; Zoom may leave its "Attended" column out.
                    columns[column] = ATTENDED_BY_SECTION;
                }
            }
            return columns;
        }

        /** A column of the table that a section without it answers "Yes" for: "Other Attended" is attendance. */
        private static final int ATTENDED_BY_SECTION = -2;

        /** A row of a section with headers of its own, its cells in the table's columns (blank where it has none). */
        private List<String> inTableColumns(CSVRecord record) {
            List<String> cells = new ArrayList<>(sectionColumns.length);
            for (int column : sectionColumns) {
                cells.add(column == ATTENDED_BY_SECTION ? "Yes"
                        : column >= 0 && column < record.size() ? record.get(column) : "");
            }
            return cells;
        }

        /**
         * Whether a row follows, read from the file now if it was not yet.
         *
         * @throws ImportProblem when the next record cannot be read (an open quote), naming the line where it begins;
         *                       the rows above it have all been handed out by then
         */
        @Override
        public boolean hasNext() {
            if (unreadable != null) {
                throw unreadable;
            }
            if (!lookedAhead) {
                try {
                    next = advance();
                } catch (ImportProblem problem) {
                    unreadable = problem;
                    throw problem;
                }
                lookedAhead = true;
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row current = next;
            next = null;
            lookedAhead = false;
            return current;
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException closing) {
                throw new UncheckedIOException(closing);
            }
        }
    }

    /** A record of one blank cell (an empty line, a line of spaces) or of several, all blank. */
    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The header line again, as an export of several pages (or lists pasted one under another) repeats it: no row,
     * passed over as a ruler is, rather than a person who identifies nobody.
     */
    private boolean repeatsTheHeaders(CSVRecord record) {
        if (record.size() != headers.size()) {
            return false;
        }
        for (int i = 0; i < headers.size(); i++) {
            if (!header(record.get(i)).equals(headers.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Cells only dashes, equals signs, underscores, dots or stars: a ruler drawn in a spreadsheet. */
    private static boolean isSeparator(CSVRecord record) {
        for (String cell : record) {
            // A workbook's cell "-" arrives as "'-" (neutralised as it was read): still a ruler.
            if (!SEPARATOR.matcher(ca.tremplin.kernel.SpreadsheetCells.restored(cell)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** How many data rows the table holds: one pass over the file. */
    public int countRows() {
        return summary().rows();
    }

    /**
     * How many data rows the table holds, and a fingerprint of its headers and rows (SHA-256 of their cells): the
     * same list exported again, under another title or date line ("Report Generated: …"), in another file name or
     * encoding, has the same fingerprint. One pass over the file.
     */
    public Summary summary() {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
        update(digest, headers);
        int count = 0;
        try (Rows rows = rows(0)) {
            while (rows.hasNext()) {
                update(digest, rows.next().cells());
                count++;
            }
        }
        return new Summary(count, java.util.HexFormat.of().formatHex(digest.digest()));
    }

    /** A table's number of rows and the fingerprint of its content ({@link #summary()}). */
    public record Summary(int rows, String fingerprint) {
    }

    private static void update(java.security.MessageDigest digest, List<String> cells) {
        for (String cell : cells) {
            digest.update(cell.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0x1F); // unit separator: "ab","c" is not "a","bc"
        }
        digest.update((byte) 0x1E); // record separator
    }

    /** The first rows, for the preview. */
    public List<Row> firstRows(int most) {
        List<Row> rows = new ArrayList<>();
        try (Rows iterator = rows(0)) {
            while (iterator.hasNext() && rows.size() < most) {
                rows.add(iterator.next());
            }
        }
        return rows;
    }

    /**
     * The first rows, for the preview, down to a row that cannot be read if one comes first: every row above it, and
     * that row's problem (null when there is none among them).
     */
    public FirstRows firstRowsUpToUnreadable(int most) {
        List<Row> rows = new ArrayList<>();
        try (Rows iterator = rows(0)) {
            while (rows.size() < most && iterator.hasNext()) {
                rows.add(iterator.next());
            }
        } catch (ImportProblem unreadable) {
            return new FirstRows(rows, unreadable);
        }
        return new FirstRows(rows, null);
    }

    /** The first rows of the table, and the problem of the row that stopped them, if one did. */
    public record FirstRows(List<Row> rows, ImportProblem unreadable) {
    }

    public String encoding() { return decoded.encoding(); }
    public int headerLine() { return headerLine; }
    public char delimiter() { return delimiter; }
    public List<String> headers() { return headers; }
    public ImportFormat format() { return format; }

    /**
     * The hosts and panelists named in the report's summary (normalised e-mail → the bundle key of why their rows
     * are skipped).
     */
    public Map<String, String> organisers() { return organisers; }
}
