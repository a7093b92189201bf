package ca.tremplin.person;

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
 * That a person's personal information was erased: which lead — or, for an apprentice the centre knew only by their
 * showcase profile, which profile (V74; the profile itself is deleted) —, why (and by which retention rule), who
 * confirmed it (none for the nightly job), when, and how many records of the person it reached (their merged
 * duplicates, or their profiles). Never the erased data.
 */
@Entity
@Table(name = "person_erasure")
public class PersonErasureRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", updatable = false)
    private Long leadId;

    @Column(name = "showcase_profile_id", updatable = false)
    private Long showcaseProfileId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ErasureReason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_rule", updatable = false)
    private RetentionRule retentionRule;

    @Column(name = "erased_by", updatable = false)
    private Long erasedBy;

    @Column(name = "erased_at", updatable = false)
    private Instant erasedAt;

    @Column(updatable = false)
    private int records;

    protected PersonErasureRecord() {
    }

    /** An apprentice known only by their showcase profiles, of which {@code profiles} were erased. */
    static PersonErasureRecord ofApprentice(long profileId, ErasureReason reason, RetentionRule retentionRule,
                                            Long erasedBy, Instant erasedAt, int profiles) {
        PersonErasureRecord record = new PersonErasureRecord();
        record.showcaseProfileId = profileId;
        record.reason = reason;
        record.retentionRule = retentionRule;
        record.erasedBy = erasedBy;
        record.erasedAt = erasedAt;
        record.records = profiles;
        return record;
    }

    PersonErasureRecord(long leadId, ErasureReason reason, RetentionRule retentionRule, Long erasedBy,
                        Instant erasedAt, int records) {
        this.leadId = leadId;
        this.reason = reason;
        this.retentionRule = retentionRule;
        this.erasedBy = erasedBy;
        this.erasedAt = erasedAt;
        this.records = records;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getLeadId() { return leadId; }
    public Long getShowcaseProfileId() { return showcaseProfileId; }
    public ErasureReason getReason() { return reason; }
    public RetentionRule getRetentionRule() { return retentionRule; }
    public Long getErasedBy() { return erasedBy; }
    public Instant getErasedAt() { return erasedAt; }
    public int getRecords() { return records; }
}
