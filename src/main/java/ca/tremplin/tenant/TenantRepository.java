package ca.tremplin.tenant;

import ca.tremplin.kernel.LikePattern;
import ca.tremplin.kernel.TableSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries on the tenant directory. The directory is not tenant-owned; callers decide who may read what
 * (the platform admin reads all, a CSS reads only itself through {@link #findById}).
 */
@ApplicationScoped
public class TenantRepository {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    public Optional<Tenant> findById(long id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    public Optional<Tenant> findBySlug(String slug) {
        return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Optional<Tenant> findCoordination() {
        return em.createQuery("select t from Tenant t where t.kind = :kind order by t.id", Tenant.class)
                .setParameter("kind", TenantKind.COORDINATION)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "t.nameFr", "slug", "t.slug", "region", "t.region", "status", "t.active");

    /**
     * One page of the directory, filtered by a name or slug fragment; by default the coordinating organisation
     * first, then by French name.
     */
    public List<Tenant> page(String nameFilter, int first, int pageSize, TableSort sort) {
        String orderBy = sort.field() == null ? " order by t.kind desc, t.nameFr, t.id"
                : sort.orderBy(SORTABLE, "t.nameFr", "t.id");
        return em.createQuery("""
                        select t from Tenant t
                        where :filter is null or lower(t.nameFr) like :filter escape '!'
                              or lower(t.nameEn) like :filter escape '!' or t.slug like :filter escape '!'
                        """ + orderBy, Tenant.class)
                .setParameter("filter", LikePattern.containing(nameFilter))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(String nameFilter) {
        return em.createQuery("""
                        select count(t) from Tenant t
                        where :filter is null or lower(t.nameFr) like :filter escape '!'
                              or lower(t.nameEn) like :filter escape '!' or t.slug like :filter escape '!'
                        """, Long.class)
                .setParameter("filter", LikePattern.containing(nameFilter))
                .getSingleResult();
    }

    public List<Tenant> activeSchoolBoards() {
        return em.createQuery("select t from Tenant t where t.active = true and t.kind = :kind order by t.nameFr",
                        Tenant.class)
                .setParameter("kind", TenantKind.SCHOOL_BOARD)
                .getResultList();
    }

    public long countAll() {
        return em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
    }

    public Optional<byte[]> logo(long tenantId) {
        return em.createQuery("select l.imagePng from TenantLogo l where l.tenantId = :id", byte[].class)
                .setParameter("id", tenantId)
                .getResultStream().findFirst();
    }
}
