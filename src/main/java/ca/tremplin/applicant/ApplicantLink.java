package ca.tremplin.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A private link to one lead's file, sent to the person by e-mail: no password, only the hash of its token is
 * stored, and it stops working when it expires. It opens that lead's file and nothing else.
 */
@Entity
@Table(name = "applicant_link")
public class ApplicantLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApplicantLink() {
    }

    ApplicantLink(long tenantId, long leadId, String tokenHash, Long createdBy, Instant createdAt, Instant expiresAt) {
        this.tenantId = tenantId;
        this.leadId = leadId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long getTenantId() { return tenantId; }
    public Long getLeadId() { return leadId; }
    public Instant getExpiresAt() { return expiresAt; }
}
