package ca.tremplin.person;

import ca.tremplin.kernel.BackgroundTasks;
import ca.tremplin.kernel.RolledBackRetries;
import ca.tremplin.tenant.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night (at 2 a.m. in Québec, or the time {@code TREMPLIN_RETENTION_AT} gives, "HH:mm"), anonymises the
 * people whose centre's retention period ran out, with the same erasure as a request ({@link PersonErasure}), a
 * slice of people per transaction so that a large centre never holds one long transaction, two slices at a time.
 * Due, per {@link RetentionRule}:
 * <ul>
 *     <li>lost, or short of admitted, and no request, stage change nor timeline line for the months set;</li>
 *     <li>admitted (or further, short of enrolled) and the months set past the intake they asked for (the month of
 *     the latest intake a request named; without one, past the day they reached their stage);</li>
 *     <li>enrolled or arrived, the months set after the day they reached that stage.</li>
 * </ul>
 * The first rule also erases the apprentices a centre knows only by their showcase profiles, none of them public nor
 * waiting for a moderator and nothing happened to them for the months set ({@link ApprenticeErasure}); the other two
 * count stages of admission an apprentice never has. It also erases the earlier versions of applications — the CV and
 * message a person sent before sending them again — replaced longer ago than those months, whoever their person is
 * ({@link PersonErasure#forgetEarlierSendings}).
 * Each erasure is recorded with its rule, which the privacy page reports as counts.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;
    static final int PEOPLE_PER_TRANSACTION = 500;
    /**
     * Slices erased side by side: most of a slice's time is the database writing rows and their index entries, one
     * core per statement.
     */
    static final int SLICES_AT_ONCE = 2;
    private static final String LIVE = "l.tenant_id = :tenant and l.erased_at is null and l.merged_into_id is null";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workers;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    PersonErasure erasure;

    @Inject
    ApprenticeErasure apprentices;

    @Inject
    Clock clock;

    /** Its nightly runs, stopped when the deployment goes away (see {@link BackgroundTasks}). */
    private final BackgroundTasks background = new BackgroundTasks();

    /** Called once the schema is migrated (see {@code StartupSequence}). */
    public void start() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(QUEBEC));
        ZonedDateTime next = now.toLocalDate().atTime(nightlyTime(System.getenv("TREMPLIN_RETENTION_AT")))
                .atZone(QUEBEC);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        background.atFixedRate(scheduler, this::runQuietly, Duration.between(now, next).toMinutes(),
                TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    /** The time of the nightly run, Québec time: "HH:mm" as an operator set it, else 2 a.m. */
    static LocalTime nightlyTime(String setting) {
        try {
            return setting == null || setting.isBlank() ? LocalTime.of(2, 0) : LocalTime.parse(setting.strip());
        } catch (java.time.format.DateTimeParseException unreadable) {
            LOG.warning(() -> "TREMPLIN_RETENTION_AT is not a time (HH:mm): " + setting + "; the run stays at 02:00");
            return LocalTime.of(2, 0);
        }
    }

    /** Anonymises every centre's people due at {@code now}; returns how many per rule. */
    public Map<RetentionRule, Integer> run(Instant now) {
        Map<RetentionRule, Integer> done = new EnumMap<>(RetentionRule.class);
        List<Object[]> policies = tenancy.acrossAllTenants(this::policies);
        for (Object[] policy : policies) {
            if (background.stopped()) {
                // The deployment is going away: the next night takes up the centres not reached.
                break;
            }
            long tenantId = ((Number) policy[0]).longValue();
            for (RetentionRule rule : RetentionRule.values()) {
                Number months = (Number) policy[1 + rule.ordinal()];
                if (months != null) {
                    done.merge(rule, anonymise(tenantId, rule, months.intValue(), now), Integer::sum);
                }
                if (months != null && rule == RetentionRule.LOST_OR_INACTIVE) {
                    done.merge(rule, eraseApprentices(tenantId, months.intValue(), now), Integer::sum);
                    forgetEarlierSendings(tenantId, months.intValue(), now);
                }
            }
        }
        return done;
    }

    private int anonymise(long tenantId, RetentionRule rule, int months, Instant now) {
        LocalDateTime cutoff = LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusMonths(months);
        // The next slice is read while the last ones are erased, each in its own transaction (its people locked, so
        // that a slice read twice, by another server say, is erased once).
        Deque<Future<Integer>> erasing = new ArrayDeque<>();
        int erased = 0;
        long after = 0;
        try {
            while (true) {
                long from = after;
                List<Long> due = tenancy.asTenant(tenantId, () -> due(tenantId, rule, cutoff, from));
                if (!due.isEmpty()) {
                    if (erasing.size() == SLICES_AT_ONCE) {
                        erased += erasing.removeFirst().get();
                    }
                    erasing.addLast(workers.submit(() -> erase(tenantId, due, rule, now)));
                    after = due.get(due.size() - 1);
                }
                if (due.size() < PEOPLE_PER_TRANSACTION || background.stopped()) {
                    // Also when the deployment is going away: the slices begun end, the next night takes up the rest.
                    break;
                }
            }
            while (!erasing.isEmpty()) {
                erased += erasing.removeFirst().get();
            }
            return erased;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Retention run interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException(failed.getCause());
        } finally {
            // A slice that failed ends the run; the slices already started end with it, the others are not begun.
            erasing.forEach(slice -> slice.cancel(false));
        }
    }

    /**
     * The apprentices the centre knows only by their showcase profiles whose time ran out by the "lost or inactive"
     * rule, a slice of profiles per transaction, one after the other: a centre's showcase holds hundreds of profiles,
     * not the hundreds of thousands of people it follows.
     */
    private int eraseApprentices(long tenantId, int months, Instant now) {
        LocalDateTime cutoff = LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusMonths(months);
        int erased = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> due = tenancy.asTenant(tenantId,
                    () -> apprentices.dueForRetention(tenantId, cutoff, from, PEOPLE_PER_TRANSACTION));
            if (!due.isEmpty()) {
                erased += RolledBackRetries.retried(() -> tenancy.asTenant(tenantId,
                        () -> apprentices.eraseForRetention(tenantId, due, cutoff, now)));
                after = due.get(due.size() - 1);
            }
            if (due.size() < PEOPLE_PER_TRANSACTION) {
                return erased;
            }
        }
    }

    /**
     * The earlier versions of applications (a CV and message sent before the person sent them again) replaced longer
     * ago than the "lost or inactive" months: no one reads them, and the person, still followed, is not due.
     */
    private void forgetEarlierSendings(long tenantId, int months, Instant now) {
        LocalDateTime cutoff = LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusMonths(months);
        int forgotten = RolledBackRetries.retried(() -> tenancy.asTenant(tenantId,
                () -> erasure.forgetEarlierSendings(tenantId, cutoff)));
        if (forgotten > 0) {
            LOG.info(() -> "Retention: " + forgotten + " earlier versions of applications erased at centre "
                    + tenantId);
        }
    }

    /** One slice in its own transaction, tried again if the database rolled it back (a deadlock, a lock wait). */
    private int erase(long tenantId, List<Long> due, RetentionRule rule, Instant now) {
        return RolledBackRetries.retried(() -> tenancy.asTenant(tenantId,
                () -> erasure.eraseForRetention(tenantId, due, rule, now).size()));
    }

    /**
     * The next slice of people due by this rule, after the last one read: a slice is read from where the last ended
     * (by id), not from the centre's first lead, so that the people already anonymised are never read again.
     */
    private List<Long> due(long tenantId, RetentionRule rule, LocalDateTime cutoff, long after) {
        String condition = switch (rule) {
            case LOST_OR_INACTIVE -> "l.stage in ('NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'LOST')"
                    + " and l.last_inquiry_at < :cutoff and coalesce(l.stage_since, l.first_inquiry_at) < :cutoff"
                    + " and not exists (select 1 from lead_event e where e.tenant_id = l.tenant_id"
                    + " and e.lead_id = l.id and e.occurred_at >= :cutoff)";
            case ADMITTED_NOT_ENROLLED -> "l.stage in ('ADMITTED', 'CAQ_OBTAINED', 'STUDY_PERMIT_OBTAINED')"
                    + " and coalesce((select max(i.value) from lead_interest i where i.tenant_id = l.tenant_id"
                    + " and i.kind = 'INTAKE' and i.lead_id = l.id) < :cutoffMonth, l.stage_since < :cutoff)";
            case ENROLLED -> "l.stage in ('ENROLLED', 'ARRIVED') and l.stage_since < :cutoff";
        };
        var query = em.createNativeQuery("select l.id from `lead` l where " + LIVE + " and l.id > :after and "
                        + condition + " order by l.id")
                .setParameter("tenant", tenantId).setParameter("cutoff", cutoff).setParameter("after", after)
                .setMaxResults(PEOPLE_PER_TRANSACTION);
        if (rule == RetentionRule.ADMITTED_NOT_ENROLLED) {
            query.setParameter("cutoffMonth", cutoff.format(DateTimeFormatter.ofPattern("yyyy-MM")));
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Object[]> policies() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, lost_or_inactive_months,"
                + " admitted_not_enrolled_months, enrolled_months from retention_policy"
                + " where coalesce(lost_or_inactive_months, admitted_not_enrolled_months, enrolled_months) is not null")
                .getResultList();
        return rows;
    }

    private void runQuietly() {
        try {
            long started = System.nanoTime();
            Map<RetentionRule, Integer> done = run(clock.instant());
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info(() -> String.format(java.util.Locale.ROOT, "Retention: %d people anonymised in %.1f s %s",
                    done.values().stream().mapToInt(Integer::intValue).sum(), seconds, done));
        } catch (RuntimeException unexpected) {
            // A failed night must not cancel the schedule; the next night takes up what is still due.
            LOG.log(Level.WARNING, "Retention run stopped early", unexpected);
        }
    }

    @PreDestroy
    void stop() {
        background.stop();
    }
}
