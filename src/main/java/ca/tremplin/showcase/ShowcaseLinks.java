package ca.tremplin.showcase;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.AccountTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The private links of a profile: the person's own (to edit or withdraw it; it does not expire, it is theirs to keep,
 * and a moderator's request for a change brings a new one) and a guardian's (expires after 14 days unless used to
 * consent; then it is theirs to withdraw that consent, until the profile is withdrawn or asks a guardian again). Only SHA-256 hashes are stored; the clear token leaves only in the e-mail or on the confirmation page.
 */
@ApplicationScoped
class ShowcaseLinks {

    static final String OWNER = "OWNER";
    static final String GUARDIAN = "GUARDIAN";
    static final java.time.Duration GUARDIAN_LINK_LIFE = java.time.Duration.ofDays(14);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** A new link of the profile; returns the clear token. In the caller's transaction. */
    String create(long profileId, String purpose, Instant at, Instant expiresAt) {
        String token = AccountTokens.newClearText();
        em.createNativeQuery("insert into showcase_link (token_hash, profile_id, purpose, created_at, expires_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, AccountTokens.sha256(token)).setParameter(2, profileId).setParameter(3, purpose)
                .setParameter(4, at).setParameter(5, expiresAt).executeUpdate();
        return token;
    }

    /** The profile a link opens; an unknown, expired or mistyped link is not found. */
    long profileOf(String token, String purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("showcase link");
        }
        // The expiry is compared by the database with a time bound the same way it was written.
        List<?> rows = em.createNativeQuery("select profile_id from showcase_link where token_hash = ?1"
                        + " and purpose = ?2 and (expires_at is null or expires_at > ?3)")
                .setParameter(1, AccountTokens.sha256(token)).setParameter(2, purpose).setParameter(3, now)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("showcase link");
        }
        return ((Number) rows.get(0)).longValue();
    }

    /** The profile's links of this purpose no longer expire (a guardian's, once used to consent). */
    void keepForGood(long profileId, String purpose) {
        em.createNativeQuery("update showcase_link set expires_at = null where profile_id = ?1 and purpose = ?2")
                .setParameter(1, profileId).setParameter(2, purpose).executeUpdate();
    }

    void deleteAll(long profileId, String purpose) {
        em.createNativeQuery("delete from showcase_link where profile_id = ?1 and purpose = ?2")
                .setParameter(1, profileId).setParameter(2, purpose).executeUpdate();
    }
}
