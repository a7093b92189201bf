package ca.tremplin.report;

import ca.tremplin.kernel.QuebecTime;
import ca.tremplin.mail.MailAttachment;
import ca.tremplin.mail.Outbox;
import ca.tremplin.security.Role;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One sending of a scheduled report, in the schedule's centre's transaction: claims the schedule ({@code SKIP
 * LOCKED}, so that two servers never send it twice), runs the report over the weeks up to the day before, once per
 * language of its recipients, and puts in the outbox, for each recipient still entitled to it, a short summary with
 * the report as a file. A recipient whose account was deactivated, moved to another centre or is no longer an admin
 * of the coordinator is left out; the centre's admins are told when the list of those left out changes.
 */
@ApplicationScoped
public class ScheduledReportSender {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    FunnelReports reports;

    @Inject
    Outbox outbox;

    @Inject
    TenantRepository tenants;

    /** Why a recipient was left out, as a message key; the schedule keeps them as {@code key:name} lines. */
    enum LeftOut {
        GONE("reportSchedule.leftOut.gone"),
        DEACTIVATED("reportSchedule.leftOut.deactivated"),
        NOT_JOINED("reportSchedule.leftOut.notJoined"),
        NOT_COORDINATOR("reportSchedule.leftOut.notCoordinator");

        final String messageKey;

        LeftOut(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** Those left out of a sending, as a schedule keeps them, one line each in the reader's language. */
    private static final java.util.regex.Pattern GONE_ACCOUNT = java.util.regex.Pattern.compile("^#(\\d{1,18})$");

    static List<String> leftOutLines(String stored, Locale language) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split("\n")).filter(line -> !line.isBlank()).map(line -> {
            int colon = line.indexOf(':');
            LeftOut reason = colon < 0 ? null : java.util.Arrays.stream(LeftOut.values())
                    .filter(known -> known.name().equals(line.substring(0, colon))).findFirst().orElse(null);
            // A line that is not "REASON:name" (kept before names were put on one line) is shown as it is.
            if (reason == null) {
                return line;
            }
            // An account gone is kept by its number, "#42", written as the reader's language writes it.
            String who = line.substring(colon + 1);
            java.util.regex.Matcher gone = GONE_ACCOUNT.matcher(who);
            return ca.tremplin.kernel.Messages.get(language, "reportSchedule.leftOut.line", gone.matches()
                    ? ca.tremplin.kernel.Messages.numbered(language, Long.parseLong(gone.group(1))) : who,
                    ca.tremplin.kernel.Messages.get(language, reason.messageKey));
        }).toList();
    }

    /**
     * Whether those left out now are those the last sending left out, in whatever order it wrote them: the admins
     * hear of a change, not of the same people again.
     */
    static boolean sameLeftOut(String stored, List<String> leftOut) {
        List<String> before = stored == null ? List.of() : java.util.Arrays.stream(stored.split("\n"))
                .filter(line -> !line.isBlank()).sorted().toList();
        return before.equals(leftOut.stream().sorted().toList());
    }

    /** Sends the schedule if it is due and nobody else is sending it; whether it left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean send(long scheduleId, Instant now) {
        List<?> claimed = em.createNativeQuery(
                "SELECT id FROM report_schedule WHERE id = ?1 AND next_send_at <= ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, scheduleId).setParameter(2, now).getResultList();
        ReportSchedule schedule = claimed.isEmpty() ? null : em.find(ReportSchedule.class, scheduleId);
        if (schedule == null) {
            return false;
        }
        deliver(schedule, now, ReportSchedules.nextSending(schedule.getDayOfWeek(), now));
        return true;
    }

    /**
     * Sends the schedule at once, as its next sending would (the weeks up to yesterday), without changing when that
     * is: for whoever wants this week's figures now, or to see what the recipients will receive. Locked against the
     * weekly job. Answers how many people it was sent to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendNow(ReportSchedule schedule, Instant now) {
        em.lock(schedule, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return deliver(schedule, now, schedule.getNextSendAt());
    }

    /**
     * The address of the report that a sending on {@code today} (Québec's day) holds: the schedule's weeks up to
     * yesterday, "as of" yesterday. The schedules page links to it, so that a click opens what the mail says.
     */
    static Map<String, String[]> addressSentOn(ReportSchedule schedule, LocalDate today) {
        LocalDate to = today.minusDays(1);
        return ReportAddress.dated(schedule.getAddress(), to.minusWeeks(schedule.getPeriodWeeks()).plusDays(1), to,
                to);
    }

