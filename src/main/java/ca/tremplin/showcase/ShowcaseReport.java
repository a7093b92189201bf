package ca.tremplin.showcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A report of a public profile: the reason, and who sent it told apart from others without being named (V89): a
 * visitor by a hash of the profile, the day and their address, which counts one person once a day and keeps no
 * address; a member of staff signed in by their account.
 */
@Entity
@Table(name = "showcase_report")
public class ShowcaseReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private Long profileId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "reporter_key", updatable = false)
    private String reporterKey;

    @Column(name = "reported_by", updatable = false)
    private Long reportedBy;

    /** Whether {@link #reporterKey} is a keyed hash (V106): always, as this server writes it. */
    @Column(name = "keyed_hash", nullable = false)
    private boolean keyedHash = true;

    protected ShowcaseReport() {
    }

    ShowcaseReport(long tenantId, long profileId, String reason, Instant reportedAt, String reporterKey,
                   Long reportedBy) {
        this.tenantId = tenantId;
        this.profileId = profileId;
        this.reason = reason;
        this.reportedAt = reportedAt;
        this.reporterKey = reporterKey;
        this.reportedBy = reportedBy;
    }

    long getId() { return id; }
    public String getReason() { return reason; }
    public Instant getReportedAt() { return reportedAt; }
}
