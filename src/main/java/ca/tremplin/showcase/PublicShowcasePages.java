package ca.tremplin.showcase;

import ca.tremplin.kernel.PublicPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** The showcase's gallery and every approved profile of the active centres, for the sitemap. */
@ApplicationScoped
public class PublicShowcasePages implements PublicPages {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Twin> twins() {
        List<Object[]> rows = em.createNativeQuery("""
                        select s.id, s.display_name, date_format(s.moderated_at, '%Y-%m-%d')
                        from showcase_profile s join tenant t on t.id = s.tenant_id
                          join program p on p.id = s.program_id
                        where s.status = ?1 and t.active = true order by s.id""")
                .setParameter(1, ProfileStatus.APPROVED.name()).getResultList();
        List<Twin> twins = new java.util.ArrayList<>();
        twins.add(new Twin(ShowcasePaths.gallery(Locale.FRENCH), ShowcasePaths.gallery(Locale.ENGLISH), null));
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            twins.add(new Twin(ShowcasePaths.profile(Locale.FRENCH, id, (String) row[1]),
                    ShowcasePaths.profile(Locale.ENGLISH, id, (String) row[1]), (String) row[2]));
        }
        return twins;
    }
}
