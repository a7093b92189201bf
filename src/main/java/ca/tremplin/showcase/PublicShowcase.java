package ca.tremplin.showcase;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public showcase, across every centre on purpose (a visitor has none): approved profiles of active centres only,
 * read from the database at every request so that a withdrawn or reported profile leaves every page at once. Counts
 * views and clicks per profile and day, as the campaigns count visits: counters only, nothing about the visitor.
 */
@ApplicationScoped
public class PublicShowcase {

    static final int PAGE_SIZE = 12;
    static final ZoneId QUEBEC = ZoneId.of("America/Montreal");
    static final RateLimits.Limit REPORTS_PER_ADDRESS =
            RateLimits.Limit.fromEnvironment("showcase-report-address", "TREMPLIN_SHOWCASE_REPORTS_PER_HOUR", 10);

    private static final String CARD = """
            select new ca.tremplin.showcase.ShowcaseCard(s.id, s.displayName, s.trade, s.workplace, s.testimony,
                s.languagesSpoken, s.photoKey, p.id, p.titleFr, p.titleEn, p.slugFr, p.slugEn, sec.code, sec.nameFr,
                sec.nameEn, t.region, t.slug, t.nameFr, t.nameEn)
            from ShowcaseProfile s, Program p join p.sector sec, Tenant t
            where p.id = s.programId and t.id = s.tenantId and s.status = :approved and t.active = true""";

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    RateLimits rateLimits;

    @Inject
    ShowcasePhotos photos;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** One page of the gallery, whether another follows, and each card's photo sizes. */
    public record Gallery(List<ShowcaseCard> cards, boolean more, Map<String, List<ShowcasePhotos.VariantSize>> sizes) {
    }

    /** A filter's choice, with how it reads in each language. */
    public record Choice(String value, String labelFr, String labelEn) {
    }

    public Gallery galleryAcrossTenants(GalleryQuery query) {
        return tenancy.acrossAllTenants(() -> {
            List<ShowcaseCard> found = em.createQuery(CARD + """
                             and (:program is null or p.id = :program) and (:sector is null or sec.code = :sector)
                             and (:region is null or t.region = :region)
                            order by s.moderatedAt desc, s.id desc""", ShowcaseCard.class)
                    .setParameter("approved", ProfileStatus.APPROVED).setParameter("program", query.programId())
                    .setParameter("sector", query.sectorCode()).setParameter("region", query.region())
                    .setFirstResult((Math.max(1, query.page()) - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1)
                    .getResultList();
            boolean more = found.size() > PAGE_SIZE;
            List<ShowcaseCard> cards = more ? found.subList(0, PAGE_SIZE) : found;
            return new Gallery(List.copyOf(cards), more, sizesOf(cards));
        });
    }

    /** The programs, sectors and regions that have public profiles, for the gallery's filters. */
    public Map<String, List<Choice>> filtersAcrossTenants() {
        return tenancy.acrossAllTenants(() -> {
            Map<String, List<Choice>> filters = new LinkedHashMap<>();
            List<Choice> programs = new ArrayList<>();
            List<Choice> sectors = new ArrayList<>();
            List<Choice> regions = new ArrayList<>();
            for (ShowcaseCard card : em.createQuery(CARD, ShowcaseCard.class)
                    .setParameter("approved", ProfileStatus.APPROVED).setMaxResults(2000).getResultList()) {
                add(programs, new Choice(String.valueOf(card.programId()), card.programFr(), card.programEn()));
                add(sectors, new Choice(card.sectorCode(), card.sectorFr(), card.sectorEn()));
                add(regions, new Choice(card.region().name(), null, null));
            }
            programs.sort(java.util.Comparator.comparing(Choice::labelFr));
            sectors.sort(java.util.Comparator.comparing(Choice::labelFr));
            filters.put("program", programs);
            filters.put("sector", sectors);
            filters.put("region", regions);
            return filters;
        });
    }

    /** A public profile, counted as viewed; an unknown or unpublished one is not found. */
    public ShowcaseCard profileAcrossTenants(long id, boolean countView) {
        return tenancy.acrossAllTenants(() -> {
            ShowcaseCard card = em.createQuery(CARD + " and s.id = :id", ShowcaseCard.class)
                    .setParameter("approved", ProfileStatus.APPROVED).setParameter("id", id)
                    .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("showcase profile"));
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

    /** A visitor's report takes the profile off the showcase and back to its centre's moderators, with the reason. */
    public void reportAcrossTenants(long id, String reason, String ipAddress) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessRuleException("showcase.report.reasonRequired");
        }
        if (why.length() > ShowcaseModeration.REASON_MAX) {
            throw new BusinessRuleException("showcase.error.tooLong");
        }
        rateLimits.acquire(REPORTS_PER_ADDRESS, ipAddress);
        tenancy.acrossAllTenants(() -> {
            ShowcaseProfile profile = em.find(ShowcaseProfile.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (profile == null || !profile.isPublic()) {
                throw new NotFoundException("showcase profile");
            }
            em.persist(new ShowcaseReport(profile.getTenantId(), id, why, clock.instant()));
            profile.reported(why, clock.instant());
            return null;
        });
    }

    /** The column is one of a fixed few, never from the request. */
    private void count(long profileId, String column) {
        em.createNativeQuery("insert into showcase_daily_count (profile_id, count_day, " + column + ")"
                        + " values (?1, ?2, 1) on duplicate key update " + column + " = " + column + " + 1")
                .setParameter(1, profileId).setParameter(2, LocalDate.ofInstant(clock.instant(), QUEBEC))
                .executeUpdate();
    }

    private Map<String, List<ShowcasePhotos.VariantSize>> sizesOf(List<ShowcaseCard> cards) {
        Map<String, List<ShowcasePhotos.VariantSize>> sizes = new LinkedHashMap<>();
        List<String> keys = cards.stream().map(ShowcaseCard::photoKey).filter(java.util.Objects::nonNull).toList();
        if (keys.isEmpty()) {
            return sizes;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select photo_key, width, height from showcase_photo"
                + " where photo_key in (?1) order by width desc").setParameter(1, keys).getResultList();
        for (Object[] row : rows) {
            sizes.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(new ShowcasePhotos.VariantSize(
                    ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return sizes;
    }

    private static void add(List<Choice> choices, Choice choice) {
        if (!choices.contains(choice)) {
            choices.add(choice);
        }
    }
}
