package ca.tremplin.unsubscribe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** The link in one bulk e-mail: the hash of its token, the centre that sent it and the address it went to. */
@Entity
@Table(name = "unsubscribe_link")
public class UnsubscribeLink {

    @Id
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "email_normalized", nullable = false, updatable = false)
    private String emailNormalized;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UnsubscribeLink() {
    }

    UnsubscribeLink(String tokenHash, long tenantId, String emailNormalized, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.tenantId = tenantId;
        this.emailNormalized = emailNormalized;
        this.createdAt = createdAt;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getEmailNormalized() {
        return emailNormalized;
    }
}
