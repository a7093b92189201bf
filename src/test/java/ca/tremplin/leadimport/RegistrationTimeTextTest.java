package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.leadimport.RegistrationTimeText.SlashOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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

    /**
     * An American spreadsheet writes the 3rd of April "4/3/2027"; read alone it would be the 4th of March. Its next
     * row, "4/25/2027", can only be month first, and so the whole list is read month first, its first row included.
     */
    @Test
    void aListsDatesAreReadInTheOrderItsDatesOnlyOneOrderReadsSay() {
        String list = "First Name,Last Name,Email Address,Registration Date,Time Attended\r\n"
                + "Ana,Lima,ana.lima@example.br,4/3/2027,1:05\r\n"
                + "Luis,Rocha,luis.rocha@example.pt,4/25/2027 09:30,0:45\r\n"
                + "Mei,Chen,mei.chen@example.cn,5/6/2027,0:30\r\n";

        List<ImportedPerson> people = people(list, SlashOrder.MONTH_FIRST);

        assertEquals(Instant.parse("2027-04-02T22:00:00Z"), people.get(0).registered().at(PARIS), "the 3rd of April");
        assertEquals(Instant.parse("2027-04-25T07:30:00Z"), people.get(1).registered().at(PARIS));
        assertEquals(Instant.parse("2027-05-05T22:00:00Z"), people.get(2).registered().at(PARIS), "the 6th of May");
        assertTrue(people.stream().noneMatch(ImportedPerson::hasWarnings));
    }

    /**
     * A French list, the same dates the other way round: "25/03/2027" says day first, and "03/04/2027" above it is the
     * 3rd of April; a list whose dates say nothing is read day first too, as the centres write them.
     */
    @Test
    void aFrenchListIsReadDayFirstAndSoIsAListWhoseDatesSayNothing() {
        List<ImportedPerson> people = people("Prénom;Nom;Courriel;Date d'inscription;Durée (min)\r\n"
                + "Awa;Diop;awa.diop@exemple.sn;03/04/2027;52,5\r\n"
                + "Moussa;Camara;moussa.camara@exemple.gn;25/03/2027 14 h 05;30\r\n", SlashOrder.DAY_FIRST);
        assertEquals(Instant.parse("2027-04-02T22:00:00Z"), people.get(0).registered().at(PARIS));
        assertEquals(Instant.parse("2027-03-25T13:05:00Z"), people.get(1).registered().at(PARIS));

        List<ImportedPerson> unsaid = people("Prénom;Nom;Courriel;Date d'inscription\r\n"
                + "Awa;Diop;awa.diop@exemple.sn;03/04/2027\r\n"
                + "Moussa;Camara;moussa.camara@exemple.gn;05/05/2027\r\n", SlashOrder.DAY_FIRST);
        assertEquals(Instant.parse("2027-04-02T22:00:00Z"), unsaid.get(0).registered().at(PARIS));
    }

    /**
     * Two lists pasted into one, a French one and an American one: its dates say both orders, so a date either order
     * reads ("03/04/2027") is no date — left out with a warning that says why, its person still imported — while the
     * dates only one order reads, and a day that is its own month ("05/05/2027"), are read.
     */
    @Test
    void aListWhoseDatesSayBothOrdersLeavesOutTheDatesEitherOrderReads() {
        List<ImportedPerson> people = people("First Name,Last Name,Email,Registration Date\r\n"
                + "Awa,Diop,awa.diop@exemple.sn,25/03/2027\r\n"
                + "Ana,Lima,ana.lima@example.br,3/26/2027\r\n"
                + "Luis,Rocha,luis.rocha@example.pt,03/04/2027\r\n"
                + "Mei,Chen,mei.chen@example.cn,05/05/2027\r\n", SlashOrder.CONTRADICTORY);

        assertEquals(Instant.parse("2027-03-24T23:00:00Z"), people.get(0).registered().at(PARIS));
        assertEquals(Instant.parse("2027-03-25T23:00:00Z"), people.get(1).registered().at(PARIS));
        ImportedPerson luis = people.get(2);
        assertTrue(luis.isValid(), "the person is imported");
        assertNull(luis.registered(), "dated by the event, not by a guess");
        assertTrue(luis.warnings().contains("« 03/04/2027 » se lit jour puis mois comme mois puis jour"),
                luis.warnings());
        assertEquals(Instant.parse("2027-05-04T22:00:00Z"), people.get(3).registered().at(PARIS));
    }

    /**
     * A list that cannot be read to its end (a quote never closed) is still read as before: the rows read before the
     * one that cannot be read decide the order, and reading the rows stops at that row with its own reason.
     */
    @Test
    void aListWithAnUnreadableRowIsDecidedByTheRowsAboveIt() {
        ImportTable table = ImportTable.read(("First Name,Last Name,Email,Registration Date\r\n"
                + "Ana,Lima,ana.lima@example.br,4/25/2027\r\n"
                + "Awa,Diop,awa.diop@exemple.sn,4/3/2027\r\n"
                + "Luis,\"Rocha,luis.rocha@example.pt,13/04/2027\r\n"
                + "Mei,Chen,mei.chen@example.cn,4/5/2027\r\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(SlashOrder.MONTH_FIRST, RegistrationTimeText.orderIn(table, ColumnMapping.guess(table.headers())));
        assertEquals("import.invalid.quoteNeverClosed", table.firstRows(10).get(2).unreadable().messageKey(),
                "its 13/04 says nothing of the order: the line fails on its own");
    }

    @Test
    void aColumnNotChosenDecidesNothing() {
        ImportTable table = ImportTable.read("First Name,Last Name,Email\r\nAna,Lima,ana.lima@example.br\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(SlashOrder.DAY_FIRST, RegistrationTimeText.orderIn(table, ColumnMapping.guess(table.headers())));
    }

    /** The list's people, its dates in the order decided for the whole list, which the test expects. */
    private static List<ImportedPerson> people(String list, SlashOrder expected) {
        ImportTable table = ImportTable.read(list.getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        SlashOrder dates = RegistrationTimeText.orderIn(table, mapping);
        assertEquals(expected, dates);
        return table.firstRows(100).stream()
                .map(row -> ImportedPerson.read(row, mapping, table, dates, "liste.csv", Locale.FRENCH)).toList();
    }

    private static Instant at(String text) {
        return RegistrationTimeText.read(text).orElseThrow(() -> new AssertionError("not read: " + text)).at(PARIS);
    }
}
