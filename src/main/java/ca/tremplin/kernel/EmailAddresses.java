package ca.tremplin.kernel;

/**
 * What an e-mail address typed in a form must look like: something, an at sign, a domain with a dot. Bean
 * Validation's own {@code @Email} takes "info@csiles" (a name no mail reaches); every {@code @Email} of the
 * application adds this pattern, and its message (ValidationMessages) says how an address is written.
 */
public final class EmailAddresses {

    /** An address, or nothing: whether a field may stay empty is for {@code @NotBlank} to say, not this. */
    public static final String PATTERN = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private EmailAddresses() {
    }
}
