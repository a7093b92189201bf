package ca.tremplin.demomailbox;

import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.mail.OutboxStatus;
import java.time.Instant;

/**
 * One message of the demo's mailbox as the page shows it: when it was written and sent, to whom, its subject, its
 * bodies, the name of its attached file, and where mail programs would unsubscribe in one click.
 */
public record MailboxMessage(long id, Instant writtenAt, Instant sentAt, OutboxStatus status, String lastError,
                             String recipient, String subject, String text, String html, String attachmentName,
                             String oneClickUnsubscribe) {

    static MailboxMessage of(OutboxMessage message) {
        return new MailboxMessage(message.getId(), message.getCreatedAt(), message.getSentAt(), message.getStatus(),
                message.getLastError(), message.getRecipient(), message.getSubject(), message.getBodyText(),
                message.getBodyHtml(), message.getAttachmentName(), message.getOneClickUnsubscribe());
    }

    public boolean isSent() {
        return status == OutboxStatus.SENT;
    }
}
