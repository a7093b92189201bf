package ca.tremplin.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * The public pages that existed and were deleted for good — a program or an offer deleted while public, a showcase
 * profile withdrawn, refused or erased after it was public —, by the part of their address that named them
 * ({@code gone_public_page}, V76): their addresses answer 410 and the "no longer available" page
 * ({@link GoneException}), where an address that never named anything answers 404. Only the key of the address is kept
 * (a slug, a profile's number), never what the page said, nor who it was about.
 *
 * <p>A page still there is always found first: a key recorded here and used again (a new program given the same title)
 * leads to the new page.
 */
@ApplicationScoped
public class GonePages {

    /** What the address named. */
    public enum Kind { PROGRAM, OFFER, SHOWCASE_PROFILE }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    /**
     * Records that the pages the keys named (a slug in each language, a profile's number) are gone, in the transaction
     * that deletes or withdraws them: a deletion rolled back leaves no record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Kind kind, long tenantId, Collection<String> keys) {
        for (String key : new java.util.TreeSet<>(keys)) {
            em.createNativeQuery("insert into gone_public_page (kind, tenant_id, page_key, gone_at)"
                            + " values (?1, ?2, ?3, ?4) on duplicate key update gone_at = ?4")
                    .setParameter(1, kind.name()).setParameter(2, tenantId).setParameter(3, key)
                    .setParameter(4, java.sql.Timestamp.from(clock.instant())).executeUpdate();
        }
    }

    /** A page public again (a profile approved after a refusal): its address is no longer gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Kind kind, long tenantId, String key) {
        em.createNativeQuery("delete from gone_public_page where kind = ?1 and tenant_id = ?2 and page_key = ?3")
                .setParameter(1, kind.name()).setParameter(2, tenantId).setParameter(3, key).executeUpdate();
    }

    /**
     * Whether one of the keys named a page of the centre whose address begins with {@code tenantSlug}, since gone; a
     * centre the coordinating organisation closed since included, every page of which is gone (410).
     */
    @Transactional
    public boolean isGone(Kind kind, String tenantSlug, Collection<String> keys) {
        if (tenantSlug == null || keys.isEmpty()) {
            return false;
        }
        return !em.createNativeQuery("select 1 from gone_public_page g join tenant t on t.id = g.tenant_id"
                        + " where g.kind = :kind and g.page_key in (:keys) and t.slug = :tenant")
                .setParameter("kind", kind.name()).setParameter("keys", keys).setParameter("tenant", tenantSlug)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether the key, unique across centres (a profile's number), named a page since gone. */
    @Transactional
    public boolean isGone(Kind kind, String key) {
        return !em.createNativeQuery("select 1 from gone_public_page g"
                        + " where g.kind = ?1 and g.page_key = ?2")
                .setParameter(1, kind.name()).setParameter(2, key).setMaxResults(1).getResultList().isEmpty();
    }
}
