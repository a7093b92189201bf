package ca.tremplin.showcase;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * A centre's staff moderate its profiles (tenant-filtered): approve, ask for a change (the person is e-mailed a link to
 * edit) or refuse with a reason (e-mailed too), take a published profile down or keep one that was reported online,
 * withdraw one at its apprentice's request.
 * Each answer is a line of the profile's trail ({@link ShowcaseDecisions}), by whom, in its transaction. Faces are no
 * reason to refuse: the form asks whether other people in the photo agreed. The lists are {@link ModeratedProfiles}.
 */
@ApplicationScoped
public class ShowcaseModeration {

    static final int REASON_MAX = 500;
    /**
     * How a withdrawal was said to staff, at most: the consent register keeps it after the name of who wrote it down
     * ("showcase, said to staff #12: "), in a source of 500 characters that must hold it whole.
     */
    static final int WITHDRAW_HOW_MAX = 400;

    @Inject
    SignedInUser user;

    @Inject
    Clock clock;

    @Inject
    ShowcaseMail mail;

    @Inject
    ShowcaseLinks links;

    @Inject
    ShowcasePhotos photos;

    @Inject
    PublicShowcase showcase;

    @Inject
    ShowcaseConsents consents;

    @Inject
    GoneProfiles gone;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    ShowcaseDecisions decisions;

    /**
     * Each answer returns where the profile stands after it, which the page shows in its row at once.
     * Each answer names the version of the profile the moderator saw: one changed since (edited by its owner, reported
     * by a visitor) is refused, so that no one approves a text or a photo they never saw.
     */
    @Transactional
    public ProfileStatus approve(long profileId, long seenVersion) {
        ShowcaseProfile profile = lockedProfile(profileId, seenVersion);
        ProfileStatus from = profile.getStatus();
        Instant now = clock.instant();
        boolean backOnline = profile.approve(user.getUserId(), now);
        decided(profile, ShowcaseDecision.Kind.APPROVED, from, null, now);
        gone.backOnline(profile);
        showcase.forgetFiltersAfterCommit();
        if (backOnline) {
            mail.backOnline(profile);
        } else {
            mail.approved(profile);
            if (profile.getGuardianEmail() != null) {
                // The guardian's own link, for as long as the profile lives (as the one they confirmed with).
                mail.approvedToGuardian(profile, links.create(profile.getId(), ShowcaseLinks.GUARDIAN,
                        clock.instant(), null));
            }
        }
        return profile.getStatus();
    }

    @Transactional
    public ProfileStatus requestChanges(long profileId, long seenVersion, String whatToChange) {
        ShowcaseProfile profile = lockedProfile(profileId, seenVersion);
        ProfileStatus from = profile.getStatus();
        Instant now = clock.instant();
        String note = reason(whatToChange);
        profile.requestChanges(note, user.getUserId(), now);
        decided(profile, ShowcaseDecision.Kind.CHANGES_REQUESTED, from, note, now);
        mail.changesRequested(profile, links.create(profile.getId(), ShowcaseLinks.OWNER, now, null));
        return profile.getStatus();
    }

    @Transactional
    public ProfileStatus refuse(long profileId, long seenVersion, String why) {
        ShowcaseProfile profile = lockedProfile(profileId, seenVersion);
        ProfileStatus from = profile.getStatus();
        Instant now = clock.instant();
        String said = reason(why);
        boolean wasPublic = profile.refuse(said, user.getUserId(), now);
        decided(profile, ShowcaseDecision.Kind.REFUSED, from, said, now);
        gone.leaving(profile, wasPublic);
        mail.refused(profile, wasPublic);
        return profile.getStatus();
    }

    /**
     * A published profile leaves the showcase at once and waits for a moderator again, with the reason; the trail
     * names who took it down.
     */
    @Transactional
    public ProfileStatus takeDown(long profileId, long seenVersion, String why) {
        ShowcaseProfile profile = lockedProfile(profileId, seenVersion);
        ProfileStatus from = profile.getStatus();
        Instant now = clock.instant();
        String said = reason(why);
        profile.takenDown(said, now);
        decided(profile, ShowcaseDecision.Kind.TAKEN_DOWN, from, said, now);
        showcase.forgetFiltersAfterCommit();
        mail.offForReview(profile);
        return profile.getStatus();
    }

