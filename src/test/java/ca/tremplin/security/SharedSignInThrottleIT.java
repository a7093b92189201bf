package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.MovingClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Several servers: a guesser whose wrong passwords a load balancer spreads over them is slowed down as if there were
 * one. Two servers, each with its own memory, count the failures in the same database.
 */
class SharedSignInThrottleIT extends InServerTest {

    @Inject
    SignInFailureCounts counts;

    private final MovingClock clock = new MovingClock();

    @Test
    void failuresOnOneServerSlowTheGuesserDownOnAnother() {
        String email = "owner." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String guesser = "203.0.113." + UUID.randomUUID().toString().substring(0, 6);
        SignInThrottle first = server();
        SignInThrottle second = server();

        first.recordFailure(email, guesser);
        second.recordFailure(email, guesser);
        first.recordFailure(email, guesser);
        assertEquals(Optional.empty(), second.waitBefore(email, guesser), "three free failures, wherever they were");
        second.recordFailure(email, guesser);
        assertEquals(Optional.of(Duration.ofSeconds(1)), first.waitBefore(email, guesser),
                "the fourth, on the other server, makes this one wait");
        first.recordFailure(email, guesser);
        assertEquals(Optional.of(Duration.ofSeconds(2)), server().waitBefore(email, guesser),
                "a third server, which saw none, makes the guesser wait as long");

        clock.advance(Duration.ofMinutes(61));
        assertEquals(Optional.empty(), second.waitBefore(email, guesser), "an hour without failure forgets them");
        second.recordFailure(email, guesser);
        assertEquals(Optional.empty(), first.waitBefore(email, guesser), "and the next failure starts a new count");
    }

    @Test
    void theOwnersRightPasswordOnOneServerClearsTheirCountOnEvery() {
        String email = "owner." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String owner = "198.51.100." + UUID.randomUUID().toString().substring(0, 6);
        SignInThrottle first = server();
        SignInThrottle second = server();
        for (int i = 0; i < 5; i++) {
            second.recordFailure(email, owner);
        }
        assertTrue(first.waitBefore(email, owner).isPresent());

        second.recordSuccess(email, owner);
        assertEquals(Optional.empty(), server().waitBefore(email, owner), "a server that saw none lets them in");
    }

    /** What one server holds: its own memory, the shared counts. */
    private SignInThrottle server() {
        SignInThrottle throttle = SignInThrottle.withClock(clock);
        throttle.shared = counts;
        return throttle;
    }
}
