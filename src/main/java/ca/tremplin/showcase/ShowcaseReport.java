package ca.tremplin.showcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A visitor's report of a public profile: the reason only, nothing about who sent it. */
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

    protected ShowcaseReport() {
    }

    ShowcaseReport(long tenantId, long profileId, String reason, Instant reportedAt) {
        this.tenantId = tenantId;
        this.profileId = profileId;
        this.reason = reason;
        this.reportedAt = reportedAt;
    }

    public String getReason() { return reason; }
    public Instant getReportedAt() { return reportedAt; }
}
