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
        List<String> headers = withUnheadedColumns(cells(record(lines, bestLine - 1), bestDelimiter).stream()
                .map(ImportTable::header).toList(), lines.subList(bestLine, lines.size()), bestDelimiter);
        ImportFormat format = ReportLayout.recognise(head.toString(), headers);
        return new ImportTable(source, decoded, bestLine, bestDelimiter, headers, format,
                ReportLayout.organisers(lines.subList(0, bestLine - 1), bestDelimiter), underSectionTitle);
    }

    /** The rows looked at for columns the header line leaves out. */
    static final int ROWS_FOR_UNHEADED_COLUMNS = 20;

    /**
     * The headers, and a blank one for each column past them that the first rows fill: a last column without a header
     * (a workbook's sheet writes no empty cell at the end of its header row) is still a column to map. Trailing
     * delimiters with nothing in their cells add none.
     */
    private static List<String> withUnheadedColumns(List<String> headers, List<String> below, char delimiter) {
        int widest = headers.size();
        for (int line = 0; line < below.size() && line < ROWS_FOR_UNHEADED_COLUMNS; line++) {
            List<String> cells = cells(below.get(line), delimiter);
            for (int column = cells.size() - 1; column >= widest; column--) {
                if (!cells.get(column).isBlank()) {
                    widest = column + 1;
                    break;
                }
            }
        }
        if (widest == headers.size()) {
            return headers;
        }
        List<String> padded = new ArrayList<>(headers);
        while (padded.size() < widest) {
            padded.add("");
        }
        return List.copyOf(padded);
    }

    /**
     * A column as people name it: its header, or for one without a header its letter, as a spreadsheet shows it (A,
     * B, … Z, AA), the caller saying it in words.
     */
    static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * A column without a header in words, as the mapping's menus, its history and the failed rows' download all name
     * it: "Colonne C (sans en-tête)", "Column C (no header)".
     */
    static String unheadedColumn(int column, java.util.Locale language) {
        return ca.tremplin.kernel.Messages.get(language, "import.column.unheaded", columnLetter(column));
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
    public record Row(long line, List<String> cells, ImportProblem unreadable) {

        public Row(long line, List<String> cells) {
            this(line, cells, null);
        }

        /**
         * A line the CSV parser cannot read (a quote opened and never closed, text after a closing quote): its cells
         * split at the delimiter, quotes kept as typed, so that the failed-rows download gives it back in its columns
         * to be corrected; it fails with {@code problem}, none of its values read.
         */
        static Row unreadable(long line, List<String> cells, ImportProblem problem) {
            return new Row(line, cells, problem);
        }

        public String cell(Integer column) {
            return column == null || column < 0 || column >= cells.size() ? null : cells.get(column);
        }
    }

    /**
     * The data rows after the header, skipping the first {@code alreadyRead}, read from the file as they are
     * asked for; close them when done. Blank rows and rows of separators ("-----", ";;;;") are no rows: they are
     * passed over silently, and not counted, and so are lines of spaces or tabs alone. A report's table ends at the
     * first blank line or row of blank cells (the next section follows), not at a ruler; a plain list never ends
     * before its last line. A line that cannot be read (an open quote) is a row of its own, {@link Row#unreadable()}
     * saying why, and the table is read on from the line below it: the rows around it come out as they are, neither
     * dropped nor read as the rest of its quoted cell.
     */
    public Rows rows(int alreadyRead) {
        boolean report = format == ImportFormat.TEAMS_ATTENDANCE || format == ImportFormat.ZOOM_ATTENDEES
                || format == ImportFormat.ZOOM_REGISTRANTS;
        boolean sectioned = underSectionTitle || report;
        try {
            BufferedReader reader = new BufferedReader(decoded.open(source), 1 << 16);
            LineReader.skipLines(reader, headerLine - 1);
            CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(!sectioned)
                    .setIgnoreSurroundingSpaces(true).get();
            TableText text = new TableText(reader, headerLine);
            return new Rows(csv, text, csv.parse(text), alreadyRead, sectioned, !report);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Rows being read from the file. */
    public final class Rows implements Iterator<Row>, Closeable {

        private final CSVFormat csv;
        /** The file's text, read once: a line that cannot be read is read again from it, not from the file. */
        private final TableText text;
        /** The parser of the text from line {@link #firstLine}: a new one after each line that cannot be read. */
        private CSVParser parser;
        private Iterator<CSVRecord> records;
        private long firstLine;
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

        private Rows(CSVFormat csv, TableText text, CSVParser parser, int alreadyRead, boolean sectioned,
                     boolean titleEndsSection) {
            this.csv = csv;
            this.text = text;
            this.parser = parser;
            this.firstLine = headerLine;
            this.sectioned = sectioned;
            this.titleEndsSection = titleEndsSection;
            this.records = parser.iterator();
            if (records.hasNext()) {
                records.next(); // the headers
            }
            nextStart = lineAfterRecord();
            for (long i = 0; i < alreadyRead && hasNext(); i++) {
                next(); // the rows already imported
            }
        }

        /** The next row that holds something, or null at the end of the table. */
        private Row advance() {
            try {
                if (pending == null) {
                    // Every record read again from here begins on the next line or below it.
                    text.forgetBefore(nextStart);
                }
                while (pending != null || records.hasNext()) {
                    CSVRecord record;
                    long end;
                    if (pending != null) {
                        record = pending;
                        end = pendingEnd;
                        pending = null;
                    } else {
                        record = records.next();
                        nextStart = lineAfterRecord();
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
                        nextStart = lineAfterRecord();
                        continue;
                    }
                    long start = end - lineBreaksWithin(record);
                    if (tookLinesBelow(record)) {
                        // A quote opened on the record's first line closed on a line below, the lines between read as
                        // one cell: those lines are people of their own.
                        return unreadableThenReadOn(start, "import.invalid.quoteClosedBelow", end);
                    }
                    if (!isSeparator(record) && !repeatsTheHeaders(record)) {
                        List<String> cells = sectionColumns == null ? record.toList() : inTableColumns(record);
                        return new Row(start, cells);
                    }
                }
                return null;
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            } catch (UncheckedIOException | IllegalStateException unreadable) {
                // The parser stops where it noticed (a quote never closed runs to the end of the file, text after a
                // closing quote); the person needs the line where the record began, and the lines below it.
                boolean neverClosed = String.valueOf(unreadable.getMessage()).contains("EOF reached before")
                        || unreadable.getCause() != null
                        && String.valueOf(unreadable.getCause().getMessage()).contains("EOF reached before");
                return unreadableThenReadOn(nextStart,
                        neverClosed ? "import.invalid.quoteNeverClosed" : "import.invalid.unreadableRow", null);
            }
        }

        /** The line where the record after the one the parser last read begins. */
        private long lineAfterRecord() {
            return firstLine + parser.getCurrentLineNumber();
        }

        /**
         * A record over several lines with fewer cells than the headers, one of its cells holding a line break and the
         * delimiter: a quote that a cell opened by mistake ("Silva) and that a quote on a line below closed, the lines
         * between taken as the rest of that cell. A cell over several lines of a row that has all its cells (a
         * comment, an address) is no such record.
         */
        private boolean tookLinesBelow(CSVRecord record) {
            if (record.size() >= headers.size()) {
                return false;
            }
            for (String value : record.values()) {
                if ((value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) && value.indexOf(delimiter) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The first line holding something from {@code from} on, as a row that cannot be read, with the reason
         * {@code key} (its line, and {@code closedOn} when given); a new parser then reads on from the line below it,
         * where the text stands: the file is read once, its lines passed over read again from what the text kept.
         * The parser that stopped is left unclosed: closing it would close the file.
         */
        private Row unreadableThenReadOn(long from, String key, Long closedOn) {
            pending = null;
            try {
                String line = text.firstLineHoldingSomethingFrom(from);
                if (line == null) {
                    records = java.util.Collections.emptyIterator();
                    return null;
                }
                long number = text.startLine() - 1;
                firstLine = text.startLine();
                parser = csv.parse(text);
                records = parser.iterator();
                nextStart = firstLine;
                ImportProblem problem = closedOn == null ? new ImportProblem(key, number)
                        : new ImportProblem(key, number, closedOn);
                return Row.unreadable(number, splitAtDelimiters(line), problem);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        /** A line's cells split at every delimiter, quotes taken as typed: a line the parser cannot read, as it was. */
        private List<String> splitAtDelimiters(String text) {
            List<String> cells = new ArrayList<>();
            int start = 0;
            for (int at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, start)) {
                cells.add(text.substring(start, at).strip());
                start = at + 1;
            }
            cells.add(text.substring(start).strip());
            return cells;
        }

        /**
         * After a blank row under a section title: true when the next record holding something is a title (one
         * filled cell, the first, no address in it: "3. Activités de la réunion") or there is none; otherwise that
         * record is kept to be read next, and the blank row was only a blank row.
         */
        private boolean sectionEnds() {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                nextStart = lineAfterRecord();
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

        /** Whether a row follows, read from the file now if it was not yet. */
        @Override
        public boolean hasNext() {
            if (!lookedAhead) {
                next = advance();
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
        if (record.size() > headers.size() || record.size() < headers.size()
                && !headers.subList(record.size(), headers.size()).stream().allMatch(String::isEmpty)) {
            return false;
        }
        for (int i = 0; i < record.size(); i++) {
            if (!header(record.get(i)).equals(headers.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sample of each column: its first value that is not blank in the first {@code most} rows that can be read
     * (null for a column blank in all of them), for the mapping page to show beside a column without a header.
     */
    public List<String> samples(int most) {
        String[] samples = new String[headers.size()];
        for (Row row : firstRows(most)) {
            for (int column = 0; column < samples.length && row.unreadable() == null; column++) {
                String value = row.cell(column);
                if (samples[column] == null && value != null && !value.isBlank()) {
                    samples[column] = value.strip();
                }
            }
        }
        return java.util.Arrays.asList(samples);
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
