package ca.tremplin.api;

/** A request body that is not JSON; the line and column of the first flaw, or -1 when the parser gave none. */
class MalformedBodyException extends RuntimeException {

    private final long line;
    private final long column;

    MalformedBodyException(long line, long column) {
        super("Malformed JSON at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }
}
