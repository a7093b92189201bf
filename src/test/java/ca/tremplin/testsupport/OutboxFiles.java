package ca.tremplin.testsupport;

import ca.tremplin.mail.MailAttachment;
import ca.tremplin.mail.OutboxAttachment;
import ca.tremplin.mail.OutboxMessage;
import jakarta.persistence.EntityManager;

/** The file a message of the outbox carries, read apart from the message as the sender reads it. */
public final class OutboxFiles {

    private OutboxFiles() {
    }

    /** The message's file, its name, type and bytes; null when it carries none. */
    public static MailAttachment of(EntityManager em, OutboxMessage message) {
        if (message.getAttachmentName() == null) {
            return null;
        }
        OutboxAttachment file = em.find(OutboxAttachment.class, message.getId());
        return file == null ? null
                : new MailAttachment(message.getAttachmentName(), message.getAttachmentType(), file.getContent());
    }
}
