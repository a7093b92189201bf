package ca.tremplin.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Whose turn it is in each centre's round robin: a counter per centre in the database ({@code recruiter_turn}),
 * started from the number of requests the centre has already assigned, so that every server takes its turns from
 * the same sequence and recruiters alternate strictly whichever server records the request.
 *
 * <p>Each turn is taken in a transaction of its own, under the counter row's lock: the lock is held for one
 * statement's time, not until the request commits, so a burst of requests for one centre (a webinar's audience) is
 * not recorded one at a time. A request rolled back after taking its turn leaves a turn unused: the next request
 * goes to the next recruiter, which the round robin allows.
 */
@ApplicationScoped
public class RecruiterTurns {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    InquiryRepository inquiries;

    /** The centre's next turn: 0, 1, 2, ... */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long next(long tenantId) {
        Long turn = lockedTurn(tenantId);
        if (turn == null) {
            // The centre's first turn since counters were kept here; another server may be adding the row too.
            em.createNativeQuery("insert ignore into recruiter_turn (tenant_id, next_turn) values (?1, ?2)")
                    .setParameter(1, tenantId).setParameter(2, inquiries.countAssignedParts(tenantId))
                    .executeUpdate();
            turn = lockedTurn(tenantId);
        }
        em.createNativeQuery("update recruiter_turn set next_turn = ?1 where tenant_id = ?2")
                .setParameter(1, turn + 1).setParameter(2, tenantId).executeUpdate();
        return turn;
    }

    private Long lockedTurn(long tenantId) {
        List<?> found = em.createNativeQuery("select next_turn from recruiter_turn where tenant_id = ?1 for update")
                .setParameter(1, tenantId).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }
}
