package ca.tremplin.catalog;

import ca.tremplin.kernel.GoneException;
import ca.tremplin.kernel.GonePages;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
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
 * purpose; only published programs of active school service centres are ever returned. What was public and is no
 * longer — a program archived or deleted, a centre closed with its programs — answers 410 ({@link GoneException}).
 */
@ApplicationScoped
public class PublicPrograms {

    /** After a program gone, or a centre closed, the catalogue. */
    static final GoneException.Next GONE_NEXT = new GoneException.Next("error.gone.programs",
            CatalogPaths.catalogue(java.util.Locale.FRENCH), CatalogPaths.catalogue(java.util.Locale.ENGLISH));

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

    /**
     * Whether the address names a school service centre the coordinating organisation closed: its page was public, and
     * answers 410 (the coordinating organisation's own slug never had one).
     */
    public boolean closedAcrossAllTenants(String tenantSlug) {
        return tenancy.acrossAllTenants(() -> tenants.findBySlug(tenantSlug)
                .filter(tenant -> !tenant.isActive() && !tenant.isCoordination()).isPresent());
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

    /**
     * The program at /{language}/programmes/{tenantSlug}/{slug}; either language's slug finds it (the page sends the
     * other language's to its own address).
     */
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
        return tenancy.acrossAllTenants(() -> tenants.findBySlug(tenantSlug)
                .filter(tenant -> tenant.isActive() && !tenant.isCoordination())
                .flatMap(tenant -> ofTypeAndCode(tenant, slug, java.util.List.of(ProgramStatus.PUBLISHED))));
    }

    /**
     * The 410 the address answers when it named a program of the centre whose page was public and is no longer: archived
     * (by its address in either language, or its type and code for an address from before its title changed), deleted
     * while it was public ({@link GonePages}), or any program public until the coordinating organisation closed the
     * centre. Empty for an address that never named a public program — a draft, a program archived straight from its
     * draft —, which answers 404.
     */
    public Optional<GoneException> goneAcrossAllTenants(String tenantSlug, String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return tenancy.acrossAllTenants(() -> tenants.findBySlug(tenantSlug)
                .filter(tenant -> !tenant.isCoordination())
                .filter(tenant -> wasPublic(tenant, slug))
                .map(tenant -> tenant.isActive() ? new GoneException("program.gone", GONE_NEXT)
                        : new GoneException(GoneException.CENTRE_CLOSED, GONE_NEXT)));
    }

    /**
     * Whether the address names a program of the centre whose page was public and is no longer shown: archived after it
     * was public, deleted while public, or, at a centre closed since, published too.
     */
    private boolean wasPublic(Tenant tenant, String slug) {
        java.util.List<ProgramStatus> gone = tenant.isActive() ? java.util.List.of(ProgramStatus.ARCHIVED)
                : java.util.List.of(ProgramStatus.PUBLISHED, ProgramStatus.ARCHIVED);
        boolean named = !em.createQuery("""
                        select p.id from Program p where p.tenantId = :tenant and p.status in :gone
                          and p.archivedAsDraft = false and (p.slugFr = :slug or p.slugEn = :slug)""", Long.class)
                .setParameter("tenant", tenant.getId()).setParameter("gone", gone)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
        return named || ofTypeAndCode(tenant, slug, gone).isPresent()
                || gonePages.isGone(GonePages.Kind.PROGRAM, tenant.getSlug(), Program.keysOf(slug));
    }

    /**
     * The centre's program in one of these statuses, never archived straight from its draft, whose type and code the
     * address begins with ("dep-5311-…"), if any.
     */
    private Optional<Program> ofTypeAndCode(Tenant tenant, String slug, java.util.List<ProgramStatus> statuses) {
        Optional<String> typeAndCode = Program.typeAndCodeOf(slug);
        if (typeAndCode.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = typeAndCode.get().split("-");
        ProgramType type = ProgramType.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
        return em.createQuery("""
                        select p from Program p where p.tenantId = :tenant and p.status in :statuses
                          and p.archivedAsDraft = false and p.type = :type and p.code = :code order by p.id""",
                        Program.class)
                .setParameter("tenant", tenant.getId()).setParameter("statuses", statuses)
                .setParameter("type", type).setParameter("code", parts[1])
                .setMaxResults(1).getResultStream().findFirst();
    }
}
