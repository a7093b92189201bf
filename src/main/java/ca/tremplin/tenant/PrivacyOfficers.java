package ca.tremplin.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published person in charge of personal information of each centre, for every page that collects personal
 * information and the footer of every e-mail: a centre's own, or the coordinating organisation's for what belongs to
 * no centre (or to one no longer active). Kept a minute per centre, as the information form keeps its contacts: these
 * change a few times a year, pages and e-mails ask for them thousands of times an hour.
 */
@Named
@ApplicationScoped
public class PrivacyOfficers {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);
    private static final long COORDINATION = 0L;

    private record Kept(PrivacyContact contact, Instant readAt) {
    }

    @Inject
    Tenancy tenancy;

    @Inject
    TenantRepository tenants;

    @Inject
    Clock clock;

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    /** The contact of this centre, or the coordinating organisation's when {@code tenantId} is null. */
    public PrivacyContact of(Long tenantId) {
        long key = tenantId == null ? COORDINATION : tenantId;
        Instant now = clock.instant();
        Kept found = kept.get(key);
        if (found == null || found.readAt().plus(KEPT_FOR).isBefore(now)) {
            found = new Kept(tenancy.acrossAllTenants(() -> read(tenantId)), now);
            kept.put(key, found);
        }
        return found.contact();
    }

    /** A centre's contact changed: the next page or e-mail reads it again. */
    public void forget(long tenantId) {
        kept.remove(tenantId);
    }

    /** For pages: the line that names the contact, in the page's language. */
    public String line(Long tenantId, Locale locale) {
        PrivacyContact contact = of(tenantId);
        return contact == null ? "" : contact.line(locale);
    }

    private PrivacyContact read(Long tenantId) {
        Optional<Tenant> centre = tenantId == null ? Optional.empty()
                : tenants.findById(tenantId).filter(Tenant::isActive);
        return centre.or(() -> tenants.findCoordination()).map(PrivacyContact::of).orElse(null);
    }
}
