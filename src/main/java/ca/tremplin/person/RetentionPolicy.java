package ca.tremplin.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * How long a centre keeps the people it follows, in months per situation ({@link RetentionRule}); none for a
 * situation means its people are not anonymised by time. Set by the centre's admin.
 */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lost_or_inactive_months")
    private Integer lostOrInactiveMonths;

    @Column(name = "admitted_not_enrolled_months")
    private Integer admittedNotEnrolledMonths;

    @Column(name = "enrolled_months")
    private Integer enrolledMonths;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    public RetentionPolicy() {
    }

    public Integer months(RetentionRule rule) {
        return switch (rule) {
            case LOST_OR_INACTIVE -> lostOrInactiveMonths;
            case ADMITTED_NOT_ENROLLED -> admittedNotEnrolledMonths;
            case ENROLLED -> enrolledMonths;
        };
    }

    void set(RetentionRule rule, Integer months) {
        switch (rule) {
            case LOST_OR_INACTIVE -> lostOrInactiveMonths = months;
            case ADMITTED_NOT_ENROLLED -> admittedNotEnrolledMonths = months;
            case ENROLLED -> enrolledMonths = months;
        }
    }

    void changedBy(Long userId, Instant at) {
        this.updatedBy = userId;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
