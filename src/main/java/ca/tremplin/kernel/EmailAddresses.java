package ca.tremplin.kernel;

/**
 * What an e-mail address typed in a form must look like: something, an at sign, a domain with a dot. One rule for
 * every form, the API, imports and staff edits. Bean Validation's own {@code @Email} takes "info@csiles" (a name no mail reaches); every {@code @Email} of the
 * application adds this pattern, and its message (ValidationMessages) says how an address is written.
 */
public final class EmailAddresses {

    /**
     * Something, an at sign, a domain with a dot, and none of the characters that have a meaning in a mail header
     * ({@code < > ( ) [ ] \ , ; : "}) or blanks: "{@code <script>x</script>@evil.com}" is no address a mail server
     * takes, and it would wait in the outbox for ever.
     */
    public static final String ADDRESS = "[^@\\s<>()\\[\\]\\\\,;:\"]+@[^@\\s<>()\\[\\]\\\\,;:\"]+"
            + "\\.[^@\\s<>()\\[\\]\\\\,;:\"]+";

    /** An address, or nothing: whether a field may stay empty is for {@code @NotBlank} to say, not this. */
    public static final String PATTERN = "|" + ADDRESS;

    private EmailAddresses() {
    }
}
