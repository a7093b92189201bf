package ca.tremplin.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keeps each lead's {@link LeadInterest}s as they arise: what a request routed to the centre asked about, the
 * programs ticked when the person was captured at one of its events, and a merged lead's interests moved to the
 * lead it was merged into. Native SQL that names the tenant: a request is recorded across tenants (from the root
 * tenant, which Hibernate's filter does not narrow), and native statements are never filtered anyway.
 * {@code INSERT IGNORE}: a person says the same thing again and again, and the primary key keeps it once.
 */
@ApplicationScoped
public class LeadInterests {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** The lead's interests from what a request or a registration said; nulls and empty lists say nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long tenantId, long leadId, Collection<Long> programIds, String intake, HeardFrom source) {
        List<Said> said = new ArrayList<>();
        programIds.forEach(programId -> said.add(new Said(InterestKind.PROGRAM, programId.toString())));
        if (intake != null) {
            said.add(new Said(InterestKind.INTAKE, intake));
        }
        if (source != null) {
            said.add(new Said(InterestKind.SOURCE, source.name()));
        }
        if (said.isEmpty()) {
            return;
        }
        // One statement for all of them: (?1, ?2, ?3, ?4), (?1, ?2, ?5, ?6)...
        StringBuilder sql = new StringBuilder("insert ignore into lead_interest (tenant_id, lead_id, kind, value)"
                + " values ");
        for (int i = 0; i < said.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ?").append(3 + 2 * i).append(", ?").append(4 + 2 * i)
                    .append(')');
        }
        Query insert = em.createNativeQuery(sql.toString()).setParameter(1, tenantId).setParameter(2, leadId);
        for (int i = 0; i < said.size(); i++) {
            insert.setParameter(3 + 2 * i, said.get(i).kind().name()).setParameter(4 + 2 * i, said.get(i).value());
        }
        insert.executeUpdate();
    }

    /** A merge: the surviving lead gains the merged lead's interests, which leave with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveToSurvivor(long tenantId, long fromLeadId, long toLeadId) {
        em.createNativeQuery("""
                        insert ignore into lead_interest (tenant_id, lead_id, kind, value)
                        select tenant_id, ?1, kind, value from lead_interest where tenant_id = ?2 and lead_id = ?3""")
                .setParameter(1, toLeadId).setParameter(2, tenantId).setParameter(3, fromLeadId).executeUpdate();
        em.createNativeQuery("delete from lead_interest where tenant_id = ?1 and lead_id = ?2")
                .setParameter(1, tenantId).setParameter(2, fromLeadId).executeUpdate();
    }

    private record Said(InterestKind kind, String value) {
    }
}
