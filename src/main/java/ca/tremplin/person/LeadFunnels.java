package ca.tremplin.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Keeps {@link LeadFunnel} in step with the stage history, in the caller's transaction: every writer of a
 * {@link StageChange} goes through here (a new lead, a move by staff, a merge), and whatever writes the history in
 * bulk (an import, demo data, a fixture that rewrites dates) has the rows of its leads written again from it.
 */
@ApplicationScoped
public class LeadFunnels {

    /**
     * The rows of the leads the condition {@code %s} (on the history, alias {@code s}) selects, computed from their
     * history: the same statement as migration V27's, which filled the table.
     */
    private static final String FILL = """
            insert into lead_funnel (tenant_id, first_known_at, lead_id, merged, new_at, contacted_at, qualified_at,
                                     applied_at, admitted_at, caq_obtained_at, study_permit_obtained_at, enrolled_at,
                                     arrived_at, standing_stage, standing_lost_reason, standing_since,
                                     standing_change_id)
            select l.tenant_id, l.first_inquiry_at, l.id, l.merged_into_id is not null, h.new_at, h.contacted_at,
                   h.qualified_at, h.applied_at, h.admitted_at, h.caq_obtained_at, h.study_permit_obtained_at,
                   h.enrolled_at, h.arrived_at, h.standing_stage, h.standing_lost_reason, h.standing_since,
                   h.standing_change_id
            from (select w.lead_id,
                         min(case when w.to_stage = 'NEW' then w.changed_at end) as new_at,
                         min(case when w.to_stage = 'CONTACTED' then w.changed_at end) as contacted_at,
                         min(case when w.to_stage = 'QUALIFIED' then w.changed_at end) as qualified_at,
                         min(case when w.to_stage = 'APPLIED' then w.changed_at end) as applied_at,
                         min(case when w.to_stage = 'ADMITTED' then w.changed_at end) as admitted_at,
                         min(case when w.to_stage = 'CAQ_OBTAINED' then w.changed_at end) as caq_obtained_at,
                         min(case when w.to_stage = 'STUDY_PERMIT_OBTAINED' then w.changed_at end)
                             as study_permit_obtained_at,
                         min(case when w.to_stage = 'ENROLLED' then w.changed_at end) as enrolled_at,
                         min(case when w.to_stage = 'ARRIVED' then w.changed_at end) as arrived_at,
                         max(case when w.latest = 1 then w.to_stage end) as standing_stage,
                         max(case when w.latest = 1 then w.lost_reason end) as standing_lost_reason,
                         max(case when w.latest = 1 then w.changed_at end) as standing_since,
                         max(case when w.latest = 1 then w.id end) as standing_change_id
                  from (select s.id, s.lead_id, s.to_stage, s.lost_reason, s.changed_at,
                               row_number() over (partition by s.lead_id order by s.changed_at desc, s.id desc)
                                   as latest
                        from lead_stage_change s where %s) w
                  group by w.lead_id) h
            join `lead` l on l.id = h.lead_id""";

    @PersistenceContext
    EntityManager em;

    /** A new lead entered NEW: its row, from that entry (persisted, so with its id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Lead lead, StageChange entry) {
        em.persist(new LeadFunnel(lead, entry));
    }

    /** A lead entered a stage (the change persisted, so with its id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(StageChange change) {
        LeadFunnel funnel = em.find(LeadFunnel.class, change.getLeadId());
        if (funnel == null) {
            refresh(List.of(change.getLeadId()));
        } else {
            funnel.record(change);
        }
    }

    /** The lead was merged into another: it leaves every cohort, as it leaves every list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void merged(long leadId) {
        LeadFunnel funnel = em.find(LeadFunnel.class, leadId);
        if (funnel != null) {
            funnel.merged();
        }
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
        em.createNativeQuery(FILL.formatted("s.lead_id in (:ids)")).setParameter("ids", leadIds).executeUpdate();
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
        em.createNativeQuery(FILL.formatted("s.tenant_id = :tenant")).setParameter("tenant", tenantId)
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
