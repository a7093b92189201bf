package ca.tremplin.inquiry;

import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.PrivacyContact;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the information form names besides its fields: the privacy contact (the centre's person in charge of
 * personal information, or the coordinating organisation's) and the centre the form was opened from. Kept for
 * a minute per centre: a campaign sends thousands of visitors an hour to the same form, and these change a few
 * times a year, so a change shows on the form within a minute instead of costing a transaction per visitor (at once on
 * the server that made it). A link naming a name its centre left since it was renamed reads the centre it leads to.
 */
@ApplicationScoped
public class FormContacts {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);
    /** Forged centre names in addresses must not grow the map without end. */
    private static final int MOST_KEPT = 1_000;
    private static final String NO_CENTRE = "";

    /**
     * Both languages at once: the same entry serves the French and the English form. {@code renamedTo}: the centre's
     * name of today when the address named one it left (a link shared before the coordinating organisation renamed
     * it), else null.
     */
    record Contacts(String privacyContactFr, String privacyContactEn, String schoolBoardNameFr,
                    String schoolBoardNameEn, String renamedTo, Instant readAt) {

        String privacyContact(Locale locale) {
            return Languages.isEnglish(locale) ? privacyContactEn : privacyContactFr;
        }

        /** The active centre's name, or null when the address names none (or one that is not public). */
        String schoolBoardName(Locale locale) {
            return Languages.isEnglish(locale) ? schoolBoardNameEn : schoolBoardNameFr;
        }
    }

    @Inject
    Tenancy tenancy;

    @Inject
    TenantRepository tenants;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.tenant.FormerSlugs formerSlugs;

    private final Map<String, Contacts> kept = new ConcurrentHashMap<>();

    /** The contacts for the form opened from the centre with this address name, or from no centre ({@code null}). */
    Contacts of(String schoolBoardSlug) {
        String key = schoolBoardSlug == null ? NO_CENTRE : schoolBoardSlug;
        Instant now = clock.instant();
        Contacts contacts = kept.get(key);
        if (contacts == null || contacts.readAt().plus(KEPT_FOR).isBefore(now)) {
            contacts = tenancy.acrossAllTenants(() -> read(schoolBoardSlug, now));
            if (kept.size() >= MOST_KEPT) {
                kept.clear();
            }
            kept.put(key, contacts);
        }
        return contacts;
    }

    /**
     * A centre changed — renamed, its names or privacy contact edited, closed —: this server reads the forms' contacts
     * again from the next form on, once the change committed, rather than a minute later; a link naming the name the
     * centre left then leads to it at once.
     */
    void forget(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                ca.tremplin.tenant.TenantChanged changed) {
        kept.clear();
    }

    private Contacts read(String schoolBoardSlug, Instant now) {
        Optional<Tenant> named = schoolBoardSlug == null ? Optional.empty() : tenants.findBySlug(schoolBoardSlug);
        String renamedTo = null;
        if (schoolBoardSlug != null && named.isEmpty()) {
            renamedTo = formerSlugs.currentSlug(schoolBoardSlug).orElse(null);
            named = renamedTo == null ? Optional.empty() : tenants.findBySlug(renamedTo);
        }
        Optional<Tenant> schoolBoard = named.filter(tenant -> tenant.isActive() && !tenant.isCoordination());
        Optional<Tenant> privacy = schoolBoard.or(() -> tenants.findCoordination());
        return new Contacts(privacy.map(tenant -> PrivacyContact.of(tenant).line(Languages.FRENCH)).orElse(""),
                privacy.map(tenant -> PrivacyContact.of(tenant).line(Languages.ENGLISH)).orElse(""),
                schoolBoard.map(tenant -> tenant.localizedName(Languages.FRENCH)).orElse(null),
                schoolBoard.map(tenant -> tenant.localizedName(Languages.ENGLISH)).orElse(null), renamedTo, now);
    }
}
