package ca.tremplin.leadimport;

import java.io.IOException;
import java.io.Reader;

/**
 * The table's text as the CSV parser reads it, read from the file once: what was handed out from the record being read
 * on is kept, so that when a line cannot be read the table goes on from that line — read again from here, not from
 * the file — with a new parser. Lines are counted from the file's first and end as the parser ends them (LF, CR LF,
 * CR alone). What is kept is the record being read and what the parser read ahead of it; a quote never closed makes
 * that the rest of the file, which the parser holds as one cell anyway.
 */
final class TableText extends Reader {

    private final Reader file;
    /** The text read from the file and still kept; {@link #start} is where the line {@link #startLine} begins. */
    private final StringBuilder kept = new StringBuilder();
    private int start;
    private long startLine;
    /** Where the next read is served from: the kept text first, then the file. */
    private int replay;

    /** The text of {@code file}, positioned at the start of its line {@code firstLine}. */
    TableText(Reader file, long firstLine) {
        this.file = file;
        this.startLine = firstLine;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (replay < kept.length()) {
            int served = Math.min(length, kept.length() - replay);
            kept.getChars(replay, replay + served, into, offset);
            replay += served;
            return served;
        }
        int read = file.read(into, offset, length);
        if (read > 0) {
            kept.append(into, offset, read);
            replay = kept.length();
        }
        return read;
    }

    /** Forgets the text before {@code line}: no record the table may read again begins above it. */
    void forgetBefore(long line) throws IOException {
        moveStartTo(line, false);
        if (start > 1 << 16 && start > kept.length() / 2) {
            kept.delete(0, start);
            replay -= start;
            start = 0;
        }
    }

    /**
     * The first line holding something from {@code line} on, its text cut after
     * {@link FailedRowsFile#LONGEST_KEPT_LINE} characters (all a report keeps of a row), or null
     * when there is none; the text is then read on from the line below it, by the next parser.
     */
    String firstLineHoldingSomethingFrom(long line) throws IOException {
        moveStartTo(line, true);
        while (true) {
            if (!available(start)) {
                replay = start;
                return null;
            }
            StringBuilder text = new StringBuilder();
            int at = start;
            while (available(at) && kept.charAt(at) != '\n' && kept.charAt(at) != '\r') {
                if (text.length() <= FailedRowsFile.LONGEST_KEPT_LINE) {
                    text.append(kept.charAt(at));
                }
                at++;
            }
            at = afterLineEnd(at);
            start = at;
            startLine++;
            replay = start;
            if (!text.toString().isBlank()) {
                return text.toString();
            }
        }
    }

    /** The line the text after the last line returned by {@link #firstLineHoldingSomethingFrom} starts on. */
    long startLine() {
        return startLine;
    }

    /**
     * The kept text's start moved to the start of {@code line}: within what the parser was handed, or reading the file
     * as far as needed when asked to.
     */
    private void moveStartTo(long line, boolean readOn) throws IOException {
        int at = start;
        while (startLine < line) {
            if (!(readOn ? available(at) : at < replay)) {
                break;
            }
            char c = kept.charAt(at);
            if (c == '\n') {
                at++;
            } else if (c == '\r') {
                if (!(readOn ? available(at + 1) : at + 1 < replay)) {
                    if (readOn) {
                        at++; // a CR that ends the file
                    } else {
                        break; // an LF may follow it, unread yet
                    }
                } else if (kept.charAt(at + 1) == '\n') {
                    at += 2;
                } else {
                    at++;
                }
            } else {
                at++;
                continue;
            }
            start = at;
            startLine++;
        }
    }

    /** Where the line after the one ending at {@code at} (at its end, or the file's) begins. */
    private int afterLineEnd(int at) throws IOException {
        if (!available(at)) {
            return at;
        }
        if (kept.charAt(at) == '\r' && available(at + 1) && kept.charAt(at + 1) == '\n') {
            return at + 2;
        }
        return at + 1;
    }

    /** Whether the text holds a character at {@code at}, read from the file if it was not yet. */
    private boolean available(int at) throws IOException {
        char[] buffer = null;
        while (at >= kept.length()) {
            if (buffer == null) {
                buffer = new char[1 << 13];
            }
            int read = file.read(buffer);
            if (read < 0) {
                return false;
            }
            kept.append(buffer, 0, read);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
