package ca.tremplin.inquiry;

import ca.tremplin.kernel.BackgroundTasks;
import ca.tremplin.kernel.ServiceUnavailableException;
import ca.tremplin.tenant.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes received requests to the centres they concern ({@link InquiryIntake#routeAcrossTenants}), a moment
 * after they are recorded, on one thread per server, a batch of requests per transaction.
 *
 * <p>Why not while the visitor waits: after a webinar or a campaign launch, thousands of requests arrive within
 * minutes. Recording a request is a few rows; routing it is a dozen more (lead, part, timeline, task,
 * acknowledgement). Done on one thread in batches, the routing costs less and takes its turn with the visitors'
 * requests instead of multiplying with them, so a burst is answered at once and routed as fast as the server
 * can. On an ordinary day the router starts as each request is committed and is done in milliseconds.
 *
 * <p>Nothing waits for it to be reliable: the request is committed first, the router claims what waits with
 * {@code SKIP LOCKED} (several servers may run it; none routes a request twice), and a sweep every few seconds
 * routes whatever a stopped server or a failed round left.
 */
@ApplicationScoped
public class InquiryRouter {

    private static final Logger LOG = Logger.getLogger(InquiryRouter.class.getName());
    /** Requests routed per transaction. */
    static final int BATCH_SIZE = 20;
    private static final long SWEEP_SECONDS = 5;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Tenancy tenancy;

    @Inject
    InquiryIntake intake;

    @Inject
    InquiryRepository inquiries;

    @Inject
    Clock clock;

    /** A drain is running on this server. */
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Something may have arrived since the running drain last looked. */
    private final AtomicBoolean arrived = new AtomicBoolean();
    /** Its sweeps and drains, stopped when the deployment goes away (see {@link BackgroundTasks}). */
    private final BackgroundTasks background = new BackgroundTasks();

    /** Called once the schema is migrated (see {@code StartupSequence}): routes what a stopped server left. */
    public void start() {
        background.repeat(scheduler, this::routeSoon, 0, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * A request was committed: the router looks at the queue now. If it is already at work, it looks once more
     * when it is done, so that one thread does the routing however many requests arrive.
     */
    public void routeSoon() {
        arrived.set(true);
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!background.now(executor, this::drain)) {
                // The deployment is going away: its successor's sweep routes what waits.
                draining.set(false);
            }
        } catch (RejectedExecutionException full) {
            draining.set(false);
            LOG.log(Level.FINE, "Router not started now; the next sweep routes the waiting requests", full);
        }
    }

    private void drain() {
        try {
            while (arrived.getAndSet(false)) {
                routeWaiting();
            }
        } catch (RuntimeException failed) {
            // The database is out of reach, say: the next sweep tries again.
            LOG.log(Level.WARNING, "Routing of waiting requests stopped early", failed);
        } finally {
            draining.set(false);
        }
        if (arrived.get()) {
            routeSoon();
        }
    }

    /** Routes every request waiting, a batch per transaction; returns how many were routed. */
    public int routeWaiting() {
        int routed = 0;
        while (true) {
            int claimed;
            try {
                claimed = tenancy.acrossAllTenants(this::routeBatch);
                routed += claimed;
            } catch (RuntimeException failed) {
                if (ServiceUnavailableException.isDatabaseUnreachable(failed)) {
                    throw failed;
                }
                // The batch was rolled back whole (a lead's e-mail taken at the same moment by an event
                // registration, a deadlock): its requests are routed one per transaction, so that one failing
                // request never holds the others back.
                LOG.log(Level.FINE, "Routing batch rolled back; routing one request at a time", failed);
                List<Long> ids = tenancy.acrossAllTenants(() -> inquiries.waitingIds(BATCH_SIZE));
                claimed = ids.size();
                for (long id : ids) {
                    routed += routeAlone(id) ? 1 : 0;
                }
            }
            if (claimed < BATCH_SIZE) {
                return routed;
            }
        }
    }

    /**
     * Routes this request now, unless it has been routed (waiting for a router that holds it to finish); true
     * if it was routed by this call.
     */
    public boolean route(long inquiryId) {
        return tenancy.acrossAllTenants(() -> inquiries.lockIfWaiting(inquiryId).map(inquiry -> {
            intake.routeAcrossTenants(List.of(inquiry), clock.instant());
            return true;
        }).orElse(false));
    }

    private boolean routeAlone(long inquiryId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return route(inquiryId);
            } catch (RuntimeException failed) {
                if (attempt == 2 || ServiceUnavailableException.isDatabaseUnreachable(failed)) {
                    LOG.log(Level.WARNING, "Information request #" + inquiryId + " not routed; tried again later",
                            failed);
                    return false;
                }
            }
        }
    }

    private int routeBatch() {
        List<Inquiry> waiting = inquiries.claimWaiting(BATCH_SIZE);
        java.time.Instant now = clock.instant();
        if (waiting.isEmpty()) {
            return 0;
        }
        intake.routeAcrossTenants(waiting, now);
        return waiting.size();
    }

    @PreDestroy
    void stop() {
        background.stop();
    }
}
