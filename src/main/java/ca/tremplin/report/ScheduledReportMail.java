package ca.tremplin.report;

import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.mail.MailAttachment;
import ca.tremplin.mail.MailContent;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import ca.tremplin.report.FunnelReport.StageFigure;
import ca.tremplin.security.UserAccount;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The e-mails of scheduled reports, in each recipient's language: the report's few figures in the text (each
 * centre's funnel, for the coordinator every centre apart), the whole report attached, a link to it on line and to
 * the schedules; and the notice to admins of recipients left out.
 */
final class ScheduledReportMail {

    private ScheduledReportMail() {
    }

    static MailContent report(UserAccount recipient, ReportSchedule schedule, FunnelReport report,
                              FunnelReports.Reader reader, MailAttachment file) {
        Locale language = recipient.locale();
        ReportQuery query = report.query();
        StringBuilder text = new StringBuilder()
                .append(Messages.get(language, "reportSchedule.mail.greeting", recipient.getDisplayName()))
                .append("\n\n")
                .append(Messages.get(language, "reportSchedule.mail.intro", schedule.getName(), date(query.from(),
                        language), date(query.to(), language)))
                .append("\n");
        if (report.aboutNothing()) {
            text.append("\n").append(ReportFiles.aboutNothing(report, language)).append("\n");
        } else {
            text.append("\n").append(ReportFiles.aboutThis(report, language)).append("\n");
            for (CentreFunnel funnel : report.funnels()) {
                text.append("\n").append(funnel.centreName()).append("\n").append(figures(funnel, language))
                        .append("\n");
            }
        }
        text.append("\n").append(Messages.get(language, "reportSchedule.mail.file", file.fileName()))
                .append("\n").append(Messages.get(language, "reportSchedule.mail.online",
                        PublicAddress.of("/admin/reports.xhtml?" + ReportAddress.write(query))))
                .append("\n\n").append(Messages.get(language, "reportSchedule.mail.why",
                        schedule.getDayOfWeek().getDisplayName(TextStyle.FULL, language),
                        PublicAddress.of("/admin/report-schedules.xhtml")));
        String subject = Messages.get(language, "reportSchedule.mail.subject", schedule.getName(),
                date(query.to(), language));
        return new MailContent(recipient.getEmail(), subject, text.toString(),
                ca.tremplin.mail.HtmlText.paragraphs(language.getLanguage(), text.toString())).attaching(file);
    }

    static MailContent leftOut(UserAccount admin, ReportSchedule schedule, String leftOut) {
        Locale language = admin.locale();
        String people = ScheduledReportSender.leftOutLines(leftOut, language).stream().map(line -> "- " + line)
                .collect(Collectors.joining("\n"));
        String text = Messages.get(language, "reportSchedule.leftOut.text", schedule.getName(), people,
                PublicAddress.of("/admin/report-schedules.xhtml"));
        return new MailContent(admin.getEmail(), Messages.get(language, "reportSchedule.leftOut.subject",
                schedule.getName()), text, ca.tremplin.mail.HtmlText.paragraphs(language.getLanguage(), text));
    }

    /** A funnel on two lines: each stage reached with its share of the previous one, then the lost. */
    static String figures(CentreFunnel funnel, Locale language) {
        String stages = funnel.stages().stream().map(stage -> figure(stage, language))
                .collect(Collectors.joining(" · "));
        return stages + "\n" + Messages.get(language, "reportSchedule.mail.lost", funnel.lostTotal());
    }

    private static String figure(StageFigure stage, Locale language) {
        String name = Messages.get(language, stage.stage().messageKey());
        return stage.fromPrevious() == null ? name + " " + stage.reached()
                : name + " " + stage.reached() + " (" + percent(stage.fromPrevious(), language) + ")";
    }

    /** A share as the reader's language writes it: "48 %" in French, "48%" in English. */
    private static String percent(double share, Locale language) {
        java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(language);
        format.setMaximumFractionDigits(0);
        // The page's and the files' share (one decimal, halves up), then to a whole, halves up (12.5 is 13), before
        // the format's own rounding, which would round halves to even.
        long whole = java.math.BigDecimal.valueOf(ReportFiles.rounded(share)).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValue();
        return format.format(whole / 100.0);
    }

    private static String date(LocalDate day, Locale language) {
        return ca.tremplin.kernel.FrenchDates.longDay(day, language);
    }
}
