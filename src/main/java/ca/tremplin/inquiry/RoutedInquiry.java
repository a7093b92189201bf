package ca.tremplin.inquiry;

import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * One school service centre's part of a request (or the coordinating organisation's, while unrouted): who in
 * the centre answers it, where it stands, and by when it must be answered. Tenant-owned: a centre never sees
 * another centre's part of the same request.
 */
@Entity
@Table(name = "routed_inquiry")
public class RoutedInquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inquiry_id", updatable = false)
    private Inquiry inquiry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id", updatable = false)
    private Lead lead;

    @Column(name = "assigned_to")
    private Long assignedTo;

    @Enumerated(EnumType.STRING)
    private InquiryStatus status = InquiryStatus.NEW;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "response_deadline")
    private Instant responseDeadline;

    @Column(name = "contacted_at")
    private Instant contactedAt;

    /** For the coordinating organisation's part: the centre it was handed to. */
    @Column(name = "routed_to_tenant_id")
    private Long routedToTenantId;

    /**
     * When the centre's staff sent the request back to the coordinating organisation's queue as not theirs to answer
     * (V96): the part is then none of the centre's time-to-first-contact figures, which count the request at the
     * centre that takes it. Null for every other part, one handed back because its centre closed included.
     */
    @Column(name = "sent_back_at")
    private Instant sentBackAt;

    /**
     * The queue's part handed to a centre: the outbox message telling the person which centre answers, withdrawn if
     * the request is taken back before it left. Null when none was written, and for a centre's own part.
     */
    @Column(name = "hand_over_notice_id")
    private Long handOverNoticeId;

    @Version
    private long version;

    protected RoutedInquiry() {
    }

    RoutedInquiry(long tenantId, Inquiry inquiry, Lead lead, Instant responseDeadline) {
        this.tenantId = tenantId;
        this.inquiry = inquiry;
        this.lead = lead;
        this.receivedAt = inquiry.getReceivedAt();
        this.responseDeadline = responseDeadline;
    }

    void assignTo(Long recruiterId) {
        this.assignedTo = recruiterId;
    }

    void open() {
        if (status == InquiryStatus.NEW) {
            status = InquiryStatus.OPEN;
        }
    }

    void markContacted(Instant at) {
        status = InquiryStatus.CONTACTED;
        if (contactedAt == null) {
            contactedAt = at;
        }
    }

    /**
     * Handed to a centre: closed in the coordination's queue, and answered as far as the coordination goes (its
     * answer is the routing, and the person is told which centre answers), so that the time-to-first-contact report
     * does not count it as a request left unanswered past its deadline.
     */
    void routedTo(long schoolBoardId, Instant at) {
        routedToTenantId = schoolBoardId;
        handOverNoticeId = null;
        status = InquiryStatus.CLOSED;
        if (contactedAt == null) {
            contactedAt = at;
        }
    }

    /**
     * Its centre closed before answering: the request went back to the coordinating organisation's queue. Closed
     * here, and not answered: the time-to-first-contact report of the centre keeps it as it stood.
     */
    void handedBackTo(long coordinationId) {
        routedToTenantId = coordinationId;
        status = InquiryStatus.CLOSED;
    }

    /**
     * Its centre's staff sent it back to the coordinating organisation's queue, not theirs to answer (another centre's
     * trade, a hand-over to the wrong centre): closed here, not answered, and left out of the centre's
     * time-to-first-contact figures, since the centre was right not to answer it.
     */
    void sentBackTo(long coordinationId, Instant at) {
        handedBackTo(coordinationId);
        sentBackAt = at;
    }

    /** Its centre closed, and its person erased: nothing to hand on, nobody to answer. Closed, not answered. */
    void closeWithItsCentre() {
        status = InquiryStatus.CLOSED;
    }

    /**
     * The request comes back to this tenant, which held it before and closed it unanswered (its centre closed, and
     * reopened; the coordination's queue, which had handed it on, and whose routing counted as its answer): a part
     * waiting again for an answer, with a new deadline and whoever the rule gives it to now. A centre's part it
     * answered, or still waiting, is never reopened (see {@code InboxService.handOver}): its answer would be lost to
     * the first-contact report. One part per tenant and request: a second would be refused by the database.
     */
    void reopen(Instant deadline, Long recruiterId) {
        status = InquiryStatus.NEW;
        handOverNoticeId = null;
        routedToTenantId = null;
        contactedAt = null;
        sentBackAt = null;
        responseDeadline = deadline;
        assignedTo = recruiterId;
    }

    public boolean isOverdueAt(Instant now) {
        return status.awaitsAnswer() && now.isAfter(responseDeadline);
    }

    public Long getId() { return id; }
    /** A line of the lead's timeline that belongs to this request. */
    LeadEvent timelineLine(LeadEventKind kind, Long actorId, String detail, Instant at) {
        return LeadEvent.forRequest(tenantId, lead.getId(), id, kind, actorId, detail, at);
    }

    public Long getTenantId() { return tenantId; }
    public Inquiry getInquiry() { return inquiry; }
    public Lead getLead() { return lead; }
    public Long getAssignedTo() { return assignedTo; }
    public InquiryStatus getStatus() { return status; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getResponseDeadline() { return responseDeadline; }
    public Instant getContactedAt() { return contactedAt; }
    public Long getRoutedToTenantId() { return routedToTenantId; }
    public Instant getSentBackAt() { return sentBackAt; }
    public Long getHandOverNoticeId() { return handOverNoticeId; }

    void handOverNotice(Long messageId) {
        handOverNoticeId = messageId;
    }
    public long getVersion() { return version; }
}
