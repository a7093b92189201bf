package ca.tremplin.showcase;

import ca.tremplin.kernel.RateLimits;
import ca.tremplin.photo.PhotoProcessor;
import ca.tremplin.photo.ProcessedPhoto;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The person's side of their profile, from the link they keep: see where it stands, edit it (which sends it back to
 * moderation, even once approved), withdraw it. The link names one profile; the work crosses tenants for it alone.
 *
 * <p>A withdrawal takes effect at once everywhere: the photos' rows are deleted in the same transaction, so the
 * photo servlet answers 404 for them from the next request, and no page is kept in any cache — public pages are read
 * from the database at each request — so no page shows or links the profile once the transaction commits.
 */
@ApplicationScoped
public class OwnProfiles {

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    RateLimits rateLimits;

    @Inject
    PhotoProcessor photos;

    @Inject
    ShowcasePhotos storedPhotos;

    @Inject
    ShowcasePosting posting;

    @Inject
    ShowcaseLinks links;

    @Inject
    ShowcaseConsents consents;

    @Inject
    ShowcaseMail mail;

    @Inject
    GoneProfiles gone;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** The profile as its owner sees it, with what the edit form offers. */
    public record OwnProfile(ShowcaseProfile profile, ShowcasePosting.PostingForm form,
                             java.util.List<ShowcasePhotos.VariantSize> photoSizes) {
    }

    public OwnProfile open(String token) {
        return tenancy.acrossAllTenants(() -> {
            ShowcaseProfile profile = em.find(ShowcaseProfile.class, links.profileOf(token, ShowcaseLinks.OWNER,
                    clock.instant()));
            em.detach(profile);
            return new OwnProfile(profile, posting.formOf(profile.getTenantId()),
                    profile.getPhotoKey() == null ? java.util.List.of() : storedPhotos.sizes(profile.getPhotoKey()));
        });
    }

    /** As {@link #edit(String, ProfilePost, InputStream, ProcessedPhoto, Locale, String)}, with no photo kept. */
    public boolean edit(String token, ProfilePost post, InputStream newPhoto, Locale language, String ipAddress) {
        return edit(token, post, newPhoto, null, language, ipAddress);
    }

    /**
     * The new content (and photo, when one is sent) replaces the old, the consents ticked again are recorded, and the
     * profile waits for moderation — under 14, for the guardian's confirmation first, asked again by e-mail. True
     * when it waits for the guardian. Every problem is said at once, as when posting, and a new photo read and fit to
     * show is handed back with the refusal ({@link InvalidProfileException#photo()}) for the page to send again as
     * {@code keptPhoto}: the person who replaces a photo at a moderator's request need not choose it again.
     */
    public boolean edit(String token, ProfilePost post, InputStream newPhoto, ProcessedPhoto keptPhoto,
                        Locale language, String ipAddress) {
        rateLimits.acquire(ShowcasePosting.POSTS_PER_ADDRESS, ipAddress);
        OwnProfile current = open(token);
        Map<String, String> problems = new LinkedHashMap<>();
        ProfileContent checked = null;
        try {
            // The age is counted as it was when the profile was posted, whose consents (a guardian's, or none
            // needed) stand: a person under 14 then who edits in a later year is not asked for another kind of
            // consent, and the same birth year typed again gives the same answer.
            checked = ProfileRules.check(post,
                    current.profile().getSubmittedAt().atZone(ShowcasePosting.QUEBEC).getYear());
            if (checked.underFourteen() != current.profile().isUnderFourteen()) {
                // Who consented cannot change by an edit: a guardian confirmed this profile, or none was needed.
                problems.put("birthYear", "showcase.error.birthYearChanged");
            }
        } catch (InvalidProfileException invalid) {
            problems.putAll(invalid.problems());
        }
        ProcessedPhoto photoToStore = ShowcasePosting.photoOrRefusal(newPhoto, keptPhoto, false, problems, photos);
        ProfileContent content = checked;
        return tenancy.acrossAllTenants(() -> {
            ShowcaseProfile profile = em.find(ShowcaseProfile.class,
                    links.profileOf(token, ShowcaseLinks.OWNER, clock.instant()), LockModeType.PESSIMISTIC_WRITE);
            posting.requireProgramOf(profile.getTenantId(), content.programId());
            Instant now = clock.instant();
            String key = photoToStore == null ? null
                    : storedPhotos.store(profile.getTenantId(), profile.getId(), photoToStore);
            profile.edit(content, key, now);
            if (key != null) {
                storedPhotos.deleteAllBut(profile.getId(), key);
            }
            consents.given(profile, language, now, ipAddress);
            if (profile.getStatus() != ProfileStatus.AWAITING_GUARDIAN) {
                return false;
            }
            links.deleteAll(profile.getId(), ShowcaseLinks.GUARDIAN);
            mail.guardianRequest(profile, links.create(profile.getId(), ShowcaseLinks.GUARDIAN, now,
                    now.plus(ShowcaseLinks.GUARDIAN_LINK_LIFE)));
            return true;
        });
    }

    /** The profile, its photos and its guardian's link go; the register keeps the withdrawal, word for word. */
    public void withdraw(String token, String ipAddress) {
        tenancy.acrossAllTenants(() -> {
            ShowcaseProfile profile = em.find(ShowcaseProfile.class,
                    links.profileOf(token, ShowcaseLinks.OWNER, clock.instant()), LockModeType.PESSIMISTIC_WRITE);
            if (profile.getStatus() == ProfileStatus.WITHDRAWN) {
                return null;
            }
            Instant now = clock.instant();
            consents.withdrawn(profile, now, ipAddress);
            storedPhotos.deleteAllBut(profile.getId(), null);
            links.deleteAll(profile.getId(), ShowcaseLinks.GUARDIAN);
            gone.leaving(profile, profile.wasPublished());
            profile.withdraw(now, ShowcaseProfile.Withdrawer.PERSON);
            return null;
        });
    }
}
