package ca.tremplin.application;

import ca.tremplin.mail.MailAttachment;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * An interview as an iCalendar (.ics) invitation (METHOD:REQUEST) that any calendar opens. Times are written in
 * UTC, so every calendar shows them in its own zone; the zone the interview was set in is in the description.
 */
final class InterviewInvitation {

    private InterviewInvitation() {
    }

    /**
     * An invitation (METHOD:REQUEST) names its organiser and its attendee, as RFC 5546 requires: the centre, whose
     * address answers go to, and the applicant; a centre without a contact address sends a plain file instead.
     */
    static MailAttachment of(Interview interview, String title, String description, String uidDomain,
                             ca.tremplin.tenant.Tenant centre, java.util.Locale language, String applicantName,
                             String applicantEmail) {
        return calendarFile(interview, title, description, uidDomain, centre, language, applicantName, applicantEmail,
                false);
    }

    /**
     * The interview cancelled (METHOD:CANCEL, STATUS:CANCELLED, the same UID and a higher SEQUENCE): the candidate's
     * calendar removes the event it holds.
     */
    static MailAttachment cancellation(Interview interview, String title, String description, String uidDomain,
                                       ca.tremplin.tenant.Tenant centre, java.util.Locale language,
                                       String applicantName, String applicantEmail) {
        return calendarFile(interview, title, description, uidDomain, centre, language, applicantName, applicantEmail,
                true);
    }

    private static MailAttachment calendarFile(Interview interview, String title, String description,
                                               String uidDomain, ca.tremplin.tenant.Tenant centre,
                                               java.util.Locale language, String applicantName,
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
        boolean invitation = centre != null && centre.getContactEmail() != null && !centre.getContactEmail().isBlank()
                && applicantEmail != null;
        if (invitation) {
            Organizer organizer = new Organizer(URI.create("mailto:" + centre.getContactEmail().strip()));
            organizer.add(new Cn(centre.localizedName(language)));
            event.add(organizer);
            Attendee attendee = new Attendee(URI.create("mailto:" + applicantEmail));
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
                ca.tremplin.kernel.CalendarText.of(calendar));
    }
}
