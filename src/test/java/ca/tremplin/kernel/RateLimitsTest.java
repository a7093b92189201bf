package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.kernel.RateLimits.Limit;
import ca.tremplin.testsupport.MovingClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final Limit PER_ADDRESS = new Limit("test-ip", 3);
    private static final Limit PER_TARGET = new Limit("test-target", 2);

    private final MovingClock clock = new MovingClock();
    private final RateLimits limits = RateLimits.withClock(clock);

    @Test
    void anAddressIsBrakedAfterItsAllowanceAndToldWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            limits.acquire(PER_ADDRESS, "203.0.113.9");
        }
        RateLimitedException braked = assertThrows(RateLimitedException.class,
                () -> limits.acquire(PER_ADDRESS, "203.0.113.9"));

        assertEquals(1200, braked.retryAfterSeconds(), "a third of an hour refills one of three tokens");
        limits.acquire(PER_ADDRESS, "198.51.100.7");
        clock.advance(Duration.ofMinutes(20));
        limits.acquire(PER_ADDRESS, "203.0.113.9");
    }

    @Test
    void aTargetIsBrakedWhateverTheAddressesItIsAttackedFrom() {
        Limit[] both = {PER_ADDRESS, PER_TARGET};
        limits.acquire(both, "203.0.113.1", "victim@example.org");
        limits.acquire(both, "203.0.113.2", "victim@example.org");

        assertThrows(RateLimitedException.class, () -> limits.acquire(both, "203.0.113.3", "victim@example.org"));
        limits.acquire(both, "203.0.113.3", "someone.else@example.org");
        limits.acquire(both, "203.0.113.4", null);
    }

    @Test
    void limitsOfDifferentNamesCountApart() {
        Limit other = new Limit("other", 1);
        limits.acquire(other, "203.0.113.9");
        for (int i = 0; i < 3; i++) {
            limits.acquire(PER_ADDRESS, "203.0.113.9");
        }
        assertThrows(RateLimitedException.class, () -> limits.acquire(other, "203.0.113.9"));
    }
}
