package ca.tremplin.report;

import ca.tremplin.kernel.BackgroundTasks;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every quarter of an hour, sends the scheduled reports that are due. Several servers may run it: each sending claims
 * its schedule first ({@link ScheduledReportSender}), so a report leaves once. A server that was down when a report
 * was due sends it at its next round, once, and the schedule moves to its next weekday.
 */
@ApplicationScoped
public class ScheduledReportJob {

    private static final Logger LOG = Logger.getLogger(ScheduledReportJob.class.getName());
    static final long ROUND_MINUTES = 15;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReportSchedules schedules;

    @Inject
    Clock clock;

    /** Its rounds, cancelled when the deployment goes away (see {@link BackgroundTasks}). */
    private final BackgroundTasks background = new BackgroundTasks();

    /** Called once the schema is migrated (see {@code StartupSequence}). */
    public void start() {
        background.repeat(scheduler, this::round, 1, ROUND_MINUTES, TimeUnit.MINUTES);
    }

    private void round() {
        try {
            schedules.sendDue(clock.instant());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Scheduled reports could not be sent this round", failure);
        }
    }

    @PreDestroy
    void stop() {
        background.stop();
    }
}
