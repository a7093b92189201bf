package ca.tremplin.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The catalogue's pages a sitemap lists, across tenants: the active school service centres' pages and their published
 * programs.
 */
@ApplicationScoped
public class PublicSitemap {

    /** One program's public addresses and the date it last changed (W3C date). */
    public record Entry(String tenantSlug, String slugFr, String slugEn, String lastModified) {
    }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** The active school service centres' slugs, whose pages list their programs (the coordinator has none). */
    @Transactional
    public List<String> centresAcrossAllTenants() {
        @SuppressWarnings("unchecked")
        List<String> slugs = em.createNativeQuery(
                "select t.slug from tenant t where t.active = true and t.kind <> 'COORDINATION' order by t.slug")
                .getResultList();
        return slugs;
    }

    /**
     * Each published program of an active centre, dated by the latest change to it or to one of its intakes: its page
     * shows the intakes' dates, seats and status, and a search engine reads again only a page whose date moved.
     */
    @Transactional
    public List<Entry> publishedProgramsAcrossAllTenants() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.slug, p.slug_fr, p.slug_en,
                               date_format(greatest(p.updated_at, coalesce((select max(i.updated_at) from intake i
                                       where i.program_id = p.id), p.updated_at)), '%Y-%m-%d')
                        from program p join tenant t on t.id = p.tenant_id
                        where p.status = 'PUBLISHED' and t.active = true
                        order by t.slug, p.slug_fr""")
                .getResultList();
        return rows.stream().map(row -> new Entry((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }
}
