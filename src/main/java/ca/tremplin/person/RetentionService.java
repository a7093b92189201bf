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
        // The days are Québec's: the last {@code days} of them, today included. Times are stored in UTC, so the rows
        // are counted per UTC hour in SQL and each hour given to its day in Québec here (a night's run after
        // 20:00 in Québec falls on the next UTC day).
        java.time.ZoneId quebec = ca.tremplin.kernel.QuebecTime.ZONE;
        LocalDate firstDay = LocalDate.now(clock.withZone(quebec)).minusDays(days - 1L);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("select cast(e.erasedAt as LocalDate), hour(e.erasedAt), e.reason,"
                        + " e.retentionRule, count(e) from PersonErasureRecord e where e.erasedAt >= :since"
                        + " group by cast(e.erasedAt as LocalDate), hour(e.erasedAt), e.reason, e.retentionRule")
                .setParameter("since", firstDay.atStartOfDay(quebec).toInstant()).getResultList();
        java.util.Map<List<Object>, Long> counted = new java.util.HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = ((LocalDate) row[0]).atTime(((Number) row[1]).intValue(), 0)
                    .atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(quebec).toLocalDate();
            counted.merge(java.util.Arrays.asList(day, row[2], row[3]), ((Number) row[4]).longValue(), Long::sum);
        }
        // The enums are stored by name: the reasons and rules are ordered in their own order here.
        return counted.entrySet().stream()
                .map(entry -> new Anonymised((LocalDate) entry.getKey().get(0), (ErasureReason) entry.getKey().get(1),
                        (RetentionRule) entry.getKey().get(2), entry.getValue()))
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
