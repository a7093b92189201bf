package ca.tremplin.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    /** When it ends: kept so that overlapping interviews are found by the database. */
    @Column(name = "ends_at")
    private Instant endsAt;

    /** Raised at each change sent to the candidate, so that their calendar replaces what it holds (RFC 5545). */
    private int sequence;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    private String place;

    private String link;

    @Column(name = "created_by")
    private Long createdBy;

    /** The hash of the token in the link of the last invitation sent, by which the candidate answers it. */
    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private InterviewAnswer answer;

    @Column(name = "answer_note")
    private String answerNote;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The task the answer opened for staff, while it stands (another time, not coming). */
    @Column(name = "answer_task_id")
    private Long answerTaskId;

    @Column(name = "created_at")
    private Instant createdAt;

    /**
     * Who its calendar files name as organiser, by name and address: fixed by the first file that names one and
     * named again by every move and the cancellation, since a calendar program applies an update or a cancellation
     * only from the organiser of the event it holds. Null while no file has named one.
     */
    @Column(name = "organizer_name")
    private String organizerName;

    @Column(name = "organizer_email")
    private String organizerEmail;

    protected Interview() {
    }

    Interview(long applicationId, ZonedDateTime start, int durationMinutes, String place, String link, Long createdBy,
              Instant createdAt) {
        this.applicationId = applicationId;
        this.startsAt = start.toInstant();
        this.timeZone = start.getZone().getId();
        this.durationMinutes = durationMinutes;
        this.endsAt = startsAt.plus(java.time.Duration.ofMinutes(durationMinutes));
        this.place = place;
        this.link = link;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Another time or place, sent to the candidate as a change of the same event. */
    void moveTo(ZonedDateTime start, int minutes, String newPlace, String newLink) {
        this.startsAt = start.toInstant();
        this.timeZone = start.getZone().getId();
        this.durationMinutes = minutes;
        this.endsAt = startsAt.plus(java.time.Duration.ofMinutes(minutes));
        this.place = newPlace;
        this.link = newLink;
        this.sequence++;
    }

    /**
     * The invitation just sent carries a new link, by which the candidate answers it; an answer given to an earlier
     * time is cleared with the earlier link.
     */
    void expectAnswer(String newTokenHash) {
        this.tokenHash = newTokenHash;
        this.answer = null;
        this.answerNote = null;
        this.answeredAt = null;
    }

    /** What the candidate answered, and when; a later answer replaces an earlier one. */
    void answered(InterviewAnswer given, String note, Instant at) {
        this.answer = given;
        this.answerNote = note;
        this.answeredAt = at;
    }

    void cancel(Long by, Instant at) {
        this.cancelledAt = at;
        this.cancelledBy = by;
        this.sequence++;
    }

    /** The link when there is one, else the place. */
    public String where() {
        return link != null ? link : place;
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
    public int getSequence() { return sequence; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Long getCreatedBy() { return createdBy; }
    public InterviewAnswer getAnswer() { return answer; }
    public String getAnswerNote() { return answerNote; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Long getAnswerTaskId() { return answerTaskId; }

    public String getOrganizerName() { return organizerName; }
    public String getOrganizerEmail() { return organizerEmail; }

    /** The organiser its first calendar file names; one named already stays, whoever sends the next file. */
    void organisedBy(String name, String email) {
        if (organizerEmail == null) {
            this.organizerName = name;
            this.organizerEmail = email;
        }
    }

    /** The task that follows the current answer up, or null once none does. */
    void followedUpBy(Long taskId) {
        this.answerTaskId = taskId;
    }
}
