package ca.tremplin.leadimport;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
    /** Longer lines are not looked at for headers (a file of one huge line is not a table). */
    static final int LONGEST_HEADER_LINE = 10_000;
    private static final int HEAD_CHARS = 20_000;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final ImportSource source;
    private final TextDecoding.Decoded decoded;
    private final int headerLine;
    private final char delimiter;
    private final List<String> headers;
    private final ImportFormat format;

    private ImportTable(ImportSource source, TextDecoding.Decoded decoded, int headerLine, char delimiter,
                        List<String> headers, ImportFormat format) {
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
     * Finds the table in the first lines of the file, streamed.
     *
     * @throws ImportProblem when the file is empty, not text, or has no line of headers naming an e-mail column
     */
    public static ImportTable read(ImportSource source) {
        TextDecoding.Decoded decoded = TextDecoding.decode(source);
        int bestLine = -1;
        String bestContent = null;
        int bestScore = 0;
        char bestDelimiter = ',';
        boolean sectionAhead = false;
        String first = null;
        StringBuilder head = new StringBuilder();
        try (LineReader lines = new LineReader(decoded.open(source), head)) {
            for (int line = 1; line <= HEADER_SEARCH_LINES; line++) {
                String content = lines.next();
                if (content == null) {
                    break;
                }
                if (line == 1) {
                    first = content;
                }
                if (content.length() > LONGEST_HEADER_LINE) {
                    continue;
                }
                String section = ImportField.normalize(content.replace("\"", "")).replaceAll("[,;\\t]+$", "");
                if (section.equals("attendee details") || section.equals("registrant details")
                        || section.equals("2. participants")) {
                    sectionAhead = true;
                    continue;
                }
                for (char candidate : DELIMITERS) {
                    int score = score(cells(content, candidate));
                    if (score > bestScore || (sectionAhead && score > 0 && score >= bestScore)) {
                        bestScore = score;
                        bestLine = line;
                        bestContent = content;
                        bestDelimiter = candidate;
                    }
                }
                if (sectionAhead && bestLine == line) {
                    break;
                }
                if (sectionAhead && !content.isBlank()) {
                    sectionAhead = false;
                }
            }
            lines.fillHead();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (bestLine < 0) {
            // No header names an e-mail column: the first line is taken as the headers, to be mapped by hand.
            if (first == null || first.length() > LONGEST_HEADER_LINE) {
                throw new ImportProblem("import.invalid.oneLine");
            }
            for (char candidate : DELIMITERS) {
                if (cells(first, candidate).size() > Math.max(1, bestScore)) {
                    bestScore = cells(first, candidate).size();
                    bestDelimiter = candidate;
                    bestLine = 1;
                    bestContent = first;
                }
            }
            if (bestLine < 0) {
                throw new ImportProblem("import.invalid.noHeader");
            }
        }
        List<String> headers = cells(bestContent, bestDelimiter).stream()
                .map(h -> h.replace("\uFEFF", "").strip()).toList();
        return new ImportTable(source, decoded, bestLine, bestDelimiter, headers,
                recognise(head.toString(), headers));
    }

    private static int score(List<String> cells) {
        boolean email = cells.stream().anyMatch(ImportField.EMAIL::isNamedBy);
        if (!email) {
            return 0;
        }
        int score = 0;
        for (String cell : cells) {
            for (ImportField field : ImportField.values()) {
                if (field.isNamedBy(cell)) {
                    score++;
                    break;
                }
            }
        }
        return score;
    }

    private static ImportFormat recognise(String head, List<String> headers) {
        List<String> names = headers.stream().map(ImportField::normalize).toList();
        if (head.contains("Attendee Details")) {
            return ImportFormat.ZOOM_ATTENDEES;
        }
        if (head.contains("Registrant Details") || head.startsWith("Registration Report")) {
            return ImportFormat.ZOOM_REGISTRANTS;
        }
        if (names.contains("participant id (upn)") || names.contains("in-meeting duration")
                || names.contains("first join")) {
            return ImportFormat.TEAMS_ATTENDANCE;
        }
        if (names.contains("order #") && names.contains("ticket type")) {
            return ImportFormat.EVENTBRITE;
        }
        return ImportFormat.CSV;
    }

    private static List<String> cells(String line, char delimiter) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(line))) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? records.next().toList() : List.of();
        } catch (IOException | UncheckedIOException unreadable) {
            return List.of();
        }
    }

    /** One data row: its line in the file (1-based, where the row ends) and its cells. */
    public record Row(long line, List<String> cells) {

        public String cell(Integer column) {
            return column == null || column < 0 || column >= cells.size() ? null : cells.get(column);
        }
    }

    /**
     * The data rows after the header, skipping the first {@code alreadyRead}, read from the file as they are
     * asked for; close them when done. A report's table ends at the first blank line (the next section follows); a
     * plain CSV skips blank lines. A row that cannot be read (an open quote) ends the table with an
     * {@link ImportProblem} naming its line.
     */
    public Rows rows(int alreadyRead) {
        boolean sectioned = format == ImportFormat.TEAMS_ATTENDANCE || format == ImportFormat.ZOOM_ATTENDEES
                || format == ImportFormat.ZOOM_REGISTRANTS;
        try {
            Reader reader = new BufferedReader(decoded.open(source), 1 << 16);
            LineReader.skipLines(reader, headerLine - 1);
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(!sectioned)
                    .setIgnoreSurroundingSpaces(true).get().parse(reader);
            return new Rows(parser, alreadyRead);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Rows being read from the file. */
    public final class Rows implements Iterator<Row>, Closeable {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private Row next;

        private Rows(CSVParser parser, int alreadyRead) {
            this.parser = parser;
            this.records = parser.iterator();
            // The header, the rows already read, then the first row to give.
            this.next = advance(alreadyRead + 2L);
        }

        private Row advance(long skip) {
            CSVRecord record = null;
            try {
                for (long i = 0; i < skip; i++) {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next();
                }
            } catch (UncheckedIOException | IllegalStateException unreadable) {
                throw new ImportProblem("import.invalid.unreadableRow", headerLine + parser.getCurrentLineNumber());
            }
            if (record == null || (record.size() == 1 && record.get(0).isBlank())) {
                return null;
            }
            return new Row(headerLine + parser.getCurrentLineNumber() - 1, record.toList());
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Row next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Row current = next;
            next = advance(1);
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

    /** How many data rows the table holds: one pass over the file. */
    public int countRows() {
        int count = 0;
        try (Rows rows = rows(0)) {
            for (; rows.hasNext(); rows.next()) {
                count++;
            }
        }
        return count;
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
}
