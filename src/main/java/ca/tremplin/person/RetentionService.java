package ca.tremplin.person;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A centre's admin sets how long the centre keeps people per situation, and reads what was anonymised and when:
 * counts per day and rule, and the erasures made on request — never who they were.
 */
@ApplicationScoped
public class RetentionService {

    /** Ten years: longer is a typing mistake, not a retention period. */
    static final int MOST_MONTHS = 120;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    /** One line of the report: on this day, this many people anonymised by this rule (none: erased on request). */
    public record Anonymised(LocalDate day, ErasureReason reason, RetentionRule rule, long people) {
    }

    /** The centre's months per situation (none where it keeps people without a time limit). */
    @Transactional
    public Map<RetentionRule, Integer> policy() {
        requireAdmin();
        Map<RetentionRule, Integer> months = new EnumMap<>(RetentionRule.class);
        current().ifPresent(policy -> {
            for (RetentionRule rule : RetentionRule.values()) {
                months.put(rule, policy.months(rule));
            }
        });
        return months;
    }

    @Transactional
    public void save(Map<RetentionRule, Integer> months) {
        requireAdmin();
        for (Integer value : months.values()) {
            if (value != null && (value < 1 || value > MOST_MONTHS)) {
                throw new BusinessRuleException("retention.monthsInvalid", MOST_MONTHS);
            }
        }
        RetentionPolicy policy = current().orElseGet(() -> {
            RetentionPolicy created = new RetentionPolicy();
            em.persist(created);
            return created;
        });
        for (RetentionRule rule : RetentionRule.values()) {
            policy.set(rule, months.get(rule));
        }
        policy.changedBy(signedInUser.getUserId(), clock.instant());
    }

    /** What was anonymised or erased, per day and rule, newest first: counts only. */
    @Transactional
    public List<Anonymised> report(int days) {
        requireAdmin();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("select cast(e.erasedAt as LocalDate), e.reason, e.retentionRule,"
                        + " count(e) from PersonErasureRecord e group by cast(e.erasedAt as LocalDate), e.reason,"
                        + " e.retentionRule order by cast(e.erasedAt as LocalDate) desc")
                .setMaxResults(days * 4).getResultList();
        // The enums are stored by name: the day orders in SQL, the reasons and rules in their own order here.
        return rows.stream().map(row -> new Anonymised((LocalDate) row[0], (ErasureReason) row[1],
                        (RetentionRule) row[2], ((Number) row[3]).longValue()))
                .sorted(Comparator.comparing(Anonymised::day, Comparator.<LocalDate>reverseOrder())
                        .thenComparing(Anonymised::reason)
                        .thenComparing(Anonymised::rule, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private java.util.Optional<RetentionPolicy> current() {
        return em.createQuery("select p from RetentionPolicy p", RetentionPolicy.class).getResultStream().findFirst();
    }

    private void requireAdmin() {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }
}
