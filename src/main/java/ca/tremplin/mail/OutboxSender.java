package ca.tremplin.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends one due message of the outbox: claims it, sends it over the batch's SMTP connection and records the
 * outcome, in its own transaction. Several servers may send at once: each claims a message with
 * {@code SKIP LOCKED}.
 *
 * <p>Why one transaction per message: a server that dies after the mail server took a message and before its
 * commit leaves that message to be sent again by another server. With one commit per message, that is at most the
 * one message in flight, not every message of a batch sent before the crash.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** What became of the next due message. */
    enum Outcome {
        NONE_DUE,
        SENT,
        /** Given up, or to be tried again later: the connection serves the next message. */
        REFUSED,
        /**
         * No mail server took it: none could be reached, the connection broke, or the server refused the session (our
         * sender, its policy). Nothing else is sent this round; the dispatcher waits before asking the server again.
         */
        SERVER_UNAVAILABLE
    }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<MailFooters> footers;

    /** Where the bounces of each message go, when a bounce address is configured. */
    private final java.util.Optional<ReturnPath> returnPath = ReturnPath.configured();

    /**
     * Claims the next due message, sends it, and records the outcome, committed before the next message. A message
     * queued {@link OutboxMessage#GIVE_UP_AFTER} ago is given up unsent, whether or not a mail server answers now.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome sendNextDue(SmtpConnection connection, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                        select id from outbox_message
                        where status = 'PENDING' and next_attempt_at <= ?1
                        order by next_attempt_at, id
                        limit 1
                        for update skip locked""")
                .setParameter(1, now)
                .getResultList();
        if (due.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        OutboxMessage message = em.find(OutboxMessage.class, due.get(0).longValue());
        if (message.expiredAt(now)) {
            message.markExpired();
            LOG.warning(() -> "Outbox message " + message.getId() + " given up: not sent within "
                    + OutboxMessage.GIVE_UP_AFTER.toHours() + " hours");
            return Outcome.REFUSED;
        }
        String replyTo = footers.isResolvable() ? footers.get().replyAddress(message.getTenantId()) : null;
        String undeliverable;
        try {
            undeliverable = undeliverable(message.getRecipient(), connection);
        } catch (MessagingException | RuntimeException unreachable) {
            return serverUnreachable(message, unreachable);
        }
        if (undeliverable != null) {
            return givenUp(message, undeliverable, undeliverable);
        }
        MimeMessage mime;
        try {
            // The file's bytes are read here only, for the one message about to leave.
            mime = toMime(mailSession, message, OutboxAttachment.of(em, message), replyTo,
                    returnPath.map(path -> path.forMessage(message.getId())).orElse(null));
        } catch (jakarta.mail.internet.AddressException unwritable) {
            // The address could not be written into the message (Jakarta Mail reads whether it may write letters
            // outside ASCII from the system's properties, not only the session's): no attempt would, so given up now.
            return givenUp(message, "Undeliverable: the address cannot be written in a message: "
                    + unwritable.getMessage(), "the address cannot be written in a message");
        } catch (MessagingException | RuntimeException unwritable) {
            // Nothing of the server: this message cannot be written, and no later attempt would write it.
            return givenUp(message, "Undeliverable: the message cannot be written: "
                    + unwritable.getClass().getSimpleName() + ": " + unwritable.getMessage(),
                    "the message cannot be written (" + unwritable.getClass().getSimpleName() + ")");
        }
        Transport transport;
        try {
            transport = connection.open();
        } catch (MessagingException | RuntimeException unreachable) {
            return serverUnreachable(message, unreachable);
        }
        try {
            transport.sendMessage(mime, mime.getAllRecipients());
            message.markSent(now);
            return Outcome.SENT;
        } catch (MessagingException | RuntimeException failure) {
            java.util.Optional<SmtpReply> reply = SmtpReply.of(failure);
            if (reply.isPresent() && reply.get().refusesTheMessageForGood()) {
                return givenUp(message, "Refused by the mail server: " + reply.get().said() + " ("
                        + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")",
                        "refused by the mail server, " + reply.get().said());
            }
            // "Not now" about this message, or a server that broke off or refused our session: tried again later,
            // until the message is too old; the others wait for a later round when the server itself failed.
            attemptFailed(message, failure, reply, now);
            return reply.isPresent() && reply.get().aboutTheMessage() ? Outcome.REFUSED : Outcome.SERVER_UNAVAILABLE;
        }
    }

    /** {@code logged}: the reason without the server's words, which may name the recipient. */
    private static Outcome givenUp(OutboxMessage message, String reason, String logged) {
        message.markUndeliverable(reason);
        LOG.warning(() -> "Outbox message " + message.getId() + " not sent, given up: " + logged);
        return Outcome.REFUSED;
    }

    /** No connection to a mail server: nothing was tried for this message, which keeps its place and its attempts. */
    private static Outcome serverUnreachable(OutboxMessage message, Exception unreachable) {
        message.markServerUnreachable("No mail server reached: " + unreachable.getClass().getSimpleName());
        LOG.warning(() -> "Outbox: no mail server reached (" + unreachable.getClass().getSimpleName()
                + "); the messages wait");
        return Outcome.SERVER_UNAVAILABLE;
    }

    /** Why no attempt could ever send to this address over this connection; null when one can. */
    static String undeliverable(String recipient, SmtpConnection connection) throws MessagingException {
        if (ca.tremplin.kernel.EmailAddresses.withAsciiDomain(recipient).isEmpty()) {
            return UNWRITABLE_DOMAIN;
        }
        if (!ca.tremplin.kernel.EmailAddresses.hasAsciiLocalPart(recipient)
                && !connection.takesInternationalAddresses()) {
            return NO_SMTPUTF8;
        }
        return null;
    }

    static final String UNWRITABLE_DOMAIN = "Undeliverable: the domain of the address cannot be written in ASCII"
            + " (IDNA) without naming another domain";
    static final String NO_SMTPUTF8 = "Undeliverable: the address has letters outside ASCII before the @, which"
            + " only a mail server offering SMTPUTF8 (RFC 6531) takes, through a mail session with"
            + " mail.mime.allowutf8=true; this one does not";

    static void attemptFailed(OutboxMessage message, Exception failure, java.util.Optional<SmtpReply> reply,
                              Instant now) {
        message.markAttemptFailed(failure.getClass().getSimpleName() + reply.map(said -> " " + said.said()).orElse("")
                + ": " + failure.getMessage(), now);
        // The id, the exception's class and the reply's codes only: the server's words may name the recipient, whose
        // address is personal data and stays out of the logs.
        LOG.warning(() -> "Outbox message " + message.getId() + " not sent (attempt " + message.getAttempts()
                + "): " + failure.getClass().getSimpleName() + reply.map(said -> " " + said.said()).orElse(""));
    }

    /** The text, with its HTML twin when there is one. */
    private static MimeMultipart body(OutboxMessage message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getBodyText(), StandardCharsets.UTF_8.name());
        if (message.getBodyHtml() == null) {
            return new MimeMultipart("mixed", text);
        }
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(message.getBodyHtml(), "text/html; charset=UTF-8");
        return new MimeMultipart("alternative", text, html);
    }

    static MimeMessage toMime(Session mailSession, OutboxMessage message) throws MessagingException {
        return toMime(mailSession, message, null, null, null);
    }

    /**
     * The message as sent, with {@code attachment} when it carries a file, answered at {@code replyTo} when one is
     * given (the centre's address).
     */
    static MimeMessage toMime(Session mailSession, OutboxMessage message, MailAttachment attachment, String replyTo)
            throws MessagingException {
        return toMime(mailSession, message, attachment, replyTo, null);
    }

    /**
     * As above, leaving with {@code envelopeSender} as its SMTP envelope's sender (MAIL FROM, the Return-Path the
     * recipient's server writes), where its bounces go: the message's own {@link ReturnPath}. The session's sender when
     * null. Angus Mail's {@code SMTPMessage} carries it, the mail session being shared by every message.
     */
    static MimeMessage toMime(Session mailSession, OutboxMessage message, MailAttachment attachment, String replyTo,
                              String envelopeSender) throws MessagingException {
        org.eclipse.angus.mail.smtp.SMTPMessage mime = new org.eclipse.angus.mail.smtp.SMTPMessage(mailSession) {
            /**
             * The same Message-ID each time this outbox message is sent. A server that dies after the mail server
             * took a message but before recording it as sent leaves it to be sent again by another: the copy then
             * carries the same Message-ID, by which mail servers and programs recognise it as the same message.
             */
            @Override
            protected void updateMessageID() throws MessagingException {
                if (message.getId() == null) {
                    super.updateMessageID();
                } else {
                    setHeader("Message-ID", "<outbox-" + message.getId() + "@"
                            + java.net.URI.create(ca.tremplin.kernel.PublicAddress.of("/")).getHost() + ">");
                }
            }
        };
        if (envelopeSender != null) {
            mime.setEnvelopeFrom(envelopeSender);
        }
        InternetAddress sender = MailSender.of(mailSession);
        if (sender != null) {
            // Said in the message, not left to the relay to add from the envelope: a calendar file's ORGANIZER, or
            // the SENT-BY of its organiser, is this address (MailSender), and calendar programs compare the two.
            mime.setFrom(sender);
        }
        // The domain in ASCII ("xn--cole-9oa.ca" for "école.ca"), which every mail server reads; the part before the
        // at sign as the person wrote it.
        String recipient = message.getRecipient();
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(
                ca.tremplin.kernel.EmailAddresses.withAsciiDomain(recipient).orElseThrow(() ->
                        new jakarta.mail.internet.AddressException(UNWRITABLE_DOMAIN)), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        if (message.isAutoSubmitted()) {
            // RFC 3834: mail no person sent, which an autoresponder does not answer; a reply or a bulk e-mail staff
            // send themselves goes without it.
            mime.setHeader("Auto-Submitted", "auto-generated");
        }
        if (replyTo != null) {
            try {
                mime.setReplyTo(new jakarta.mail.Address[] {new InternetAddress(
                        ca.tremplin.kernel.EmailAddresses.withAsciiDomain(replyTo).orElse(replyTo), true)});
            } catch (jakarta.mail.internet.AddressException unusable) {
                // A centre's address that no mail program could use: the message still goes, without it.
                LOG.fine("Reply-To left out: " + unusable.getMessage());
            }
        }
        if (message.getOneClickUnsubscribe() != null) {
            // RFC 8058: mail programs show an "unsubscribe" button that posts "List-Unsubscribe=One-Click" here.
            mime.setHeader("List-Unsubscribe", "<" + message.getOneClickUnsubscribe() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (message.getBodyHtml() == null && attachment == null) {
            mime.setText(message.getBodyText(), StandardCharsets.UTF_8.name());
        } else if (attachment == null) {
            mime.setContent(body(message));
        } else {
            // multipart/mixed: the readable body first, then the file.
            MimeBodyPart readable = new MimeBodyPart();
            readable.setContent(body(message));
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            mime.setContent(new MimeMultipart("mixed", readable, file));
        }
        mime.saveChanges();
        return mime;
    }
}
