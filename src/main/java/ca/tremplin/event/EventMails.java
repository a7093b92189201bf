package ca.tremplin.event;

import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailAttachment;
import ca.tremplin.mail.MailContent;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails a registrant receives, in the language they registered in, with the time in the zone they
 * registered from (else the event's): the confirmation with the calendar file, the reminder the day before, the
 * notice of cancellation (with a cancelling calendar file); and those of a person waiting for a seat: on the waiting
 * list at a position, given a seat (a confirmation), taken off the list by staff, the event cancelled. A person waiting
 * holds no file of the event: none of the waiting list's mails carries one, but the seat's confirmation. Each file's
 * sequence is the event's with what the registration adds, given up and taken again ({@link
 * EventRegistration#getCalendarSequenceOffset()}), read when the mail is written: give up the seat or restore it
 * first.
 */
final class EventMails {

    private EventMails() {
    }

    /**
     * Who sends a registrant's mail, as its calendar files name the organiser: the centre that runs the event, at the
     * address the mail comes from ({@code mail.MailSender}), and when the message is written.
     */
    record Sender(ca.tremplin.tenant.Tenant centre, String address, java.time.Instant now) {

        /** The organiser every file of the event names, the confirmation's, each update's and the cancellation's. */
        EventCalendarFile.Organizer organizer(Locale locale) {
            return EventMails.organizer(centre, address, locale);
        }
    }

    static MailContent confirmation(Event event, Sender sender, EventRegistration registration, String cancelLink) {
        return confirmation(event, sender, registration, cancelLink, false);
    }

    /**
     * @param newsAwaitsConfirmation the news the person ticked is held back, a stop of their own standing at the
     *                               centre: the confirmation asks them to give it from the preferences link at its foot
     *                               (said only here, which the address's owner alone reads, never on the page)
     */
    static MailContent confirmation(Event event, Sender sender, EventRegistration registration, String cancelLink,
                                    boolean newsAwaitsConfirmation) {
        String note = newsAwaitsConfirmation
                ? Messages.get(registration.locale(), "event.mail.newsAwaitsConfirmation") : null;
        return composeWithNote(event, registration, "event.mail.confirmation", "event.mail.cancelLink", cancelLink,
                note)
                .attaching(calendarFile(event, sender, registration));
    }

    /**
     * The confirmation of a seat freed and given to the first person waiting: a registration's subject and calendar
     * file, and a first line that says why it comes now.
     */
    static MailContent seatGiven(Event event, Sender sender, EventRegistration registration, String cancelLink) {
        return compose(event, registration, "event.mail.seatGiven", cancelLink)
                .attaching(calendarFile(event, sender, registration));
    }

    /** On the waiting list, at {@code position}, with the link to leave it (the registration's own link). */
    static MailContent waitlisted(Event event, EventRegistration registration, int position, String leaveLink) {
        return waitlisted(event, registration, position, leaveLink, false);
    }

    /** As above, asking the person to confirm news they ticked that a stop of their own holds back (confirmation). */
    static MailContent waitlisted(Event event, EventRegistration registration, int position, String leaveLink,
                                  boolean newsAwaitsConfirmation) {
        String note = newsAwaitsConfirmation
                ? Messages.get(registration.locale(), "event.mail.newsAwaitsConfirmation") : null;
        return composeWithNote(event, registration, "event.mail.waitlisted", "event.mail.leaveWaitingListLink",
                leaveLink, note, position);
    }

    /** The event, full, moved while the person waits for a seat: the time and place now, and the link to leave. */
    static MailContent waitlistChange(Event event, EventRegistration registration, String leaveLink) {
        return compose(event, registration, "event.mail.waitlistChange", "event.mail.leaveWaitingListLink",
                leaveLink);
    }

    /** Staff took the person off the waiting list (they asked by phone, or came another way). */
    static MailContent waitlistRemoved(Event event, EventRegistration registration) {
        return compose(event, registration, "event.mail.waitlistRemoved", null, null);
    }

    /** The event is cancelled: the person waiting is told there will be no seat. */
    static MailContent waitlistCancelled(Event event, EventRegistration registration) {
        return compose(event, registration, "event.mail.waitlistCancelled", null, null);
    }

    /**
     * The reminder, sent at {@code now} within a day of the start: its subject says "today" or "tomorrow" as the
     * registrant's own calendar has it (a webinar at 14:00 reminded at 05:00 the same day is today's).
     */
    static MailContent reminder(Event event, EventRegistration registration, java.time.Instant now, String cancelLink) {
        MailContent reminder = compose(event, registration, "event.mail.reminder", cancelLink);
        ZoneId zone = viewerZone(event, registration);
        boolean today = java.time.LocalDate.ofInstant(event.getStartsAt(), zone)
                .equals(java.time.LocalDate.ofInstant(now, zone));
        return today ? new MailContent(reminder.recipient(), Messages.get(registration.locale(),
                "event.mail.reminder.subjectToday", event.title(registration.locale())), reminder.text(),
                reminder.html()) : reminder;
    }

    /** The zone the registrant's times are written in: theirs when their browser said it, else the event's. */
    private static ZoneId viewerZone(Event event, EventRegistration registration) {
        return EventTimes.zone(registration.getViewerZoneId()).orElse(event.zone());
    }

    static MailContent change(Event event, Sender sender, EventRegistration registration, String cancelLink) {
        return compose(event, registration, "event.mail.change", cancelLink)
                .attaching(calendarFile(event, sender, registration));
    }

    static MailContent cancellation(Event event, Sender sender, EventRegistration registration) {
        return compose(event, registration, "event.mail.cancellation", null)
                .attaching(calendarFile(event, sender, registration));
    }

    /**
     * The registrant gave up their seat (from their link, or staff for them): told so in writing, with the file that
     * takes the event out of their calendar, where it would otherwise still ring.
     */
    static MailContent withdrawal(Event event, Sender sender, EventRegistration registration) {
        Locale locale = registration.locale();
        EventCalendarFile.Organizer organizer = sender.organizer(locale);
        return compose(event, registration, "event.mail.withdrawal", null).attaching(new MailAttachment(
                EventCalendarFile.fileName(event), EventCalendarFile.withdrawalMediaType(organizer),
                EventCalendarFile.withdrawing(event, organizer, locale, registration.getEmail(),
                        registration.getCalendarSequenceOffset(), sender.now())));
    }

    private static MailAttachment calendarFile(Event event, Sender sender, EventRegistration registration) {
        Locale locale = registration.locale();
        EventCalendarFile.Organizer organizer = sender.organizer(locale);
        return new MailAttachment(EventCalendarFile.fileName(event), EventCalendarFile.mailMediaType(event, organizer),
                EventCalendarFile.of(event, organizer, locale, registration.getEmail(),
                        registration.getCalendarSequenceOffset(), sender.now()));
    }

    /**
     * The organiser a file of the event names: the centre that runs it, at {@code senderAddress}, the address its
     * mail comes from — not the centre's contact address, which is the mail's Reply-To and may change between the
     * confirmation and the cancellation, when calendar programs would no longer take the one for the other's.
     */
    static EventCalendarFile.Organizer organizer(ca.tremplin.tenant.Tenant centre, String senderAddress,
                                                 Locale locale) {
        return new EventCalendarFile.Organizer(centre == null ? null : centre.localizedName(locale), senderAddress);
    }

    /** The message; {@code cancelLink}, when given, is the page where the person gives up their seat. */
    private static MailContent compose(Event event, EventRegistration registration, String kind, String cancelLink) {
        return compose(event, registration, kind, "event.mail.cancelLink", cancelLink);
    }

    /**
     * The message of {@code kind}, its first line saying the event's title and then {@code more}; {@code link}, when
     * given, said by the message {@code linkSaid}.
     */
    private static MailContent compose(Event event, EventRegistration registration, String kind, String linkSaid,
                                       String link, Object... more) {
        return composeWithNote(event, registration, kind, linkSaid, link, null, more);
    }

    /** As above, {@code note} (when given) said before the signature. */
    private static MailContent composeWithNote(Event event, EventRegistration registration, String kind,
                                               String linkSaid, String link, String note, Object... more) {
        Locale locale = registration.locale();
        ZoneId zone = viewerZone(event, registration);
        String title = event.title(locale);
        String subject = Messages.get(locale, kind + ".subject", title);
        String when = EventTimes.span(event, zone, locale);
        String where = event.isVirtual()
                ? Messages.get(locale, "event.mail.online", event.getOnlineUrl() == null ? "" : event.getOnlineUrl())
                : Messages.get(locale, "event.mail.place", String.join(", ", nonBlank(event.getVenue(),
                        event.getCity())));
        String page = PublicAddress.of(EventPaths.page(event.getId(), title, locale));
        List<String> lines = new java.util.ArrayList<>(List.of(Messages.get(locale, "event.mail.greeting",
                ca.tremplin.person.ContactDetails.addressedAs(registration.getFirstName(), registration.getLastName())),
                Messages.get(locale, kind + ".intro", introArguments(title, more)),
                Messages.get(locale, "event.mail.when", when), where, Messages.get(locale, "event.mail.page", page)));
        if (link != null) {
            lines.add(Messages.get(locale, linkSaid, link));
        }
        if (note != null) {
            lines.add(note);
        }
        lines.add(Messages.get(locale, "mail.signature"));
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String line : lines) {
            text.append(line).append("\n\n");
            html.append("<p>").append(HtmlText.withLinks(HtmlText.escape(line))).append("</p>");
        }
        html.append("</body></html>");
        return new MailContent(registration.getEmail(), subject, text.toString().strip() + "\n", html.toString());
    }

    private static Object[] introArguments(String title, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = title;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return arguments;
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList();
    }
}
