package ca.tremplin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Issues and looks up one-time account tokens. Works in the caller's transaction and tenant. */
@ApplicationScoped
public class AccountTokens {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    /** 32 random bytes, URL-safe: the clear text of a token sent in a link, of which only the hash is kept. */
    public static String newClearText() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Creates a token and returns its clear text, which only ever leaves in the e-mail. */
    String issue(UserAccount account, AccountToken.Purpose purpose) {
        String clearText = newClearText();
        Instant now = clock.instant();
        Duration validity = purpose == AccountToken.Purpose.INVITATION ? INVITATION_VALIDITY : RESET_VALIDITY;
        em.persist(new AccountToken(account, purpose, sha256(clearText), now, now.plus(validity)));
        return clearText;
    }

    /** The token if it exists, is unused and has not expired. */
    Optional<AccountToken> findUsable(String clearText) {
        if (clearText == null || clearText.isBlank() || clearText.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createQuery("select t from AccountToken t where t.tokenHash = :hash", AccountToken.class)
                .setParameter("hash", sha256(clearText))
                .getResultStream()
                .filter(token -> token.isUsableAt(now))
                .findFirst();
    }

    /** Uses up every open token of an account: after a new password, older links must stop working. */
    void useAllOf(long accountId) {
        Instant now = clock.instant();
        em.createQuery("select t from AccountToken t where t.userAccountId = :account and t.usedAt is null",
                        AccountToken.class)
                .setParameter("account", accountId)
                .getResultList()
                .forEach(token -> token.markUsed(now));
    }

    /**
     * The hash to look up the token of a link by, or nothing when the text cannot be one of our tokens (missing,
     * blank, far too long): the pages that links open answer those as unknown without a query.
     */
    public static Optional<String> lookupHash(String clearText) {
        if (clearText == null || clearText.isBlank() || clearText.length() > 100) {
            return Optional.empty();
        }
        return Optional.of(sha256(clearText.strip()));
    }

    public static String sha256(String clearText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(clearText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
