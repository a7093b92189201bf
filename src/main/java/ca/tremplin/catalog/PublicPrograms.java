package ca.tremplin.catalog;

import ca.tremplin.kernel.GonePages;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Program pages of the public site. A visitor is in no tenant, so reading a program crosses tenants on
 * purpose; only published programs of active school service centres are ever returned.
 */
@ApplicationScoped
public class PublicPrograms {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    TenantRepository tenants;

    @Inject
    CatalogRepository catalog;

    @Inject
    GonePages gonePages;

    @Inject
    Clock clock;

    /** The photo of a published program of an active school service centre, for the public photo address. */
    public Optional<byte[]> publishedPhotoAcrossAllTenants(long programId) {
        return tenancy.acrossAllTenants(() -> em.createQuery(
                        "select ph.imageJpeg from ProgramPhoto ph, Program p, Tenant t"
                        + " where ph.programId = :id and p.id = ph.programId and t.id = p.tenantId"
                        + " and p.status = :published and t.active = true", byte[].class)
                .setParameter("id", programId)
                .setParameter("published", ProgramStatus.PUBLISHED)
                .getResultStream().findFirst());
    }

    /** A school service centre's public page: its centres and published programs. */
    public record SchoolBoardCatalogue(ca.tremplin.tenant.Tenant tenant, java.util.List<Centre> centres,
                                       java.util.List<Program> programs) {
    }

    public Optional<SchoolBoardCatalogue> schoolBoardAcrossAllTenants(String tenantSlug) {
        return tenancy.acrossAllTenants(() -> tenants.findBySlug(tenantSlug)
                .filter(tenant -> tenant.isActive() && !tenant.isCoordination())
                .map(tenant -> new SchoolBoardCatalogue(tenant,
                        em.createQuery("select c from Centre c where c.tenantId = :tenant order by c.name", Centre.class)
                                .setParameter("tenant", tenant.getId()).getResultList(),
                        em.createQuery("select p from Program p join fetch p.sector where p.tenantId = :tenant"
                                        + " and p.status = :published order by p.titleFr", Program.class)
                                .setParameter("tenant", tenant.getId())
                                .setParameter("published", ProgramStatus.PUBLISHED).getResultList())));
    }

    /** The program at /{language}/programmes/{tenantSlug}/{slug}; either language's slug is accepted. */
    public Optional<PublicProgram> findPublishedAcrossAllTenants(String tenantSlug, String slug) {
        LocalDate today = LocalDate.now(clock.withZone(PublicCatalog.QUEBEC));
        return tenancy.acrossAllTenants(() -> tenants.findBySlug(tenantSlug)
                .filter(tenant -> tenant.isActive() && !tenant.isCoordination())
                .flatMap(tenant -> em.createQuery("""
                                select distinct p from Program p join fetch p.sector left join fetch p.centres
                                where p.tenantId = :tenant and p.status = :published
                                  and (p.slugFr = :slug or p.slugEn = :slug)""", Program.class)
                        .setParameter("tenant", tenant.getId())
                        .setParameter("published", ProgramStatus.PUBLISHED)
                        .setParameter("slug", slug)
                        .getResultStream().findFirst()
                        .map(program -> new PublicProgram(program, tenant,
                                catalog.upcomingOpenIntakes(program.getId(), today),
                                em.createQuery("select ph.updatedAt from ProgramPhoto ph where ph.programId = :id",
                                                java.time.Instant.class)
                                        .setParameter("id", program.getId()).getResultStream().findFirst()
                                        .orElse(null)))));
    }

    /**
     * The published program an old address meant, once its title changed: the address begins with the program's
     * type and code ("dep-5311-…"), which a program keeps when its title is rewritten. Empty when the address names
     * no type and code of the centre's published programs.
     */
    public Optional<Program> renamedAcrossAllTenants(String tenantSlug, String slug) {
        return ofTypeAndCode(tenantSlug, slug, ProgramStatus.PUBLISHED);
    }

    /**
     * Whether the address named a program of the centre that was public and is no longer: archived (by its address in
     * either language, or its type and code for an address from before its title changed), or deleted while it was
     * public ({@link GonePages}). Such an address answers 410; one that never named a public program, 404.
     */
    public boolean withdrawnAcrossAllTenants(String tenantSlug, String slug) {
        if (slug == null) {
            return false;
        }
        boolean archived = tenancy.acrossAllTenants(() -> tenants.findBySlug(tenantSlug)
                .filter(tenant -> tenant.isActive() && !tenant.isCoordination())
                .map(tenant -> !em.createQuery("""
                                select p.id from Program p where p.tenantId = :tenant and p.status = :archived
                                  and (p.slugFr = :slug or p.slugEn = :slug)""", Long.class)
                        .setParameter("tenant", tenant.getId()).setParameter("archived", ProgramStatus.ARCHIVED)
                        .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty())
                .orElse(false));
        return archived || ofTypeAndCode(tenantSlug, slug, ProgramStatus.ARCHIVED).isPresent()
                || gonePages.isGone(GonePages.Kind.PROGRAM, tenantSlug, Program.keysOf(slug));
    }

    /** The centre's program in this status whose type and code the address begins with ("dep-5311-…"), if any. */
    private Optional<Program> ofTypeAndCode(String tenantSlug, String slug, ProgramStatus status) {
        Optional<String> typeAndCode = Program.typeAndCodeOf(slug);
        if (typeAndCode.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = typeAndCode.get().split("-");
        ProgramType type = ProgramType.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
        return tenancy.acrossAllTenants(() -> tenants.findBySlug(tenantSlug)
                .filter(tenant -> tenant.isActive() && !tenant.isCoordination())
                .flatMap(tenant -> em.createQuery("""
                                select p from Program p where p.tenantId = :tenant and p.status = :status
                                  and p.type = :type and p.code = :code order by p.id""", Program.class)
                        .setParameter("tenant", tenant.getId()).setParameter("status", status)
                        .setParameter("type", type).setParameter("code", parts[1])
                        .setMaxResults(1).getResultStream().findFirst()));
    }
}
