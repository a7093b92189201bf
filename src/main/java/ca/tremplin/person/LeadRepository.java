package ca.tremplin.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * How a person is found in a centre: by normalised e-mail (the key two leads of one centre never share), or, for
 * lists without a usable address, by name and phone. The tenant is named in each condition because the callers
 * that record people may run under the root tenant.
 */
@ApplicationScoped
public class LeadRepository {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * The live leads at this address, one per centre that follows it, in centre order. Meant for the person's own
     * pages (preferences, access requests), which run across tenants on purpose for their address only.
     */
    public java.util.List<Lead> followingAddress(String emailNormalized) {
        // A lead merged into another one lives on in it: the person's data is the survivor's now.
        return em.createQuery("select l from Lead l where l.emailNormalized = :email order by l.tenantId",
                        Lead.class)
                .setParameter("email", emailNormalized).getResultStream().map(this::living)
                .filter(lead -> lead.getErasedAt() == null)
                .collect(java.util.stream.Collectors.toMap(Lead::getId, lead -> lead, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    /** The lead of this id, in the caller's tenant. */
    public Optional<Lead> byId(long leadId) {
        return Optional.ofNullable(em.find(Lead.class, leadId));
    }

    /**
     * The lead's row locked until the transaction ends, and the lead read again as it stands then: a merge or an
     * erasure that held it is waited for and seen, not written over from what was read before it.
     */
    public void lockAndReread(Lead lead) {
        em.refresh(lead, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Whether this transaction holds the lead's row already ({@link #lockAndReread}): nobody changed it since, and
     * reading it again would drop what the transaction changed of it and has not written yet.
     */
    public boolean lockedHere(Lead lead) {
        return em.contains(lead) && em.getLockMode(lead) == jakarta.persistence.LockModeType.PESSIMISTIC_WRITE;
    }

    /**
     * The lead's records: itself and every record merged into it, however many merges away (a survivor merged in
     * turn brings its own), which the person's applications and history may still name.
     */
    public java.util.List<Long> withMergedRecords(long leadId) {
        java.util.List<Long> records = new java.util.ArrayList<>(java.util.List.of(leadId));
        java.util.List<Long> merged = records;
        for (int hops = 0; !merged.isEmpty() && hops < MOST_MERGE_HOPS; hops++) {
            merged = em.createQuery("select d.id from Lead d where d.mergedIntoId in (:records)", Long.class)
                    .setParameter("records", merged).getResultList();
            records.addAll(merged);
        }
        return records;
    }

    /** The lead itself, or the one it was merged into (and so on, a survivor merged in turn). */
    public Lead living(Lead lead) {
        Lead current = lead;
        for (int hops = 0; current.getMergedIntoId() != null && hops < MOST_MERGE_HOPS; hops++) {
            current = em.find(Lead.class, current.getMergedIntoId());
        }
        return current;
    }

    /**
     * A record merged into another, as the lines it gave the record that stays name it ({@link Lead#nameAndAddress}):
     * its name and address as they were when it was merged (a merged record changes no more); empty for a record that
     * is not a merged one of the caller's centre, or whose person was erased. The record is read by its id, which the
     * tenant filter of queries does not cover: its centre is checked here, so that no other centre's name and address
     * are shown.
     */
    public Optional<String> mergedRecordName(long recordId) {
        return byId(recordId).filter(record -> java.util.Objects.equals(record.getTenantId(),
                        ca.tremplin.tenant.TenantContext.currentTenantId()))
                .filter(record -> record.getMergedIntoId() != null && !record.isErased())
                .map(Lead::nameAndAddress);
    }

    /** More merges in a row than any centre makes: a bound, not a rule. */
    private static final int MOST_MERGE_HOPS = 50;

    public Optional<Lead> findLead(long tenantId, String emailNormalized) {
        return em.createQuery("select l from Lead l where l.tenantId = :tenant and l.emailNormalized = :email",
                        Lead.class)
                .setParameter("tenant", tenantId).setParameter("email", emailNormalized)
                .getResultStream().findFirst()
                // a lead merged into another one lives on in it
                .map(this::living);
    }

    /**
     * A lead of the centre with this name (whatever its case) and this phone: the same person, another e-mail. The
     * oldest lead still in use; else a record merged into another, which lives on in it, as by e-mail
     * ({@link #findLead}): a registration, a timeline line or a proposal is never written on a record no page shows.
     */
    public Optional<Lead> findLeadByNameAndPhone(long tenantId, String firstName, String lastName, String phoneE164) {
        return em.createQuery("select l from Lead l where l.tenantId = :tenant and l.phoneE164 = :phone"
                        + " and lower(l.firstName) = :first and lower(l.lastName) = :last"
                        + " order by case when l.mergedIntoId is null then 0 else 1 end, l.id", Lead.class)
                .setParameter("tenant", tenantId).setParameter("phone", phoneE164)
                .setParameter("first", firstName.toLowerCase(java.util.Locale.ROOT))
                .setParameter("last", lastName.toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1).getResultStream().findFirst()
                .map(this::living);
    }

    /** The lead of the centre other than {@code exceptLeadId} (merged ones included) that has this e-mail key. */
    public Optional<Lead> anotherLeadWithEmail(long tenantId, String emailNormalized, long exceptLeadId) {
        return em.createQuery("select l from Lead l where l.tenantId = :tenant and l.emailNormalized = :email"
                        + " and l.id <> :lead", Lead.class)
                .setParameter("tenant", tenantId).setParameter("email", emailNormalized)
                .setParameter("lead", exceptLeadId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The values other sources gave for this lead that staff have not yet accepted or set aside, oldest first. */
    /** Every change of the lead's details, oldest first. */
    public List<LeadAudit> auditOf(long leadId) {
        return em.createQuery("select a from LeadAudit a where a.leadId = :lead order by a.id", LeadAudit.class)
                .setParameter("lead", leadId).getResultList();
    }

    /**
     * An open proposal withdrawn with the source that gave it (a request taken back): gone, with its line on the
     * timeline ({@code detail}, by nobody of staff, at the proposal's time).
     */
    void withdrawProposal(LeadProposal proposal, String detail) {
        em.createQuery("delete from LeadEvent e where e.leadId = :lead and e.kind = :kind and e.actorId is null"
                        + " and e.detail = :detail and e.occurredAt = :at")
                .setParameter("lead", proposal.getLeadId()).setParameter("kind", LeadEventKind.VALUE_PROPOSED)
                .setParameter("detail", detail).setParameter("at", proposal.getProposedAt()).executeUpdate();
        em.remove(proposal);
    }

    public List<LeadProposal> openProposals(long leadId) {
        return em.createQuery("select p from LeadProposal p where p.leadId = :lead and p.status = :open"
                        + " order by p.proposedAt, p.id", LeadProposal.class)
                .setParameter("lead", leadId).setParameter("open", LeadProposal.Status.OPEN)
                .getResultList();
    }

    /** Proposals by id, decided or not: where the values staff accepted came from. */
    public java.util.Map<Long, LeadProposal> proposals(java.util.Collection<Long> ids) {
        return em.createQuery("select p from LeadProposal p where p.id in :ids", LeadProposal.class)
                .setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(LeadProposal::getId, p -> p));
    }

    Optional<LeadProposal> findProposal(long proposalId) {
        return Optional.ofNullable(em.find(LeadProposal.class, proposalId));
    }

    /**
     * The private links to the person's file sent to their address end when that address changes: a link mailed to
     * a mistyped address would otherwise go on opening the file for whoever holds that mailbox.
     */
    void endFileLinks(long leadId) {
        em.createNativeQuery("delete from applicant_link where lead_id = ?1").setParameter(1, leadId)
                .executeUpdate();
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }
}
