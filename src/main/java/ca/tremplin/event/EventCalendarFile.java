package ca.tremplin.event;

import ca.tremplin.kernel.PublicAddress;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The event as an iCalendar file (RFC 5545), for "Add to calendar" and the confirmation e-mail. Times are UTC
 * instants, which every calendar shows in its owner's zone; the UID is stable and the SEQUENCE grows with the
 * event's version, so that a moved event's file, or a cancelled one's (STATUS:CANCELLED), replaces the one first
 * added. A registrant's files add what their own registration went through (a seat given up, then taken again:
 * {@link EventRegistration#getCalendarSequenceOffset()}), so that each file a person receives carries a higher
 * sequence than the one before, as RFC 5546 asks of a cancellation and of the event published again after it. The organiser (ORGANIZER, which RFC 5546 requires of a published or cancelled event) is the address the
 * mail comes from, named with the centre that runs the event: the same in the confirmation, each update and the
 * cancellation, since calendar programs apply an update or a cancellation only from the organiser of the event they
 * hold, and RFC 6047 has the organiser be the message's sender. Without an address to name, the file is plain,
 * without METHOD, which needs none. DTSTAMP is when the file was made, so that of two files with the same sequence the
 * later one wins.
 *
 * <p>The confirmation and each update are METHOD:PUBLISH, not REQUEST, on purpose. A registrant chose the event;
 * there is nothing for them to answer. PUBLISH is shown by Outlook, Gmail and Apple Mail as an event to add, one
 * click; REQUEST would make it an invitation, with the registrant as ATTENDEE and Accept / Decline buttons whose
 * answer (METHOD:REPLY) goes to the organiser, the platform's sending address, which no one reads: a "Decline" would
 * take the event out of their calendar and leave them registered, reminded and counted, while the seat is given up
 * by the link in the mail. What PUBLISH costs: Gmail and Outlook put an invitation in the calendar on their own, not
 * a published event nor its update, which the person adds with a click; the update's mail says what changed. Every
 * file of an event keeps the same method, UID and organiser, the sequence only growing, so that what people already
 * added is what an update or the cancellation (METHOD:CANCEL, which names the registrant) replaces: a change of method
 * between an event's files would leave each calendar program to decide whether an invitation is the update of an
 * event added from a published file.
 */
public final class EventCalendarFile {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private EventCalendarFile() {
    }

    /**
     * The media type of the file attached to an e-mail: with its METHOD as a parameter (RFC 6047), which mail
     * programs read to offer the event, or to take a cancelled one out of the calendar, rather than show a file.
     */
    public static String mailMediaType(Event event, Organizer organizer) {
        return mailMediaType(event.getStatus() == EventStatus.CANCELLED, organizer);
    }

    /** The media type of {@link #withdrawing}'s file, a cancellation of the event for its one attendee. */
    public static String withdrawalMediaType(Organizer organizer) {
        return mailMediaType(true, organizer);
    }

    private static String mailMediaType(boolean cancelling, Organizer organizer) {
        if (address(organizer) == null) {
            return MEDIA_TYPE;
        }
        return "text/calendar; method=" + (cancelling ? "CANCEL" : "PUBLISH") + "; charset=UTF-8";
    }

    public static String fileName(Event event) {
        return "event-" + event.getId() + ".ics";
    }

    /**
     * Who the files say organises the event: the centre that runs it, by its name in the reader's language, at the
     * address the mail comes from ({@code mail.MailSender}), the same for every file of the event.
     */
    public record Organizer(String name, String email) {
    }

    /** The file a registrant receives: an online event's place is its link, which registering gives. */
    public static byte[] of(Event event, Organizer organizer, Locale locale, Instant madeAt) {
        return of(event, organizer, locale, null, 0, madeAt);
    }

    /**
     * The file mailed to one registrant, {@code attendee} being their address and {@code ownSequence} what their
     * registration adds to the event's sequence ({@link EventRegistration#getCalendarSequenceOffset()}): a
     * cancellation names them as an attendee taken off the event, as RFC 5546 asks of METHOD:CANCEL (calendar
     * programs that follow it, Outlook's among them, otherwise leave the event in the calendar).
     */
    public static byte[] of(Event event, Organizer organizer, Locale locale, String attendee, int ownSequence,
                            Instant madeAt) {
        return file(event, organizer, locale, location(event, locale), attendee, false, ownSequence, madeAt);
    }

    /**
     * The file mailed to a registrant who gave up their seat, the event going on without them: a cancellation
     * (METHOD:CANCEL) naming them as the attendee taken off, which removes the entry their confirmation added. Its
     * sequence is higher than their latest file's, the event's own being unchanged, by the step giving up the seat
     * added to {@code ownSequence}: RFC 5546 has a cancellation raise the sequence, and the confirmation of a seat
     * taken again later, one step higher still, is then taken for newer than the cancellation.
     */
    public static byte[] withdrawing(Event event, Organizer organizer, Locale locale, String attendee,
                                     int ownSequence, Instant madeAt) {
        return file(event, organizer, locale, location(event, locale), attendee, true, ownSequence, madeAt);
    }

    /**
     * The file anyone downloads from the event's public page: an online event is "En ligne" / "Online" there, as on
     * the page itself; its link is for those who registered, in their confirmation.
     */
    public static byte[] forEveryone(Event event, Organizer organizer, Locale locale, Instant madeAt) {
        return file(event, organizer, locale, place(event, locale), null, false, 0, madeAt);
    }

    private static byte[] file(Event event, Organizer organizer, Locale locale, String where, String attendee,
                               boolean withdrawn, int ownSequence, Instant madeAt) {
        VEvent component = new VEvent(event.getStartsAt(), event.getEndsAt(), event.title(locale));
        component.replace(new DtStamp(madeAt.truncatedTo(ChronoUnit.SECONDS)));
        String page = PublicAddress.of(EventPaths.page(event.getId(), event.title(locale), locale));
        component.add(new Uid("event-" + event.getId() + "@" + PublicAddress.host()));
        component.add(new Url(URI.create(page)));
        component.add(new Location(where));
        String description = event.description(locale);
        component.add(new Description((description == null ? "" : description + "\n\n") + page));
        boolean eventCancelled = event.getStatus() == EventStatus.CANCELLED;
        boolean cancelled = eventCancelled || withdrawn;
        component.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        // The event's version only grows (every save, the cancellation), and so does what a registration adds (a seat
        // given up, then taken again): a file sent after either carries a higher sequence than the one the registrant
        // holds, so that calendars replace it. The page's file, for anyone, is the event's own.
        component.add(new Sequence((int) Math.min(Integer.MAX_VALUE,
                event.getVersion() + ownSequence + (eventCancelled ? 1 : 0))));
        URI organizerAddress = address(organizer);
        boolean organized = organizerAddress != null;
        if (organized) {
            net.fortuna.ical4j.model.property.Organizer property =
                    new net.fortuna.ical4j.model.property.Organizer(organizerAddress);
            if (organizer.name() != null && !organizer.name().isBlank()) {
                property.add(new net.fortuna.ical4j.model.parameter.Cn(organizer.name()));
            }
            component.add(property);
            URI attendeeAddress = address(new Organizer(null, attendee));
            if (cancelled && attendeeAddress != null) {
                component.add(new net.fortuna.ical4j.model.property.Attendee(attendeeAddress));
            }
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tremplin//Events//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (organized) {
            calendar.add(new Method(cancelled ? "CANCEL" : "PUBLISH"));
        }
        calendar.add(component);
        // Lines folded at 75 octets, as RFC 5545 requires (a long description or address would otherwise be cut or
        // refused by strict calendar programs).
        return ca.tremplin.kernel.CalendarText.of(calendar);
    }

    private static URI address(Organizer organizer) {
        return organizer == null ? null : ca.tremplin.kernel.CalendarText.mailto(organizer.email());
    }

    /** The venue, city and country in the reader's language, as a poster or a calendar names the place. */
    static String place(Event event, Locale locale) {
        if (event.isVirtual()) {
            return ca.tremplin.kernel.Messages.get(locale, "events.online");
        }
        return location(event, locale);
    }

    private static String location(Event event, Locale locale) {
        if (event.isVirtual()) {
            return event.getOnlineUrl() == null ? "" : event.getOnlineUrl();
        }
        StringBuilder place = new StringBuilder();
        for (String part : new String[] {event.getVenue(), event.getCity(), countryName(event.getCountry(), locale)}) {
            if (part != null && !part.isBlank()) {
                place.append(place.length() == 0 ? "" : ", ").append(part);
            }
        }
        return place.toString();
    }

    private static String countryName(String code, Locale locale) {
        return code == null ? null : new Locale("", code).getDisplayCountry(locale);
    }
}
