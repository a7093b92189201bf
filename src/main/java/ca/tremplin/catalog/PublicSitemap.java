package ca.tremplin.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The public pages a sitemap lists: published programs of active school service centres, across tenants. */
@ApplicationScoped
public class PublicSitemap {

    /** One program's public addresses and the date it last changed (W3C date). */
    public record Entry(String tenantSlug, String slugFr, String slugEn, String lastModified) {
    }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Transactional
    public List<Entry> publishedProgramsAcrossAllTenants() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.slug, p.slug_fr, p.slug_en, date_format(p.updated_at, '%Y-%m-%d')
                        from program p join tenant t on t.id = p.tenant_id
                        where p.status = 'PUBLISHED' and t.active = true
                        order by t.slug, p.slug_fr""")
                .getResultList();
        return rows.stream().map(row -> new Entry((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }
}
