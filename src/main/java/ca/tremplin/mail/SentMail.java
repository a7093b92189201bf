package ca.tremplin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * What the outbox has written, newest first, whoever it was for: read by the demo's mailbox, which stands for the
 * inbox of everyone the demo writes to. Not filtered by tenant, like the outbox itself.
 */
@ApplicationScoped
public class SentMail {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * The latest messages, sent or still waiting, as lines of a list: without their bodies, nor their attachments'
     * bytes ({@link OutboxAttachment}).
     */
    @Transactional
    public List<SentMailLine> latest(int count) {
        return em.createQuery("select new ca.tremplin.mail.SentMailLine(m.id, m.createdAt, m.recipient, m.subject,"
                        + " m.status, m.attachmentName) from OutboxMessage m order by m.createdAt desc, m.id desc",
                        SentMailLine.class)
                .setMaxResults(count)
                .getResultList();
    }

    @Transactional
    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /** The file sent with a message, read in its own transaction. */
    @Transactional
    public Optional<MailAttachment> attachment(long id) {
        return find(id).map(message -> OutboxAttachment.of(em, message));
    }
}
