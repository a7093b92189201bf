package ca.tremplin.api;

/** A query parameter that was refused: missing ({@code value} is {@code null}) or unreadable. */
record InvalidParameter(String name, String value, boolean givenTwice) {

    InvalidParameter(String name, String value) {
        this(name, value, false);
    }

    /** The same value, refused because its parameter takes one value and was given another before it. */
    static InvalidParameter repeated(InvalidParameter parameter) {
        return new InvalidParameter(parameter.name(), parameter.value(), true);
    }

    /** Long enough to recognise a value, short enough that a problem never echoes a whole oversized input. */
    static final int MAX_ECHOED_LENGTH = 40;

    static InvalidParameter missing(String name) {
        return new InvalidParameter(name, null);
    }

    static InvalidParameter malformed(String name, String value) {
        return new InvalidParameter(name,
                value.length() <= MAX_ECHOED_LENGTH ? value : value.substring(0, MAX_ECHOED_LENGTH) + "…");
    }

    /** From an entry of {@code CatalogQueryParser.Parsed#ignored()}, which reads "name=value". */
    static InvalidParameter fromIgnored(String nameAndValue) {
        int equals = nameAndValue.indexOf('=');
        return equals < 0 ? missing(nameAndValue)
                : malformed(nameAndValue.substring(0, equals), nameAndValue.substring(equals + 1));
    }
}
