package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When a list says a person registered, as each export writes it; a time without its offset read on the clock of the
 * event's place.
 */
class RegistrationTimeTextTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void eachExportsWayOfWritingARegistrationTimeIsRead() {
        assertEquals(Instant.parse("2027-03-01T19:22:10Z"), at("2027-03-01 14:22:10-05:00"), "Eventbrite");
        assertEquals(Instant.parse("2027-03-01T09:12:00Z"), at("2027-03-01 10:12"), "Eventbrite, newer: Paris's clock");
        assertEquals(Instant.parse("2027-03-20T19:12:00Z"), at("Mar 20, 2027 08:12 PM"), "Zoom, in the evening");
        assertEquals(Instant.parse("2027-03-20T00:15:00Z"), at("Mar 20, 2027 01:15 AM"));
        assertEquals(Instant.parse("2027-03-19T23:05:00Z"), at("Mar 20, 2027 12:05 AM"), "just after midnight");
        assertEquals(Instant.parse("2027-03-20T11:05:00Z"), at("Mar 20, 2027 12:05 PM"), "just after noon");
        assertEquals(Instant.parse("2027-03-20T19:12:00Z"), at("2027-03-20T20:12"), "a workbook's date and time");
        assertEquals(Instant.parse("2027-03-19T23:00:00Z"), at("2027-03-20"), "a workbook's day: from its start");
        assertEquals(Instant.parse("2027-03-20T20:12:00Z"), at("2027-03-20T20:12:00Z"));
        assertEquals(Instant.parse("2027-06-02T14:30:00Z"), at("June 2, 2027 4:30 pm"), "summer time in Paris");
        assertEquals(Instant.parse("2027-03-19T23:00:00Z"), at("20/03/2027"), "a list typed in French: day first");
        assertEquals(Instant.parse("2027-04-03T12:05:00Z"), at("03/04/2027 14 h 05"), "the 3rd of April");
        assertEquals(Instant.parse("2027-03-25T08:30:00Z"), at("03/25/2027 09:30"), "month first, as only it reads");
    }

    @Test
    void noneAndUnreadableAreTold() {
        assertTrue(RegistrationTimeText.isNone("--"), "Zoom: nothing");
        assertTrue(RegistrationTimeText.isNone(" "));
        for (String unread : List.of("25/25/2027", "hier", "2027-02-30 10:00", "Mar 20, 2027 13:05 PM",
                "Foo 20, 2027", "20/03/27")) {
            assertEquals(Optional.empty(), RegistrationTimeText.read(unread), unread);
        }
    }

    /** Zoom's and Eventbrite's columns are taken as the registration's date. */
    @Test
    void theRegistrationColumnsOfZoomAndEventbriteAreRecognised() {
        assertEquals(Optional.of(3), ColumnMapping.guess(List.of("First Name", "Last Name", "Email",
                "Registration Time", "Approval Status")).column(ImportField.REGISTERED_AT));
        assertEquals(Optional.of(1), ColumnMapping.guess(List.of("Order #", "Order Date", "First Name", "Last Name",
                "Email")).column(ImportField.REGISTERED_AT));
        assertEquals(Optional.of(2), ColumnMapping.guess(List.of("Prénom", "Nom", "Date d’inscription", "Courriel"))
                .column(ImportField.REGISTERED_AT));
    }

    private static Instant at(String text) {
        return RegistrationTimeText.read(text).orElseThrow(() -> new AssertionError("not read: " + text)).at(PARIS);
    }
}
