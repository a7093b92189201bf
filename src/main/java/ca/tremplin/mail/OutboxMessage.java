package ca.tremplin.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail waiting to be sent, sent, or given up on. Not filtered by tenant: the dispatcher serves every
 * tenant; {@code tenantId} records on whose behalf it was written.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** 30 s unless {@code TREMPLIN_OUTBOX_FIRST_RETRY_SECONDS} says otherwise (tests of an outage wait less). */
    static final Duration FIRST_RETRY = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("TREMPLIN_OUTBOX_FIRST_RETRY_SECONDS", "30")));
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /**
     * How long a message is tried before it is given up: 72 hours unless {@code TREMPLIN_OUTBOX_GIVE_UP_AFTER_HOURS}
     * says otherwise. Counted in time, not in attempts: an outage of the mail server, however many rounds it lasts,
     * costs a message nothing until then.
     */
    static final Duration GIVE_UP_AFTER = Duration.ofHours(Math.max(1, Long.parseLong(
            System.getenv().getOrDefault("TREMPLIN_OUTBOX_GIVE_UP_AFTER_HOURS", "72").strip())));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(nullable = false)
    private String recipient;

    /** The most characters a subject holds (outbox_message.subject). */
    public static final int SUBJECT_MAX = 300;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    /** Where mail programs send a one-click unsubscribe (bulk e-mail only). */
    @Column(name = "one_click_unsubscribe")
    private String oneClickUnsubscribe;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status = OutboxStatus.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /**
     * When the message was put in the outbox last: when written, or when an admin queued it again after it was given
     * up; {@link #GIVE_UP_AFTER} counts from here. Null on messages written before V84: {@link #createdAt}.
     */
    @Column(name = "queued_at")
    private Instant queuedAt;

    /**
     * Whether the message is written by the application on its own ({@code Auto-Submitted: auto-generated}, RFC
     * 3834): an acknowledgement, a confirmation, a reminder; not a reply or a bulk e-mail staff send themselves.
     */
    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted = true;

    /** What a mail server reported last about the message after it left: its status code, "5.1.1" (V103). */
    @Column(name = "delivery_status")
    private String deliveryStatus;

    /** The report's diagnostic, as the reporting server wrote it: it may name the recipient. */
    @Column(name = "delivery_diagnostic")
    private String deliveryDiagnostic;

    @Column(name = "delivery_reported_at")
    private Instant deliveryReportedAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    /**
     * The recipient with its domain in Unicode ({@link ca.tremplin.kernel.EmailAddresses#withUnicodeDomain}), the
     * part before the at sign as given; as given when that spelling could not be sent (a domain IDNA 2003 reads as
     * another, "xn--strae-oqa" as "strasse" rather than "straße"), so that no message is given up for the spelling.
     */
    static String keptSpelling(String recipient) {
        if (recipient == null) {
            return null;
        }
        String unicode = ca.tremplin.kernel.EmailAddresses.withUnicodeDomain(recipient);
        return ca.tremplin.kernel.EmailAddresses.withAsciiDomain(unicode).isPresent() ? unicode : recipient;
    }

    OutboxMessage(Long tenantId, MailContent content, Instant now) {
        this.tenantId = tenantId;
        // Kept as the person's key writes it, its domain in Unicode: the erasure and the export of a person's data find
        // their mail by that key, however the address was typed. Sent with the domain in ASCII.
        this.recipient = keptSpelling(content.recipient());
        // A long name merged into a subject is cut to what the column holds, never a failure of the sending.
        this.subject = ca.tremplin.kernel.ShortenedText.of(content.subject(), SUBJECT_MAX);
        this.bodyText = content.text();
        this.bodyHtml = content.html();
        if (content.attachment() != null) {
            this.attachmentName = content.attachment().fileName();
            this.attachmentType = content.attachment().contentType();
        }
        this.oneClickUnsubscribe = content.oneClickUnsubscribe();
        this.autoSubmitted = !content.sentByStaff();
        this.createdAt = now;
        this.queuedAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Not sent before {@code leavesAt}: a message that may still be taken back ({@link Outbox#withdraw}) while what
     * caused it can be undone, such as a candidate's news after a card moved on a board.
     */
    void holdUntil(Instant leavesAt) {
        if (leavesAt.isAfter(nextAttemptAt)) {
            nextAttemptAt = leavesAt;
        }
    }

    public String getOneClickUnsubscribe() {
        return oneClickUnsubscribe;
    }

    /** The file the message carries, with these bytes ({@link OutboxAttachment}, read apart). */
    MailAttachment attachmentWith(byte[] content) {
        return new MailAttachment(attachmentName, attachmentType, content);
    }

    void markSent(Instant now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /**
     * Given up at once: no later attempt could send it (an address the mail server cannot take, a recipient the mail
     * server refused for good), so the outbox neither tries again for days nor hides why.
     */
    void markUndeliverable(String reason) {
        attempts++;
        lastError = clipped(reason);
        status = OutboxStatus.FAILED;
    }

    /**
     * The mail server answered "not now" about this message (a 4xx reply), or the connection broke while it was being
     * sent: tried again 30 s later (the first retry), then 1 min, 2 min, ... at most an hour apart, until it is
     * {@link #GIVE_UP_AFTER} old. The number of attempts spaces them; it never gives the message up.
     */
    void markAttemptFailed(String reason, Instant now) {
        attempts++;
        lastError = reason == null ? "unknown" : clipped(reason);
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay);
    }

    /**
     * No mail server could be reached to send it: nothing was tried for this message, which keeps its place and its
     * attempts (the dispatcher waits before it asks the server again); only why it still waits is noted.
     */
    void markServerUnreachable(String reason) {
        lastError = clipped(reason);
    }

    /** Whether the message has waited {@link #GIVE_UP_AFTER} since it was queued, and is given up unsent. */
    boolean expiredAt(Instant now) {
        return !now.isBefore(getQueuedAt().plus(GIVE_UP_AFTER));
    }

    /** Given up, too old to be sent now: what held it back last is kept after why. */
    void markExpired() {
        status = OutboxStatus.FAILED;
        lastError = clipped("Given up: not sent within " + GIVE_UP_AFTER.toHours() + " hours"
                + (lastError == null ? "" : "; last: " + lastError));
    }

    /** Reported undeliverable for good after it left (a bounce, 5.x.x). */
    void markBounced(String status, String diagnostic, Instant at) {
        this.status = OutboxStatus.BOUNCED;
        reported(status, diagnostic, at);
    }

    /** A report that delivery failed for now (4.x.x): recorded, nothing else changes; the reporting server retries. */
    void reported(String status, String diagnostic, Instant at) {
        deliveryStatus = status;
        deliveryDiagnostic = diagnostic == null ? null : clipped(diagnostic);
        deliveryReportedAt = at;
    }

    /** Held, unsent and without its footer ({@link Outbox#releaseHeld}), until staff correct or confirm the address. */
    void hold() {
        status = OutboxStatus.HELD;
    }

    /**
     * Released from {@link OutboxStatus#HELD} to {@code written}'s recipient, with its text and HTML (its footer
     * written for that address): due now, its time counted from now.
     */
    void release(MailContent written, Instant now) {
        status = OutboxStatus.PENDING;
        recipient = keptSpelling(written.recipient());
        bodyText = written.text();
        bodyHtml = written.html();
        queuedAt = now;
        nextAttemptAt = now;
    }

    private static String clipped(String reason) {
        return reason.substring(0, Math.min(reason.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /** The attached file's name, or null: known without reading its bytes. */
    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getQueuedAt() {
        return queuedAt == null ? createdAt : queuedAt;
    }

    public String getDeliveryStatus() {
        return deliveryStatus;
    }

    public String getDeliveryDiagnostic() {
        return deliveryDiagnostic;
    }

    public Instant getDeliveryReportedAt() {
        return deliveryReportedAt;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }
}
