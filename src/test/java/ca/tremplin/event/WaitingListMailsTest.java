package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * A person waiting for a seat, on their registration's row: joining the list, leaving it and being given a seat leave
 * the row's times as the queries that cannot name its status read them (a seat held: neither time set); the waiting
 * list's mails speak the person's language, say their position and carry no calendar file, nothing of the event being
 * in their calendar; the seat's confirmation carries one, outranking any file the person holds of the event.
 */
class WaitingListMailsTest {

    private static final String SENDER = "no-reply@tremplin.example";

    @Test
    void aPlaceOnTheWaitingListIsNoSeatAndEachMoveLeavesTheTimesAsQueriesReadThem() {
        Event event = fair(60L, 1);
        EventRegistration newcomer = registration(Locale.FRENCH);
        newcomer.waitForASeat(at("2027-03-01T11:00:00Z"));
        assertTrue(newcomer.isWaiting() && !holdsSeat(newcomer), "a newcomer who found the event full waits");
        EventRegistration awa = registration(Locale.ENGLISH);
        assertTrue(holdsSeat(awa), "registered");

        assertThrows(IllegalStateException.class, () -> awa.joinWaitingList(at("2027-03-01T12:00:00Z")),
                "one who holds a seat does not wait for one");
        assertTrue(awa.cancel(event, at("2027-03-02T12:00:00Z")));
        awa.joinWaitingList(at("2027-03-03T12:00:00Z"));
        assertTrue(awa.isWaiting());
        assertFalse(awa.isCancelled());
        assertEquals(at("2027-03-03T12:00:00Z"), awa.getWaitlistedAt(), "the time that orders the list");
        assertNull(awa.getCancelledAt());
        assertFalse(holdsSeat(awa));
        assertFalse(awa.cancel(event, at("2027-03-04T12:00:00Z")), "a place on the list is no seat to give up");

        assertTrue(awa.leaveWaitingList(at("2027-03-05T12:00:00Z")));
        assertFalse(awa.leaveWaitingList(at("2027-03-05T12:00:01Z")), "left twice is once");
        assertTrue(awa.isCancelled() && awa.hasLeftWaitingList(), "what was given up was a place on the list");
        assertEquals(at("2027-03-03T12:00:00Z"), awa.getWaitlistedAt());
        assertFalse(holdsSeat(awa));
        assertFalse(awa.takeSeatFromWaitingList(event, at("2027-03-05T12:00:02Z")),
                "no seat for one who left the list");

        awa.joinWaitingList(at("2027-03-06T12:00:00Z"));
        assertEquals(at("2027-03-06T12:00:00Z"), awa.getWaitlistedAt(), "back at the end of the list");
        assertTrue(awa.takeSeatFromWaitingList(event, at("2027-03-06T12:00:01Z")));
        assertFalse(awa.takeSeatFromWaitingList(event, at("2027-03-06T12:00:01Z")), "seated once");
        assertTrue(holdsSeat(awa) && awa.getStatus() == EventRegistration.Status.REGISTERED);

        assertTrue(awa.cancel(event, at("2027-03-07T12:00:00Z")));
        assertTrue(awa.isCancelled() && !awa.hasLeftWaitingList(), "what was given up this time was a seat");
    }

    /**
     * A registrant gives up their seat (their calendar receives a cancellation), finds the event full when they want it
     * back, waits, and is given the next seat freed: its confirmation puts the event back in their calendar, the same
     * event at a higher sequence, and says why it comes now; the mail of the list in between carries no file.
     */
    @Test
    void theSeatsConfirmationOutranksTheCancellationOfASeatGivenUpBeforeWaiting() throws Exception {
        ca.tremplin.tenant.Tenant centre = fjord();
        Event event = fair(61L, 4);
        EventRegistration awa = registration(Locale.ENGLISH);
        Calendar first = read(EventMails.confirmation(event, sender(centre, "2027-03-01T12:00:00Z"), awa, "link"));
        awa.cancel(event, at("2027-03-02T12:00:00Z"));
        Calendar removal = read(EventMails.withdrawal(event, sender(centre, "2027-03-02T12:00:00Z"), awa));

        awa.joinWaitingList(at("2027-03-03T12:00:00Z"));
        MailContent waiting = EventMails.waitlisted(event, awa, 1, "https://tremplin.example/leave");
        awa.takeSeatFromWaitingList(event, at("2027-03-04T12:00:00Z"));
        MailContent seat = EventMails.seatGiven(event, sender(centre, "2027-03-04T12:00:00Z"), awa, "link");
        Calendar back = read(seat);

        assertNull(waiting.attachment(), "nothing of the event is in a waiting person's calendar");
        assertEquals("Registration confirmed: Student Fair", seat.subject(), "a registration's confirmation");
        assertTrue(seat.text().contains("A seat has freed up, and it is yours"), seat.text());
        assertEquals("PUBLISH", value(back, Property.METHOD));
        assertEquals(uid(first), uid(back), "one event in their calendar");
        assertTrue(sequence(first) < sequence(removal) && sequence(removal) < sequence(back),
                "the confirmation outranks the cancellation they hold: " + sequence(first) + ", "
                        + sequence(removal) + ", " + sequence(back));
        assertEquals("CONFIRMED", value(event(back), Property.STATUS));
    }

