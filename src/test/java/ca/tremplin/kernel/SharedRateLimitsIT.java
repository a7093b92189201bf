package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Several servers: a rate limit holds across them. Two servers, each with its own memory (its own token buckets),
 * count their attempts in the same database, so together they allow no more than the limit.
 */
class SharedRateLimitsIT extends InServerTest {

    @Inject
    RateLimitCounts counts;

    @Inject
    Clock clock;

    @Test
    void twoServersTogetherAllowNoMoreAttemptsThanTheLimit() {
        RateLimits.Limit threeAnHour = new RateLimits.Limit("shared-test", 3);
        String address = "192.0.2." + UUID.randomUUID().toString().substring(0, 6);
        RateLimits first = server();
        RateLimits second = server();

        first.acquire(threeAnHour, address);
        second.acquire(threeAnHour, address);
        first.acquire(threeAnHour, address);
        RateLimitedException refused = assertThrows(RateLimitedException.class,
                () -> second.acquire(threeAnHour, address), "the fourth attempt, though this server saw only one");

        assertTrue(!refused.retryAfter().isNegative() && refused.retryAfter().compareTo(Duration.ofHours(1)) <= 0,
                "told to come back within the hour: " + refused.retryAfter());
        RateLimits third = server();
        third.acquire(threeAnHour, "192.0.2.other-" + UUID.randomUUID());
    }

    /** What one server holds: its own memory, the shared counts. */
    private RateLimits server() {
        RateLimits limits = RateLimits.withClock(clock);
        limits.shared = counts;
        return limits;
    }
}
