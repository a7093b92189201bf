package ca.tremplin.inquiry;

import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantChanged;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The requests a centre held unanswered when the coordinating organisation closed it: its staff can no longer sign
 * in, and the coordination could neither see nor hand them on, so the people waited for an answer nobody could
 * send. Once the closing is committed, in a transaction of its own, each goes to the coordination's queue ({@link
 * InquiryIntake#handBackAcrossTenants}), its first-answer task at the closed centre is done, and the person is told.
 * Not in the closing's transaction: that one holds the centre's row, which the hand-over's inserts (their foreign keys
 * to the centre) would wait for from a transaction of their own until the database gave up. Reopening the centre
 * moves nothing back: the coordination hands them on as it does any request.
 */
@ApplicationScoped
public class ClosedCentreRequests {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    TenantRepository tenants;

    @Inject
    InquiryIntake intake;

    @Inject
    InboxRepository inbox;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    public void handToTheCoordination(
            @Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) TenantChanged change) {
        if (change.kind() != TenantChanged.Kind.CLOSED) {
            return;
        }
        Long actor = signedInUser.getUserId();
        Instant now = clock.instant();
        tenancy.acrossAllTenants(() -> {
            Tenant closed = tenants.findById(change.tenantId()).orElseThrow();
            Tenant coordination = tenants.findCoordination()
                    .orElseThrow(() -> new IllegalStateException("No coordinating organisation"));
            List<RoutedInquiry> waiting = em.createQuery("select r from RoutedInquiry r where r.tenantId = :centre"
                            + " and r.status in (ca.tremplin.inquiry.InquiryStatus.NEW,"
                            + " ca.tremplin.inquiry.InquiryStatus.OPEN) order by r.id", RoutedInquiry.class)
                    .setParameter("centre", closed.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            for (RoutedInquiry part : waiting) {
                if (part.getLead().isErased()) {
                    // Nobody to tell, nothing to hand on: closed, so that no queue or report counts it as waiting.
                    part.closeWithItsCentre();
                } else {
                    intake.handBackAcrossTenants(part, closed, coordination, actor, now);
                }
                inbox.openFirstResponses(part.getLead().getId()).forEach(task -> task.done(now));
            }
            return waiting.size();
        });
    }
}
