package ca.tremplin.application;

import ca.tremplin.mail.Outbox;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.ProcessingWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * A person withdrew their consent to the processing of their applications: the news of a step still held in the
 * outbox for them ({@link ApplicationNews}, a quarter of an hour after a move), about one of their applications or
 * one a duplicate merged into them had sent, does not leave, whoever withdrew it (their own page, or staff told) and
 * in whichever centre's context — read by the centre and the person named, not by the session's tenant. The timeline
 * says the mail was taken back, as for a move undone.
 */
@ApplicationScoped
public class HeldNewsOnWithdrawal {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.person.LeadRegistry leads;

    void withdrawn(@Observes ProcessingWithdrawn withdrawal) {
        @SuppressWarnings("unchecked")
        // The person's own applications and those left on the duplicates merged into them (both had applied to one
        // offer): the withdrawal is the person's, for every application they had sent.
        List<Object[]> holding = em.createNativeQuery("select a.id, a.news_held_id, a.offer_id, a.status from"
                        + " offer_application a where a.tenant_id = ?1 and a.news_held_id is not null"
                        + " and (a.lead_id = ?2 or a.lead_id in (select d.id from `lead` d where d.tenant_id = ?1"
                        + " and d.merged_into_id = ?2))")
                .setParameter(1, withdrawal.tenantId()).setParameter(2, withdrawal.leadId()).getResultList();
        for (Object[] row : holding) {
            em.createNativeQuery("update offer_application set news_held_id = null where id = ?1")
                    .setParameter(1, ((Number) row[0]).longValue()).executeUpdate();
            if (outbox.withdraw(((Number) row[1]).longValue())) {
                leads.recordOnTimeline(withdrawal.tenantId(), withdrawal.leadId(),
                        LeadEventKind.APPLICATION_NEWS_WITHDRAWN, null, ApplicationNews.detail(
                                ((Number) row[2]).longValue(), ApplicationStatus.valueOf((String) row[3]), false),
                        clock.instant());
            }
        }
    }
}
