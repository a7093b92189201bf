package ca.tremplin.inquiry;

import ca.tremplin.tenant.NewTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whose turn it is in each centre's round robin: a counter per centre in the database ({@code recruiter_turn}),
 * started from the number of requests the centre has already assigned, so that every server takes its turns from
 * the same sequence and recruiters alternate strictly whichever server records the request.
 *
 * <p>Each turn is taken by one statement in a transaction of its own, which moves the counter under the row's lock
 * and reads the value it wrote ({@code LAST_INSERT_ID(expr)}, kept per connection): the lock is held for that
 * statement, not until the request commits, so a burst of requests for one centre (a webinar's audience) is not
 * recorded one at a time. A centre's first turn adds its row in a transaction of its own first (a read under lock
 * of a row not there yet, then an insert, deadlocked between requests arriving together). A request rolled back
 * after taking its turn leaves that turn unused: the next request goes to the next recruiter.
 */
@ApplicationScoped
public class RecruiterTurns {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    InquiryRepository inquiries;

    @Inject
    NewTransaction newTransaction;

    /** The centre's next turn: 0, 1, 2, ... */
    public long next(long tenantId) {
        Long turn = newTransaction.run(() -> take(tenantId));
        if (turn == null) {
            newTransaction.run(() -> em.createNativeQuery(
                            "insert ignore into recruiter_turn (tenant_id, next_turn) values (?1, ?2)")
                    .setParameter(1, tenantId).setParameter(2, inquiries.countAssignedParts(tenantId))
                    .executeUpdate());
            turn = newTransaction.run(() -> take(tenantId));
        }
        return turn;
    }

    private Long take(long tenantId) {
        int moved = em.createNativeQuery("update recruiter_turn set next_turn = last_insert_id(next_turn + 1)"
                + " where tenant_id = ?1").setParameter(1, tenantId).executeUpdate();
        if (moved == 0) {
            return null;
        }
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue() - 1;
    }
}
