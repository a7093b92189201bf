package ca.tremplin.security;

import ca.tremplin.kernel.ServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows sign-in down after wrong passwords instead of locking the account, which anyone who knows an address
 * could do to its owner. Failures are counted three ways, each with a few free attempts and then a wait that
 * doubles with every further failure, up to a ceiling:
 * <ul>
 * <li>one e-mail from one address — a person guessing at one account: 3 free, then up to 15 minutes;</li>
 * <li>one address, whatever the e-mails — one machine trying many accounts: 20 free, then up to 15 minutes;</li>
 * <li>one e-mail, from any address — many machines at one account: 10 free, then never more than a minute, so
 *     that an attack spread over many addresses slows the owner down but cannot keep them out.</li>
 * </ul>
 * Counts are kept by the e-mail as typed (normalised), whether or not an account has it, so the slow-down is the
 * same for addresses that exist and those that do not. A right password clears the e-mail's counts; an hour
 * without failure forgets a count. Counted in this server's memory and, like {@code kernel.RateLimits}, in the
 * database for every server alike ({@link SignInFailureCounts}): the longer wait of the two applies, so a guesser
 * whose tries a load balancer spreads over several servers is slowed down as if there were one. When the database
 * cannot be reached, the memory's count still applies (and no password can be checked anyway).
 */
@ApplicationScoped
public class SignInThrottle {

    enum Scope {
        EMAIL_FROM_ADDRESS(3, Duration.ofMinutes(15)),
        ADDRESS(20, Duration.ofMinutes(15)),
        EMAIL(10, Duration.ofMinutes(1));

        private final int freeFailures;
        private final Duration ceiling;

        Scope(int freeFailures, Duration ceiling) {
            this.freeFailures = freeFailures;
            this.ceiling = ceiling;
        }

        /** The wait after this many failures: none for the free ones, then 1 s, 2 s, 4 s... up to the ceiling. */
        Duration waitAfter(int failures) {
            int beyond = failures - freeFailures;
            if (beyond <= 0) {
                return Duration.ZERO;
            }
            return beyond > 20 ? ceiling : min(Duration.ofSeconds(1L << (beyond - 1)), ceiling);
        }
    }

    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MOST_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** The counts every server shares; none in unit tests ({@link #withClock}). */
    @Inject
    SignInFailureCounts shared;

    /** For tests: the time waits are measured by. */
    static SignInThrottle withClock(Clock clock) {
        SignInThrottle throttle = new SignInThrottle();
        throttle.clock = clock;
        return throttle;
    }

    /** How long this e-mail must wait from this address before its password is even checked; empty if not. */
    public Optional<Duration> waitBefore(String email, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Scope scope : Scope.values()) {
            Failures counted = failures.get(key(scope, email, address));
            if (counted != null) {
                longest = max(longest, counted.waitAt(scope, now));
            }
        }
        if (shared != null) {
            try {
                Map<String, SignInFailureCounts.Counted> everywhere = shared.read(keys(email, address));
                for (Scope scope : Scope.values()) {
                    SignInFailureCounts.Counted counted = everywhere.get(key(scope, email, address));
                    Failures failures = counted == null ? null : new Failures(counted.failures(), counted.last());
                    if (failures != null && !failures.forgottenAt(now)) {
                        longest = max(longest, failures.waitAt(scope, now));
                    }
                }
            } catch (RuntimeException failed) {
                rethrowUnlessUnreachable(failed);
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() > MOST_TRACKED) {
            failures.values().removeIf(counted -> counted.forgottenAt(now));
        }
        for (Scope scope : Scope.values()) {
            failures.compute(key(scope, email, address),
                    (key, counted) -> counted == null || counted.forgottenAt(now) ? new Failures(1, now)
                            : new Failures(counted.count() + 1, now));
        }
        if (shared != null) {
            try {
                shared.recordFailure(keys(email, address), now, FORGET_AFTER);
            } catch (RuntimeException failed) {
                rethrowUnlessUnreachable(failed);
            }
        }
    }

    /** The owner got in: their e-mail's counts start again; the address's own count stays (it may be spraying). */
    public void recordSuccess(String email, String address) {
        failures.remove(key(Scope.EMAIL_FROM_ADDRESS, email, address));
        failures.remove(key(Scope.EMAIL, email, address));
        if (shared != null) {
            shared.clear(List.of(key(Scope.EMAIL_FROM_ADDRESS, email, address), key(Scope.EMAIL, email, address)));
        }
    }

    private static List<String> keys(String email, String address) {
        return Arrays.stream(Scope.values()).map(scope -> key(scope, email, address)).toList();
    }

    private static void rethrowUnlessUnreachable(RuntimeException failed) {
        if (!ServiceUnavailableException.isDatabaseUnreachable(failed)) {
            throw failed;
        }
    }

    private static String key(Scope scope, String email, String address) {
        // The address as the account is looked up by: each spelling of one account ("xn--cole-9oa.ca" for "école.ca",
        // a zero-width space pasted in it) is no fresh allowance of guesses.
        String normalized = email == null ? "" : UserAccount.normalizeEmail(email);
        return switch (scope) {
            case EMAIL_FROM_ADDRESS -> "pair:" + normalized + " " + address;
            case ADDRESS -> "address:" + address;
            case EMAIL -> "email:" + normalized;
        };
    }

    private record Failures(int count, Instant last) {
        Duration waitAt(Scope scope, Instant now) {
            Duration left = Duration.between(now, last.plus(scope.waitAfter(count)));
            return left.isNegative() ? Duration.ZERO : left;
        }

        boolean forgottenAt(Instant now) {
            return last.plus(FORGET_AFTER).isBefore(now);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
