package ca.tremplin.showcase;

import ca.tremplin.kernel.AfterCommit;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.tenant.Tenancy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The public showcase, across every centre on purpose (a visitor has none): approved profiles of active centres only,
 * read from the database at every request so that a withdrawn profile, or one taken off for reports, leaves every page
 * at once. Counts views and clicks per profile and day, as the campaigns count visits: counters only, nothing about the
 * visitor.
 */
@ApplicationScoped
public class PublicShowcase {

    static final int PAGE_SIZE = 12;
    static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;
    static final RateLimits.Limit REPORTS_PER_ADDRESS =
            RateLimits.Limit.fromEnvironment("showcase-report-address", "TREMPLIN_SHOWCASE_REPORTS_PER_HOUR", 10);
    /**
     * How many people's reports take a public profile off the showcase by themselves, within {@link #REPORT_WINDOW}
     * and since a moderator last answered its reports. Fewer leave it public, in its centre's queue: one visitor's word
     * must not take anyone's profile down, and a brake per address does not stop someone with a few addresses.
     */
    static final int REPORTERS_TO_TAKE_OFF = 3;
    static final Duration REPORT_WINDOW = Duration.ofDays(7);

    private static final String CARD = """
            select new ca.tremplin.showcase.ShowcaseCard(s.id, s.displayName, s.trade, s.workplace, s.testimony,
                s.languagesSpoken, s.photoKey, p.id, p.titleFr, p.titleEn, p.slugFr, p.slugEn, sec.code, sec.nameFr,
                sec.nameEn, t.region, t.slug, t.nameFr, t.nameEn, s.language,
                case when p.status = ca.tremplin.catalog.ProgramStatus.PUBLISHED then true else false end)
            from ShowcaseProfile s, Program p join p.sector sec, Tenant t
            where p.id = s.programId and t.id = s.tenantId and s.status = :approved and t.active = true""";

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    RateLimits rateLimits;

    @Inject
    ShowcaseMail mail;

    @Inject
    ShowcasePhotos photos;

    @Inject
    GoneProfiles gone;

    @Inject
    ShowcaseDecisions decisions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * How long this server keeps the gallery's filters before reading them again: they name trades, sectors and
     * regions, never a profile, so a withdrawn profile leaves every page at once all the same; a trade whose last
     * profile left stays a choice at most this long (and shows an empty page). An approval here refreshes them.
     */
    static final Duration FILTERS_FRESH = Duration.ofSeconds(30);

    private record CachedFilters(long readAtNanos, Map<String, List<Choice>> filters) {
    }

    private volatile CachedFilters cachedFilters;

    /** One page of the gallery, whether another follows, and each card's photo sizes. */
    public record Gallery(List<ShowcaseCard> cards, boolean more, Map<String, List<ShowcasePhotos.VariantSize>> sizes) {
    }

    /** What became of a report, which its sender is told: the profile is off the showcase, or waits for its centre. */
    public enum ReportOutcome { TAKEN_OFF, PENDING }

    /**
     * Who sends a report: a visitor, known only by their network address; or a member of staff signed in, whose report
     * takes a profile of their own centre off at once, as one of the coordinating organisation's does for any centre.
     * Another centre's staff weigh as one person each, as a visitor does.
     */
    public record Reporter(String address, Long staffId, Long staffCentreId, boolean coordination) {

        public static Reporter visitor(String address) {
            return new Reporter(address, null, null, false);
        }

        /** The person signed in ({@code user}, whose session exists: never asked of a visitor, who has none). */
        public static Reporter signedIn(ca.tremplin.security.SignedInUser user, String address) {
            return new Reporter(address, user.getUserId(), user.getTenantId(), user.isCoordination());
        }

        /** Whether their report alone takes a profile of this centre off the showcase. */
        boolean answersFor(long profileCentreId) {
            return staffId != null && (coordination || staffCentreId == profileCentreId);
        }

        /**
         * Who they are among the profile's reporters of the day, as the database keeps it: a keyed hash of the
         * profile, the day (Québec's) and their address or account, as the brakes keep their keys — one person counts
         * once a day, and no address is written, nor anything that follows a visitor from one profile or day to the
         * next.
         */
        String key(long profileId, LocalDate day) {
            return ca.tremplin.kernel.KeyedHashes.hash(hashed(profileId, day));
        }

