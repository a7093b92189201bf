package ca.tremplin.report;

import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports e-mailed every week: staff schedule the report they are reading for the staff of their centre; the
 * coordinator's admins schedule theirs, across centres, for the coordinator's admins. Schedules are tenant-owned: a
 * centre never sees, changes nor receives another's.
 */
@ApplicationScoped
public class ReportSchedules {

    private static final Logger LOG = Logger.getLogger(ReportSchedules.class.getName());

    /** Reports leave at this hour of their weekday, Québec time: on the desk for the start of the day. */
    static final int SENDING_HOUR = 7;
    static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;
    static final Set<Integer> PERIODS = Set.of(1, 4, 13, 52);
    static final int NAME_LENGTH = 120;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    SignedInUser signedInUser;

    @Inject
    FunnelReports reports;

    @Inject
    ScheduledReportSender sender;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    /**
     * Refuses a report's address that cannot be read as it will be at each sending: its filters and breakdown read
     * today, its dates set at each sending. The schedule page checks it as it opens, before anyone fills the form.
     */
    public ReportAddress.Reading requireReadable(String reportAddress) {
        Instant now = clock.instant();
        ReportAddress.Reading reading = reports.read(ReportAddress.dated(reportAddress == null ? "" : reportAddress,
                today(now).minusWeeks(1), today(now), today(now)));
        if (!reading.readable()) {
            ReportAddress.Problem problem = reading.problems().get(0);
            throw new BusinessRuleException(problem.key(), problem.arguments().toArray());
        }
        return reading;
    }

    /**
     * The report a schedule sends, in words: each filter with the name of its value, the breakdown and how stages
     * are counted ("Pays = Sénégal · Ventilation : Programme · Étapes comptées : …"), or that it takes every lead.
     * Empty for an address that cannot be read, which the page already says.
     */
    public String describe(String reportAddress, Locale language) {
        ReportQuery query;
        try {
            query = requireReadable(reportAddress).query();
        } catch (BusinessRuleException unreadable) {
            return "";
        }
        String colon = Messages.get(language, "punct.colon");
        List<String> parts = new ArrayList<>();
        reports.filterNames(query, language).forEach((dimension, value) ->
                parts.add(Messages.get(language, dimension.messageKey()) + " = " + value));
        if (parts.isEmpty()) {
            parts.add(Messages.get(language, "reportSchedule.everyLead"));
        }
        if (query.breakdown() != null) {
            parts.add(Messages.get(language, "report.breakdown") + colon
                    + Messages.get(language, query.breakdown().messageKey()));
        }
        parts.add(Messages.get(language, "report.counting") + colon
                + Messages.get(language, "report.counting." + query.counting().name()));
        return String.join(" · ", parts);
    }

    /** What a member of staff asks for: the report's address, and when and to whom it leaves. */
    public record Request(String name, String reportAddress, int periodWeeks, DayOfWeek dayOfWeek,
                          ReportSchedule.FileFormat format, Set<Long> recipientIds) {
    }

    /** A schedule as the page lists it, with its recipients' names. */
    public record Line(ReportSchedule schedule, List<String> recipients, boolean removable, boolean received) {
        public String recipientNames() {
            return String.join(", ", recipients);
        }
    }

