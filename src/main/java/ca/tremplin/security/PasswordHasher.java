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

    /**
     * The hash of the password composed (NFC): an accented letter is one character or a letter and its accent as
     * keyboards, password managers and pasted text happen to give it, and both are the password the person chose
     * (NIST SP 800-63B, 5.1.1.2).
     */
    public String hash(String password) {
        return pbkdf2.generate(composed(password).toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (storedHash == null || password == null) {
            return false;
        }
        String composed = composed(password);
        if (pbkdf2.verify(composed.toCharArray(), storedHash)) {
            return true;
        }
        if (composed.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        // A hash made before passwords were composed holds the characters as they were typed then, decomposed
        // perhaps: the password in that form (and as typed now) is tried too.
        String decomposed = java.text.Normalizer.normalize(password, java.text.Normalizer.Form.NFD);
        return !decomposed.equals(composed) && pbkdf2.verify(decomposed.toCharArray(), storedHash)
                || !password.equals(composed) && !password.equals(decomposed)
                && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    private static String composed(String password) {
        return java.text.Normalizer.normalize(password, java.text.Normalizer.Form.NFC);
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
        if (guessable(password, email)) {
            return "password.guessable";
        }
        return null;
    }

    /**
     * Words the first guesses of anyone trying passwords are made of: the service's name, the words a form asks
     * for, keyboard rows. NIST SP 800-63B asks that such "context-specific words" be refused.
     */
    private static final java.util.List<String> GUESSED_WORDS = java.util.List.of("tremplin", "motdepasse",
            "password", "passe", "bienvenue", "welcome", "bonjour", "azertyuiop", "qwertyuiop", "azerty", "qwerty",
            "admin", "quebec", "canada", "soleil", "secret");

    /**
     * Whether the password is only such words, or the e-mail's own words, with digits and signs around them
     * ("Tremplin2026", "Motdepasse123!", "lucia.diaz1990" for lucia.diaz@…), or only digits (a date, a phone).
     */
    static boolean guessable(String password, String email) {
        String rest = java.text.Normalizer.normalize(password, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> words = new java.util.ArrayList<>(GUESSED_WORDS);
        if (email != null && email.contains("@")) {
            for (String part : email.substring(0, email.indexOf('@')).toLowerCase(java.util.Locale.ROOT)
                    .split("[._+-]")) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        words.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String word : words) {
            rest = rest.replace(word, "");
        }
        return rest.chars().noneMatch(Character::isLetter);
    }
}
