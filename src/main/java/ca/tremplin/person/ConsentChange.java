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
 * One consent withdrawn, or given again, after the form that first collected it: the purpose, the exact sentence the
 * person confirmed (or staff recorded) and its version, the language, when it was said and when written, the channel,
 * who recorded it and from where. Appended by {@link ConsentRegister}; no column is ever updated, except by erasure.
 */
@Entity
@Table(name = "consent_change")
public class ConsentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Column(name = "email_normalized", updatable = false)
    private String emailNormalized;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentPurpose purpose;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(name = "text_version", nullable = false, updatable = false)
    private String textVersion;

    @Column(name = "text_shown", nullable = false, updatable = false)
    private String textShown;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentChannel channel;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", updatable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "ip_address", updatable = false)
    private String ipAddress;

    protected ConsentChange() {
    }

    ConsentChange(Lead lead, ConsentPurpose purpose, boolean granted, ConsentTexts.Shown text, String language,
                  Instant changedAt, ConsentChannel channel, String note, Long recordedBy, Instant recordedAt,
                  String ipAddress) {
        this.tenantId = lead.getTenantId();
        this.leadId = lead.getId();
        this.emailNormalized = lead.getEmailNormalized();
        this.purpose = purpose;
        this.granted = granted;
        this.textVersion = text.version();
        this.textShown = text.text();
        this.language = language;
        this.changedAt = changedAt;
        this.channel = channel;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.ipAddress = ipAddress == null ? null : ipAddress.substring(0, Math.min(45, ipAddress.length()));
    }

    public Long getId() { return id; }
    public Long getLeadId() { return leadId; }
    public ConsentPurpose getPurpose() { return purpose; }
    public boolean isGranted() { return granted; }
    public String getTextShown() { return textShown; }
    public Instant getChangedAt() { return changedAt; }
    public ConsentChannel getChannel() { return channel; }
    public String getNote() { return note; }
    public Long getRecordedBy() { return recordedBy; }
}
