package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The calendar file a registrant adds to their calendar: RFC 5545 as calendar applications read it. */
class EventCalendarFileTest {

    @Test
    void theFileHoldsTheEventInUtcWithItsTitlePlaceAndStableId() {
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 12, 30),
                ZoneId.of("Europe/Paris"));
        event.setVirtual(false);
        event.setVenue("Paris Expo, hall 7");
        event.setCity("Paris");
        event.setCountry("FR");
        identify(event, 42L);

        String folded = new String(EventCalendarFile.of(event, FJORD, Locale.ENGLISH, MADE), StandardCharsets.UTF_8);
        // RFC 5545: content lines are folded at 75 octets (CRLF then a space); read here unfolded.
        String ics = folded.replace("\r\n ", "");

        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("VERSION:2.0"), ics);
        assertTrue(ics.contains("METHOD:PUBLISH"), ics);
        assertTrue(ics.contains("DTSTART:20270328T080000Z"), ics);
        assertTrue(ics.contains("DTEND:20270328T103000Z"), ics);
        assertTrue(ics.contains("SUMMARY:Student Fair"), ics);
        assertTrue(ics.contains("LOCATION:Paris Expo\\, hall 7\\, Paris\\, France"), ics);
        assertTrue(ics.contains("STATUS:CONFIRMED"), ics);
        assertTrue(ics.contains("UID:event-42@" + ca.tremplin.kernel.PublicAddress.host()), "the installation's own: " + ics);
        assertTrue(ics.contains("/en/events/42-student-fair"), "the event's page: " + ics);
        assertTrue(ics.contains("\r\n"), "lines end with CRLF");
        assertTrue(ics.contains("ORGANIZER;CN=CSS du Fjord:mailto:no-reply@tremplin.example"), ics);
        assertTrue(ics.contains("DTSTAMP:20270301T143000Z"), "when the file was made: " + ics);
    }

    /** An online event's link is for its registrants: the file anyone downloads from its page says "Online". */
    @Test
    void anOnlineEventsLinkIsInTheRegistrantsFileNotInTheOneAnyoneDownloads() {
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 11, 0),
                ZoneId.of("Africa/Dakar"));
        event.setVirtual(true);
        event.setOnlineUrl("https://webinaire.example/mecanique-reservee");
        identify(event, 45L);

        String registrants = new String(EventCalendarFile.of(event, FJORD, Locale.ENGLISH, MADE), StandardCharsets.UTF_8);
        String everyones = new String(EventCalendarFile.forEveryone(event, FJORD, Locale.ENGLISH, MADE),
                StandardCharsets.UTF_8);

        assertTrue(registrants.replace("\r\n ", "").contains("LOCATION:https://webinaire.example/mecanique-reservee"),
                registrants);
        assertTrue(everyones.contains("LOCATION:Online"), everyones);
        assertFalse(everyones.replace("\r\n ", "").contains("mecanique-reservee"), everyones);
    }

    @Test
    void aPublishedOrCancelledEventNamesItsOrganiserAsITipRequiresAndAFileWithoutOneIsPlain() throws Exception {
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 12, 30),
                ZoneId.of("Europe/Paris"));
        identify(event, 44L);

        assertEquals(List.of(), errors(EventCalendarFile.of(event, FJORD, Locale.FRENCH, MADE)),
                "a published event's file is valid iTIP (RFC 5546)");
        assertEquals("text/calendar; method=PUBLISH; charset=UTF-8", EventCalendarFile.mailMediaType(event, FJORD),
                "mailed with its method, as RFC 6047 asks");
        assertFalse(new String(EventCalendarFile.of(event, FJORD, Locale.FRENCH, "awa.diallo@exemple.sn", 0, MADE),
                StandardCharsets.UTF_8).contains("ATTENDEE"),
                "a published event's file (METHOD:PUBLISH) names no attendee, which PUBLISH forbids");
        event.cancel();
        String cancelled = new String(EventCalendarFile.of(event, FJORD, Locale.FRENCH, MADE), StandardCharsets.UTF_8);
        assertTrue(cancelled.contains("METHOD:CANCEL"), cancelled);
        assertEquals("text/calendar; method=CANCEL; charset=UTF-8", EventCalendarFile.mailMediaType(event, FJORD),
                "a mail program takes the event out of the calendar rather than show a file");
        assertEquals(List.of(), errors(cancelled.getBytes(StandardCharsets.UTF_8)), "so is a cancelled one's");
        assertFalse(cancelled.contains("ATTENDEE"), "the file anyone is given names nobody");
        String registrants = new String(EventCalendarFile.of(event, FJORD, Locale.FRENCH, "awa.diallo@exemple.sn", 0,
                MADE), StandardCharsets.UTF_8);
        assertTrue(registrants.contains("ATTENDEE:mailto:awa.diallo@exemple.sn"),
                "the registrant's cancellation names her as the attendee taken off, as METHOD:CANCEL requires: "
                        + registrants);
        assertEquals(List.of(), errors(registrants.getBytes(StandardCharsets.UTF_8)));

        String plain = new String(EventCalendarFile.of(event, new EventCalendarFile.Organizer("CSS sans courriel", null),
                Locale.FRENCH, MADE), StandardCharsets.UTF_8);
        assertFalse(plain.contains("METHOD:"), "without an address to name, no iTIP method that would need one");
        assertEquals("text/calendar; charset=UTF-8", EventCalendarFile.mailMediaType(event,
                new EventCalendarFile.Organizer("CSS sans courriel", null)));
        assertEquals(List.of(), errors(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** What ical4j's validator finds wrong in the file, as calendar programs that check would. */
    private static List<String> errors(byte[] file) throws Exception {
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.ByteArrayInputStream(file));
        return calendar.validate().getEntries().stream()
                .filter(entry -> entry.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR)
                .map(Object::toString).toList();
    }

    @Test
    void longLinesAreFoldedAt75OctetsAndThePlaceIsInTheReadersLanguage() {
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 12, 30),
                ZoneId.of("Africa/Dakar"));
        event.setVirtual(false);
        event.setVenue("Centre international de conférences Abdou Diouf, salle Léopold-Sédar-Senghor");
        event.setCity("Diamniadio");
        event.setCountry("SN");
        event.setDescriptionEn("Meet the school service centres of Québec: welding, mechanics, cooking, health care, "
                + "construction trades, with advisers for the study permit and the CAQ, in French and in English. "
                + "Séance spéciale à l’École des métiers de l’équipement motorisé, Québec, Lévis, Trois-Rivières, "
                + "Sherbrooke, Chicoutimi, Rimouski, Gaspé, Sept-Îles, Val-d’Or et Rouyn-Noranda : « éé » ".repeat(2));
        identify(event, 43L);

        String ics = new String(EventCalendarFile.of(event, FJORD, Locale.ENGLISH, MADE), StandardCharsets.UTF_8);

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "a line of " + line.length() + ": " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("Diamniadio\\, Senegal"), unfolded);
        assertTrue(unfolded.contains("the study permit and the CAQ"), unfolded);
        assertTrue(unfolded.contains("Sept-Îles\\, Val-d’Or"), "folded lines join back whole: " + unfolded);
    }

    @Test
    void aPlaceWhoseVenueIsNotKnownYetIsItsCityAndCountryWithoutALeadingComma() {
        Event event = EventTimesTest.event(LocalDateTime.of(2027, 2, 10, 10, 0), LocalDateTime.of(2027, 2, 10, 17, 0),
                ZoneId.of("Europe/Paris"));
        event.setVirtual(false);
        event.setCity("Paris");
        event.setCountry("FR");
        assertEquals("Paris, France", EventCalendarFile.place(event, Locale.FRENCH), "the event's public page says it so");
        event.setVenue("  ");
        assertEquals("Paris, France", EventCalendarFile.place(event, Locale.FRENCH));
        event.setVirtual(true);
        assertEquals("Online", EventCalendarFile.place(event, Locale.ENGLISH));
    }

    /** The centre that runs the event, at the address its mail comes from. */
    private static final EventCalendarFile.Organizer FJORD =
            new EventCalendarFile.Organizer("CSS du Fjord", "no-reply@tremplin.example");

    private static final java.time.Instant MADE = java.time.Instant.parse("2027-03-01T14:30:00.250Z");

    /** The id the database would give (the entity has no setter for it, on purpose). */
    static void identify(Event event, long id) {
        try {
            java.lang.reflect.Field field = Event.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(event, id);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
