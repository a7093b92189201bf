package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.HeldScheduler;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bean's background work ends with its deployment: the server's scheduler keeps nothing of it, a task already
 * handed to a thread does nothing, and nothing new starts — no round "once more" against a deployment that is gone.
 */
class BackgroundTasksTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void theStopCancelsEveryScheduleItMade() throws Exception {
        try (HeldScheduler held = new HeldScheduler()) {
            ScheduledExecutorService scheduler = held.managed();
            BackgroundTasks tasks = new BackgroundTasks();
            tasks.repeat(scheduler, runs::incrementAndGet, 1, 5, TimeUnit.MINUTES);
            tasks.atFixedRate(scheduler, runs::incrementAndGet, 3, 24 * 60, TimeUnit.MINUTES);
            tasks.later(scheduler, runs::incrementAndGet, 5, TimeUnit.SECONDS);
            assertEquals(3, held.waiting());

            tasks.stop();

            assertTrue(tasks.stopped());
            assertEquals(0, held.waiting(), "nothing left with the server's scheduler");
        }
    }

    @Test
    void aTaskHandedToAThreadBeforeTheStopDoesNothingAfterIt() throws Exception {
        try (HeldScheduler held = new HeldScheduler()) {
            BackgroundTasks tasks = new BackgroundTasks();
            assertTrue(tasks.now(held.managed(), runs::incrementAndGet));
            tasks.repeat(held.managed(), runs::incrementAndGet, 0, 1, TimeUnit.SECONDS);

            tasks.stop();
            held.release();

            assertEquals(0, runs.get(), "the deployment was gone by the time a thread took them");
        }
    }

    @Test
    void nothingStartsAfterTheStop() throws Exception {
        try (HeldScheduler held = new HeldScheduler()) {
            BackgroundTasks tasks = new BackgroundTasks();
            tasks.stop();

            assertFalse(tasks.now(held.managed(), runs::incrementAndGet));
            tasks.repeat(held.managed(), runs::incrementAndGet, 0, 1, TimeUnit.SECONDS);
            tasks.later(held.managed(), runs::incrementAndGet, 0, TimeUnit.SECONDS);
            assertEquals(0, held.waiting());
            held.release();
            assertEquals(0, runs.get());
        }
    }

    @Test
    void tasksRunUntilTheStop() throws Exception {
        try (HeldScheduler held = new HeldScheduler()) {
            BackgroundTasks tasks = new BackgroundTasks();
            tasks.now(held.managed(), runs::incrementAndGet);
            tasks.later(held.managed(), runs::incrementAndGet, 0, TimeUnit.SECONDS);

            held.release();

            assertEquals(2, runs.get());
            assertFalse(tasks.stopped());
        }
    }
}
