package ca.tremplin.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background work of one application-scoped bean — its rounds, sweeps and retries — on the server's managed
 * executors. Those executors are WildFly's, not the deployment's: a task left scheduled when Tremplin is redeployed
 * or undeployed runs again against a deployment that is gone (its persistence unit closed, its beans destroyed), once
 * or for ever, and fills the log with errors. So a bean starts its tasks through its own {@code BackgroundTasks} and
 * calls {@link #stop()} from its {@code @PreDestroy}: every schedule is cancelled, a task already handed to a thread
 * but not begun finds the stop and does nothing, and nothing new starts afterwards (a first build finishing late, a
 * retry). A task running at that moment ends as it would; a long one asks {@link #stopped()} between its steps.
 */
public final class BackgroundTasks {

    private final List<Future<?>> scheduled = new ArrayList<>();
    private volatile boolean stopped;

    /** Runs {@code round} after {@code first}, then again {@code delay} after each round ends, until the stop. */
    public synchronized void repeat(ScheduledExecutorService scheduler, Runnable round, long first, long delay,
                                    TimeUnit unit) {
        if (!stopped) {
            keep(scheduler.scheduleWithFixedDelay(guarded(round), first, delay, unit));
        }
    }

    /**
     * Runs {@code round} after {@code first}, then every {@code period} counted from that first start, whatever each
     * round takes (a nightly run at its hour), until the stop.
     */
    public synchronized void atFixedRate(ScheduledExecutorService scheduler, Runnable round, long first, long period,
                                         TimeUnit unit) {
        if (!stopped) {
            keep(scheduler.scheduleAtFixedRate(guarded(round), first, period, unit));
        }
    }

    /** Runs {@code task} once after {@code delay}, unless the stop comes first. */
    public synchronized void later(ScheduledExecutorService scheduler, Runnable task, long delay, TimeUnit unit) {
        if (!stopped) {
            keep(scheduler.schedule(guarded(task), delay, unit));
        }
    }

    /**
     * Hands {@code task} to a thread of {@code executor} now; false when stopped, and then nothing is handed. A task
     * handed and not yet begun when the stop comes does nothing.
     *
     * @throws java.util.concurrent.RejectedExecutionException as the executor does when it takes no more tasks
     */
    public boolean now(Executor executor, Runnable task) {
        if (stopped) {
            return false;
        }
        executor.execute(guarded(task));
        return true;
    }

    /** True once {@link #stop()} was called: the deployment is going away. */
    public boolean stopped() {
        return stopped;
    }

    /** Cancels every schedule and refuses every task from now on; called from the owner's {@code @PreDestroy}. */
    public synchronized void stop() {
        stopped = true;
        scheduled.forEach(future -> future.cancel(false));
        scheduled.clear();
    }

    /** Kept to be cancelled at the stop; one-shot tasks already done (a retry's earlier tries) are forgotten. */
    private void keep(Future<?> future) {
        scheduled.removeIf(Future::isDone);
        scheduled.add(future);
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            if (!stopped) {
                task.run();
            }
        };
    }
}
