package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.mail.MailContent;
import ca.tremplin.person.ContactDetails;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The calendar files one registrant receives — with the confirmation, with the notice of a move, with the notice of
 * cancellation — read back as a calendar program reads them: it applies an update or a cancellation only to the
 * event of the same UID, from the same organiser, with a higher sequence, so each of those is the same in all three
 * and the organiser is the address the mail comes from.
 */
class EventCalendarMailsTest {

    private static final String SENDER = "no-reply@tremplin.example";

    @Test
    void theConfirmationAnUpdateAndTheCancellationNameOneEventOneOrganiserAndAGrowingSequence() throws Exception {
        ca.tremplin.tenant.Tenant centre = fjord();
        centre.setContactEmail("info@css-du-fjord.example");
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 12, 0),
                ZoneId.of("America/Montreal"));
        EventCalendarFileTest.identify(event, 51L);
        event.setVersion(3);
        EventRegistration awa = registration();

        Calendar confirmation = read(EventMails.confirmation(event, new EventMails.Sender(centre, SENDER,
                Instant.parse("2027-03-01T12:00:00Z")), awa, "https://tremplin.example/cancel"));
        // Staff move the event an hour later (a save: the version grows); the centre changed its contact address.
        event.schedule(LocalDateTime.of(2027, 3, 28, 11, 0), LocalDateTime.of(2027, 3, 28, 13, 0),
                ZoneId.of("America/Montreal"));
        event.setVersion(4);
        centre.setContactEmail("accueil@css-du-fjord.example");
        Calendar update = read(EventMails.change(event, new EventMails.Sender(centre, SENDER,
                Instant.parse("2027-03-10T09:00:00Z")), awa, "https://tremplin.example/cancel"));
        event.cancel();
        event.setVersion(5);
        MailContent cancellationMail = EventMails.cancellation(event, new EventMails.Sender(centre, SENDER,
                Instant.parse("2027-03-20T16:45:00Z")), awa);
        Calendar cancellation = read(cancellationMail);

        assertEquals("PUBLISH", value(confirmation, Property.METHOD));
        assertEquals("PUBLISH", value(update, Property.METHOD), "an update publishes the event again");
        assertEquals("CANCEL", value(cancellation, Property.METHOD));
        assertEquals("text/calendar; method=CANCEL; charset=UTF-8", cancellationMail.attachment().contentType());

        String uid = value(event(confirmation), Property.UID);
        assertTrue(uid.startsWith("event-51@"), uid);
        assertEquals(uid, value(event(update), Property.UID));
        assertEquals(uid, value(event(cancellation), Property.UID));

        String organizer = value(event(confirmation), Property.ORGANIZER);
        assertEquals("mailto:" + SENDER, organizer, "the address the mail comes from, not the centre's contact address");
        assertEquals(organizer, value(event(update), Property.ORGANIZER),
                "the organiser does not follow the centre's contact address, which changed in between");
        assertEquals(organizer, value(event(cancellation), Property.ORGANIZER));
        assertEquals("Fjord School Service Centre", event(cancellation).getProperty(Property.ORGANIZER)
                .flatMap(property -> ((Property) property).getParameter("CN")).map(Object::toString)
                .map(cn -> cn.substring(cn.indexOf('=') + 1)).orElse(null), "named with the centre, in her language");

        int first = Integer.parseInt(value(event(confirmation), Property.SEQUENCE));
        int second = Integer.parseInt(value(event(update), Property.SEQUENCE));
        int third = Integer.parseInt(value(event(cancellation), Property.SEQUENCE));
        assertTrue(first < second && second < third, first + ", " + second + ", " + third);
        String[] stamps = {value(event(confirmation), Property.DTSTAMP), value(event(update), Property.DTSTAMP),
                value(event(cancellation), Property.DTSTAMP)};
        assertEquals("20270301T120000Z", stamps[0]);
        assertTrue(stamps[0].compareTo(stamps[1]) < 0 && stamps[1].compareTo(stamps[2]) < 0, String.join(", ", stamps));

        assertEquals("CONFIRMED", value(event(update), Property.STATUS));
        assertEquals("CANCELLED", value(event(cancellation), Property.STATUS));
        assertEquals("mailto:awa@exemple.sn", value(event(cancellation), Property.ATTENDEE),
                "the registrant taken off, as METHOD:CANCEL requires");
    }

    /** The file anyone adds from the event's page is the same event, by the same organiser, as the mailed ones. */
    @Test
    void theFileOfTheEventsPageNamesTheSameEventAndOrganiserAsTheMailedOnes() throws Exception {
        ca.tremplin.tenant.Tenant centre = fjord();
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 12, 0),
                ZoneId.of("America/Montreal"));
        EventCalendarFileTest.identify(event, 52L);
        Instant now = Instant.parse("2027-03-01T12:00:00Z");

        Calendar mailed = read(EventMails.confirmation(event, new EventMails.Sender(centre, SENDER, now),
                registration(), null));
        Calendar downloaded = new CalendarBuilder().build(new ByteArrayInputStream(EventCalendarFile.forEveryone(event,
                EventMails.organizer(centre, SENDER, Locale.ENGLISH), Locale.ENGLISH, now)));

        assertEquals(value(event(mailed), Property.UID), value(event(downloaded), Property.UID));
        assertEquals(value(event(mailed), Property.ORGANIZER), value(event(downloaded), Property.ORGANIZER),
                "a centre without a contact address still names the sender: its cancellation is applied too");
        assertEquals(value(event(mailed), Property.SEQUENCE), value(event(downloaded), Property.SEQUENCE));
    }

    /**
     * A registrant who gives up their seat is told so in their language, with a file that takes the event they hold
     * out of their calendar: a cancellation of the same event, by the same organiser, naming them, at a sequence
     * higher than their confirmation's though the event itself did not change (RFC 5546 has a cancellation raise it),
     * while the event stays confirmed for the others.
     */
    @Test
    void aRegistrantWhoGivesUpTheirSeatIsToldInTheirLanguageAndTheEventLeavesTheirCalendar() throws Exception {
        ca.tremplin.tenant.Tenant centre = fjord();
        Event event = montreal(53L, 6, LocalDateTime.of(2027, 3, 28, 19, 0), LocalDateTime.of(2027, 3, 28, 20, 0));
        EventRegistration awa = registration();
        Calendar confirmation = read(EventMails.confirmation(event, new EventMails.Sender(centre, SENDER,
                Instant.parse("2027-03-01T12:00:00Z")), awa, "https://tremplin.example/cancel"));

        awa.cancel(event, Instant.parse("2027-03-05T08:00:00Z"));
        MailContent withdrawal = EventMails.withdrawal(event, new EventMails.Sender(centre, SENDER,
                Instant.parse("2027-03-05T08:00:00Z")), awa);
        Calendar removal = read(withdrawal);

        assertEquals("Registration cancelled: Student Fair", withdrawal.subject());
        assertTrue(withdrawal.text().contains("Your registration for \"") && withdrawal.text().contains("removes the"
                + " event from your calendar"), withdrawal.text());
        assertTrue(withdrawal.text().contains("(UTC-04:00)"), "the time with its zone, as in every mail: "
                + withdrawal.text());
        assertEquals("text/calendar; method=CANCEL; charset=UTF-8", withdrawal.attachment().contentType());
        assertEquals("CANCEL", value(removal, Property.METHOD));
        assertEquals(value(event(confirmation), Property.UID), value(event(removal), Property.UID));
        assertEquals(value(event(confirmation), Property.ORGANIZER), value(event(removal), Property.ORGANIZER));
        assertTrue(sequence(removal) > sequence(confirmation), sequence(confirmation) + ", " + sequence(removal));
        assertEquals("CANCELLED", value(event(removal), Property.STATUS));
        assertEquals("mailto:awa@exemple.sn", value(event(removal), Property.ATTENDEE));
        assertTrue(event.getStatus() != EventStatus.CANCELLED, "the event goes on for the others");
    }

    /**
     * A registrant who gives up their seat and registers again, the event unchanged, receives a confirmation that
     * outranks the cancellation they were sent, so that their calendar puts the event back; each file after it — the
     * event moved, then cancelled, the seat given up once more and taken again — outranks the one before, all of one
     * event. The page's file, for anyone, stays at the event's own sequence.
     */
    @Test
    void eachFileARegistrantReceivesAfterGivingUpTheirSeatAndRegisteringAgainOutranksTheOneBefore() throws Exception {
        ca.tremplin.tenant.Tenant centre = fjord();
        Event event = montreal(54L, 2, LocalDateTime.of(2027, 4, 8, 18, 0), LocalDateTime.of(2027, 4, 8, 19, 30));
        EventRegistration awa = registration();
        java.util.List<Calendar> received = new java.util.ArrayList<>();

        received.add(read(EventMails.confirmation(event, sender(centre, "2027-03-01T12:00:00Z"), awa, "link")));
        assertTrue(awa.cancel(event, Instant.parse("2027-03-02T12:00:00Z")));
        received.add(read(EventMails.withdrawal(event, sender(centre, "2027-03-02T12:00:00Z"), awa)));
        assertFalse(awa.cancel(event, Instant.parse("2027-03-02T12:00:01Z")), "given up twice is once");
        awa.restore(event, Instant.parse("2027-03-03T12:00:00Z"));
        received.add(read(EventMails.confirmation(event, sender(centre, "2027-03-03T12:00:00Z"), awa, "link")));
        awa.cancel(event, Instant.parse("2027-03-04T12:00:00Z"));
        received.add(read(EventMails.withdrawal(event, sender(centre, "2027-03-04T12:00:00Z"), awa)));
        awa.restore(event, Instant.parse("2027-03-05T12:00:00Z"));
        received.add(read(EventMails.confirmation(event, sender(centre, "2027-03-05T12:00:00Z"), awa, "link")));
        event.schedule(LocalDateTime.of(2027, 4, 8, 19, 0), LocalDateTime.of(2027, 4, 8, 20, 30),
                ZoneId.of("America/Montreal"));
        event.setVersion(3);
        received.add(read(EventMails.change(event, sender(centre, "2027-03-06T12:00:00Z"), awa, "link")));
        event.cancel();
        event.setVersion(4);
        received.add(read(EventMails.cancellation(event, sender(centre, "2027-03-07T12:00:00Z"), awa)));

        assertEquals(java.util.List.of("PUBLISH", "CANCEL", "PUBLISH", "CANCEL", "PUBLISH", "PUBLISH", "CANCEL"),
                received.stream().map(file -> value(file, Property.METHOD)).toList());
        java.util.List<Integer> sequences = received.stream().map(EventCalendarMailsTest::sequence).toList();
        assertEquals(java.util.List.of(2, 3, 4, 5, 6, 7, 9), sequences, "each file outranks the one before");
        String uid = value(event(received.get(0)), Property.UID);
        assertTrue(uid.startsWith("event-54@"), uid);
        assertTrue(received.stream().allMatch(file -> uid.equals(value(event(file), Property.UID))),
                "one event throughout");
        assertEquals(4, awa.getCalendarSequenceOffset());

        Calendar downloaded = new CalendarBuilder().build(new ByteArrayInputStream(EventCalendarFile.forEveryone(event,
                EventMails.organizer(centre, SENDER, Locale.ENGLISH), Locale.ENGLISH,
                Instant.parse("2027-03-07T12:00:00Z"))));
        assertEquals(5, sequence(downloaded), "the page's file is nobody's: the event's own sequence");
    }

    /**
     * A seat given back or given up once the event is over — the list brought back from the fair, a person checked in
     * the next day — sends no file, nothing of a past event going to anyone's calendar again: the person's sequence
     * stays where their last file left it. The same at an event cancelled.
     */
    @Test
    void aSeatGivenBackOrGivenUpOnceTheEventIsOverOrCancelledLeavesTheSequenceWhereTheLastFileLeftIt() {
        Event event = montreal(55L, 3, LocalDateTime.of(2027, 4, 8, 18, 0), LocalDateTime.of(2027, 4, 8, 19, 30));
        EventRegistration awa = registration();
        assertTrue(awa.cancel(event, Instant.parse("2027-04-01T12:00:00Z")));
        assertEquals(1, awa.getCalendarSequenceOffset(), "the withdrawal's step, the event to come");

        awa.restore(event, Instant.parse("2027-04-09T09:00:00Z"));
        assertEquals(EventRegistration.Status.REGISTERED, awa.getStatus(), "checked in the next day: came after all");
        assertEquals(1, awa.getCalendarSequenceOffset(), "no file for an event over: no step");
        assertTrue(awa.cancel(event, Instant.parse("2027-04-09T09:05:00Z")));
        assertEquals(1, awa.getCalendarSequenceOffset());

        Event cancelled = montreal(56L, 3, LocalDateTime.of(2027, 4, 8, 18, 0), LocalDateTime.of(2027, 4, 8, 19, 30));
        cancelled.cancel();
        EventRegistration ines = registration();
        assertTrue(ines.cancel(cancelled, Instant.parse("2027-04-01T12:00:00Z")));
        ines.restore(cancelled, Instant.parse("2027-04-02T12:00:00Z"));
        assertEquals(0, ines.getCalendarSequenceOffset(), "an event cancelled sends no file again");
    }

    /** An event published in Montréal's zone, as the database would have it: its id and version. */
    private static Event montreal(long id, long version, LocalDateTime start, LocalDateTime end) {
        Event event = EventTimesTest.event(start, end, ZoneId.of("America/Montreal"));
        EventCalendarFileTest.identify(event, id);
        event.publish();
        event.setVersion(version);
        return event;
    }

    private static EventMails.Sender sender(ca.tremplin.tenant.Tenant centre, String at) {
        return new EventMails.Sender(centre, SENDER, Instant.parse(at));
    }

    private static int sequence(Calendar calendar) {
        return Integer.parseInt(value(event(calendar), Property.SEQUENCE));
    }

    private static ca.tremplin.tenant.Tenant fjord() {
        ca.tremplin.tenant.Tenant centre = new ca.tremplin.tenant.Tenant();
        centre.setNameFr("CSS du Fjord");
        centre.setNameEn("Fjord School Service Centre");
        return centre;
    }

    private static Calendar read(MailContent mail) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(mail.attachment().content()));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent(net.fortuna.ical4j.model.Component.VEVENT).orElseThrow();
    }

    private static String value(PropertyContainer container, String name) {
        return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static EventRegistration registration() {
        return new EventRegistration(1L, 51L, 1L, "key", RegistrationChannel.WEB, new ContactDetails("Awa", "Diop",
                "awa@exemple.sn", "awa@exemple.sn", null, "SN", null, Locale.ENGLISH), "America/Toronto", null,
                Instant.parse("2027-03-01T12:00:00Z"));
    }
}
