package ca.tremplin.leadimport;

import java.io.IOException;
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
 * Rows are read lazily, so a large file is never held as rows in memory; {@link #rows(int)} starts after the rows
 * already imported (a restarted job's checkpoint).
 */
public final class ImportTable {

    static final int HEADER_SEARCH_LINES = 200;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final String text;
    private final String encoding;
    private final int headerLine;
    private final int headerOffset;
    private final char delimiter;
    private final List<String> headers;
    private final ImportFormat format;

    private ImportTable(String text, String encoding, int headerLine, int headerOffset, char delimiter,
                        List<String> headers, ImportFormat format) {
        this.text = text;
        this.encoding = encoding;
        this.headerLine = headerLine;
        this.headerOffset = headerOffset;
        this.delimiter = delimiter;
        this.headers = headers;
        this.format = format;
    }

    /**
     * @throws ImportProblem when the file is empty, not text, or has no line of headers naming an e-mail column
     */
    public static ImportTable read(byte[] bytes) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        int bestLine = -1;
        int bestOffset = 0;
        int bestScore = 0;
        char bestDelimiter = ',';
        boolean sectionAhead = false;
        int offset = 0;
        for (int line = 1; line <= HEADER_SEARCH_LINES && offset < text.length(); line++) {
            int end = text.indexOf('\n', offset);
            int next = end < 0 ? text.length() : end + 1;
            String content = text.substring(offset, end < 0 ? text.length() : end).replace("\r", "");
            if (content.length() <= 10_000) {
                String section = ImportField.normalize(content.replace("\"", "")).replaceAll("[,;\\t]+$", "");
                if (section.equals("attendee details") || section.equals("registrant details")
                        || section.equals("2. participants")) {
                    sectionAhead = true;
                } else {
                    for (char candidate : DELIMITERS) {
                        int score = score(cells(content, candidate));
                        if (score > bestScore || (sectionAhead && score > 0 && score >= bestScore)) {
                            bestScore = score;
                            bestLine = line;
                            bestOffset = offset;
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
            }
            offset = next;
        }
        if (bestLine < 0) {
            // No header names an e-mail column: the first line is taken as the headers, to be mapped by hand.
            int firstEnd = text.indexOf('\n');
            String first = text.substring(0, firstEnd < 0 ? text.length() : firstEnd).replace("\r", "");
            if (first.length() > 10_000) {
                throw new ImportProblem("import.invalid.oneLine");
            }
            for (char candidate : DELIMITERS) {
                if (cells(first, candidate).size() > Math.max(1, bestScore)) {
                    bestScore = cells(first, candidate).size();
                    bestDelimiter = candidate;
                    bestLine = 1;
                }
            }
            if (bestLine < 0) {
                throw new ImportProblem("import.invalid.noHeader");
            }
        }
        int headerEnd = text.indexOf('\n', bestOffset);
        List<String> headers = cells(text.substring(bestOffset, headerEnd < 0 ? text.length() : headerEnd)
                .replace("\r", ""), bestDelimiter).stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
        return new ImportTable(text, decoded.encoding(), bestLine, bestOffset, bestDelimiter, headers,
                recognise(text, headers));
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

    private static ImportFormat recognise(String text, List<String> headers) {
        String head = text.substring(0, Math.min(text.length(), 20_000));
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
     * The data rows after the header, skipping the first {@code alreadyRead}. A report's table ends at the first
     * blank line (the next section follows); a plain CSV skips blank lines. A row that cannot be read (an open
     * quote) ends the table with an {@link ImportProblem} naming its line.
     */
    public Iterator<Row> rows(int alreadyRead) {
        boolean sectioned = format == ImportFormat.TEAMS_ATTENDANCE || format == ImportFormat.ZOOM_ATTENDEES
                || format == ImportFormat.ZOOM_REGISTRANTS;
        CSVParser parser;
        try {
            parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(!sectioned)
                    .setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text.substring(headerOffset)));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            // The header, the rows already read, then the first row to give.
            private Row next = advance(alreadyRead + 2);

            private Row advance(int skip) {
                CSVRecord record = null;
                try {
                    for (int i = 0; i < skip; i++) {
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
        };
    }

    /** The first rows, for the preview. */
    public List<Row> firstRows(int most) {
        List<Row> rows = new ArrayList<>();
        Iterator<Row> iterator = rows(0);
        while (iterator.hasNext() && rows.size() < most) {
            rows.add(iterator.next());
        }
        return rows;
    }

    public String encoding() { return encoding; }
    public int headerLine() { return headerLine; }
    public char delimiter() { return delimiter; }
    public List<String> headers() { return headers; }
    public ImportFormat format() { return format; }
}
