package ca.tremplin.report;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The scheduled reports page ({@code /admin/report-schedules.xhtml}): the report page links here with its address, and
 * a member of staff has it e-mailed every week to the staff they choose; the centre's schedules are listed with their
 * next sending and who was left out of the last.
 */
@Named
@ViewScoped
public class ReportSchedulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    java.time.Clock clock;

    @Inject
    ReportSchedules schedules;

    @Inject
    PageMessages messages;

    @Inject
    SignedInUser signedInUser;

    /** The report's address parameters, as the report page passes them. */
    private String report = "";
    private String name;
    private int periodWeeks = 1;
    private DayOfWeek dayOfWeek = DayOfWeek.MONDAY;
    private ReportSchedule.FileFormat format = ReportSchedule.FileFormat.XLSX;
    private List<Long> recipients = new ArrayList<>();
    private Map<Long, String> possibleRecipients;
    private transient List<ReportSchedules.Line> lines;
    private transient String reportDescription;

    public void load() {
        if (report != null && !report.isBlank()) {
            try {
                schedules.requireReadable(report);
            } catch (BusinessRuleException unreadable) {
                messages.explain(unreadable);
            }
        }
        if (possibleRecipients == null) {
            possibleRecipients = schedules.possibleRecipients();
            if (possibleRecipients.containsKey(signedInUser.getUserId())) {
                recipients.add(signedInUser.getUserId());
            }
        }
    }

    public void create() {
        try {
            ReportSchedule schedule = schedules.create(new ReportSchedules.Request(name, report, periodWeeks,
                    dayOfWeek, format, new LinkedHashSet<>(recipients)));
            messages.info("reportSchedule.created", schedule.getName());
            name = null;
            lines = null;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    public void remove(long scheduleId) {
        schedules.remove(scheduleId);
        messages.info("reportSchedule.removed");
        lines = null;
    }

    public void leave(long scheduleId) {
        messages.info(switch (schedules.leave(scheduleId)) {
            case OTHERS_RECEIVE_IT -> "reportSchedule.leftIt";
            case REMOVED -> "reportSchedule.leftAndRemoved";
            case ALREADY_GONE -> "reportSchedule.alreadyGone";
        });
        lines = null;
    }

    public void sendNow(long scheduleId) {
        int sentTo = schedules.sendNow(scheduleId);
        messages.info(sentTo == 0 ? "reportSchedule.sentToNobody" : "reportSchedule.sentNow", sentTo);
        lines = null;
    }

    /** The report the schedule would send today, dated as its mail's link is. */
    public String reportOf(ReportSchedule schedule) {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ca.tremplin.kernel.QuebecTime.ZONE));
        ReportAddress.Reading sent = ReportAddress.read(ScheduledReportSender.addressSentOn(schedule, today), today,
                schedule.isAcrossCentres());
        return sent.readable() ? ReportAddress.write(sent.query()) : schedule.getAddress();
    }

    public List<ReportSchedules.Line> getLines() {
        if (lines == null) {
            lines = schedules.list(messages.locale());
        }
        return lines;
    }

    /** Who was left out of the last sending, and why, in the reader's language. */
    public List<String> leftOut(ReportSchedule schedule) {
        return ScheduledReportSender.leftOutLines(schedule.getLastSkipped(), messages.locale());
    }

    /** The report being scheduled, in words rather than as its address. */
    public String getReportDescription() {
        if (reportDescription == null) {
            reportDescription = schedules.describe(report, messages.locale());
        }
        return reportDescription;
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, messages.locale());
    }

    public List<DayOfWeek> getDays() { return List.of(DayOfWeek.values()); }
    public List<Integer> getPeriods() { return ReportSchedules.PERIODS.stream().sorted().toList(); }
    public ReportSchedule.FileFormat[] getFormats() { return ReportSchedule.FileFormat.values(); }
    public Map<Long, String> getPossibleRecipients() { return possibleRecipients; }
    public String getReport() { return report; }
    public void setReport(String report) {
        this.report = report == null ? "" : report;
        reportDescription = null;
    }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getPeriodWeeks() { return periodWeeks; }
    public void setPeriodWeeks(int periodWeeks) { this.periodWeeks = periodWeeks; }
    public DayOfWeek getDayOfWeek() { return dayOfWeek; }
    public void setDayOfWeek(DayOfWeek dayOfWeek) { this.dayOfWeek = dayOfWeek; }
    public ReportSchedule.FileFormat getFormat() { return format; }
    public void setFormat(ReportSchedule.FileFormat format) { this.format = format; }
    public List<Long> getRecipients() { return recipients; }
    public void setRecipients(List<Long> recipients) { this.recipients = new ArrayList<>(recipients); }
}
