package ca.tremplin.event;

import ca.tremplin.kernel.PublicPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The events' list and every published event not yet over, of the active centres, for the sitemap. */
@ApplicationScoped
public class PublicEventPages implements PublicPages {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Twin> twins() {
        List<Object[]> rows = em.createNativeQuery("""
                        select e.id, e.title_fr, e.title_en from event e join tenant t on t.id = e.tenant_id
                        where t.active = true and e.status = 'PUBLISHED' and e.ends_at > ?1
                        order by e.starts_at, e.id""")
                .setParameter(1, clock.instant()).getResultList();
        List<Twin> twins = new java.util.ArrayList<>();
        twins.add(new Twin(EventPaths.list(Locale.FRENCH), EventPaths.list(Locale.ENGLISH), null));
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            // Each page's address as the page itself names it (EventPublicPage), so that none is a redirect: an
            // English title not given is read as the French one (Event.title).
            String english = row[2] == null || ((String) row[2]).isBlank() ? (String) row[1] : (String) row[2];
            twins.add(new Twin(EventPaths.page(id, (String) row[1], Locale.FRENCH), EventPaths.page(id, english,
                    Locale.ENGLISH), null));
        }
        return twins;
    }
}
