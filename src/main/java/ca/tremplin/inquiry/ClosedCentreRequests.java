package ca.tremplin.inquiry;

import ca.tremplin.kernel.BackgroundTasks;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantChanged;
import ca.tremplin.tenant.TenantRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The requests a centre held unanswered when the coordinating organisation closed it: its staff can no longer sign
 * in, and the coordination could neither see nor hand them on, so the people waited for an answer nobody could
 * send. Once the closing is committed, in a transaction of its own, each goes to the coordination's queue ({@link
 * InquiryIntake#handBackAcrossTenants}), its first-answer task at the closed centre is done, and the person is told.
 * Not in the closing's transaction: that one holds the centre's row, which the hand-over's inserts (their foreign keys
 * to the centre) would wait for from a transaction of their own until the database gave up. Reopening the centre
 * moves nothing back: the coordination hands them on as it does any request.
 *
 * <p>Being after the closing's commit, a hand-over that fails (the database out of reach a moment, a deadlock, a
 * server stopped in between) cannot undo the closing: a sweep every few minutes hands over whatever a closed centre
 * still holds waiting, so that no request stays with a centre nobody reads. Its lock on the waiting parts lets only
 * one server hand each over.
 */
@ApplicationScoped
public class ClosedCentreRequests {

    private static final Logger LOG = Logger.getLogger(ClosedCentreRequests.class.getName());
    private static final long SWEEP_MINUTES = 5;

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

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * Its sweeps. The scheduler is the server's, not the deployment's: a sweep left scheduled went on after a
     * redeployment, against the old deployment's closed persistence unit, and logged a failure every five minutes.
     */
    private final BackgroundTasks background = new BackgroundTasks();

    /** Called once the schema is migrated (see {@code StartupSequence}): hands over what a failed hand-over left. */
    public void start() {
        background.repeat(scheduler, this::sweepQuietly, 1, SWEEP_MINUTES, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        background.stop();
    }

    public void handToTheCoordination(
            @Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) TenantChanged change) {
        if (change.kind() != TenantChanged.Kind.CLOSED) {
            return;
        }
        Long actor = signedInUser.getUserId();
        try {
            tenancy.acrossAllTenants(() -> handOver(change.tenantId(), actor, clock.instant()));
        } catch (RuntimeException failed) {
            // The closing stands (it is committed); the sweep hands the requests over in a few minutes.
            LOG.log(Level.WARNING, "Requests of closed centre " + change.tenantId()
                    + " not handed over now; the next sweep does it", failed);
        }
    }

    /**
     * Hands over the waiting requests of every closed centre that still holds some, each centre in a transaction of
     * its own; returns how many requests were handed over.
     */
    public int sweep() {
        List<Long> closedWithWaiting = tenancy.acrossAllTenants(() -> em.createQuery("""
                        select t.id from Tenant t where t.active = false
                        and t.kind = ca.tremplin.tenant.TenantKind.SCHOOL_BOARD
                        and exists (select 1 from RoutedInquiry r where r.tenantId = t.id
                                    and r.status in (ca.tremplin.inquiry.InquiryStatus.NEW,
                                                     ca.tremplin.inquiry.InquiryStatus.OPEN))""", Long.class)
                .getResultList());
        int handedOver = 0;
        for (long centre : closedWithWaiting) {
            try {
                handedOver += tenancy.acrossAllTenants(() -> handOver(centre, null, clock.instant()));
            } catch (RuntimeException failed) {
                // One centre's failure holds none of the others back; it is tried again at the next sweep.
                LOG.log(Level.WARNING, "Requests of closed centre " + centre + " not handed over by this sweep",
                        failed);
            }
        }
        return handedOver;
    }

    private void sweepQuietly() {
        try {
            int handedOver = sweep();
            if (handedOver > 0) {
                LOG.info(handedOver + " request(s) of closed centres handed over to the coordination by the sweep");
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Sweep of closed centres' requests stopped early; the next one tries again", failed);
        }
    }

    /** Within a transaction across all tenants: the closed centre's waiting requests, handed over; how many. */
    private int handOver(long closedId, Long actor, Instant now) {
        Tenant closed = tenants.findById(closedId).orElseThrow();
        if (closed.isActive()) {
            // Reopened meanwhile: its staff answer again.
            return 0;
        }
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
            inbox.openFirstResponses(part).forEach(task -> task.done(now));
        }
        return waiting.size();
    }
}
