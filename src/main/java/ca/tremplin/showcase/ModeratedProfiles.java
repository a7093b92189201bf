package ca.tremplin.showcase;

import ca.tremplin.kernel.LikePattern;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the moderation page lists, a page at a time, tenant-filtered: the queue, oldest wait first, and every profile of
 * the centre, whatever its status and however old, both narrowed by a part of a name or an address and by a status — so
 * that any profile can be answered, taken down, withdrawn at its apprentice's request or erased. Each page of profiles comes with what
 * its rows show (program, reports, photo sizes, audience, the lead that follows its apprentice, its trail) in a fixed
 * handful of queries, whatever the page's size.
 */
@ApplicationScoped
public class ModeratedProfiles {

    /** The most characters of a search: a name or an address, no more. */
    static final int SEARCH_MAX = 100;

    @Inject
    SignedInUser user;

    @Inject
    Clock clock;

    @Inject
    ShowcasePhotos photos;

    @Inject
    ShowcaseDecisions decisions;

    @Inject
    ca.tremplin.person.ApprenticeErasure apprentices;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** A profile's views and clicks (to its program, its trade's offers, the information form), all days summed. */
    public record Audience(long views, long programClicks, long offerClicks, long requestClicks)
            implements Serializable {

        static final Audience NONE = new Audience(0, 0, 0, 0);
    }

    /**
     * One profile as the page shows it: the profile, its program's title, the wait, the reports, its photo's sizes, the
     * lead of the centre that follows its apprentice (null: known only by the profile), whose page erases them, its
     * audience, and its trail, newest first. Kept by the page as it was shown (hence serializable).
     */
    public record Moderated(ShowcaseProfile profile, String programFr, String programEn, Duration waiting,
                            List<String> reports, List<ShowcasePhotos.VariantSize> photoSizes, Long followedAsLead,
                            Audience audience, List<ShowcaseDecisions.Line> decisions) implements Serializable {
    }

    /**
     * What staff look for among the centre's profiles: a part of a name or an address as typed (blank: any), a status
     * (null: any).
     */
    public record Search(String text, ProfileStatus status) implements Serializable {

        public static final Search ALL = new Search(null, null);

        /**
         * Whether profiles of the queue are among those it finds: waiting for a moderator, or public with reports no
         * moderator answered yet.
         */
        boolean findsWaiting() {
            return status == null || status == ProfileStatus.AWAITING_MODERATION || status == ProfileStatus.APPROVED;
        }

        /** Whether it narrows the lists: something typed, or a status chosen. */
        public boolean narrows() {
            return pattern() != null || status != null;
        }

        /** The text as a {@code like} pattern, or null for any: a search longer than a name or an address is cut. */
        String pattern() {
            return text == null ? null : LikePattern.containing(text.length() > SEARCH_MAX
                    ? text.substring(0, SEARCH_MAX) : text);
        }
    }

    /** What the queue holds: the profiles waiting for a moderator, and the public ones with reports to answer. */
    private static final String IN_QUEUE = " and (p.status = ca.tremplin.showcase.ProfileStatus.AWAITING_MODERATION"
            + " or (p.status = ca.tremplin.showcase.ProfileStatus.APPROVED and p.reportsPendingSince is not null))";

    /** How many profiles of the queue the search finds. */
    @Transactional
    public long queueSize(Search search) {
        requireStaff();
        return search.findsWaiting() ? matchingQuery("select count(p)", IN_QUEUE, search, Long.class)
                .getSingleResult() : 0;
    }

    /**
     * A page of the queue: the profiles the search finds waiting for a moderator, or public with reports to answer,
     * the longest wait first (a reported one's since its first report).
     */
    @Transactional
    public List<Moderated> queue(Search search, int first, int size) {
        requireStaff();
        return search.findsWaiting() ? moderated(matchingQuery("select p", IN_QUEUE
                        + " order by coalesce(p.waitingSince, p.reportsPendingSince), p.id", search,
                ShowcaseProfile.class).setFirstResult(first).setMaxResults(size).getResultList()) : List.of();
    }

    /** How many of the centre's profiles the search finds. */
    @Transactional
    public long count(Search search) {
        requireStaff();
        return matchingQuery("select count(p)", "", search, Long.class).getSingleResult();
    }

    /**
     * A page of the centre's profiles the search finds: the latest posted first, then the withdrawn ones, the latest
     * withdrawn first (a line each, erased of what the person said and showed: when, and by whom), so that many
     * withdrawals never push the published profiles to later pages.
     */
    @Transactional
    public List<Moderated> matching(Search search, int first, int size) {
        requireStaff();
        return moderated(matchingQuery("select p", " order by case when p.status = :withdrawn then 1 else 0 end,"
                + " coalesce(p.withdrawnAt, p.submittedAt) desc, p.id desc", search, ShowcaseProfile.class)
                .setParameter("withdrawn", ProfileStatus.WITHDRAWN)
                .setFirstResult(first).setMaxResults(size).getResultList());
    }

    /**
     * A name as shown, or an address (kept lower-cased): a withdrawn profile, which has neither, is found by status.
     * {@code rest}: the query's further conditions and its order.
     */
    private <T> TypedQuery<T> matchingQuery(String select, String rest, Search search, Class<T> type) {
        return em.createQuery(select + " from ShowcaseProfile p where (:text is null"
                        + " or lower(p.displayName) like :text" + LikePattern.ESCAPE
                        + " or p.emailNormalized like :text" + LikePattern.ESCAPE + ")"
                        + " and (:status is null or p.status = :status)" + rest, type)
                .setParameter("text", search.pattern()).setParameter("status", search.status());
    }

    private List<Moderated> moderated(List<ShowcaseProfile> profiles) {
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
        Map<String, List<ShowcasePhotos.VariantSize>> sizes = photos.sizes(profiles.stream()
                .map(ShowcaseProfile::getPhotoKey).filter(java.util.Objects::nonNull).toList());
        Map<Long, Audience> audiences = audiences(ids);
        Map<Long, List<ShowcaseDecisions.Line>> trails = decisions.of(ids);
        Instant now = clock.instant();
        return profiles.stream().map(p -> {
            Object[] title = titles.getOrDefault(p.getProgramId(), new Object[] {null, "", ""});
            Instant waitingSince = p.getWaitingSince() != null ? p.getWaitingSince() : p.getReportsPendingSince();
            return new Moderated(p, (String) title[1], (String) title[2],
                    waitingSince == null ? null : Duration.between(waitingSince, now),
                    List.copyOf(reports.getOrDefault(p.getId(), List.of())),
                    p.getPhotoKey() == null ? List.of() : List.copyOf(sizes.getOrDefault(p.getPhotoKey(), List.of())),
                    leads.get(p.getId()), audiences.getOrDefault(p.getId(), Audience.NONE),
                    List.copyOf(trails.getOrDefault(p.getId(), List.of())));
        }).toList();
    }

    /** The views and clicks of these profiles, summed over the days, from the daily counters. */
    @SuppressWarnings("unchecked")
    private Map<Long, Audience> audiences(List<Long> ids) {
        Map<Long, Audience> audiences = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select c.profile_id, sum(c.views),"
                        + " sum(c.program_clicks), sum(c.offer_clicks), sum(c.request_clicks)"
                        + " from showcase_daily_count c join showcase_profile p on p.id = c.profile_id"
                        + " where p.tenant_id = ?1 and c.profile_id in (?2) group by c.profile_id")
                .setParameter(1, user.getTenantId()).setParameter(2, ids).getResultList()) {
            audiences.put(((Number) row[0]).longValue(), new Audience(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue()));
        }
        return audiences;
    }

    private void requireStaff() {
        user.require(Role.CSS_ADMIN, Role.RECRUITER);
    }
}
