package ca.tremplin.leadimport;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a text for finding its table: each line without its end, cut after
 * {@link ImportTable#LONGEST_HEADER_LINE} characters (a 10 MB line costs no more than a short one), and the first
 * characters of the text kept aside to recognise the report they come from.
 */
final class LineReader implements Closeable {

    private static final int HEAD_CHARS = 20_000;

    private final Reader reader;
    private final StringBuilder head;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    /** The last line ended at a CR: an LF right after it ends nothing more. */
    private boolean afterCarriageReturn;

    LineReader(Reader reader, StringBuilder head) {
        this.reader = reader;
        this.head = head;
    }

    /**
     * The next line (a longer one is cut one character past the longest kept), or null at the end. A line ends at
     * LF, CR LF, or CR alone (Excel's "CSV (Macintosh)"), as the CSV parser that reads the table counts them.
     */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? line.toString() : null;
            }
            char c = buffer[position++];
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                afterCarriageReturn = c == '\r';
                return line.toString();
            }
            if (line.length() <= ImportTable.LONGEST_HEADER_LINE) {
                line.append(c);
            }
        }
    }

    /** Reads on until the head holds its first characters, for a table found in the first lines. */
    void fillHead() throws IOException {
        position = limit;
        while (head.length() < HEAD_CHARS && fill()) {
            position = limit;
        }
    }

    private boolean fill() throws IOException {
        limit = reader.read(buffer);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        if (head.length() < HEAD_CHARS) {
            head.append(buffer, 0, Math.min(limit, HEAD_CHARS - head.length()));
        }
        return true;
    }

    /** Skips lines up to the one the table starts on, lines ending as {@link #next} ends them. */
    static void skipLines(java.io.BufferedReader reader, int lines) throws IOException {
        int skipped = 0;
        int previous = -1;
        while (skipped < lines) {
            int c = reader.read();
            if (c < 0) {
                return;
            }
            if (c == '\r' || c == '\n' && previous != '\r') {
                skipped++;
            }
            previous = c;
        }
        // The table's first line must not start with the LF of a CR LF.
        reader.mark(1);
        if (previous == '\r' && reader.read() != '\n') {
            reader.reset();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