        /** What a server from before V101 kept of them: the plain SHA-256 (see {@code reportAcrossTenants}). */
        String keyKeptBeforeV101(long profileId, LocalDate day) {
            return ca.tremplin.kernel.KeyedHashes.keptBeforeV101(hashed(profileId, day));
        }

        private String hashed(long profileId, LocalDate day) {
            return "showcase-report:" + profileId + ":" + day + ":"
                    + (staffId != null ? "account:" + staffId : "address:" + address);
        }
    }

    /** A filter's choice, with how it reads in each language. */
    public record Choice(String value, String labelFr, String labelEn) {
    }

    /**
     * One page of the gallery. The page's profiles are chosen by their ids in one native query, then read as cards.
     * Unfiltered or by trade, it reads approved profiles latest first from their index (V30) and stops at the page's
     * end ({@code STRAIGHT_JOIN}: left to itself, MariaDB starts from the few centres and sorts every approved
     * profile). By sector or region, the matching profiles are few and scattered along that order (one sector in one
     * region: rare among them), so it starts from the sector's programs or the region's centres instead, finds
     * their approved profiles by program (V28's index) and sorts only those.
     */
    public Gallery galleryAcrossTenants(GalleryQuery query) {
        return tenancy.acrossAllTenants(() -> {
            String sectorOrRegion = query.sectorCode() != null
                    ? "program p join tenant t on t.id = p.tenant_id"        // the sector's programs (by its index)
                    : "tenant t join program p on p.tenant_id = t.id";       // the region's centres, their programs
            StringBuilder sql = new StringBuilder(query.sectorCode() != null || query.region() != null
                    ? "select straight_join s.id from " + sectorOrRegion + " join showcase_profile s"
                            + " force index (ix_showcase_profile_public) on s.status = ?1 and s.program_id = p.id"
                            + " and s.tenant_id = t.id where t.active"
                    : """
                    select straight_join s.id from showcase_profile s join program p on p.id = s.program_id
                    join tenant t on t.id = s.tenant_id where s.status = ?1 and t.active""");
            List<Object> parameters = new ArrayList<>(List.of(ProfileStatus.APPROVED.name()));
            if (query.tradeCode() != null) {
                parameters.add(query.tradeCode());
                sql.append(" and p.code = ?").append(parameters.size());
            }
            if (query.sectorCode() != null) {
                parameters.add(query.sectorCode());
                sql.append(" and p.sector_code = ?").append(parameters.size());
            }
            if (query.region() != null) {
                parameters.add(query.region().name());
                sql.append(" and t.region = ?").append(parameters.size());
            }
            jakarta.persistence.Query page = em.createNativeQuery(sql.append(
                            " order by s.moderated_at desc, s.id desc").toString())
                    .setFirstResult((Math.max(1, query.page()) - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1);
            for (int i = 0; i < parameters.size(); i++) {
                page.setParameter(i + 1, parameters.get(i));
            }
            List<Long> ids = ((List<?>) page.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
            boolean more = ids.size() > PAGE_SIZE;
            List<ShowcaseCard> cards = cardsInOrder(more ? ids.subList(0, PAGE_SIZE) : ids);
            return new Gallery(cards, more, sizesOf(cards));
        });
    }

    private List<ShowcaseCard> cardsInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ShowcaseCard> byId = new java.util.HashMap<>();
        em.createQuery(CARD + " and s.id in :ids", ShowcaseCard.class).setParameter("approved", ProfileStatus.APPROVED)
                .setParameter("ids", ids).getResultStream().forEach(card -> byId.put(card.id(), card));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The trades, sectors and regions that have public profiles, for the gallery's filters. The database reads the
     * distinct programs of approved profiles from an index (one row per program, however many profiles), and only
     * those programs are joined to their sector and centre ({@code STRAIGHT_JOIN}: left to itself, MariaDB starts
     * from the sectors and reads every program); a profile's program is always one of its own centre's. Programs of
     * one ministry code are one trade, named by the title most centres give it (ties: the first in French order).
     */
    public Map<String, List<Choice>> filtersAcrossTenants() {
        CachedFilters cached = cachedFilters;
        long now = System.nanoTime();
        if (cached != null && now - cached.readAtNanos() < FILTERS_FRESH.toNanos()) {
            return cached.filters();
        }
        Map<String, List<Choice>> filters = Collections.unmodifiableMap(readFilters());
        cachedFilters = new CachedFilters(now, filters);
        return filters;
    }

    /**
     * A trade (a program's ministry code) as the catalogue names it, for a filter the gallery's address chose when no
     * public profile has that trade any more: the title of a published program of that code, else the code.
     */
    public String tradeTitleAcrossTenants(String code, Locale language) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select p.titleFr, p.titleEn from Program p"
                        + " where p.code = :code and p.status = ca.tremplin.catalog.ProgramStatus.PUBLISHED"
                        + " order by p.id", Object[].class).setParameter("code", code).setMaxResults(1)
                .getResultStream().findFirst()
                .map(titles -> ca.tremplin.kernel.Languages.isEnglish(language) && titles[1] != null
                        ? (String) titles[1] : (String) titles[0])
                .orElse(code));
    }

    /**
     * Profiles deleted by an erasure (a lead's or an apprentice's, on request or by retention): the filters are read
     * again once that transaction commits, so that a trade whose last profile went is no longer offered.
     */
    void profilesErased(@jakarta.enterprise.event.Observes ca.tremplin.person.ShowcaseProfilesErased erased) {
        forgetFiltersAfterCommit();
    }

    /**
     * A profile joined or left the showcase on this server (approved, taken down, reported, edited by its owner,
     * withdrawn): the gallery reads its filters again once that change is committed.
     */
    void forgetFiltersAfterCommit() {
        AfterCommit.run(transactions, () -> cachedFilters = null);
    }

    private Map<String, List<Choice>> readFilters() {
        return tenancy.acrossAllTenants(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select straight_join p.code, p.title_fr, p.title_en, sec.code, sec.name_fr, sec.name_en, t.region
                    from (select distinct program_id from showcase_profile where status = ?1) s
                    join program p on p.id = s.program_id join training_sector sec on sec.code = p.sector_code
                    join tenant t on t.id = p.tenant_id
                    where t.active""").setParameter(1, ProfileStatus.APPROVED.name())
                    .getResultList();
            Map<String, Choice> sectors = new LinkedHashMap<>();
            SortedSet<QuebecRegion> regions = new TreeSet<>();
            Map<String, Map<Choice, Integer>> titlesByTrade = new LinkedHashMap<>();
            for (Object[] row : rows) {
                titlesByTrade.computeIfAbsent((String) row[0], code -> new LinkedHashMap<>())
                        .merge(new Choice((String) row[0], (String) row[1], (String) row[2]), 1, Integer::sum);
                sectors.putIfAbsent((String) row[3], new Choice((String) row[3], (String) row[4], (String) row[5]));
                regions.add(QuebecRegion.valueOf((String) row[6]));
            }
            Map<String, List<Choice>> filters = new LinkedHashMap<>();
            Collator french = Collator.getInstance(Locale.CANADA_FRENCH);
            filters.put("trade", titlesByTrade.values().stream().map(titles -> titles.entrySet().stream()
                            .max(Map.Entry.<Choice, Integer>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey(
                                            Comparator.comparing(Choice::labelFr, french).reversed())))
                            .orElseThrow().getKey())
                    .sorted(Comparator.comparing(Choice::labelFr, french)).toList());
            filters.put("sector", sectors.values().stream().sorted(Comparator.comparing(Choice::labelFr, french))
                    .toList());
            filters.put("region", regions.stream().map(region -> new Choice(region.name(), null, null)).toList());
            return filters;
        });
    }

    /**
     * A public profile, counted as viewed; one that left the showcase for good is gone (410), an unknown or unpublished
     * one is not found.
     */
    public ShowcaseCard profileAcrossTenants(long id, boolean countView) {
        return tenancy.acrossAllTenants(() -> {
            ShowcaseCard card = em.createQuery(CARD + " and s.id = :id", ShowcaseCard.class)
                    .setParameter("approved", ProfileStatus.APPROVED).setParameter("id", id)
                    .getResultStream().findFirst().orElseThrow(() -> gone.notPublic(id));
            if (countView) {
                count(id, "views");
            }
            return card;
        });
    }

    public List<ShowcasePhotos.VariantSize> photoSizesAcrossTenants(String key) {
        return key == null ? List.of() : tenancy.acrossAllTenants(() -> photos.sizes(key));
    }

    /** Counts a click from the profile and returns the profile, so that the caller can send the visitor on. */
    public ShowcaseCard clickAcrossTenants(long id, ClickTarget target) {
        return tenancy.acrossAllTenants(() -> {
            ShowcaseCard card = profileAcrossTenants(id, false);
            count(id, target.column);
            return card;
        });
    }

    /** A visitor's report, sent from {@code ipAddress}: see {@link #reportAcrossTenants(long, String, Reporter)}. */
    public ReportOutcome reportAcrossTenants(long id, String reason, String ipAddress) {
        return reportAcrossTenants(id, reason, Reporter.visitor(ipAddress));
    }

    /**
     * A report of a public profile always reaches its centre's moderators, with the reason. It takes the profile off
     * the showcase at once when it comes from the centre's staff or the coordinating organisation, or when
     * {@value #REPORTERS_TO_TAKE_OFF} people (each counted once a day) reported it within {@link #REPORT_WINDOW}
     * since a moderator last answered its reports; otherwise the profile stays public and waits in the centre's queue
     * for a moderator to take it down or keep it online.
     */
    public ReportOutcome reportAcrossTenants(long id, String reason, Reporter reporter) {
        String why = ShowcaseModeration.reason(reason, "showcase.report.reasonRequired");
        rateLimits.acquire(REPORTS_PER_ADDRESS, reporter.address());
        return tenancy.acrossAllTenants(() -> {
            // Locked: reports sent at the same moment are counted one after the other.
            ShowcaseProfile profile = em.find(ShowcaseProfile.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (profile == null || !profile.isPublic()) {
                throw new NotFoundException("showcase profile");
            }
            java.time.Instant now = clock.instant();
            LocalDate day = LocalDate.ofInstant(now, QUEBEC);
            String key = reporter.key(id, day);
            // Their report of the day through a server from before V101, still running during a rolling upgrade,
            // names them by the plain SHA-256: rekeyed now, they count once, and that form is not kept.
            em.createNativeQuery("update showcase_report set reporter_key = ?1, keyed_hash = true"
                            + " where profile_id = ?2 and reporter_key = ?3 and keyed_hash = false")
                    .setParameter(1, key).setParameter(2, id).setParameter(3, reporter.keyKeptBeforeV101(id, day))
                    .executeUpdate();
            ShowcaseReport report = new ShowcaseReport(profile.getTenantId(), id, why, now, key, reporter.staffId());
            em.persist(report);
            em.flush();
            boolean answered = reporter.answersFor(profile.getTenantId());
            profile.reportPending(now, report.getId());
            if (!answered && reportersSince(profile, now) < REPORTERS_TO_TAKE_OFF) {
                return ReportOutcome.PENDING;
            }
            profile.reported(why, now);
            if (answered) {
                decisions.byStaff(profile, ShowcaseDecision.Kind.REPORTED, ProfileStatus.APPROVED, why,
                        reporter.staffId(), now);
            } else {
                decisions.byOthers(profile, ShowcaseDecision.Kind.REPORTED, ProfileStatus.APPROVED, why, now);
            }
            // Off the showcase: a trade whose last public profile this was is no filter any more.
            forgetFiltersAfterCommit();
            mail.offForReview(profile);
            return ReportOutcome.TAKEN_OFF;
        });
    }

    /**
     * How many people reported the profile since its first report no moderator answered, within the window: each
     * person once a day, whatever they sent (the reports written before V89 name no one and count for nobody).
     */
    private long reportersSince(ShowcaseProfile profile, java.time.Instant now) {
        // By the reports' numbers: the first one no moderator answered and those after it. Their times, which the
        // database keeps to the second, only bound the window (a second early at most).
        java.time.Instant windowStart = now.minus(REPORT_WINDOW).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return em.createQuery("select count(distinct r.reporterKey) from ShowcaseReport r"
                        + " where r.profileId = :profile and r.id >= :first and r.reportedAt >= :windowStart",
                        Long.class)
                .setParameter("profile", profile.getId()).setParameter("first", profile.getReportsPendingFrom())
                .setParameter("windowStart", windowStart).getSingleResult();
    }

    /** The column is one of a fixed few, never from the request. */
    private void count(long profileId, String column) {
        em.createNativeQuery("insert into showcase_daily_count (profile_id, count_day, " + column + ")"
                        + " values (?1, ?2, 1) on duplicate key update " + column + " = " + column + " + 1")
                .setParameter(1, profileId).setParameter(2, LocalDate.ofInstant(clock.instant(), QUEBEC))
                .executeUpdate();
    }

    private Map<String, List<ShowcasePhotos.VariantSize>> sizesOf(List<ShowcaseCard> cards) {
        return photos.sizes(cards.stream().map(ShowcaseCard::photoKey).filter(java.util.Objects::nonNull).toList());
    }
}