    @Transactional
    public ReportSchedule create(Request request) {
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER);
        boolean acrossCentres = reports.acrossCentres();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > NAME_LENGTH) {
            throw new BusinessRuleException("reportSchedule.nameRequired", NAME_LENGTH);
        }
        // Two schedules of one name would be told apart by nobody, in the list or in the mails' subjects. Through the
        // tenant filter, the centre's own; capitals and accents do not count (the column's collation).
        if (!em.createQuery("select s.id from ReportSchedule s where s.name = :name", Long.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty()) {
            throw new BusinessRuleException("reportSchedule.nameTaken", name);
        }
        if (!PERIODS.contains(request.periodWeeks()) || request.dayOfWeek() == null || request.format() == null) {
            throw new BusinessRuleException("reportSchedule.choose");
        }
        ReportAddress.Reading reading = requireReadable(request.reportAddress());
        Instant now = clock.instant();
        if (request.recipientIds() == null || request.recipientIds().isEmpty()) {
            throw new BusinessRuleException("reportSchedule.noRecipient");
        }
        for (Long recipientId : request.recipientIds()) {
            // Through the tenant filter: another centre's account is not found, whatever id is sent.
            UserAccount account = recipientId == null ? null : em.find(UserAccount.class, recipientId);
            if (account == null || !account.isActive() || !account.hasPassword() || !mayRead(account, acrossCentres)) {
                throw new BusinessRuleException("reportSchedule.unknownRecipient");
            }
        }
        ReportSchedule schedule = new ReportSchedule(name, ReportAddress.writeUndated(reading.query()),
                request.periodWeeks(), request.dayOfWeek(), request.format(), request.recipientIds(), acrossCentres,
                signedInUser.getUserId(), now, nextSending(request.dayOfWeek(), now));
        em.persist(schedule);
        return schedule;
    }

    /**
     * The staff a schedule may go to: every active member of the centre who has joined (an invitation not yet
     * accepted may have gone to a mistyped address, which must not receive the centre's figures), only its admins
     * for the coordinator.
     */
    @Transactional
    public Map<Long, String> possibleRecipients() {
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER);
        boolean acrossCentres = reports.acrossCentres();
        Map<Long, String> staff = new java.util.LinkedHashMap<>();
        em.createQuery("select u from UserAccount u where u.active = true order by u.displayName", UserAccount.class)
                .getResultStream().filter(account -> account.hasPassword() && mayRead(account, acrossCentres))
                .forEach(account -> staff.put(account.getId(), account.getDisplayName() + " <" + account.getEmail()
                        + ">"));
        return staff;
    }

    /**
     * The centre's schedules, the next to leave first, each recipient by name (by number, in {@code language}'s
     * typography, for an account no longer readable).
     */
    @Transactional
    public List<Line> list(Locale language) {
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER);
        List<ReportSchedule> schedules = em.createQuery(
                "select s from ReportSchedule s order by s.nextSendAt, s.id", ReportSchedule.class).getResultList();
        Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select u.id, u.displayName from UserAccount u", Object[].class).getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return schedules.stream().map(schedule -> new Line(schedule,
                recipientNames(schedule.getRecipientIds(), names, language),
                removable(schedule), schedule.getRecipientIds().contains(signedInUser.getUserId()))).toList();
    }

    /**
     * The recipients by name, in the order of the reader's language, accents where that language puts them ("Émile"
     * beside "Emma", not after "Zoé"), as names are sorted elsewhere; then the accounts gone, by their numbers, which
     * sorted as words would land "n° 9" among the names in N.
     */
    static List<String> recipientNames(java.util.Collection<Long> recipientIds, Map<Long, String> names,
                                       Locale language) {
        List<String> shown = new ArrayList<>(recipientIds.stream().filter(names::containsKey).map(names::get)
                .sorted(java.text.Collator.getInstance(language)).toList());
        recipientIds.stream().filter(id -> !names.containsKey(id)).sorted()
                .forEach(id -> shown.add(Messages.numbered(language, id)));
        return List.copyOf(shown);
    }

    /** What became of a schedule its recipient left. */
    public enum Left {
        /** Others still receive it. */
        OTHERS_RECEIVE_IT,
        /** Nobody left who would receive it (the others left, were deactivated, or never joined): removed. */
        REMOVED,
        /** It was removed meanwhile, by its author, an admin or the last other recipient. */
        ALREADY_GONE
    }

    /**
     * The signed-in person stops receiving a schedule of their centre, whoever made it (the link at the foot of its
     * mail leads here); a schedule nobody would receive any longer is removed.
     */
    @Transactional
    public Left leave(long scheduleId) {
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER);
        // Locked: two recipients leaving at once are written one after the other, the second seeing the first.
        ReportSchedule schedule = em.find(ReportSchedule.class, scheduleId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null) {
            return Left.ALREADY_GONE;
        }
        schedule.withoutRecipient(signedInUser.getUserId());
        boolean received = schedule.getRecipientIds().stream().map(id -> em.find(UserAccount.class, id))
                .anyMatch(account -> account != null && account.isActive() && account.hasPassword()
                        && mayRead(account, schedule.isAcrossCentres()));
        if (!received) {
            em.remove(schedule);
            return Left.REMOVED;
        }
        return Left.OTHERS_RECEIVE_IT;
    }

    /** Removes a schedule: its author, or an admin of the centre. */
    @Transactional
    public void remove(long scheduleId) {
        em.remove(ownSchedule(scheduleId));
    }

    /** A schedule of the centre that the signed-in person may remove or send: its author, or an admin. */
    private ReportSchedule ownSchedule(long scheduleId) {
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER);
        ReportSchedule schedule = em.find(ReportSchedule.class, scheduleId);
        if (schedule == null) {
            throw new NotFoundException("reportSchedule.notFound");
        }
        if (!removable(schedule)) {
            throw new AccessDeniedException("report schedule " + scheduleId);
        }
        return schedule;
    }

    /**
     * Sends a schedule now, to its recipients, without changing its next sending: its author or an admin of the
     * centre, as for removing it. Answers how many people it was sent to.
     */
    @Transactional
    public int sendNow(long scheduleId) {
        return sender.sendNow(ownSchedule(scheduleId), Instant.now());
    }

    /**
     * Sends every schedule due at {@code now}, each in a transaction of its own under its centre, and returns how many
     * left. A schedule that fails is logged and tried again at the next run; the others go on.
     */
    public int sendDue(Instant now) {
        List<Object[]> due = tenancy.acrossAllTenants(() -> em.createQuery(
                "select s.id, s.tenantId from ReportSchedule s where s.nextSendAt <= :now order by s.nextSendAt",
                Object[].class).setParameter("now", now).getResultList());
        int sent = 0;
        for (Object[] schedule : due) {
            try {
                if (tenancy.asTenant((Long) schedule[1], () -> sender.send((Long) schedule[0], now))) {
                    sent++;
                }
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "The scheduled report " + schedule[0] + " could not be sent", failure);
            }
        }
        return sent;
    }

    /** The first sending strictly after {@code now}: the weekday, at the sending hour, Québec time. */
    public static Instant nextSending(DayOfWeek day, Instant now) {
        ZonedDateTime local = now.atZone(QUEBEC);
        ZonedDateTime next = local.with(TemporalAdjusters.nextOrSame(day)).toLocalDate().atTime(SENDING_HOUR, 0)
                .atZone(QUEBEC);
        if (!next.toInstant().isAfter(now)) {
            next = next.toLocalDate().plusWeeks(1).atTime(SENDING_HOUR, 0).atZone(QUEBEC);
        }
        return next.toInstant();
    }

    static boolean mayRead(UserAccount account, boolean acrossCentres) {
        return acrossCentres ? account.getRole() == Role.PLATFORM_ADMIN : account.getRole() != null;
    }

    private boolean removable(ReportSchedule schedule) {
        return signedInUser.isPlatformAdmin() || signedInUser.isCssAdmin()
                || schedule.getCreatedBy().equals(signedInUser.getUserId());
    }

    private java.time.LocalDate today(Instant now) {
        return now.atZone(ca.tremplin.kernel.QuebecTime.ZONE).toLocalDate();
    }
}
