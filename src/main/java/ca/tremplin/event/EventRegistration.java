package ca.tremplin.event;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.ContactDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.TenantId;

/**
 * One person's place at one event, tied to their lead in the organising centre. Attendance is recorded when
 * they are checked in (or walk in); a registrant with no attendance after the event is a no-show. Whoever came keeps
 * their seat ({@link #hasCome}).
 *
 * <p>A person who found the event full may wait for a seat on the same row: {@link Status#WAITLISTED}, in the order
 * of {@link #getWaitlistedAt()}. Where each status leaves the two times, which queries that cannot name the status
 * read instead: holding a seat, neither is set; waiting, only {@code waitlistedAt}; given up, {@code cancelledAt},
 * with {@code waitlistedAt} still set when what was given up was a place on the waiting list, never a seat.
 */
@Entity
@Table(name = "event_registration")
public class EventRegistration implements java.io.Serializable {

    public enum Status {
        /** Holds a seat. */
        REGISTERED,
        /** Gave up their seat, or their place on the waiting list. */
        CANCELLED,
        /** On the event's waiting list, for the next seat freed. */
        WAITLISTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    private RegistrationChannel channel;

    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String email;
    @Column(name = "email_normalized", updatable = false)
    private String emailNormalized;
    @Column(name = "phone_e164")
    private String phoneE164;
    @Column(name = "country_of_residence")
    private String countryOfResidence;
    private String language;
    @Column(name = "viewer_zone_id")
    private String viewerZoneId;
    private String note;

    @Enumerated(EnumType.STRING)
    private Status status = Status.REGISTERED;

    /** When the person registered, or joined the waiting list if they waited first. */
    @Column(name = "registered_at", updatable = false)
    private Instant registeredAt;
    /** When the person (from their e-mail's link) or staff cancelled the registration; null while it holds. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "attended_at")
    private Instant attendedAt;

    /**
     * When the person joined the event's waiting list: the list's order. Cleared when they are given a seat; kept when
     * they leave the list without one, so that the row says what they gave up.
     */
    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    /** The time an imported attendance report gives, all of the person's rows added up; none for a check-in. */
    @Column(name = "attended_minutes")
    private Integer attendedMinutes;
    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    /**
     * What this person's calendar files add to the event's version for their SEQUENCE: one more each time they give
     * up their seat and each time it is restored while the event is open, so that the cancellation they receive, and
     * the confirmation of the seat taken again, each carry a higher sequence than the file they hold, the event itself
     * unchanged (RFC 5546: a calendar keeps the copy it holds against a file of the same sequence). See {@link
     * #calendarStep}.
     */
    @Column(name = "calendar_sequence_offset", nullable = false)
    private int calendarSequenceOffset;

    /** The programs of the organising centre that the person said they are interested in (a fair's capture). */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "event_registration_program",
            joinColumns = @jakarta.persistence.JoinColumn(name = "registration_id"))
    @Column(name = "program_id")
    private java.util.Set<Long> programIds = new java.util.LinkedHashSet<>();

    /** The campaign touches the person's browser carried when they registered on the public page. */
    @jakarta.persistence.Embedded
    private ca.tremplin.person.CampaignAttribution attribution;

    @Version
    private long version;

    protected EventRegistration() {
    }

    EventRegistration(long tenantId, long eventId, long leadId, String idempotencyKey, RegistrationChannel channel,
                      ContactDetails person, String viewerZoneId, String note, Instant at) {
        this.tenantId = tenantId;
        this.eventId = eventId;
        this.leadId = leadId;
        this.idempotencyKey = idempotencyKey;
        this.channel = channel;
        this.firstName = person.firstName();
        this.lastName = person.lastName();
        this.email = person.email();
        this.emailNormalized = person.emailNormalized();
        this.phoneE164 = person.phoneE164();
        this.countryOfResidence = person.countryOfResidence();
        this.language = Languages.code(person.language());
        this.viewerZoneId = viewerZoneId;
        this.note = note;
        this.registeredAt = at;
    }

    /** The most characters a registration's note holds (its column). */
    static final int NOTE_MAX = 2000;

    /**
     * What was noted about the person this time, added to what was noted before unless it says it already; false,
     * and nothing changed, when both would not fit in the note.
     */
    boolean noteAlso(String more) {
        if (more == null || note != null && java.util.Arrays.asList(note.split("\n\n")).contains(more)) {
            return true;
        }
        String joined = note == null ? more : note + "\n\n" + more;
        if (joined.length() > NOTE_MAX) {
            return false;
        }
        note = joined;
        return true;
    }

    void interestedIn(java.util.Collection<Long> programs) {
        programIds.addAll(programs);
    }

    /** Checked in at the door; checking in twice keeps the first time. */
    void touchedBy(ca.tremplin.web.CampaignTouches touches) {
        this.attribution = ca.tremplin.person.CampaignAttribution.of(touches);
    }

