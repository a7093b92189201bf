package ca.tremplin.showcase;

import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Under 14, a parent or guardian consents (Law 25). The form asks for their name and address; the profile waits,
 * unseen by moderators, until they open the link e-mailed to them, read what the profile shows and confirm. Their
 * consent is then recorded word for word with who they are, the link dies, and the profile goes to moderation.
 * Proving that the address is the guardian's and not the young person's own second address is beyond what an e-mail
 * can do: the moderator sees the guardian's name and address beside the profile.
 */
@ApplicationScoped
public class GuardianConsents {

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    ShowcaseLinks links;

    @Inject
    ShowcaseConsents consents;

    @Inject
    ShowcasePhotos photos;

    @Inject
    ShowcaseMail mail;

    @Inject
    GoneProfiles gone;

    @Inject
    ShowcaseDecisions decisions;

    @Inject
    PublicShowcase showcase;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * What the guardian reads before confirming: all that the profile would make public (the photo included, whose
     * path is opened with the guardian's own link), since the consent they give names it.
     */
    public record ForGuardian(String guardianName, String displayName, String trade, String workplace,
                              String languagesSpoken, String testimony, String centreFr, String centreEn,
                              String photoPath, Instant consentGivenAt) implements java.io.Serializable {

        /** The guardian consented already: the link now serves to withdraw that consent. */
        public boolean consented() {
            return consentGivenAt != null;
        }
    }

    public ForGuardian open(String token) {
        return tenancy.acrossAllTenants(() -> {
            ShowcaseProfile profile = em.find(ShowcaseProfile.class,
                    links.profileOf(token, ShowcaseLinks.GUARDIAN, clock.instant()));
            ca.tremplin.tenant.Tenant centre = em.find(ca.tremplin.tenant.Tenant.class, profile.getTenantId());
            List<ShowcasePhotos.VariantSize> sizes = profile.getPhotoKey() == null ? List.of()
                    : photos.sizes(profile.getPhotoKey());
            String photo = sizes.isEmpty() ? null : ShowcasePaths.photo(profile.getPhotoKey(), sizes.get(0).width())
                    + "?token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
            return new ForGuardian(profile.getGuardianName(), profile.getDisplayName(), profile.getTrade(),
                    profile.getWorkplace(), profile.getLanguagesSpoken(), profile.getTestimony(), centre.getNameFr(),
                    centre.getNameEn(), photo, profile.getGuardianConfirmedAt());
        });
    }

    /**
     * Records the guardian's consent, word for word, and sends the profile to moderation. The link then stays the
     * guardian's for as long as the profile lives, to withdraw that consent at any time, as the sentence they accepted
     * promises; sent twice (a double click, the link opened again), the consent is recorded once.
     */
    public void confirm(String token, String ipAddress) {
        tenancy.acrossAllTenants(() -> {
            ShowcaseProfile profile = em.find(ShowcaseProfile.class,
                    links.profileOf(token, ShowcaseLinks.GUARDIAN, clock.instant()), LockModeType.PESSIMISTIC_WRITE);
            if (profile.getGuardianConfirmedAt() != null) {
                return null;
            }
            Instant now = clock.instant();
            ProfileStatus from = profile.getStatus();
            consents.guardianGave(profile, now, ipAddress);
            profile.guardianConfirmed(now);
            decisions.byOthers(profile, ShowcaseDecision.Kind.GUARDIAN_CONFIRMED, from, null, now);
            links.keepForGood(profile.getId(), ShowcaseLinks.GUARDIAN);
            return null;
        });
    }

    /**
     * The guardian withdraws the consent they gave: the register keeps the withdrawal with who made it, and the
     * profile is withdrawn as its owner would withdraw it — off the showcase at once, its content and photos erased.
     */
    public void withdraw(String token, java.util.Locale language, String ipAddress) {
        tenancy.acrossAllTenants(() -> {
            ShowcaseProfile profile = em.find(ShowcaseProfile.class,
                    links.profileOf(token, ShowcaseLinks.GUARDIAN, clock.instant()), LockModeType.PESSIMISTIC_WRITE);
            if (profile.getStatus() == ProfileStatus.WITHDRAWN) {
                return null;
            }
            Instant now = clock.instant();
            ProfileStatus from = profile.getStatus();
            consents.guardianWithdrew(profile, language, now, ipAddress);
            photos.deleteAllBut(profile.getId(), null);
            links.deleteAll(profile.getId(), ShowcaseLinks.GUARDIAN);
            // Told before the profile forgets the address: it was public, or waiting, in their name.
            mail.guardianWithdrew(profile);
            gone.leaving(profile, profile.wasPublished());
            profile.withdraw(now, ShowcaseProfile.Withdrawer.GUARDIAN);
            decisions.forgetReasons(profile.getId());
            decisions.byOthers(profile, ShowcaseDecision.Kind.GUARDIAN_WITHDREW, from, null, now);
            if (from == ProfileStatus.APPROVED) {
                showcase.forgetFiltersAfterCommit();
            }
            return null;
        });
    }
}
