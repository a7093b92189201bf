package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A family's sign-up or an Eventbrite order under one address: the second person is not folded into the first's
 * registration (and lost) but fails, with who holds the address, to be given one of their own; the same person
 * again, however the list writes their name, is still one person.
 */
class FileAddressesTest {

    private static final String HEADERS = "Prénom;Nom;Courriel;Téléphone";

    @Test
    void aSecondPersonUnderTheAddressOfAnotherFailsWithWhoHoldsItAndWhy() {
        List<ImportedPerson> people = read(Locale.FRENCH,
                "Awa;Diop;famille.diop@gmail.com;+221 77 111 22 33",
                "Moustapha;Diop;famille.diop@gmail.com;+221 77 444 55 66",
                "Karim;Benali;karim.benali@exemple.ma;");

        assertTrue(people.get(0).isValid());
        ImportedPerson moustapha = people.get(1);
        assertFalse(moustapha.isValid(), "not folded into Awa's registration");
        assertFalse(moustapha.isSkipped(), "a failed row, in the failed-rows download");
        assertEquals(3, moustapha.line());
        assertEquals("Même adresse courriel qu’à la ligne 2, mais une autre personne (Awa Diop) : deux personnes ne"
                + " peuvent partager une adresse ; donnez-lui la sienne.", moustapha.problems());
        assertTrue(people.get(2).isValid());

        assertEquals("Same e-mail address as line 2, but another person (Awa Diop): two people cannot share an"
                + " address; give this one their own.", read(Locale.ENGLISH,
                "Awa;Diop;famille.diop@gmail.com;", "Moustapha;Diop;FAMILLE.Diop@gmail.com;").get(1).problems());
    }

    @Test
    void theSamePersonAgainWhateverTheCaseAccentsSpacesOrAMissingNameIsStillOnePerson() {
        List<ImportedPerson> people = read(Locale.FRENCH,
                "Aïssatou Marie;N’Diaye;aissatou@exemple.sn;+221 77 111 22 33",
                "AISSATOU  marie;n’diaye;Aissatou@exemple.sn;+221 77 999 88 77",
                "Aissatou-Marie;;aissatou@exemple.sn;",
                ";N’Diaye;aissatou@exemple.sn;",
                "Aïssatou;Marie N’Diaye;aissatou@exemple.sn;");

        assertTrue(people.stream().allMatch(ImportedPerson::isValid),
                people.stream().map(p -> String.valueOf(p.problems())).toList().toString());
        assertEquals("+221779998877", people.get(1).person().phoneE164(),
                "another phone of the same person is read, for the import to propose it");
    }

    /** A name given in part first is completed by the same person's later row: another person after is still told. */
    @Test
    void aNameFirstGivenInPartIsCompletedSoThatAnotherPersonAfterIsStillTold() {
        List<ImportedPerson> people = read(Locale.FRENCH,
                "Awa;;awa.famille@exemple.sn;",
                "Awa;Diop;awa.famille@exemple.sn;",
                "Awa;Ndiaye;awa.famille@exemple.sn;");

        assertTrue(people.get(1).isValid(), "Awa, then Awa Diop: one person");
        assertFalse(people.get(2).isValid(), "Awa Ndiaye is another");
        assertTrue(people.get(2).problems().contains("(Awa Diop)"), people.get(2).problems());
    }

    /** Thousands of addresses, each of its own, and the first of them still known after all the others. */
    @Test
    void thousandsOfAddressesAreEachTheirOwnAndTheFirstIsStillKnownAtTheEnd() {
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add("Personne" + i + ";Nom" + i + ";personne" + i + "@exemple.sn;");
        }
        rows.add("Quelqu’un;D’autre;personne0@exemple.sn;");
        List<ImportedPerson> people = read(Locale.FRENCH, rows.toArray(String[]::new));

        assertEquals(5001, people.size());
        assertTrue(people.subList(0, 5000).stream().allMatch(ImportedPerson::isValid));
        assertTrue(people.get(5000).problems().contains("ligne 2") && people.get(5000).problems()
                .contains("(Personne0 Nom0)"), people.get(5000).problems());
    }

    /** A meeting tool's address is the account one joined with: the names shown by devices may differ. */
    @Test
    void theRowsOfAMeetingReportUnderOneAddressAreOnePersonWhateverTheirNames() {
        ImportTable table = ImportTable.read(("Name (Original Name),User Email,Duration (Minutes),Guest,In Waiting Room\r\n"
                + "Awa Diop,awa@exemple.sn,30,Yes,No\r\n"
                + "iPhone de Awa,awa@exemple.sn,20,Yes,No\r\n").getBytes(StandardCharsets.UTF_8));
        FileAddresses addresses = new FileAddresses(table.format());
        ColumnMapping mapping = ColumnMapping.guess(table.headers());

        List<ImportedPerson> people = table.firstRows(10).stream().map(row -> addresses.checked(
                ImportedPerson.read(row, mapping, table, "zoom.csv", Locale.FRENCH), Locale.FRENCH)).toList();

        assertEquals(ImportFormat.ZOOM_PARTICIPANTS, table.format());
        assertTrue(people.get(1).isValid());
        assertNull(people.get(1).problems());
    }

    private static List<ImportedPerson> read(Locale language, String... rows) {
        ImportTable table = ImportTable.read((HEADERS + "\r\n" + String.join("\r\n", rows) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        FileAddresses addresses = new FileAddresses(table.format());
        return table.firstRows(10_000).stream().map(row -> addresses.checked(
                ImportedPerson.read(row, mapping, table, "famille.csv", language), language)).toList();
    }
}
