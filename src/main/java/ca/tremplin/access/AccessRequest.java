package ca.tremplin.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's request for their data: the address, the language they asked in, the hash of the link e-mailed to
 * them, and when opening it proved the address theirs. Not a centre's row: each centre's part is.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email_normalized", nullable = false, updatable = false)
    private String emailNormalized;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "link_expires_at", nullable = false)
    private Instant linkExpiresAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "ip_address", updatable = false)
    private String ipAddress;

    protected AccessRequest() {
    }

    AccessRequest(String emailNormalized, String language, String tokenHash, Instant requestedAt,
                  Instant linkExpiresAt, String ipAddress) {
        this.emailNormalized = emailNormalized;
        this.language = language;
        this.tokenHash = tokenHash;
        this.requestedAt = requestedAt;
        this.linkExpiresAt = linkExpiresAt;
        this.ipAddress = ipAddress == null ? null : ipAddress.substring(0, Math.min(45, ipAddress.length()));
    }

    /** Opening the link proved the address; from now on it opens the person's downloads until {@code until}. */
    void verified(Instant at, Instant until) {
        this.verifiedAt = at;
        this.linkExpiresAt = until;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(linkExpiresAt);
    }

    public Long getId() { return id; }
    public String getEmailNormalized() { return emailNormalized; }
    public String getLanguage() { return language; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public Instant getLinkExpiresAt() { return linkExpiresAt; }
}
