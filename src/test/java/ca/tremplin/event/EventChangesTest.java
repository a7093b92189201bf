package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What registrants were told of an event, whose change tells them again: what their confirmation and calendar file
 * show, and nothing they are not shown; and what an edit's history says of it.
 */
class EventChangesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aFairsPlaceAndAWebinarsLinkAreWhatRegistrantsWereToldNotTheOtherKindsFields() {
        Event fair = EventTimesTest.event(LocalDateTime.of(2027, 3, 10, 10, 0), LocalDateTime.of(2027, 3, 10, 17, 0),
                PARIS);
        fair.setVirtual(false);
        fair.setCity("Paris");
        fair.setCountry("FR");
        fair.setVenue("Parc des expositions");
        List<Object> told = EventService.whatRegistrantsWereTold(fair);
        fair.setOnlineUrl("https://meet.example/h9-a");
        assertEquals(told, EventService.whatRegistrantsWereTold(fair), "a fair's link is shown to no one");
        fair.setVenue("Hall 7");
        assertNotEquals(told, EventService.whatRegistrantsWereTold(fair), "its venue is");

        Event webinar = EventTimesTest.event(LocalDateTime.of(2027, 3, 10, 10, 0),
                LocalDateTime.of(2027, 3, 10, 11, 0), PARIS);
        webinar.setVirtual(true);
        webinar.setOnlineUrl("https://meet.example/webinaire");
        told = EventService.whatRegistrantsWereTold(webinar);
        webinar.setVenue("Studio 2");
        assertEquals(told, EventService.whatRegistrantsWereTold(webinar), "a webinar's venue is shown to no one");
        webinar.setOnlineUrl("https://meet.example/autre");
        assertNotEquals(told, EventService.whatRegistrantsWereTold(webinar), "its link is");
    }

    @Test
    void anEditsHistoryGivesTheTimesInTheEventsOwnZone() {
        Event stored = EventTimesTest.event(LocalDateTime.of(2027, 3, 10, 10, 0), LocalDateTime.of(2027, 3, 10, 17, 0),
                PARIS);
        Event edited = EventTimesTest.event(LocalDateTime.of(2027, 3, 11, 10, 0), LocalDateTime.of(2027, 3, 11, 17, 0),
                PARIS);
        edited.setCapacity(120);

        assertEquals(List.of("STARTS_AT (2027-03-10 10:00 → 2027-03-11 10:00)",
                "ENDS_AT (2027-03-10 17:00 → 2027-03-11 17:00)", "CAPACITY (— → 120)"), stored.changedFields(edited));
    }

    @Test
    void anEditsHistoryGivesItsDescriptionByItsLengthsItsStaffByNameAloneAndItsCostAndLinkWhole() {
        LocalDateTime start = LocalDateTime.of(2027, 3, 10, 10, 0);
        Event stored = EventTimesTest.event(start, start.plusHours(1), PARIS);
        stored.setDescriptionFr("Une heure.");
        stored.setRecruiterIds(java.util.Set.of(11L));
        String meeting = "https://meet.example/j/" + "4".repeat(120) + "?pwd=";
        stored.setOnlineUrl(meeting + "a1");
        Event edited = EventTimesTest.event(start, start.plusHours(1), PARIS);
        edited.setDescriptionFr("Une heure d’échanges.");
        edited.setRecruiterIds(java.util.Set.of(11L, 12L));
        edited.setOnlineUrl(meeting + "b2");
        edited.setCostCad(new java.math.BigDecimal("15"));

        assertEquals(List.of("DESCRIPTION_FR {10 → 21}", "ONLINE_URL (" + meeting + "a1 → " + meeting + "b2)",
                "COST (— → 15.00)", "STAFF"), stored.changedFields(edited));
    }
}
