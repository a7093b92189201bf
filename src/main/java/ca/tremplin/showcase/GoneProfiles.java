package ca.tremplin.showcase;

import ca.tremplin.kernel.GonePages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * A profile's public address once the profile left the showcase for good — withdrawn by its apprentice, their guardian
 * or the centre at their request, or refused after it was public —: it answers 410 and the "no longer available" page,
 * with the gallery next, where an address no profile ever had answers 404 ({@link GonePages}). Only the profile's
 * number is kept. A profile off the showcase for a moderator to look again is not gone: it may come back, unless the
 * coordinating organisation closed its centre, whose every public page is gone.
 */
@ApplicationScoped
public class GoneProfiles {

    /** After a profile gone, the gallery. */
    static final ca.tremplin.kernel.GoneException.Next NEXT = new ca.tremplin.kernel.GoneException.Next(
            "error.gone.showcase", ShowcasePaths.gallery(Locale.FRENCH), ShowcasePaths.gallery(Locale.ENGLISH));

    @Inject
    GonePages pages;

    @jakarta.persistence.PersistenceContext(unitName = "tremplin")
    jakarta.persistence.EntityManager em;

    /** The profile leaves for good, in that change's transaction; its address is gone if it ever was public. */
    void leaving(ShowcaseProfile profile, boolean wasPublished) {
        if (wasPublished) {
            pages.record(GonePages.Kind.SHOWCASE_PROFILE, profile.getTenantId(), List.of(profile.getId().toString()));
        }
    }

    /** The profile is public again (approved after a refusal and an edit): its address leads to it. */
    void backOnline(ShowcaseProfile profile) {
        pages.forget(GonePages.Kind.SHOWCASE_PROFILE, profile.getTenantId(), profile.getId().toString());
    }

    /**
     * The answer to an address of a profile that is not public: gone (410) if it was and left for good, or if it was
     * public when the coordinating organisation closed its centre; else 404. Across tenants, as the caller reads it.
     */
    RuntimeException notPublic(long id) {
        if (pages.isGone(GonePages.Kind.SHOWCASE_PROFILE, Long.toString(id))) {
            return new ca.tremplin.kernel.GoneException("showcase.profile.gone", NEXT);
        }
        ShowcaseProfile profile = em.find(ShowcaseProfile.class, id);
        if (profile != null && profile.wasPublished() && !em.find(ca.tremplin.tenant.Tenant.class,
                profile.getTenantId()).isActive()) {
            return new ca.tremplin.kernel.GoneException(ca.tremplin.kernel.GoneException.CENTRE_CLOSED, NEXT);
        }
        return new ca.tremplin.kernel.NotFoundException("showcase profile");
    }
}
