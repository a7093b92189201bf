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
 * times a year, so a change shows on the form within a minute instead of costing a transaction per visitor.
 */
@ApplicationScoped
public class FormContacts {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);
    /** Forged centre names in addresses must not grow the map without end. */
    private static final int MOST_KEPT = 1_000;
    private static final String NO_CENTRE = "";

    /** Both languages at once: the same entry serves the French and the English form. */
    record Contacts(String privacyContactFr, String privacyContactEn, String schoolBoardNameFr,
                    String schoolBoardNameEn, Instant readAt) {

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

    private Contacts read(String schoolBoardSlug, Instant now) {
        Optional<Tenant> schoolBoard = schoolBoardSlug == null ? Optional.empty()
                : tenants.findBySlug(schoolBoardSlug).filter(tenant -> tenant.isActive() && !tenant.isCoordination());
        Optional<Tenant> privacy = schoolBoard.or(() -> tenants.findCoordination());
        return new Contacts(privacy.map(tenant -> PrivacyContact.of(tenant).line(Languages.FRENCH)).orElse(""),
                privacy.map(tenant -> PrivacyContact.of(tenant).line(Languages.ENGLISH)).orElse(""),
                schoolBoard.map(tenant -> tenant.localizedName(Languages.FRENCH)).orElse(null),
                schoolBoard.map(tenant -> tenant.localizedName(Languages.ENGLISH)).orElse(null), now);
    }
}
