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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A centre's staff moderate its profiles (tenant-filtered): the queue, oldest wait first, with how long each has
 * waited and what visitors reported; approve, ask for a change (the person is e-mailed a link to edit) or refuse with a
 * reason (e-mailed too). Faces are no reason to refuse: the form asks whether other people in the photo agreed.
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
    ca.tremplin.person.ApprenticeErasure apprentices;

    /**
     * One profile in the queue or the list: the profile, its program's title, the wait, the reports, and the lead of
     * the centre that follows its apprentice (null: known only by the profile), whose page erases them.
     */
    public record Moderated(ShowcaseProfile profile, String programFr, String programEn, Duration waiting,
                            List<String> reports, List<ShowcasePhotos.VariantSize> photoSizes, Long followedAsLead) {
    }

    @Transactional
    public List<Moderated> queue() {
        return moderated(em.createQuery("select p from ShowcaseProfile p where p.status = :waiting"
                        + " order by p.waitingSince, p.id", ShowcaseProfile.class)
                .setParameter("waiting", ProfileStatus.AWAITING_MODERATION).setMaxResults(100).getResultList());
    }

    /**
     * The centre's other profiles, newest first: published, waiting for a guardian or the person, refused; then the
     * withdrawn ones, latest first.
     */
    @Transactional
    public List<Moderated> others() {
        List<ShowcaseProfile> others = new java.util.ArrayList<>(em.createQuery("select p from ShowcaseProfile p"
                        + " where p.status not in (:waiting, :withdrawn) order by p.submittedAt desc, p.id desc",
                        ShowcaseProfile.class)
                .setParameter("waiting", ProfileStatus.AWAITING_MODERATION)
                .setParameter("withdrawn", ProfileStatus.WITHDRAWN).setMaxResults(100).getResultList());
        // The withdrawn ones after, a line each, erased of what the person said and showed: when, and by whom. Their
        // own limit, so that many withdrawals never push published profiles (and their "take down") off the list.
        others.addAll(em.createQuery("select p from ShowcaseProfile p where p.status = :withdrawn"
                        + " order by p.withdrawnAt desc, p.id desc", ShowcaseProfile.class)
                .setParameter("withdrawn", ProfileStatus.WITHDRAWN).setMaxResults(50).getResultList());
        return moderated(others);
    }

    /**
     * Views and clicks (program, offers, information form) of the centre's profiles, summed over the days, per
     * profile: {@code [views, program, offers, request]}.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<Long, long[]> counts() {
        user.require(Role.CSS_ADMIN, Role.RECRUITER);
        Map<Long, long[]> counts = new java.util.HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select c.profile_id, sum(c.views),"
                        + " sum(c.program_clicks), sum(c.offer_clicks), sum(c.request_clicks)"
                        + " from showcase_daily_count c join showcase_profile p on p.id = c.profile_id"
                        + " where p.tenant_id = ?1 group by c.profile_id")
                .setParameter(1, user.getTenantId()).getResultList()) {
            counts.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue()});
        }
        return counts;
    }

    /**
     * Each answer returns where the profile stands after it, which the page shows in its row at once.
     * Each answer names the version of the profile the moderator saw: one changed since (edited by its owner, reported
     * by a visitor) is refused, so that no one approves a text or a photo they never saw.
     */
    @Transactional
    public ProfileStatus approve(long profileId, long seenVersion) {
        ShowcaseProfile profile = lockedProfile(profileId, seenVersion);
        boolean backOnline = profile.approve(user.getUserId(), clock.instant());
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
        Instant now = clock.instant();
        profile.requestChanges(reason(whatToChange), user.getUserId(), now);
        mail.changesRequested(profile, links.create(profile.getId(), ShowcaseLinks.OWNER, now, null));
        return profile.getStatus();
    }

    @Transactional
    public ProfileStatus refuse(long profileId, long seenVersion, String why) {
        ShowcaseProfile profile = lockedProfile(profileId, seenVersion);
        boolean wasPublic = profile.refuse(reason(why), user.getUserId(), clock.instant());
        gone.leaving(profile, wasPublic);
        mail.refused(profile, wasPublic);
        return profile.getStatus();
    }

    /** A published profile leaves the showcase at once and waits for a moderator again, with the reason. */
    @Transactional
    public ProfileStatus takeDown(long profileId, long seenVersion, String why) {
        ShowcaseProfile profile = lockedProfile(profileId, seenVersion);
        profile.takenDown(reason(why), clock.instant());
        showcase.forgetFiltersAfterCommit();
        mail.offForReview(profile);
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
        consents.withdrawnToStaff(profile, now, user.getUserId(), said);
        mail.withdrawnAtRequest(profile);
        photos.deleteAllBut(profile.getId(), null);
        links.deleteAll(profile.getId(), ShowcaseLinks.GUARDIAN);
        gone.leaving(profile, profile.wasPublished());
        profile.withdraw(now, ShowcaseProfile.Withdrawer.CENTRE);
        if (wasPublic) {
            showcase.forgetFiltersAfterCommit();
        }
        return profile.getStatus();
    }

    private List<Moderated> moderated(List<ShowcaseProfile> profiles) {
        user.require(Role.CSS_ADMIN, Role.RECRUITER);
        if (profiles.isEmpty()) {
            return List.of();
        }
        List<Long> ids = profiles.stream().map(ShowcaseProfile::getId).toList();
        Map<Long, List<String>> reports = em.createQuery("select r.profileId, r.reason from ShowcaseReport r"
                        + " where r.profileId in :ids order by r.reportedAt", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> (String) r[1],
                        Collectors.toList())));
        Map<Long, Object[]> titles = em.createQuery("select p.id, p.titleFr, p.titleEn from Program p"
                        + " where p.id in (select s.programId from ShowcaseProfile s where s.id in :ids)",
                        Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        Map<Long, Long> leads = apprentices.leadsFollowing(ids);
        Instant now = clock.instant();
        return profiles.stream().map(p -> {
            Object[] title = titles.getOrDefault(p.getProgramId(), new Object[] {null, "", ""});
            return new Moderated(p, (String) title[1], (String) title[2],
                    p.getWaitingSince() == null ? null : Duration.between(p.getWaitingSince(), now),
                    reports.getOrDefault(p.getId(), List.of()),
                    p.getPhotoKey() == null ? List.of() : photos.sizes(p.getPhotoKey()), leads.get(p.getId()));
        }).toList();
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
