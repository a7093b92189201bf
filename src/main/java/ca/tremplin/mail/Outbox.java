package ca.tremplin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Where features post e-mail. {@link #enqueue} joins the caller's transaction: the message exists exactly
 * when the change that caused it is committed, and the dispatcher sends it later.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(Long tenantId, MailContent content) {
        OutboxMessage message = new OutboxMessage(tenantId, content, clock.instant());
        em.persist(message);
        return message;
    }

    /** As {@link #enqueue(Long, MailContent)}, with one file attached (an .ics invitation, a receipt...). */
    public OutboxMessage enqueue(Long tenantId, MailContent content, MailAttachment attachment) {
        return enqueue(tenantId, content.attaching(attachment));
    }
}
