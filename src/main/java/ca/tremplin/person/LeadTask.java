package ca.tremplin.person;

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
import org.hibernate.annotations.TenantId;

/** A follow-up on a lead, due at a time, for a recruiter of the centre. */
@Entity
@Table(name = "lead_task")
public class LeadTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", nullable = false)
    private Long leadId;

    @Column(name = "assigned_to")
    private Long assignedTo;

    @Enumerated(EnumType.STRING)
    private TaskKind kind;

    private String title;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    /**
     * The request part a first answer's task belongs to ({@code routed_inquiry}, V77): a person with two requests
     * waiting has two tasks, and answering, reassigning or handing over one of them touches its own only. Empty for a
     * task written by staff, and for first answers older than V77 that it could not match to one request.
     */
    @Column(name = "routed_inquiry_id", updatable = false)
    private Long routedInquiryId;

    /** The stored title of the task a request opens; pages show {@code task.first-response} in their language. */
    public static final String FIRST_RESPONSE_TITLE = "first-response";

    @Version
    private long version;

    protected LeadTask() {
    }

    public LeadTask(Lead lead, TaskKind kind, String title, Long assignedTo, Instant dueAt, Long createdBy,
                    Instant createdAt) {
        this.tenantId = lead.getTenantId();
        this.leadId = lead.getId();
        this.kind = kind;
        this.title = title;
        this.assignedTo = assignedTo;
        this.dueAt = dueAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The task a new information request creates: answer the person by the centre's deadline. */
    public static LeadTask firstResponse(Lead lead, long routedInquiryId, Long recruiterId, Instant deadline,
                                         Instant now) {
        LeadTask task = new LeadTask(lead, TaskKind.FIRST_RESPONSE, FIRST_RESPONSE_TITLE, recruiterId, deadline, null,
                now);
        task.routedInquiryId = routedInquiryId;
        return task;
    }

    public void done(Instant at) {
        if (doneAt == null) {
            doneAt = at;
        }
    }

    /** To another member of staff (a request reassigned takes its first answer's task with it). */
    public void assignTo(Long recruiterId) {
        this.assignedTo = recruiterId;
    }

    public void movedTo(long survivorLeadId) {
        leadId = survivorLeadId;
    }

    public boolean isOverdueAt(Instant now) {
        return doneAt == null && dueAt.isBefore(now);
    }

    public Long getId() { return id; }
    public Long getLeadId() { return leadId; }
    public Long getAssignedTo() { return assignedTo; }
    public TaskKind getKind() { return kind; }
    public String getTitle() { return title; }
    public Instant getDueAt() { return dueAt; }
    public Instant getDoneAt() { return doneAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getRoutedInquiryId() { return routedInquiryId; }
}
