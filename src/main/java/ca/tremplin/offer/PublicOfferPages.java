package ca.tremplin.offer;

import ca.tremplin.kernel.PublicPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The offers' board and every offer it lists (open, still taking applications), for the sitemap. */
@ApplicationScoped
public class PublicOfferPages implements PublicPages {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Twin> twins() {
        List<Object[]> rows = em.createNativeQuery("""
                        select t.slug, o.slug, date_format(o.updated_at, '%Y-%m-%d')
                        from offer o join tenant t on t.id = o.tenant_id
                        where o.status = 'OPEN' and t.active = true
                          and (o.application_deadline is null or o.application_deadline >= ?1)
                        order by t.slug, o.slug""")
                .setParameter(1, LocalDate.now(clock.withZone(ca.tremplin.kernel.QuebecTime.ZONE)))
                .getResultList();
        List<Twin> twins = new java.util.ArrayList<>();
        twins.add(new Twin(OfferPaths.board(Locale.FRENCH), OfferPaths.board(Locale.ENGLISH), null));
        for (Object[] row : rows) {
            twins.add(new Twin(OfferPaths.offer(Locale.FRENCH, (String) row[0], (String) row[1]),
                    OfferPaths.offer(Locale.ENGLISH, (String) row[0], (String) row[1]), (String) row[2]));
        }
        return twins;
    }
}
