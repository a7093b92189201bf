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
    enum Outcome { NONE_DUE, SENT, REFUSED, CONNECTION_LOST }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<MailFooters> footers;

    /** Claims the next due message, sends it, and records the outcome, committed before the next message. */
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
        try {
            String undeliverable = undeliverable(message.getRecipient(), connection);
            if (undeliverable != null) {
                message.markUndeliverable(undeliverable);
                LOG.warning(() -> "Outbox message " + message.getId() + " not sent, given up: " + undeliverable);
                return Outcome.REFUSED;
            }
            MimeMessage mime = toMime(mailSession, message,
                    footers.isResolvable() ? footers.get().replyAddress(message.getTenantId()) : null);
            Transport transport = connection.open();
            transport.sendMessage(mime, mime.getAllRecipients());
            message.markSent(now);
            return Outcome.SENT;
        } catch (jakarta.mail.internet.AddressException unwritable) {
            // The address could not be written into the message (Jakarta Mail reads whether it may write letters
            // outside ASCII from the system's properties, not only the session's): no attempt would, so given up now.
            message.markUndeliverable("Undeliverable: the address cannot be written in a message: "
                    + unwritable.getMessage());
            LOG.warning(() -> "Outbox message " + message.getId() + " not sent, given up: " + unwritable.getMessage());
            return Outcome.REFUSED;
        } catch (jakarta.mail.SendFailedException refused) {
            // This message only (its address refused); the connection is still good for the others.
            attemptFailed(message, refused, now);
            return Outcome.REFUSED;
        } catch (MessagingException | RuntimeException unreachable) {
            // No connection, or it broke: this message waits for a later attempt, the others are not claimed.
            attemptFailed(message, unreachable, now);
            return Outcome.CONNECTION_LOST;
        }
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

    private static void attemptFailed(OutboxMessage message, Exception failure, Instant now) {
        message.markAttemptFailed(failure.getClass().getSimpleName() + ": " + failure.getMessage(), now);
        // The id only: the recipient's address is personal data and stays out of the logs.
        LOG.warning(() -> "Outbox message " + message.getId() + " not sent (attempt " + message.getAttempts()
                + "): " + failure.getMessage());
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
        return toMime(mailSession, message, null);
    }

    /** The message as sent, answered at {@code replyTo} when one is given (the centre's address). */
    static MimeMessage toMime(Session mailSession, OutboxMessage message, String replyTo) throws MessagingException {
        MimeMessage mime = new MimeMessage(mailSession) {
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
        mime.setHeader("Auto-Submitted", "auto-generated");
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
        MailAttachment attachment = message.attachment();
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
