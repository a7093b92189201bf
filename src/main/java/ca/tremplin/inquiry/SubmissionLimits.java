package ca.tremplin.inquiry;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one IP address and one e-mail address may submit requests: token buckets refilled continuously
 * over an hour ({@code TREMPLIN_INQUIRY_PER_IP_PER_HOUR}, default 20; {@code TREMPLIN_INQUIRY_PER_EMAIL_PER_HOUR},
 * default 5).
 *
 * <p>In memory rather than counters in the database on purpose: a refused request then costs no database
 * write, which matters most when a flood (a webinar's audience, or a robot) arrives at once, and the limits are
 * a brake, not a record — losing them at a restart is harmless. The price: with several servers each counts
 * alone, so the effective limit is multiplied by the number of servers.
 */
@ApplicationScoped
public class SubmissionLimits {

    /** Beyond this many tracked keys, full (idle) buckets are forgotten so memory stays bounded. */
    private static final int MOST_TRACKED = 100_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private int perIpPerHour;
    private int perEmailPerHour;

    @PostConstruct
    void readLimits() {
        perIpPerHour = limit("TREMPLIN_INQUIRY_PER_IP_PER_HOUR", 20);
        perEmailPerHour = limit("TREMPLIN_INQUIRY_PER_EMAIL_PER_HOUR", 5);
    }

    /** Takes one token for the address and one for the e-mail, or says how long to wait. */
    public void acquire(String ipAddress, String emailNormalized, long nowMillis) {
        if (buckets.size() > MOST_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.isFull(nowMillis));
        }
        Optional<Duration> wait = take("ip:" + ipAddress, perIpPerHour, nowMillis)
                .or(() -> take("email:" + emailNormalized, perEmailPerHour, nowMillis));
        if (wait.isPresent()) {
            throw new RateLimitedException(wait.get());
        }
    }

    private Optional<Duration> take(String key, int perHour, long nowMillis) {
        return buckets.computeIfAbsent(key, k -> new TokenBucket(perHour, nowMillis)).take(nowMillis);
    }

    private static int limit(String variable, int fallback) {
        String value = System.getenv(variable);
        try {
            return value == null || value.isBlank() ? fallback : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException unreadable) {
            return fallback;
        }
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
