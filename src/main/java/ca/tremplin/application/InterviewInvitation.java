package ca.tremplin.application;

import ca.tremplin.mail.MailAttachment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
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

    static MailAttachment of(Interview interview, String title, String description, String uidDomain) {
        Instant start = interview.getStartsAt();
        VEvent event = new VEvent(start, start.plus(Duration.ofMinutes(interview.getDurationMinutes())), title);
        event.add(new Uid("interview-" + interview.getId() + "@" + uidDomain));
        String where = interview.getLink() != null ? interview.getLink() : interview.getPlace();
        if (where != null) {
            event.add(new Location(where));
        }
        event.add(new Description(description));
        Calendar calendar = new Calendar().withProdId("-//Tremplin//Interview//FR").withDefaults()
                .withProperty(ImmutableMethod.REQUEST).withComponent(event).getFluentTarget();
        return new MailAttachment("entrevue-interview.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                calendar.toString().getBytes(StandardCharsets.UTF_8));
    }
}