    private int deliver(ReportSchedule schedule, Instant now, Instant next) {
        long scheduleId = schedule.getId();
        LocalDate today = now.atZone(QuebecTime.ZONE).toLocalDate();
        ReportAddress.Reading reading = ReportAddress.read(addressSentOn(schedule, today), today,
                schedule.isAcrossCentres());
        if (!reading.readable()) {
            // The address was read when the schedule was made; nothing it holds depends on the day.
            throw new IllegalStateException("The schedule " + scheduleId + " no longer reads: " + reading.problems());
        }
        Tenant tenant = tenants.findById(schedule.getTenantId()).orElseThrow();
        FunnelReports.Reader reader = new FunnelReports.Reader(tenant.getId(), tenant.getNameFr(), tenant.getNameEn(),
                schedule.isAcrossCentres());

        int sentTo = 0;
        Map<Locale, FunnelReport> byLanguage = new HashMap<>();
        Map<Locale, MailAttachment> files = new HashMap<>();
        List<String> leftOut = new ArrayList<>();
        // In the order of their accounts: the set's own order differs from one server, or one start, to another.
        for (Long recipientId : new java.util.TreeSet<>(schedule.getRecipientIds())) {
            // Through the tenant filter: an account moved to another centre is not found here.
            UserAccount account = em.find(UserAccount.class, recipientId);
            LeftOut reason = account == null ? LeftOut.GONE : !account.isActive() ? LeftOut.DEACTIVATED
                    : !account.hasPassword() ? LeftOut.NOT_JOINED
                    : !ReportSchedules.mayRead(account, schedule.isAcrossCentres()) ? LeftOut.NOT_COORDINATOR : null;
            if (reason != null) {
                // One line per person, whatever their name held when it was typed.
                leftOut.add(reason.name() + ":" + (account == null ? "#" + recipientId
                        : ca.tremplin.security.UserAccount.cleanedName(account.getDisplayName())));
                continue;
            }
            Locale language = account.locale();
            FunnelReport report = byLanguage.computeIfAbsent(language,
                    l -> reports.reportFor(reader, reading.query(), l, false));
            MailAttachment file = files.computeIfAbsent(language, l -> file(schedule, report, l));
            outbox.enqueue(tenant.getId(), ScheduledReportMail.report(account, schedule, report, reader, file));
            sentTo++;
        }
        String leftOutText = leftOut.isEmpty() ? null : String.join("\n", leftOut);
        if (leftOutText != null && !sameLeftOut(schedule.getLastSkipped(), leftOut)) {
            tellAdmins(schedule, leftOut);
        }
        schedule.sent(now, leftOutText, next);
        return sentTo;
    }

    private void tellAdmins(ReportSchedule schedule, List<String> leftOut) {
        Role admins = schedule.isAcrossCentres() ? Role.PLATFORM_ADMIN : Role.CSS_ADMIN;
        // Admins who joined: an invitation not yet accepted may have gone to a mistyped address.
        em.createQuery("select u from UserAccount u where u.active = true and u.role = :role", UserAccount.class)
                .setParameter("role", admins).getResultStream().filter(UserAccount::hasPassword)
                .forEach(admin -> outbox.enqueue(schedule.getTenantId(),
                        ScheduledReportMail.leftOut(admin, schedule, String.join("\n", leftOut))));
    }

    private static MailAttachment file(ReportSchedule schedule, FunnelReport report, Locale language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (schedule.getFileFormat() == ReportSchedule.FileFormat.CSV) {
                ReportFiles.writeCsv(report, language, bytes);
            } else {
                ReportFiles.writeXlsx(report, language, bytes);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        String name = "tremplin-report-" + report.query().from() + "-" + report.query().to() + "."
                + schedule.getFileFormat().name().toLowerCase(Locale.ROOT);
        return new MailAttachment(name, schedule.getFileFormat() == ReportSchedule.FileFormat.CSV
                ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.toByteArray());
    }
}
