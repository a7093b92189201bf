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

    static final int MAX_ATTEMPTS = 12;
    /** 30 s unless {@code TREMPLIN_OUTBOX_FIRST_RETRY_SECONDS} says otherwise (tests of an outage wait less). */
    private static final Duration FIRST_RETRY = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("TREMPLIN_OUTBOX_FIRST_RETRY_SECONDS", "30")));
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

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

    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    @Column(name = "attachment_content")
    private byte[] attachmentContent;

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
            this.attachmentContent = content.attachment().content();
        }
        this.oneClickUnsubscribe = content.oneClickUnsubscribe();
        this.createdAt = now;
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

    /** The file sent with the message, if any. */
    public MailAttachment attachment() {
        return attachmentContent == null ? null
                : new MailAttachment(attachmentName, attachmentType, attachmentContent);
    }

    void markSent(Instant now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /**
     * Given up at once: no later attempt could send it (an address the mail server cannot take), so the outbox
     * neither tries again for hours nor hides why.
     */
    void markUndeliverable(String reason) {
        attempts++;
        lastError = reason.substring(0, Math.min(reason.length(), 1000));
        status = OutboxStatus.FAILED;
    }

    /** Schedules the next try: 30 s (the first retry), 1 min, 2 min, ... at most an hour apart; gives up after 12 tries. */
    void markAttemptFailed(String reason, Instant now) {
        attempts++;
        lastError = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
            return;
        }
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay);
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
}
