package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.ContactDetails;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Who came to an event, as its page, the reports and the campaigns all count it: a person recorded as present from the
 * moment they were, while the event runs, and from its start when they are written down once it is over (a paper
 * list, the list brought back from the fair); a person who came keeps the seat they used; a cancelled event takes no
 * attendance and has no no-shows.
 */
class EventAttendanceTest {

    private static final ZoneId DAKAR = ZoneId.of("Africa/Dakar");

    /** A session in Dakar, 10:00 to 12:00 on 10 March 2027 (UTC, as Dakar's time is). */
    private static Event session() {
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 3, 10, 10, 0), LocalDateTime.of(2027, 3, 10, 12, 0),
                DAKAR);
        event.startAsDraft(Instant.parse("2027-02-01T09:00:00Z"));
        event.publish();
        return event;
    }

    @Test
    void aPersonRecordedWhileTheEventRunsCameThenAndOneWrittenDownOnceItIsOverCameFromItsStart() {
        Event event = session();
        Instant start = Instant.parse("2027-03-10T10:00:00Z");

        assertEquals(Instant.parse("2027-03-10T10:40:00Z"), event.attendedFrom(Instant.parse("2027-03-10T10:40:00Z")),
                "checked in at the door at 10:40");
        assertEquals(Instant.parse("2027-03-10T09:50:00Z"), event.attendedFrom(Instant.parse("2027-03-10T09:50:00Z")),
                "let in as the doors open, before the start");
        assertEquals(start, event.attendedFrom(Instant.parse("2027-03-10T12:00:00Z")), "typed at its very end");
        assertEquals(start, event.attendedFrom(Instant.parse("2027-03-11T08:30:00Z")),
                "a paper list typed the next morning: present from its start, as an imported list's attendees are");
    }

    @Test
    void aPersonWhoCameKeepsTheSeatTheyUsed() {
        Event event = session();
        EventRegistration awa = registration();
        assertFalse(awa.hasCome());
        assertTrue(awa.markAttended(Instant.parse("2027-03-10T10:15:00Z")));
        assertTrue(awa.hasCome());

        assertThrows(IllegalStateException.class, () -> awa.cancel(event, Instant.parse("2027-03-10T11:00:00Z")),
                "left the webinar early, then the link: the seat was used");
        assertEquals(EventRegistration.Status.REGISTERED, awa.getStatus(), "her seat is hers still");
        assertEquals(0, awa.getCalendarSequenceOffset(), "and nothing of a withdrawal was counted");

        EventRegistration bea = registration();
        assertTrue(bea.cancel(event, Instant.parse("2027-03-09T18:00:00Z")), "one who did not come gives hers up");
        assertTrue(bea.isCancelled());
    }

    @Test
    void noShowsAreCountedOverTheSeatsHeldOnceTheEventIsOver() {
        Event event = session();

        EventService.Attendance during = EventService.Attendance.of(event, 10, 3,
                Instant.parse("2027-03-10T11:00:00Z"));
        assertEquals(new EventService.Attendance(10, 3, 0, false, true), during, "nobody is a no-show yet");
        assertFalse(during.noShowsKnown());

        EventService.Attendance after = EventService.Attendance.of(event, 10, 3, Instant.parse("2027-03-10T12:30:00Z"));
        assertEquals(7, after.noShows());
        assertTrue(after.over() && after.noShowsKnown() && after.takesAttendance());
    }

    @Test
    void aCancelledEventTakesNoAttendanceAndHasNoNoShows() {
        Event event = session();
        event.cancel();

        assertFalse(event.takesAttendance());
        EventService.Attendance after = EventService.Attendance.of(event, 4, 0, Instant.parse("2027-03-11T09:00:00Z"));
        assertEquals(0, after.noShows(), "nobody failed to come to an event that was not held");
        assertFalse(after.takesAttendance(), "nobody is checked in nor added at the door");
        assertFalse(after.noShowsKnown(), "and nobody is said absent on its list");
        assertTrue(session().takesAttendance(), "a published event does");
    }

    private static EventRegistration registration() {
        return new EventRegistration(1L, 51L, 1L, "key", RegistrationChannel.WEB, new ContactDetails("Awa", "Diop",
                "awa@exemple.sn", "awa@exemple.sn", null, "SN", null, Locale.FRENCH), "Africa/Dakar", null,
                Instant.parse("2027-03-01T12:00:00Z"));
    }
}
