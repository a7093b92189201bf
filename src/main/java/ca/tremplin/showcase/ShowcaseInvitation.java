package ca.tremplin.showcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * The key to post a profile, without an account: only the hash of the link's token is kept, and the link works until
 * it expires or has been used as many times as it allows. A personal invitation's address is not kept here: the
 * outbox holds the message sent.
 */
@Entity
@Table(name = "showcase_invitation")
public class ShowcaseInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InvitationKind kind;

    private String label;

    @Column(name = "max_uses", nullable = false)
    private int maxUses;

    private int uses;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Who of the staff closed it before its time, and when (V83); null otherwise. */
    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ShowcaseInvitation() {
    }

    ShowcaseInvitation(String tokenHash, InvitationKind kind, String label, int maxUses, Instant expiresAt,
                       Long createdBy, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.kind = kind;
        this.label = label;
        this.maxUses = maxUses;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Closed by staff before its time (a class link shared beyond the class): it expires now, and says who closed it.
     * One already expired or closed stays as it was.
     */
    void closeAt(Instant now, long staffId) {
        if (expiresAt.isAfter(now)) {
            expiresAt = now;
            closedAt = now;
            closedBy = staffId;
        }
    }

    /** Whether it still opens the form: not expired, not used up. */
    public boolean isOpenAt(Instant now) {
        return !isExpiredAt(now) && !isUsedUp();
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean isUsedUp() {
        return uses >= maxUses;
    }

    void use() {
        uses++;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public InvitationKind getKind() { return kind; }
    public String getLabel() { return label; }
    public int getMaxUses() { return maxUses; }
    public int getUses() { return uses; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
}