    @Test
    void theWaitingListsMailSaysThePositionAndTheLinkToLeaveInThePersonsLanguage() {
        Event event = fair(62L, 1);
        EventRegistration awa = registration(Locale.ENGLISH);
        EventRegistration ines = registration(Locale.FRENCH);
        awa.cancel(event, at("2027-03-02T12:00:00Z"));
        awa.joinWaitingList(at("2027-03-02T12:00:00Z"));
        ines.cancel(event, at("2027-03-02T12:00:00Z"));
        ines.joinWaitingList(at("2027-03-02T12:00:01Z"));

        MailContent english = EventMails.waitlisted(event, awa, 3, "https://tremplin.example/leave?token=a");
        MailContent french = EventMails.waitlisted(event, ines, 4, "https://tremplin.example/leave?token=b");

        assertEquals("Waiting list: Student Fair", english.subject());
        assertTrue(english.text().contains("\"Student Fair\" is full: you are on its waiting list, in position 3."),
                english.text());
        assertTrue(english.text().contains("Leave the waiting list: https://tremplin.example/leave?token=a"),
                english.text());
        assertTrue(english.text().contains("(UTC-04:00)"), "the time with its zone, as in every mail: "
                + english.text());
        assertEquals("Liste d’attente : Salon de l'étudiant", french.subject());
        assertTrue(french.text().contains("vous êtes sur sa liste d’attente, en position 4."), french.text());
        assertTrue(french.text().contains("Quittez la liste d’attente : https://tremplin.example/leave?token=b"),
                french.text());
        assertTrue(french.html().contains("<a href=\"https://tremplin.example/leave?token=b\""), french.html());
    }

    @Test
    void aPersonWaitingIsToldWhenStaffTakeThemOffAndWhenTheEventIsCancelledWithoutAFile() {
        Event event = fair(63L, 2);
        EventRegistration awa = registration(Locale.ENGLISH);
        awa.cancel(event, at("2027-03-02T12:00:00Z"));
        awa.joinWaitingList(at("2027-03-02T12:00:00Z"));

        MailContent removed = EventMails.waitlistRemoved(event, awa);
        event.cancel();
        MailContent cancelled = EventMails.waitlistCancelled(event, awa);

        assertEquals("Waiting list: Student Fair", removed.subject());
        assertTrue(removed.text().contains("Our team has taken you off the waiting list for \"Student Fair\""),
                removed.text());
        assertNull(removed.attachment());
        assertEquals("Cancelled: Student Fair", cancelled.subject());
        assertTrue(cancelled.text().contains("You were on its waiting list; there is nothing you need to do."),
                cancelled.text());
        assertNull(cancelled.attachment(), "no cancellation of an event they never held");
        assertFalse(removed.text().contains("Leave the waiting list") || cancelled.text().contains("Free your seat"),
                "no link to leave a list they are no longer on");
    }

    /** A seat held: neither given up nor waiting, which is how reports and lists that cannot name a status read it. */
    private static boolean holdsSeat(EventRegistration registration) {
        boolean byTimes = registration.getCancelledAt() == null && registration.getWaitlistedAt() == null;
        assertEquals(registration.getStatus() == EventRegistration.Status.REGISTERED, byTimes,
                "the times agree with the status " + registration.getStatus());
        return byTimes;
    }

    /** A fair published for April 2027: open to registration at the times these tests give. */
    private static Event fair(long id, long version) {
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 4, 8, 18, 0), LocalDateTime.of(2027, 4, 8, 19, 30),
                ZoneId.of("America/Montreal"));
        EventCalendarFileTest.identify(event, id);
        event.publish();
        event.setVersion(version);
        return event;
    }

    private static EventRegistration registration(Locale language) {
        return new EventRegistration(1L, 51L, 1L, "key-" + language, RegistrationChannel.WEB, new ContactDetails(
                "Awa", "Diop", "awa@exemple.sn", "awa@exemple.sn", null, "SN", null, language), "America/Toronto",
                null, at("2027-03-01T12:00:00Z"));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static ca.tremplin.tenant.Tenant fjord() {
        ca.tremplin.tenant.Tenant centre = new ca.tremplin.tenant.Tenant();
        centre.setNameFr("CSS du Fjord");
        centre.setNameEn("Fjord School Service Centre");
        return centre;
    }

    private static EventMails.Sender sender(ca.tremplin.tenant.Tenant centre, String at) {
        return new EventMails.Sender(centre, SENDER, Instant.parse(at));
    }

    private static Calendar read(MailContent mail) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(mail.attachment().content()));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent(net.fortuna.ical4j.model.Component.VEVENT).orElseThrow();
    }

    private static String uid(Calendar calendar) {
        return value(event(calendar), Property.UID);
    }

    private static int sequence(Calendar calendar) {
        return Integer.parseInt(value(event(calendar), Property.SEQUENCE));
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }
}
