package ca.tremplin.api;

/**
 * A request body that is not JSON, or not JSON this server reads; the line and column of the first flaw, or -1 when
 * the parser gave none.
 */
class MalformedBodyException extends RuntimeException {

    private final long line;
    private final long column;
    private final boolean numberTooLong;
    private final String repeatedMember;
    private boolean tooDeep;

    MalformedBodyException(long line, long column) {
        this(line, column, false, null);
    }

    /** Valid JSON nested deeper than any request ({@code JsonBodyReader.MOST_NESTING}): said so, not "not JSON". */
    static MalformedBodyException tooDeep(long line, long column) {
        MalformedBodyException deep = new MalformedBodyException(line, column);
        deep.tooDeep = true;
        return deep;
    }

    boolean isTooDeep() {
        return tooDeep;
    }

    private MalformedBodyException(long line, long column, boolean numberTooLong, String repeatedMember) {
        super(numberTooLong ? "A JSON number too long" : "Malformed JSON at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
        this.numberTooLong = numberTooLong;
        this.repeatedMember = repeatedMember;
    }

    /** A number longer than the JSON reader takes (Parsson's 1,100 characters): no request needs one. */
    static MalformedBodyException numberTooLong() {
        return new MalformedBodyException(-1, -1, true, null);
    }

    /**
     * A member given twice in one object ({@code "email"} twice): which of the two values was meant cannot be told,
     * so neither is taken silently.
     */
    static MalformedBodyException repeated(String member, long line, long column) {
        return new MalformedBodyException(line, column, false, member);
    }

    /** The member given twice, or null. */
    String repeatedMember() {
        return repeatedMember;
    }

    boolean isNumberTooLong() {
        return numberTooLong;
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }
}
