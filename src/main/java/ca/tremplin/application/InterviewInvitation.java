package ca.tremplin.application;

import ca.tremplin.kernel.CalendarText;
import ca.tremplin.mail.MailAttachment;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.SentBy;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * An interview as an iCalendar (.ics) invitation (METHOD:REQUEST) that any calendar opens. Times are written in
 * UTC, so every calendar shows them in its own zone; the zone the interview was set in is in the description.
 */
final class InterviewInvitation {

    private InterviewInvitation() {
    }

    /**
     * Who the files of one interview name as its organiser, and who sends them on the organiser's behalf. The
     * organiser is the member of staff who set the interview, by their name and at their address: the candidate's
     * calendar says who invites them, and the answer it sends (Accept, Decline) reaches that person. The platform
     * sends the mail from its own address, which no one reads; the file names it as SENT-BY (RFC 5545 §3.2.18), the
     * one acting on the organiser's behalf, so that the message's sender, which calendar programs compare with the
     * organiser (RFC 6047), is accounted for. When the first file is sent for a setter unknown, without an address or
     * whose account is deactivated (nobody would read the answers), the centre is the organiser, at its contact
     * address, sent by the platform the same way; a centre without one, a plain file.
     *
     * <p>The first file that names an organiser fixes it on the interview ({@link #fixedFor}): the invitation, each
     * move and the cancellation name that one, whoever in the centre makes them and whatever became of the setter's
     * account since (a recruiter deactivated after the invitation stays its organiser), since calendar programs apply
     * an update or a cancellation only from the organiser of the event they hold.
     */
    record Organizer(String name, String email, String sentBy) {

        /** Who a first file names: the setter, active and with an address; else the centre; else nobody. */
        static Organizer of(ca.tremplin.security.UserAccount setter, ca.tremplin.tenant.Tenant centre,
                            Locale language, String senderAddress) {
            if (setter != null && setter.isActive() && CalendarText.mailto(setter.getEmail()) != null) {
                return new Organizer(setter.getDisplayName(), setter.getEmail().strip(), senderAddress);
            }
            if (centre != null && CalendarText.mailto(centre.getContactEmail()) != null) {
                return new Organizer(centre.localizedName(language), centre.getContactEmail().strip(), senderAddress);
            }
            return null;
        }

        /**
         * The organiser of {@code interview}'s files: the one an earlier file named, kept on it; else the one
         * {@code first} gives, kept on it for the files to come. Sent by {@code senderAddress} either way.
         */
        static Organizer fixedFor(Interview interview, java.util.function.Supplier<Organizer> first,
                                  String senderAddress) {
            if (interview.getOrganizerEmail() != null) {
                return new Organizer(interview.getOrganizerName(), interview.getOrganizerEmail(), senderAddress);
            }
            Organizer named = first.get();
            if (named != null) {
                interview.organisedBy(named.name(), named.email());
            }
            return named;
        }
    }

    /**
     * An invitation (METHOD:REQUEST) names its organiser and its attendee, as RFC 5546 requires: {@code organizer}
     * and the applicant; without an organiser to name, the file is plain.
     */
    static MailAttachment of(Interview interview, String title, String description, String uidDomain,
                             Organizer organizer, String applicantName, String applicantEmail) {
        return calendarFile(interview, title, description, uidDomain, organizer, applicantName, applicantEmail,
                false);
    }

    /**
     * The interview cancelled (METHOD:CANCEL, STATUS:CANCELLED, the same UID and a higher SEQUENCE): the candidate's
     * calendar removes the event it holds.
     */
    static MailAttachment cancellation(Interview interview, String title, String description, String uidDomain,
                                       Organizer organizer, String applicantName, String applicantEmail) {
        return calendarFile(interview, title, description, uidDomain, organizer, applicantName, applicantEmail,
                true);
    }

    private static MailAttachment calendarFile(Interview interview, String title, String description,
                                               String uidDomain, Organizer organizer, String applicantName,
                                               String applicantEmail, boolean cancelled) {
        Instant start = interview.getStartsAt();
        VEvent event = new VEvent(start, start.plus(Duration.ofMinutes(interview.getDurationMinutes())), title);
        event.add(new Uid("interview-" + interview.getId() + "@" + uidDomain));
        event.add(new net.fortuna.ical4j.model.property.Sequence(interview.getSequence()));
        if (cancelled) {
            event.add(new net.fortuna.ical4j.model.property.Status(net.fortuna.ical4j.model.property.Status.VALUE_CANCELLED));
        }
        String where = interview.getLink() != null ? interview.getLink() : interview.getPlace();
        if (where != null) {
            event.add(new Location(where));
        }
        event.add(new Description(description));
        URI organizerAddress = organizer == null ? null : CalendarText.mailto(organizer.email());
        URI attendeeAddress = CalendarText.mailto(applicantEmail);
        boolean invitation = organizerAddress != null && attendeeAddress != null;
        if (invitation) {
            event.add(organizer(organizer, organizerAddress));
            Attendee attendee = new Attendee(attendeeAddress);
            if (applicantName != null && !applicantName.isBlank()) {
                attendee.add(new Cn(applicantName));
            }
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            event.add(attendee);
        }
        Calendar calendar = new Calendar().withProdId("-//Tremplin//Interview//FR").withDefaults()
                .withComponent(event).getFluentTarget();
        if (invitation) {
            calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        }
        String method = cancelled ? "CANCEL" : "REQUEST";
        return new MailAttachment("entrevue-interview.ics", invitation
                ? "text/calendar; method=" + method + "; charset=UTF-8" : "text/calendar; charset=UTF-8",
                CalendarText.of(calendar));
    }

    /** ORGANIZER with its name (CN) and, when another address sends the mail, that address (SENT-BY). */
    private static net.fortuna.ical4j.model.property.Organizer organizer(Organizer organizer, URI address) {
        net.fortuna.ical4j.model.property.Organizer property = new net.fortuna.ical4j.model.property.Organizer(address);
        if (organizer.name() != null && !organizer.name().isBlank()) {
            property.add(new Cn(organizer.name()));
        }
        URI sender = CalendarText.mailto(organizer.sentBy());
        if (sender != null && !organizer.sentBy().strip().equalsIgnoreCase(organizer.email())) {
            property.add(new SentBy(sender));
        }
        return property;
    }
}
