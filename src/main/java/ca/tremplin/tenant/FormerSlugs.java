package ca.tremplin.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The address names a centre left when the coordinating organisation renamed it ({@code tenant_former_slug}, V86), so
 * that every address of its public pages shared before — a mail, a flyer, a QR code, a search result — leads to the
 * same page under its name of today for good, rather than "not found".
 *
 * <p>A name belongs to one centre at a time: the centre that holds it now always wins, and one that left it keeps it
 * only while no centre holds it. A centre renamed twice keeps both names it left; one renamed back to a name it left
 * holds it again.
 */
@ApplicationScoped
public class FormerSlugs {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TenantRepository tenants;

    @Inject
    jakarta.enterprise.event.Event<TenantRenamed> renames;

    /**
     * The name of today of the centre that left {@code formerSlug}, when no centre holds that name now; empty for a
     * name no centre ever left, or one another centre has taken since (its addresses are that centre's).
     */
    @Transactional
    public Optional<String> currentSlug(String formerSlug) {
        if (formerSlug == null) {
            return Optional.empty();
        }
        List<?> current = em.createNativeQuery("select t.slug from tenant_former_slug f"
                        + " join tenant t on t.id = f.tenant_id where f.slug = ?1"
                        + " and not exists (select 1 from tenant held where held.slug = ?1)")
                .setParameter(1, formerSlug).getResultList();
        return current.stream().map(String.class::cast).findFirst();
    }

    /**
     * The centre a name leads to today: the centre that holds it, else the one that left it last when no centre holds
     * it (a link, a partner's integration or a request recorded before the rename); empty for a name no centre ever
     * had.
     */
    @Transactional
    public Optional<Tenant> centreNamed(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return tenants.findBySlug(slug).or(() -> currentSlug(slug).flatMap(tenants::findBySlug));
    }

    /**
     * Records, in the rename's transaction, that the centre left {@code former} for {@code current}: the one that left
     * a name last keeps it, and the name it takes is no other centre's former one any more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void renamed(long tenantId, String former, String current) {
        taken(current);
        em.createNativeQuery("insert into tenant_former_slug (slug, tenant_id, retired_at) values (?1, ?2, ?3)"
                        + " on duplicate key update tenant_id = ?2, retired_at = ?3")
                .setParameter(1, former).setParameter(2, tenantId)
                .setParameter(3, java.sql.Timestamp.from(clock.instant())).executeUpdate();
        // What names the centre by its name elsewhere (the requests that chose it) follows it, in this transaction.
        renames.fire(new TenantRenamed(tenantId, former, current));
    }

    /** A name a centre comes to hold (created with it, or renamed to it) leads to no other centre any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    void taken(String slug) {
        em.createNativeQuery("delete from tenant_former_slug where slug = ?1").setParameter(1, slug).executeUpdate();
    }
}
