package ca.tremplin.inquiry;

import ca.tremplin.kernel.Messages;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailContent;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The acknowledgement of a request, in the requester's language, in text and HTML: what they asked for, and
 * what happens next (who answers and by when).
 */
final class AcknowledgementMail {

    private AcknowledgementMail() {
    }

    /** @param answeredBy the centres (or the coordinating organisation) that will answer, with their deadline */
    static MailContent compose(Inquiry inquiry, List<AskedProgram> programs, List<Answerer> answeredBy) {
        return compose(inquiry, programs, answeredBy, false);
    }

    /**
     * @param newsAwaitsConfirmation the news the person ticked is held back where they had said stop: the mail asks
     *                               them to confirm it from their preferences link, at its foot
     */
    static MailContent compose(Inquiry inquiry, List<AskedProgram> programs, List<Answerer> answeredBy,
                               boolean newsAwaitsConfirmation) {
        Locale locale = inquiry.locale();
        String subject = Messages.get(locale, "inquiry.mail.subject", String.valueOf(inquiry.getId()));
        List<String> asked = new ArrayList<>();
        for (AskedProgram program : programs) {
            asked.add(program.label(locale));
        }
        if (asked.isEmpty()) {
            asked.add(Messages.get(locale, "inquiry.mail.noProgram"));
        }
        List<String> next = new ArrayList<>();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(BusinessHours.ZONE);
        java.time.ZoneId theirs = inquiry.getViewerZone() == null ? null
                : java.time.ZoneId.of(inquiry.getViewerZone());
        for (Answerer answerer : answeredBy) {
            String deadline = ca.tremplin.kernel.FrenchDates.withOrdinal(when.format(answerer.deadline()),
                    answerer.deadline().atZone(BusinessHours.ZONE), locale);
            if (theirs == null || theirs.getRules().getOffset(answerer.deadline())
                    .equals(BusinessHours.ZONE.getRules().getOffset(answerer.deadline()))) {
                next.add(Messages.get(locale, "inquiry.mail.answeredBy", answerer.named(locale), deadline));
            } else {
                // The same moment in the person's own time, where their browser said they are.
                String local = ca.tremplin.kernel.FrenchDates.withOrdinal(when.withZone(theirs)
                        .format(answerer.deadline()), answerer.deadline().atZone(theirs), locale);
                next.add(Messages.get(locale, "inquiry.mail.answeredByLocal", answerer.named(locale), deadline, local,
                        city(theirs, answerer.deadline(), locale)));
            }
        }
        String greeting = Messages.get(locale, "inquiry.mail.greeting",
                ca.tremplin.person.ContactDetails.addressedAs(inquiry.getFirstName(), inquiry.getLastName()));
        String intro = Messages.get(locale, "inquiry.mail.intro", String.valueOf(inquiry.getId()));
        String askedTitle = Messages.get(locale, "inquiry.mail.asked");
        String nextTitle = Messages.get(locale, "inquiry.mail.next");
        String intake = inquiry.getPreferredIntake() == null ? null
                : Messages.get(locale, "inquiry.mail.intake", inquiry.getPreferredIntake());
        String closing = Messages.get(locale, "inquiry.mail.closing");
        String newsHeld = newsAwaitsConfirmation ? Messages.get(locale, "inquiry.mail.newsAwaitsConfirmation") : null;
        String signature = Messages.get(locale, "mail.signature");

        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(intro).append("\n\n")
                .append(askedTitle).append('\n');
        asked.forEach(line -> text.append("- ").append(line).append('\n'));
        if (intake != null) {
            text.append(intake).append('\n');
        }
        text.append('\n').append(nextTitle).append('\n');
        next.forEach(line -> text.append("- ").append(line).append('\n'));
        if (newsHeld != null) {
            text.append('\n').append(newsHeld).append('\n');
        }
        text.append('\n').append(closing).append("\n\n").append(signature).append('\n');

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">")
                .append("<p>").append(HtmlText.escape(greeting)).append("</p>")
                .append("<p>").append(HtmlText.escape(intro)).append("</p>")
                .append("<h2 style=\"font-size:1.1em\">").append(HtmlText.escape(askedTitle)).append("</h2><ul>");
        asked.forEach(line -> html.append("<li>").append(HtmlText.escape(line)).append("</li>"));
        html.append("</ul>");
        if (intake != null) {
            html.append("<p>").append(HtmlText.escape(intake)).append("</p>");
        }
        html.append("<h2 style=\"font-size:1.1em\">").append(HtmlText.escape(nextTitle)).append("</h2><ul>");
        next.forEach(line -> html.append("<li>").append(HtmlText.escape(line)).append("</li>"));
        html.append("</ul>");
        if (newsHeld != null) {
            html.append("<p>").append(HtmlText.escape(newsHeld)).append("</p>");
        }
        html.append("<p>").append(HtmlText.escape(closing)).append("</p>")
                .append("<p style=\"color:#555\">").append(HtmlText.escape(signature)).append("</p></body></html>");
        return new MailContent(inquiry.getEmail(), subject, text.toString(), html.toString());
    }

    /**
     * The place a zone is named after, in the mail's language: "Dakar" for Africa/Dakar, "Bruxelles" or "Brussels"
     * for Europe/Brussels; a zone that names no city ("UTC", which some browsers report to hide where they are) by its
     * offset at that moment.
     */
    static String city(java.time.ZoneId zone, Instant at, Locale locale) {
        return ca.tremplin.kernel.ZoneCities.name(zone, locale)
                .orElseGet(() -> "UTC" + zone.getRules().getOffset(at).getId().replace("Z", "+00:00"));
    }

    /**
     * To the parent or guardian who consented for a person under 14: what they consented to, for whom, who will
     * answer, and where they withdraw it (the person's consent page), in the request's language.
     */
    static MailContent toGuardian(Inquiry inquiry, String guardianName, String guardianEmail,
                                  List<Answerer> answeredBy, String consentPage) {
        Locale locale = inquiry.locale();
        String child = (inquiry.getFirstName() + " " + (inquiry.getLastName() == null ? "" : inquiry.getLastName()))
                .strip();
        List<String> centres = answeredBy.stream().map(Answerer::name).toList();
        String body = Messages.get(locale, "inquiry.mail.guardian.body", guardianName == null ? "" : guardianName,
                child, String.valueOf(inquiry.getId()), String.join(", ", centres),
                consentPage == null ? Messages.get(locale, "inquiry.mail.guardian.answerToWithdraw") : consentPage);
        return new MailContent(guardianEmail, Messages.get(locale, "inquiry.mail.guardian.subject", child), body,
                HtmlText.paragraphs(ca.tremplin.kernel.Languages.code(locale), body));
    }

    /** The coordination handed the request to a centre: which one now answers, and by when. */
    static MailContent handedOver(Inquiry inquiry, Answerer centre) {
        Locale locale = inquiry.locale();
        String body = Messages.get(locale, "inquiry.mail.handedOver.body",
                ca.tremplin.person.ContactDetails.addressedAs(inquiry.getFirstName(), inquiry.getLastName()),
                String.valueOf(inquiry.getId()), centre.name(), deadlineSaid(inquiry, centre.deadline()));
        return new MailContent(inquiry.getEmail(), Messages.get(locale, "inquiry.mail.handedOver.subject",
                String.valueOf(inquiry.getId()), centre.name()), body,
                HtmlText.paragraphs(ca.tremplin.kernel.Languages.code(locale), body));
    }

    /** The centre that held the request closed before answering: the coordination answers now, and by when. */
    static MailContent handedBack(Inquiry inquiry, String closedCentre, Answerer coordination) {
        Locale locale = inquiry.locale();
        String body = Messages.get(locale, "inquiry.mail.handedBack.body",
                ca.tremplin.person.ContactDetails.addressedAs(inquiry.getFirstName(), inquiry.getLastName()),
                String.valueOf(inquiry.getId()), closedCentre, coordination.name(),
                deadlineSaid(inquiry, coordination.deadline()));
        return new MailContent(inquiry.getEmail(), Messages.get(locale, "inquiry.mail.handedBack.subject",
                String.valueOf(inquiry.getId()), coordination.name()), body,
                HtmlText.paragraphs(ca.tremplin.kernel.Languages.code(locale), body));
    }

    /**
     * A new deadline as the notice of a move says it: in Montréal's time, and, as the acknowledgement gives it, in the
     * person's own when their browser said where they are and its clock differs then ("soit le … à Dakar").
     */
    static String deadlineSaid(Inquiry inquiry, Instant deadline) {
        Locale locale = inquiry.locale();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(BusinessHours.ZONE);
        String montreal = ca.tremplin.kernel.FrenchDates.withOrdinal(when.format(deadline),
                deadline.atZone(BusinessHours.ZONE), locale);
        java.time.ZoneId theirs = inquiry.getViewerZone() == null ? null
                : java.time.ZoneId.of(inquiry.getViewerZone());
        if (theirs == null || theirs.getRules().getOffset(deadline)
                .equals(BusinessHours.ZONE.getRules().getOffset(deadline))) {
            return Messages.get(locale, "inquiry.mail.deadlineMontreal", montreal);
        }
        String local = ca.tremplin.kernel.FrenchDates.withOrdinal(when.withZone(theirs).format(deadline),
                deadline.atZone(theirs), locale);
        return Messages.get(locale, "inquiry.mail.deadlineLocal", montreal, local, city(theirs, deadline, locale));
    }

    /** Who answers, and by when; and the centres chosen that it answers for while they have nobody to (or null). */
    record Answerer(String name, Instant deadline, String inPlaceOf) {

        Answerer(String name, Instant deadline) {
            this(name, deadline, null);
        }

        /** The one who answers, as the acknowledgement names them. */
        String named(Locale locale) {
            return inPlaceOf == null ? name : Messages.get(locale, "inquiry.mail.inPlaceOf", name, inPlaceOf);
        }
    }
}
