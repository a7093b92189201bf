package ca.tremplin.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * The bytes of the file a message carries (an event's calendar file, a scheduled report's workbook: up to
 * {@link MailAttachment#MOST_BYTES}), in a row of their own, V98: the rounds of the sender, the counts and the lists
 * read messages by the thousand and none of their files. A lazy column of the message would not keep them out —
 * Hibernate reads a lazy basic attribute with its row unless the classes are enhanced at build time, and they are not.
 * Its name and type stay on the message, known without the bytes. Deleted with its message (the key's
 * {@code ON DELETE CASCADE}), however the message is deleted; never changed, so that Hibernate compares nothing of
 * it at the commit.
 */
@Entity
@Immutable
@Table(name = "outbox_attachment")
public class OutboxAttachment {

    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Column(nullable = false)
    private byte[] content;

    protected OutboxAttachment() {
    }

    OutboxAttachment(long messageId, byte[] content) {
        this.messageId = messageId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }

    /**
     * The file the message carries, its bytes read now; null when it carries none. Read as a value, not as an entity
     * the persistence context would keep, with a copy of its bytes to compare at the commit, until the transaction ends.
     */
    static MailAttachment of(EntityManager em, OutboxMessage message) {
        if (message.getAttachmentName() == null) {
            return null;
        }
        List<byte[]> content = em.createQuery("select a.content from OutboxAttachment a"
                        + " where a.messageId = :message", byte[].class)
                .setParameter("message", message.getId()).getResultList();
        return content.isEmpty() ? null : message.attachmentWith(content.get(0));
    }
}
