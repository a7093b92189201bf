package ca.tremplin.inquiry;

import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The web origins whose pages may post requests to the API: every origin that a school service centre or the
 * coordinating organisation lists in its settings. Read again at most every 30 seconds (and at once after a
 * change of settings on this server), so a burst of requests does not read settings for each one.
 */
@ApplicationScoped
public class AllowedOrigins {

    private static final Duration FRESHNESS = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    private volatile Set<String> origins;
    private volatile Instant readAt = Instant.MIN;

    public boolean allows(String origin) {
        if (origin == null) {
            return false;
        }
        Instant now = clock.instant();
        if (origins == null || readAt.plus(FRESHNESS).isBefore(now)) {
            try {
                origins = tenancy.acrossAllTenants(this::readAll);
            } catch (RuntimeException failed) {
                if (ca.tremplin.kernel.ServiceUnavailableException.isDatabaseUnreachable(failed)) {
                    throw new ca.tremplin.kernel.ServiceUnavailableException(failed);
                }
                throw failed;
            }
            readAt = now;
        }
        return origins.contains(normalized(origin));
    }

    public void forget() {
        origins = null;
    }

    private Set<String> readAll() {
        Set<String> all = new HashSet<>();
        for (InquirySettings settings : em.createQuery("select s from InquirySettings s where s.allowedOrigins is not null",
                InquirySettings.class).getResultList()) {
            settings.allowedOriginList().forEach(origin -> all.add(normalized(origin)));
        }
        return Set.copyOf(all);
    }

    /**
     * Origins compare without case, without a final slash and without their scheme's default port: a browser sends
     * {@code https://www.example.org}, never {@code https://www.example.org:443}, which an admin may type.
     */
    static String normalized(String origin) {
        String trimmed = origin.strip().toLowerCase(java.util.Locale.ROOT);
        String bare = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        if (bare.startsWith("https://") && bare.endsWith(":443")) {
            return bare.substring(0, bare.length() - ":443".length());
        }
        if (bare.startsWith("http://") && bare.endsWith(":80")) {
            return bare.substring(0, bare.length() - ":80".length());
        }
        return bare;
    }
}