    public ca.tremplin.person.CampaignAttribution getAttribution() {
        return attribution == null ? new ca.tremplin.person.CampaignAttribution() : attribution;
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    /**
     * Recorded as present — checked in, walked in, captured at the fair, or shown on an imported list —: they came,
     * and their seat was used. It stays theirs: giving it up afterwards (leaving a webinar early, then the link) is
     * refused, so that the event's page, the funnel reports and the campaigns, which all count the seats held, count
     * them once as having come, and no seat is given to someone waiting for one already taken.
     */
    public boolean hasCome() {
        return attendedAt != null;
    }

    /** On the event's waiting list. */
    public boolean isWaiting() {
        return status == Status.WAITLISTED;
    }

    /** Gave up a place on the waiting list (or left it with the event): never a seat, the last time. */
    public boolean hasLeftWaitingList() {
        return status == Status.CANCELLED && waitlistedAt != null;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    /**
     * What a seat given up or taken again at {@code event} at {@code now} adds to the person's calendar sequence. The
     * sequence is the revision of the event as the person's calendar holds it (RFC 5545: it grows when the organiser
     * makes a change the attendee is to receive). While the event is open — published, not over — the seat's change is
     * such a change: one step, and the person is told with a file of that sequence (the withdrawal, the confirmation of
     * the seat taken again), so that a later file — the confirmation sent again, a move — outranks the one they hold.
     * Once the event is over or cancelled no file of it goes to them again: nothing they see changes, and the sequence
     * stays. Rows changed in SQL apply the same rule, {@link #CALENDAR_STEP_SQL}.
     */
    static int calendarStep(Event event, Instant now) {
        return event.isOpenAt(now) ? 1 : 0;
    }

    /**
     * {@link #calendarStep} for a statement that changes a registration's seat: the step, 1 or 0, of the event
     * {@code e} (joined or read by the statement) at the instant bound to its one parameter.
     */
    public static final String CALENDAR_STEP_SQL =
            "case when e.status = 'PUBLISHED' and e.ends_at > ? then 1 else 0 end";

    /**
     * The seat given up at {@code event}, at {@code at}: false when it held none (given up already, or waiting). The
     * sequence moves by {@link #calendarStep}. A person who came used their seat: it is not given up ({@link #hasCome};
     * callers refuse it in words first).
     */
    boolean cancel(Event event, Instant at) {
        if (status != Status.REGISTERED) {
            return false;
        }
        if (hasCome()) {
            throw new IllegalStateException("registration " + id + " came: its seat was used");
        }
        status = Status.CANCELLED;
        cancelledAt = at;
        calendarSequenceOffset += calendarStep(event, at);
        return true;
    }

    /**
     * Registered again (or in the room) after giving up their seat, or while waiting: the same registration holds a
     * seat again. While the event is open, any file they hold of it (a cancellation) is outranked by the confirmation
     * that must follow ({@link #calendarStep}).
     */
    void restore(Event event, Instant now) {
        if (status != Status.REGISTERED) {
            calendarSequenceOffset += calendarStep(event, now);
        }
        status = Status.REGISTERED;
        cancelledAt = null;
        waitlistedAt = null;
    }

    /** A new registration that finds no seat online: it waits for one from {@code at}, before it is stored. */
    void waitForASeat(Instant at) {
        if (id != null) {
            throw new IllegalStateException("registration " + id + " is stored already");
        }
        status = Status.WAITLISTED;
        waitlistedAt = at;
    }

    /** Joins the waiting list at its end: a row whose seat or place was given up. */
    void joinWaitingList(Instant at) {
        if (status == Status.REGISTERED) {
            throw new IllegalStateException("registration " + id + " holds a seat");
        }
        status = Status.WAITLISTED;
        waitlistedAt = at;
        cancelledAt = null;
    }

    /** Leaves the waiting list without a seat: false when it was not on it. */
    boolean leaveWaitingList(Instant at) {
        if (status != Status.WAITLISTED) {
            return false;
        }
        status = Status.CANCELLED;
        cancelledAt = at;
        return true;
    }

    /**
     * Given the seat freed: false when it was not waiting. The confirmation that follows carries a higher sequence
     * than any file the person holds of the event (the cancellation of a seat they gave up before waiting).
     */
    boolean takeSeatFromWaitingList(Event event, Instant now) {
        if (status != Status.WAITLISTED) {
            return false;
        }
        restore(event, now);
        return true;
    }

    /** The confirmation just sent stands for the reminder: none is claimed for it later. */
    void remindedBy(Instant confirmation) {
        reminderSentAt = confirmation;
    }

    boolean markAttended(Instant at) {
        if (attendedAt != null) {
            return false;
        }
        attendedAt = at;
        return true;
    }

    public Locale locale() {
        return Languages.fromTag(language);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getEventId() { return eventId; }
    public Long getLeadId() { return leadId; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public RegistrationChannel getChannel() { return channel; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getEmail() { return email; }
    public String getEmailNormalized() { return emailNormalized; }
    public String getPhoneE164() { return phoneE164; }
    public java.util.Set<Long> getProgramIds() { return java.util.Collections.unmodifiableSet(programIds); }
    public String getCountryOfResidence() { return countryOfResidence; }
    public String getLanguage() { return language; }
    public String getViewerZoneId() { return viewerZoneId; }
    public String getNote() { return note; }
    public Status getStatus() { return status; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getWaitlistedAt() { return waitlistedAt; }
    public Instant getAttendedAt() { return attendedAt; }
    public Integer getAttendedMinutes() { return attendedMinutes; }
    public Instant getReminderSentAt() { return reminderSentAt; }
    public int getCalendarSequenceOffset() { return calendarSequenceOffset; }
}
