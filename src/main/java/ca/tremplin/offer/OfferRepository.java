package ca.tremplin.offer;

import ca.tremplin.catalog.SearchText;
import ca.tremplin.kernel.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The back office's queries on offers: all tenant-filtered by Hibernate, so none of them names the tenant.
 * The text filter reads the derived search text, which is free of accents and case whatever the collation.
 */
@ApplicationScoped
public class OfferRepository {

    private static final String FILTERED = " where (:filter is null or o.searchText like :filter" + LikePattern.ESCAPE + ")"
            + " and (:status is null or o.status = :status)";

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    public Optional<Offer> find(long id) {
        return Optional.ofNullable(em.find(Offer.class, id));
    }

    /** True when another offer of this tenant already has the slug (same employer, same trade). */
    /**
     * The candidates hired through the offer's applications board. Native SQL: applications sit above offers in the
     * code (they are made to offers), and the offer's own rules need only this count. The offer was found through
     * the tenant filter first, so its id is the reader's centre's.
     */
    public int hiresRecorded(long offerId) {
        return ((Number) em.createNativeQuery("select count(*) from offer_application where offer_id = ?1"
                + " and status = 'HIRED'").setParameter(1, offerId).getSingleResult()).intValue();
    }

    public boolean slugTaken(String slug, Long exceptOfferId) {
        return em.createQuery("select count(o) from Offer o where o.slug = :slug"
                        + " and (:except is null or o.id <> :except)", Long.class)
                .setParameter("slug", slug).setParameter("except", exceptOfferId)
                .getSingleResult() > 0;
    }

    private static final java.util.Map<String, String> OFFER_COLUMNS = java.util.Map.of(
            "trade", "o.tradeFr", "tradeEn", "coalesce(o.tradeEn, o.tradeFr)", "employer", "o.employerName",
            "status", "o.status", "city", "o.city");

    public List<Offer> page(String filter, OfferStatus status, int first, int size,
                            ca.tremplin.kernel.TableSort sort) {
        return em.createQuery("select o from Offer o join fetch o.employerSector" + FILTERED
                        + sort.orderBy(OFFER_COLUMNS, "o.tradeFr", "o.employerName, o.id"), Offer.class)
                .setParameter("filter", likeSearchText(filter)).setParameter("status", status)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String filter, OfferStatus status) {
        return em.createQuery("select count(o) from Offer o" + FILTERED, Long.class)
                .setParameter("filter", likeSearchText(filter)).setParameter("status", status)
                .getSingleResult();
    }

    private static String likeSearchText(String typed) {
        return LikePattern.containing(SearchText.normalize(typed));
    }

    /**
     * Keeps the address an offer leaves so that links to it still lead to the offer (V39). Native SQL, which
     * Hibernate's tenant filter does not see: the tenant is the offer's own. The latest offer to leave an address
     * holds it; the address the offer now has is no longer a former one.
     */
    void recordFormerSlug(Offer offer, String formerSlug, java.time.Instant now) {
        em.createNativeQuery("insert into offer_former_slug (tenant_id, slug, offer_id, retired_at)"
                        + " values (?1, ?2, ?3, ?4) on duplicate key update offer_id = ?3, retired_at = ?4")
                .setParameter(1, offer.getTenantId()).setParameter(2, formerSlug).setParameter(3, offer.getId())
                .setParameter(4, java.sql.Timestamp.from(now)).executeUpdate();
        em.createNativeQuery("delete from offer_former_slug where tenant_id = ?1 and slug = ?2")
                .setParameter(1, offer.getTenantId()).setParameter(2, offer.getSlug()).executeUpdate();
    }

    /** Whether anyone applied to the offer, whatever became of it: native SQL, for the reason given above. */
    public boolean appliedTo(long offerId) {
        return ((Number) em.createNativeQuery("select count(*) from offer_application where offer_id = ?1")
                .setParameter(1, offerId).getSingleResult()).intValue() > 0;
    }

    void remove(Offer offer) {
        em.remove(offer);
    }

    /** The addresses the offer left when its employer or trade was corrected (they go with it). */
    @SuppressWarnings("unchecked")
    java.util.List<String> formerSlugs(Offer offer) {
        return em.createNativeQuery("select slug from offer_former_slug where tenant_id = ?1 and offer_id = ?2")
                .setParameter(1, offer.getTenantId()).setParameter(2, offer.getId()).getResultList();
    }

    /**
     * The offer's row held until the transaction ends, before its applications are counted for a deletion: an
     * application being written to it is waited for and then counted; one sent after finds the offer gone.
     */
    void lockForRemoval(Offer offer) {
        try {
            em.lock(offer, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        } catch (jakarta.persistence.OptimisticLockException changedMeanwhile) {
            // The row waited for was saved by a colleague meanwhile: its version no longer the one read.
            throw new ca.tremplin.kernel.BusinessRuleException("conflict.modifiedMeanwhile");
        }
    }

    void persist(Offer offer) {
        em.persist(offer);
    }

    /** The offer, its row held until the transaction ends (a current read, not the transaction's snapshot). */
    Optional<Offer> locked(long id) {
        return Optional.ofNullable(em.find(Offer.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    void flush() {
        em.flush();
    }
}
