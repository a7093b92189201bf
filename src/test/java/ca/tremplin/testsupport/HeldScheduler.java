package ca.tremplin.testsupport;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The server's managed scheduler in a unit test: a real scheduler of one thread, held busy until {@link #release()},
 * so that a test sees what a bean left with it — every task scheduled and not cancelled, whether due now or later —
 * before any of it runs.
 */
public final class HeldScheduler implements AutoCloseable {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    public HeldScheduler() throws InterruptedException {
        // A cancelled task leaves the queue at once: what the queue holds is what would still run.
        executor.setRemoveOnCancelPolicy(true);
        executor.execute(() -> {
            holding.countDown();
            try {
                released.await();
            } catch (InterruptedException closing) {
                Thread.currentThread().interrupt();
            }
        });
        holding.await();
    }

    /** As a bean's {@code @Resource ManagedScheduledExecutorService} receives it. */
    public ManagedScheduledExecutorService managed() {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    if (!method.getDeclaringClass().isInstance(executor)) {
                        throw new UnsupportedOperationException(method.toString());
                    }
                    try {
                        return method.invoke(executor, args);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
    }

    /** The tasks handed to it and not cancelled: due now or later, once or again and again. */
    public int waiting() {
        return executor.getQueue().size();
    }

    /**
     * Lets its thread go, takes no more tasks and waits until every task due now has run; those due later, and the
     * periodic ones, are dropped.
     */
    public void release() throws InterruptedException {
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        released.countDown();
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("tasks still running after 30 s");
        }
    }

    @Override
    public void close() {
        released.countDown();
        executor.shutdownNow();
    }
}
