package ca.tremplin.showcase;

import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a centre's showcase brought in over the last days: views of its profiles and the clicks from them to a program,
 * the offers of the trade and the information request form, per day and per trade (program). The counts are the
 * aggregates that {@link PublicShowcase} keeps per profile and day ({@code showcase_daily_count}): no visitor is
 * identified, so none can be counted twice or followed. The centre is the signed-in user's, given to every query.
 */
@ApplicationScoped
public class ShowcaseAudience {

    /** The days the page shows: about a month, today included. */
    public static final int DAYS = 30;

    @Inject
    SignedInUser user;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** Views and clicks (program, offers, information request) summed. */
    public record Counts(long views, long programClicks, long offerClicks, long requestClicks) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        public long clicks() { return programClicks + offerClicks + requestClicks; }

        Counts plus(Counts other) {
            return new Counts(views + other.views, programClicks + other.programClicks,
                    offerClicks + other.offerClicks, requestClicks + other.requestClicks);
        }
    }

    /** One day of the period, with zeros when nothing was counted. */
    public record Day(LocalDate day, Counts counts) {
    }

    /** One trade: a program of the centre that has public profiles, or had some counted in the period. */
    public record Trade(long programId, String programFr, String programEn, long publicProfiles, Counts counts) {
    }

    /** The period (first and last day), each of its days, the trades most viewed first, and the totals. */
    public record Audience(LocalDate from, LocalDate to, List<Day> days, List<Trade> trades, Counts total) {
    }

    @Transactional
    public Audience lastDays() {
        user.require(Role.CSS_ADMIN, Role.RECRUITER);
        LocalDate to = LocalDate.ofInstant(clock.instant(), PublicShowcase.QUEBEC);
        LocalDate from = to.minusDays(DAYS - 1);
        Map<LocalDate, Counts> byDay = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            byDay.put(day, Counts.NONE);
        }
        for (Object[] row : rows("""
                select c.count_day, sum(c.views), sum(c.program_clicks), sum(c.offer_clicks), sum(c.request_clicks)
                from showcase_daily_count c join showcase_profile p on p.id = c.profile_id
                where p.tenant_id = ?1 and c.count_day between ?2 and ?3 group by c.count_day""", from, to)) {
            byDay.put(day(row[0]), counts(row, 1));
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, counts) -> days.add(new Day(day, counts)));
        // Public profiles count now; views and clicks over the period. A trade without public profiles is listed
        // while the period still counts views of a profile it had (withdrawn or refused since).
        List<Trade> trades = new ArrayList<>();
        for (Object[] row : rows("""
                select g.id, g.title_fr, g.title_en,
                       (select count(*) from showcase_profile s where s.program_id = g.id and s.status = 'APPROVED'),
                       coalesce(sum(c.views), 0), coalesce(sum(c.program_clicks), 0), coalesce(sum(c.offer_clicks), 0),
                       coalesce(sum(c.request_clicks), 0)
                from program g join showcase_profile p on p.program_id = g.id
                left join showcase_daily_count c on c.profile_id = p.id and c.count_day between ?2 and ?3
                where g.tenant_id = ?1 and p.tenant_id = ?1
                group by g.id, g.title_fr, g.title_en
                having count(c.profile_id) > 0
                    or max(case when p.status = 'APPROVED' then 1 else 0 end) = 1""", from, to)) {
            trades.add(new Trade(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    ((Number) row[3]).longValue(), counts(row, 4)));
        }
        trades.sort(java.util.Comparator.comparingLong((Trade trade) -> trade.counts().views()).reversed()
                .thenComparing(Trade::programFr));
        Counts total = days.stream().map(Day::counts).reduce(Counts.NONE, Counts::plus);
        return new Audience(from, to, List.copyOf(days), List.copyOf(trades), total);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter(1, user.getTenantId()).setParameter(2, from)
                .setParameter(3, to).getResultList();
    }

    /** A DATE column as the driver gives it (java.sql.Date, or LocalDate by Hibernate's choice). */
    private static LocalDate day(Object column) {
        return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
    }

    private static Counts counts(Object[] row, int first) {
        return new Counts(((Number) row[first]).longValue(), ((Number) row[first + 1]).longValue(),
                ((Number) row[first + 2]).longValue(), ((Number) row[first + 3]).longValue());
    }
}
