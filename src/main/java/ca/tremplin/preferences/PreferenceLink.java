package ca.tremplin.preferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The preferences link at the foot of one e-mail: the hash of its token, the address it was sent to, and when it
 * stops working. Not a centre's row: the address's consents at every centre are what it opens.
 */
@Entity
@Table(name = "preference_link")
public class PreferenceLink {

    @Id
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "email_normalized", nullable = false, updatable = false)
    private String emailNormalized;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    /** Mailed to the parent or guardian of a person under 14, not to the person (V45). */
    @Column(name = "for_guardian", nullable = false, updatable = false)
    private boolean forGuardian;

    protected PreferenceLink() {
    }

    PreferenceLink(String tokenHash, String emailNormalized, Instant createdAt, Instant expiresAt,
                   boolean forGuardian) {
        this.tokenHash = tokenHash;
        this.emailNormalized = emailNormalized;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.forGuardian = forGuardian;
    }

    boolean isForGuardian() {
        return forGuardian;
    }

    String getEmailNormalized() {
        return emailNormalized;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
