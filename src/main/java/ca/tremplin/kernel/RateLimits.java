package ca.tremplin.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How often anyone may do a thing that writes without being signed in (send a request, register, apply, ask for a
 * password reset, unsubscribe...): token buckets per {@link Limit} and key, one key per address and one per target
 * (an e-mail, an offer, a link), refilled continuously over an hour. A refusal says how long to wait, for a
 * {@code Retry-After} header or a message.
 *
 * <p>Two counts, both of which must allow the attempt. In memory first: an attempt this server already refuses
 * costs no database write, which matters most when a flood (a webinar's audience, or a robot) arrives at once. Then
 * in the database ({@link RateLimitCounts}), per key and clock hour, shared by every server: with several servers
 * behind a load balancer, each counting alone would multiply the limit by their number. When the database cannot
 * be reached, only the memory counts: the request then meets the outage in its own work and is refused there with
 * 503, as before.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    /** Beyond this many tracked keys, full (idle) buckets are forgotten so that memory stays bounded. */
    private static final int MOST_TRACKED = 100_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    @Inject
    Clock clock;

    /** The shared counts; none in unit tests ({@link #withClock}). */
    @Inject
    RateLimitCounts shared;

    /**
     * One kind of brake: a name that keeps its buckets apart from the others', and how many attempts an hour it
     * allows per key; {@link #fromEnvironment} lets an operator change that number.
     */
    public record Limit(String name, int perHour) {

        /** {@code perHour} from the environment variable when it holds a positive number, else the default. */
        public static Limit fromEnvironment(String name, String variable, int fallback) {
            String value = System.getenv(variable);
            try {
                return new Limit(name, value == null || value.isBlank() ? fallback
                        : Math.max(1, Integer.parseInt(value.strip())));
            } catch (NumberFormatException unreadable) {
                return new Limit(name, fallback);
            }
        }
    }

    /** For tests: the time the buckets refill by. */
    public static RateLimits withClock(Clock clock) {
        RateLimits limits = new RateLimits();
        limits.clock = clock;
        return limits;
    }

    /**
     * Takes one token from each key's bucket, the first refusal winning; a key that is {@code null} (a target
     * not given) is not counted.
     *
     * @param keys one per line, the same order as {@code limits}
     * @throws RateLimitedException when one bucket is empty, with the time until it holds a token again
     */
    public void acquire(Limit[] limits, String... keys) {
        long now = clock.millis();
        if (buckets.size() > MOST_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        for (int i = 0; i < limits.length; i++) {
            if (keys[i] == null) {
                continue;
            }
            Limit limit = limits[i];
            Optional<Duration> wait = buckets.computeIfAbsent(limit.name() + ":" + keys[i],
                    k -> new TokenBucket(limit.perHour(), now)).take(now);
            if (wait.isPresent()) {
                throw new RateLimitedException(wait.get());
            }
        }
        if (shared != null) {
            acquireShared(limits, keys, now);
        }
    }

    private void acquireShared(Limit[] limits, String[] keys, long now) {
        Instant instant = Instant.ofEpochMilli(now);
        Instant hour = instant.truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < limits.length; i++) {
            if (keys[i] == null) {
                continue;
            }
            int attempts;
            try {
                attempts = shared.countAttempt(limits[i].name() + ":" + keys[i],
                        LocalDateTime.ofInstant(hour, ZoneOffset.UTC));
            } catch (RuntimeException failed) {
                if (ServiceUnavailableException.isDatabaseUnreachable(failed)) {
                    LOG.log(Level.FINE, "Shared rate limit not counted: database unreachable", failed);
                    return;
                }
                throw failed;
            }
            if (attempts > limits[i].perHour()) {
                throw new RateLimitedException(Duration.between(instant, hour.plus(1, ChronoUnit.HOURS)));
            }
        }
    }

    /** One limit, one key. */
    public void acquire(Limit limit, String key) {
        acquire(new Limit[] {limit}, key);
    }

    /** {@code capacity} tokens, refilled at {@code capacity} an hour. */
    static final class TokenBucket {
        private final int capacity;
        private final double tokensPerMilli;
        private double tokens;
        private long updatedAt;

        TokenBucket(int capacity, long nowMillis) {
            this.capacity = capacity;
            this.tokensPerMilli = capacity / 3_600_000.0;
            this.tokens = capacity;
            this.updatedAt = nowMillis;
        }

        synchronized Optional<Duration> take(long nowMillis) {
            refill(nowMillis);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / tokensPerMilli)));
        }

        synchronized boolean isFull(long nowMillis) {
            refill(nowMillis);
            return tokens >= capacity;
        }

        private void refill(long nowMillis) {
            tokens = Math.min(capacity, tokens + Math.max(0, nowMillis - updatedAt) * tokensPerMilli);
            updatedAt = Math.max(updatedAt, nowMillis);
        }
    }
}
