package ca.tremplin.person;

import ca.tremplin.mail.MailBounced;
import ca.tremplin.mail.Outbox;
import ca.tremplin.mail.UndeliverableAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A person's address the mail servers refused for good. A bounce ({@link MailBounced}) marks every live record of the
 * centre under that address undeliverable — since when and what the refusing server said —, with a line on its
 * timeline ("Undeliverable address: …") and in its journal of changes, by no member of staff; the lead page shows it
 * to recruiters. From then on the centre's mail to the address is held ({@link UndeliverableAddresses}, asked by the
 * outbox) and listed on the page, until staff correct the address (the mail held leaves for the new one) or confirm it
 * (it leaves for the same one); either clears the mark, with its line in the journal.
 */
@ApplicationScoped
public class UndeliverableLeadAddresses implements UndeliverableAddresses {

    /** The journal's name for whether the address can be delivered to (no {@link LeadField}: nobody types it). */
    public static final String FIELD = "EMAIL_DELIVERY";
    static final String UNDELIVERABLE = "undeliverable";
    static final String CONFIRMED = "confirmed";

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public boolean undeliverable(long tenantId, String recipient) {
        String key = ContactDetails.normalizeEmail(recipient);
        return key != null && !em.createNativeQuery("select 1 from `lead` where tenant_id = ?1"
                        + " and email_normalized = ?2 and email_undeliverable_since is not null"
                        + " and merged_into_id is null limit 1")
                .setParameter(1, tenantId).setParameter(2, key).getResultList().isEmpty();
    }

    /**
     * Marks the centre's records under the bounced address, in the bounce's transaction. It has no tenant of its own
     * (the mailbox's reader serves every centre), so the records are written by SQL naming the message's centre; mail
     * written for no centre (the platform's own) concerns no record.
     */
    void bounced(@Observes MailBounced bounce) {
        String key = ContactDetails.normalizeEmail(bounce.recipient());
        if (bounce.tenantId() == null || key == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> leads = em.createNativeQuery("select id, email from `lead` where tenant_id = ?1"
                        + " and email_normalized = ?2 and merged_into_id is null and erased_at is null"
                        + " and email_undeliverable_since is null for update")
                .setParameter(1, bounce.tenantId()).setParameter(2, key).getResultList();
        String reason = bounce.diagnostic().substring(0, Math.min(bounce.diagnostic().length(), 500));
        for (Object[] lead : leads) {
            long leadId = ((Number) lead[0]).longValue();
            String email = (String) lead[1];
            em.createNativeQuery("update `lead` set email_undeliverable_since = ?1, email_undeliverable_reason = ?2"
                            + " where id = ?3")
                    .setParameter(1, bounce.at()).setParameter(2, reason).setParameter(3, leadId).executeUpdate();
            em.createNativeQuery("insert into lead_event (tenant_id, lead_id, kind, actor_id, detail, occurred_at)"
                            + " values (?1, ?2, ?3, null, ?4, ?5)")
                    .setParameter(1, bounce.tenantId()).setParameter(2, leadId)
                    .setParameter(3, LeadEventKind.ADDRESS_UNDELIVERABLE.name())
                    .setParameter(4, timelineDetail(email, bounce.diagnostic()))
                    .setParameter(5, bounce.at()).executeUpdate();
            em.createNativeQuery("insert into lead_audit (tenant_id, lead_id, actor_id, field, old_value, new_value,"
                            + " changed_at, source, source_ref) values (?1, ?2, null, ?3, null, ?4, ?5, ?6, ?7)")
                    .setParameter(1, bounce.tenantId()).setParameter(2, leadId).setParameter(3, FIELD)
                    .setParameter(4, (UNDELIVERABLE + ": " + reason).substring(0, Math.min(500,
                            UNDELIVERABLE.length() + 2 + reason.length())))
                    .setParameter(5, bounce.at()).setParameter(6, ChangeSource.DELIVERY_REPORT.name())
                    .setParameter(7, bounce.messageId()).executeUpdate();
        }
    }

    /** "ana@example.org — 550 5.1.1 …", cut to what a timeline line holds. */
    static String timelineDetail(String email, String diagnostic) {
        String detail = email + " — " + diagnostic;
        return detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    /**
     * Staff say the address held undeliverable is right after all (the person's mailbox was full, or is fixed now):
     * the mark goes, with a line on the timeline and in the journal, and the mail held for it leaves. Returns how many
     * messages were released; nothing happens to a record not marked. The caller holds the lead locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int confirm(Lead lead, long staffId) {
        if (!lead.isEmailUndeliverable() || lead.getEmail() == null) {
            return 0;
        }
        Instant now = clock.instant();
        em.persist(new LeadAudit(lead, staffId, FIELD, UNDELIVERABLE, CONFIRMED, ChangeSource.STAFF, null, now));
        em.persist(new LeadEvent(lead, LeadEventKind.ADDRESS_CONFIRMED, staffId, lead.getEmail(), now));
        lead.clearEmailUndeliverable();
        return outbox.releaseHeld(lead.getTenantId(), lead.getEmail(), lead.getEmail());
    }

    /** The mail held for the person's address, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ca.tremplin.mail.HeldMail> held(Lead lead) {
        return lead.getEmail() == null ? List.of() : outbox.held(lead.getTenantId(), lead.getEmail());
    }

    /**
     * Staff corrected the address: the new one has not bounced, the mark goes (the correction's own journal line says
     * from what to what), and the mail held for the former address leaves for the new one, its footer written for it.
     */
    void corrected(@Observes AddressCorrected corrected) {
        Lead lead = corrected.lead();
        if (lead.isEmailUndeliverable()) {
            em.persist(new LeadAudit(lead, corrected.staffId(), FIELD, UNDELIVERABLE, null, ChangeSource.STAFF,
                    null, corrected.at()));
            lead.clearEmailUndeliverable();
        }
        if (corrected.formerKey() != null && corrected.email() != null) {
            // The new address written first: the held mail's new footer links to the consents of the person there.
            em.flush();
            outbox.releaseHeld(lead.getTenantId(), corrected.formerKey(), corrected.email());
        }
    }
}
