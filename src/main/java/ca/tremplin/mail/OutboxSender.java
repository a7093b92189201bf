package ca.tremplin.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** Claims one due message, sends it and records the outcome, all in one transaction. */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    enum Outcome { SENT, RETRY_LATER, NOTHING_DUE }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome sendNextDue() {
        Instant now = clock.instant();
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
            return Outcome.NOTHING_DUE;
        }
        OutboxMessage message = em.find(OutboxMessage.class, due.get(0).longValue());
        try {
            Transport.send(toMime(mailSession, message));
            message.markSent(now);
            return Outcome.SENT;
        } catch (MessagingException | RuntimeException failure) {
            message.markAttemptFailed(failure.getClass().getSimpleName() + ": " + failure.getMessage(), now);
            // The id only: the recipient's address is personal data and stays out of the logs.
            LOG.warning(() -> "Outbox message " + message.getId() + " not sent (attempt " + message.getAttempts()
                    + "): " + failure.getMessage());
            return Outcome.RETRY_LATER;
        }
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
        MimeMessage mime = new MimeMessage(mailSession);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setHeader("Auto-Submitted", "auto-generated");
        MailContent.Attachment attachment = message.getAttachment();
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
