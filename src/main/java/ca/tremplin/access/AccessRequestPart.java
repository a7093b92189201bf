package ca.tremplin.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** One centre's part of an access request: whose data, by when the law wants it answered, and how it was. */
@Entity
@Table(name = "access_request_part")
public class AccessRequestPart {

    /** How a part was answered. */
    public enum Answer {
        /** The centre's privacy officer sent the data by e-mail. */
        SENT,
        /** The person downloaded it from their link. */
        DOWNLOADED;

        public String messageKey() {
            return "access.answer." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    /** The person's lead at the centre; none when the centre knows them only by their showcase profile. */
    @Column(name = "lead_id", updatable = false)
    private Long leadId;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Enumerated(EnumType.STRING)
    private Answer answer;

    protected AccessRequestPart() {
    }

    AccessRequestPart(long tenantId, long requestId, Long leadId, LocalDate dueOn) {
        this.tenantId = tenantId;
        this.requestId = requestId;
        this.leadId = leadId;
        this.dueOn = dueOn;
    }

    /** The first answer counts; a later download or sending changes nothing here (the access log has each). */
    void answered(Answer how, Long by, Instant at) {
        if (answer == null) {
            this.answer = how;
            this.answeredBy = by;
            this.answeredAt = at;
        }
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getRequestId() { return requestId; }
    public Long getLeadId() { return leadId; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Long getAnsweredBy() { return answeredBy; }
    public Answer getAnswer() { return answer; }
}
