package ca.tremplin.event;

import ca.tremplin.person.AddressCorrected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A registration keeps the address typed when the person registered, which the event's mails go to (reminder, change
 * of time or place, cancellation, a seat given from the waiting list) and its calendar files name. When staff correct
 * the person's address, their registrations to events not over yet take the corrected one, in the correction's
 * transaction and under its audit line: a typo no longer sends those mails nowhere, or to a stranger. Registrations to
 * past events keep what was typed then, as the person's history. A registration of the same event already under the
 * new address (a record merged into this one registered with it) keeps its own, and the other its old one.
 */
@ApplicationScoped
public class RegistrationAddresses {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    void follow(@Observes AddressCorrected corrected) {
        long centre = corrected.lead().getTenantId();
        // Native: the registration's key is not written through the entity. The tenant is named.
        @SuppressWarnings("unchecked")
        List<Number> taken = em.createNativeQuery("select event_id from event_registration"
                        + " where tenant_id = :centre and email_normalized = :key")
                .setParameter("centre", centre).setParameter("key", corrected.newKey()).getResultList();
        em.createNativeQuery("""
                        update event_registration set email = :email, email_normalized = :key,
                                                      version = version + 1
                        where tenant_id = :centre and lead_id = :lead
                        and event_id in (select e.id from event e where e.tenant_id = :centre and e.ends_at > :now)
                        and event_id not in (:taken)""")
                .setParameter("email", corrected.email()).setParameter("key", corrected.newKey())
                .setParameter("centre", centre).setParameter("lead", corrected.lead().getId())
                .setParameter("now", corrected.at())
                // "not in ()" is no SQL: an id no event has stands for none.
                .setParameter("taken", taken.isEmpty() ? List.of(-1L) : taken.stream().map(Number::longValue).toList())
                .executeUpdate();
    }
}
