package ca.tremplin.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hibernate.annotations.TenantId;

/** An interview of an application: when (stored as an instant, with the zone it was set in), where or by which link. */
@Entity
@Table(name = "interview")
public class Interview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    private String place;

    private String link;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Interview() {
    }

    Interview(long applicationId, ZonedDateTime start, int durationMinutes, String place, String link, Long createdBy,
              Instant createdAt) {
        this.applicationId = applicationId;
        this.startsAt = start.toInstant();
        this.timeZone = start.getZone().getId();
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.link = link;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Instant getStartsAt() { return startsAt; }
    public String getTimeZone() { return timeZone; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getPlace() { return place; }
    public String getLink() { return link; }
}