    /**
     * A public profile that reports put in the queue without taking it off: the moderator read them and keeps it
     * online; it leaves the queue, and the next reports are weighed afresh. The note, optional, is the trail's reason.
     */
    @Transactional
    public ProfileStatus keepOnline(long profileId, long seenVersion, String note) {
        ShowcaseProfile profile = lockedProfile(profileId, seenVersion);
        Instant now = clock.instant();
        String said = note == null || note.isBlank() ? null : reason(note);
        profile.keptOnline();
        decided(profile, ShowcaseDecision.Kind.KEPT_ONLINE, ProfileStatus.APPROVED, said, now);
        return profile.getStatus();
    }

    /**
     * The apprentice asked the centre, not through their page (its link lost), to withdraw their profile: withdrawn as
     * they would withdraw it — off every page at once, its photos deleted with every size, its guardian's link ended,
     * its content emptied — with the withdrawal of both consents in the register as said to staff ({@code how}: by
     * phone on a day, by letter...), who recorded it; the apprentice is told at the profile's address first.
     */
    @Transactional
    public ProfileStatus withdrawAtRequest(long profileId, long seenVersion, String how) {
        ShowcaseProfile profile = lockedProfile(profileId, seenVersion);
        if (profile.getStatus() == ProfileStatus.WITHDRAWN) {
            throw new BusinessRuleException("showcase.withdrawn");
        }
        String said = reason(how, "showcase.moderation.withdrawHowRequired", WITHDRAW_HOW_MAX);
        Instant now = clock.instant();
        boolean wasPublic = profile.isPublic();
        ProfileStatus from = profile.getStatus();
        consents.withdrawnToStaff(profile, now, user.getUserId(), said);
        mail.withdrawnAtRequest(profile);
        photos.deleteAllBut(profile.getId(), null);
        links.deleteAll(profile.getId(), ShowcaseLinks.GUARDIAN);
        gone.leaving(profile, profile.wasPublished());
        profile.withdraw(now, ShowcaseProfile.Withdrawer.CENTRE);
        decisions.forgetReasons(profile.getId());
        decided(profile, ShowcaseDecision.Kind.WITHDRAWN_AT_REQUEST, from, said, now);
        if (wasPublic) {
            showcase.forgetFiltersAfterCommit();
        }
        return profile.getStatus();
    }

    /** The answer's line of the profile's trail, by the moderator signed in. */
    private void decided(ShowcaseProfile profile, ShowcaseDecision.Kind kind, ProfileStatus from, String reason,
                         Instant at) {
        decisions.byStaff(profile, kind, from, reason, user.getUserId(), at);
    }

    private ShowcaseProfile lockedProfile(long profileId, long seenVersion) {
        user.require(Role.CSS_ADMIN, Role.RECRUITER);
        ShowcaseProfile profile = em.find(ShowcaseProfile.class, profileId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            throw new NotFoundException("showcase profile");
        }
        if (profile.getVersion() != seenVersion) {
            throw new BusinessRuleException("showcase.moderation.changedSince");
        }
        return profile;
    }

    private static String reason(String typed) {
        return reason(typed, "showcase.moderation.reasonRequired");
    }

    /**
     * A reason as the person typed it, cleaned as every text is ({@code ContactDetails.cleanText}: a line break the
     * browser sends as two characters counts as one, as the field counted it), and counted in characters as the
     * column keeps them: {@value #REASON_MAX} at most.
     */
    static String reason(String typed, String requiredKey) {
        return reason(typed, requiredKey, REASON_MAX);
    }

    static String reason(String typed, String requiredKey, int most) {
        String reason = ca.tremplin.person.ContactDetails.cleanText(typed == null ? "" : typed);
        if (reason.isEmpty()) {
            throw new BusinessRuleException(requiredKey);
        }
        int length = reason.codePointCount(0, reason.length());
        if (length > most) {
            throw new BusinessRuleException("showcase.error.tooLongAtMost", length, most);
        }
        return reason;
    }
}
