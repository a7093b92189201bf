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

    @Inject
    PublicShowcase showcase;

    @Inject
    ShowcaseDecisions decisions;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** The profile as its owner sees it, with what the edit form offers. */
    public record OwnProfile(ShowcaseProfile profile, ShowcasePosting.PostingForm form,
                             java.util.List<ShowcasePhotos.VariantSize> photoSizes) {

        /**
         * Whether the profile can be edited: not while its centre is closed (nothing of it is public, and no moderator
         * would see the edit). It can always be withdrawn.
         */
        public boolean editable() {
            return form.centreOpen();
        }
    }

    /**
     * The profile its owner's link names, whatever its centre's state: a centre the coordinating organisation closed
     * still shows its apprentice where the profile stands, and lets them withdraw it (otherwise reopening the centre
     * would publish it again without them having had a say). The form offers the centre's published programs and the
     * profile's own, archived since or not.
     */
    public OwnProfile open(String token) {
        return tenancy.acrossAllTenants(() -> {
            ShowcaseProfile profile = em.find(ShowcaseProfile.class, links.profileOf(token, ShowcaseLinks.OWNER,
                    clock.instant()));
            em.detach(profile);
            return new OwnProfile(profile, posting.formOf(profile.getTenantId(), profile.getProgramId(), false),
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
     * {@code keptPhoto}: the person who replaces a photo at a moderator's request need not choose it again. The
     * profile's own program is kept even once archived; an address another live profile of the centre has is refused,
     * and a new one is told to the address the profile leaves. Refused while the centre is closed.
     */
    public boolean edit(String token, ProfilePost post, InputStream newPhoto, ProcessedPhoto keptPhoto,
                        Locale language, String ipAddress) {
        rateLimits.acquire(ShowcasePosting.POSTS_PER_ADDRESS, ipAddress);
        OwnProfile current = open(token);
        if (!current.editable()) {
            throw new ca.tremplin.kernel.BusinessRuleException("showcase.own.editWhileClosed");
        }
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
            // Its own program, archived since, stays its program; another one must be one the centre publishes.
            posting.requireProgramOf(profile.getTenantId(), content.programId(), profile.getProgramId());
            String formerAddress = profile.getEmailNormalized();
            boolean newAddress = !content.emailNormalized().equals(formerAddress);
            if (newAddress) {
                posting.requireNoProfileYet(profile.getTenantId(), content.emailNormalized(), profile.getId());
            }
            Instant now = clock.instant();
            ProfileStatus from = profile.getStatus();
            String key = photoToStore == null ? null
                    : storedPhotos.store(profile.getTenantId(), profile.getId(), photoToStore);
            ShowcasePosting.writtenUnlessAddressTaken(() -> {
                profile.edit(content, key, now);
                em.flush();
            }, "showcase.error.emailTaken", photoToStore);
            if (key != null) {
                storedPhotos.deleteAllBut(profile.getId(), key);
            }
            decisions.byOthers(profile, ShowcaseDecision.Kind.EDITED, from, null, now);
            if (from == ProfileStatus.APPROVED) {
                // Off the showcase until approved again: a trade whose last public profile this was is no filter.
                showcase.forgetFiltersAfterCommit();
            }
            if (newAddress && formerAddress != null) {
                // Told at the address the profile leaves: a link in other hands does not move it unnoticed.
                mail.addressChanged(profile, formerAddress);
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

    /**
     * The profile, its photos and its guardian's link go; the register keeps the withdrawal, word for word. Open to
     * its owner whether or not the centre is open.
     */
    public void withdraw(String token, String ipAddress) {
        tenancy.acrossAllTenants(() -> {
            ShowcaseProfile profile = em.find(ShowcaseProfile.class,
                    links.profileOf(token, ShowcaseLinks.OWNER, clock.instant()), LockModeType.PESSIMISTIC_WRITE);
            if (profile.getStatus() == ProfileStatus.WITHDRAWN) {
                return null;
            }
            Instant now = clock.instant();
            ProfileStatus from = profile.getStatus();
            consents.withdrawn(profile, now, ipAddress);
            storedPhotos.deleteAllBut(profile.getId(), null);
            links.deleteAll(profile.getId(), ShowcaseLinks.GUARDIAN);
            gone.leaving(profile, profile.wasPublished());
            profile.withdraw(now, ShowcaseProfile.Withdrawer.PERSON);
            decisions.forgetReasons(profile.getId());
            decisions.byOthers(profile, ShowcaseDecision.Kind.WITHDRAWN, from, null, now);
            if (from == ProfileStatus.APPROVED) {
                showcase.forgetFiltersAfterCommit();
            }
            return null;
        });
    }
}
