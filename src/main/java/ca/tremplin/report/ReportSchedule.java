package ca.tremplin.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/**
 * A report that leaves by e-mail every week: the report's address without its dates (each sending covers the weeks
 * up to the day before it), the weekday it leaves on, the file attached and the staff of the centre it goes to.
 */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule implements java.io.Serializable {

    /** The file attached to each sending. */
    public enum FileFormat { CSV, XLSX }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(nullable = false)
    private String name;

    /** The report's parameters as its address writes them, without {@code from}, {@code to} and {@code asOf}. */
    @Column(nullable = false)
    private String address;

    @Column(name = "period_weeks", nullable = false)
    private int periodWeeks;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek dayOfWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false)
    private FileFormat fileFormat;

    /** The coordinator's: every centre's figures, for the coordinator's admins only. */
    @Column(name = "across_centres", nullable = false, updatable = false)
    private boolean acrossCentres;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_send_at", nullable = false)
    private Instant nextSendAt;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    /** The recipients left out of the last sending, and why, as the schedules page shows them. */
    @Column(name = "last_skipped")
    private String lastSkipped;

    @ElementCollection
    @CollectionTable(name = "report_schedule_recipient", joinColumns = @JoinColumn(name = "schedule_id"))
    @Column(name = "user_account_id")
    private Set<Long> recipientIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected ReportSchedule() {
    }

    public ReportSchedule(String name, String address, int periodWeeks, DayOfWeek dayOfWeek, FileFormat fileFormat,
                   Set<Long> recipientIds, boolean acrossCentres, Long createdBy, Instant createdAt, Instant nextSendAt) {
        this.name = name;
        this.address = address;
        this.periodWeeks = periodWeeks;
        this.dayOfWeek = dayOfWeek;
        this.fileFormat = fileFormat;
        this.recipientIds = new LinkedHashSet<>(recipientIds);
        this.acrossCentres = acrossCentres;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.nextSendAt = nextSendAt;
    }

    void sent(Instant at, String skipped, Instant next) {
        this.lastSentAt = at;
        this.lastSkipped = skipped;
        this.nextSendAt = next;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public int getPeriodWeeks() { return periodWeeks; }
    public DayOfWeek getDayOfWeek() { return dayOfWeek; }
    public FileFormat getFileFormat() { return fileFormat; }
    public boolean isAcrossCentres() { return acrossCentres; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNextSendAt() { return nextSendAt; }
    public Instant getLastSentAt() { return lastSentAt; }
    public String getLastSkipped() { return lastSkipped; }
    public Set<Long> getRecipientIds() { return Set.copyOf(recipientIds); }

    /** A recipient who no longer wants it: the others keep receiving it. */
    void withoutRecipient(long recipientId) {
        recipientIds.remove(recipientId);
    }
}
