package ca.tremplin.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA512 through Jakarta Security's own {@link Pbkdf2PasswordHash}. The
 * stored form carries algorithm, iterations and salt, so the cost can be raised later without breaking
 * existing hashes. 210,000 iterations is OWASP's recommendation for this algorithm (2023).
 */
@ApplicationScoped
public class PasswordHasher {

    /** Passwords shorter than this are refused; length beats complexity rules (NIST SP 800-63B). */
    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 200;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** A bundle key explaining why the password is not acceptable, or {@code null} when it is. */
    public static String weaknessOf(String password, String email) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return "password.tooShort";
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return "password.tooLong";
        }
        if (email != null && password.equalsIgnoreCase(email.strip())) {
            return "password.sameAsEmail";
        }
        if (password.chars().distinct().count() < 4) {
            return "password.tooSimple";
        }
        return null;
    }
}
