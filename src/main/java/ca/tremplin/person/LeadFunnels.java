package ca.tremplin.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Keeps {@link LeadFunnel} and {@link LeadStay} in step with the stage history, in the caller's transaction: every
 * writer of a {@link StageChange} goes through here (a new lead, a move by staff, a merge), and whatever writes the
 * history in bulk (an import, demo data, a fixture that rewrites dates) has the rows of its leads written again from
 * it.
 */
@ApplicationScoped
public class LeadFunnels {

    /**
     * The rows of the leads the condition {@code %s} (on the history, alias {@code s}) selects, computed from their
     * history, then where they stand (their latest change's stage and lost reason), by {@link #STANDING}: the same
     * statements as migration V27's, which filled the table.
     */
    private static final String FILL = """
            insert into lead_funnel (tenant_id, first_known_at, lead_id, merged, new_at, contacted_at, qualified_at,
                                     applied_at, admitted_at, caq_obtained_at, study_permit_obtained_at, enrolled_at,
                                     arrived_at, standing_stage, standing_lost_reason, standing_since,
                                     standing_change_id)
            select l.tenant_id, l.first_inquiry_at, l.id, l.merged_into_id is not null,
                   min(case when s.to_stage = 'NEW' then s.changed_at end),
                   min(case when s.to_stage = 'CONTACTED' then s.changed_at end),
                   min(case when s.to_stage = 'QUALIFIED' then s.changed_at end),
                   min(case when s.to_stage = 'APPLIED' then s.changed_at end),
                   min(case when s.to_stage = 'ADMITTED' then s.changed_at end),
                   min(case when s.to_stage = 'CAQ_OBTAINED' then s.changed_at end),
                   min(case when s.to_stage = 'STUDY_PERMIT_OBTAINED' then s.changed_at end),
                   min(case when s.to_stage = 'ENROLLED' then s.changed_at end),
                   min(case when s.to_stage = 'ARRIVED' then s.changed_at end),
                   'NEW', null, max(s.changed_at),
                   cast(substring(max(concat(date_format(s.changed_at, '%%Y%%m%%d%%H%%i%%s%%f'), lpad(s.id, 20, '0'))),
                                  21) as unsigned)
            from lead_stage_change s
            join `lead` l on l.id = s.lead_id
            where %s
            group by s.lead_id""";

    /**
     * The completed stays of the leads the condition {@code %s} (on the history, alias {@code s}) selects, but those
     * of merged leads, which keep none (V34).
     */
    private static final String STAYS = """
            insert into lead_stay (tenant_id, first_known_at, lead_id, change_id, stage, entered_at, left_at)
            select l.tenant_id, l.first_inquiry_at, s.lead_id, s.id, s.from_stage, s.from_stage_since, s.changed_at
            from lead_stage_change s
            join `lead` l on l.id = s.lead_id
            where s.from_stage is not null and s.from_stage_since is not null and l.merged_into_id is null
              and %s""";

    /** Where the leads the condition {@code %s} (on the summary, alias {@code f}) selects stand. */
    private static final String STANDING = """
            update lead_funnel f
            join lead_stage_change s on s.id = f.standing_change_id
            set f.standing_stage = s.to_stage, f.standing_lost_reason = s.lost_reason
            where %s""";

    @PersistenceContext
    EntityManager em;

    /** A new lead entered NEW: its row, from that entry (persisted, so with its id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Lead lead, StageChange entry) {
        em.persist(new LeadFunnel(lead, entry));
    }

    /** A lead entered a stage (the change persisted, so with its id), leaving the stay it ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(StageChange change) {
        LeadFunnel funnel = em.find(LeadFunnel.class, change.getLeadId());
        if (funnel == null) {
            refresh(List.of(change.getLeadId()));
        } else {
            funnel.record(change);
            if (LeadStay.ends(change)) {
                em.persist(new LeadStay(change, funnel.getFirstKnownAt()));
            }
        }
    }

    /**
     * The lead was merged into another: it leaves every cohort, as it leaves every list, and its completed stays go,
     * so that the time spent in each stage reads the stays alone, without the summary rows that say who was merged.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void merged(long leadId) {
        LeadFunnel funnel = em.find(LeadFunnel.class, leadId);
        if (funnel != null) {
            funnel.merged();
        }
        em.flush();
        em.createNativeQuery("delete from lead_stay where lead_id = :lead").setParameter("lead", leadId)
                .executeUpdate();
    }

    /** The rows of these leads, written again from their history and their lead (after a write in bulk). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return;
        }
        forgetLoaded(leadIds);
        em.createNativeQuery("delete from lead_funnel where lead_id in (:ids)").setParameter("ids", leadIds)
                .executeUpdate();
        em.createNativeQuery("delete from lead_stay where lead_id in (:ids)").setParameter("ids", leadIds)
                .executeUpdate();
        em.createNativeQuery(FILL.formatted("s.lead_id in (:ids)")).setParameter("ids", leadIds).executeUpdate();
        em.createNativeQuery(STAYS.formatted("s.lead_id in (:ids)")).setParameter("ids", leadIds).executeUpdate();
        em.createNativeQuery(STANDING.formatted("f.lead_id in (:ids)")).setParameter("ids", leadIds).executeUpdate();
    }

    /** The rows of a centre's leads, written again from their history and their leads. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshCentre(long tenantId) {
        @SuppressWarnings("unchecked")
        List<Number> leads = em.createNativeQuery("select lead_id from lead_funnel where tenant_id = :tenant")
                .setParameter("tenant", tenantId).getResultList();
        forgetLoaded(leads.stream().map(Number::longValue).toList());
        em.createNativeQuery("delete from lead_funnel where tenant_id = :tenant").setParameter("tenant", tenantId)
                .executeUpdate();
        em.createNativeQuery("delete from lead_stay where tenant_id = :tenant").setParameter("tenant", tenantId)
                .executeUpdate();
        em.createNativeQuery(FILL.formatted("s.tenant_id = :tenant")).setParameter("tenant", tenantId)
                .executeUpdate();
        em.createNativeQuery(STAYS.formatted("s.tenant_id = :tenant")).setParameter("tenant", tenantId)
                .executeUpdate();
        em.createNativeQuery(STANDING.formatted("f.tenant_id = :tenant")).setParameter("tenant", tenantId)
                .executeUpdate();
    }

    /**
     * Writes what this transaction changed, then lets go of the rows of these leads it holds, which the native
     * statements that follow replace (getReference hands back a row already held, or a proxy that reads nothing).
     */
    private void forgetLoaded(Collection<Long> leadIds) {
        em.flush();
        for (Long leadId : leadIds) {
            em.detach(em.getReference(LeadFunnel.class, leadId));
        }
    }
}
