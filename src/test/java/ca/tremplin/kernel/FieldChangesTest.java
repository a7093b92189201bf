package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A change history names each field an edit changed with its value before and after, and only those: a long text by
 * its lengths, a field whose values it must not keep by its name alone, a value on one line.
 */
class FieldChangesTest {

    private record Form(String title, Integer seats, BigDecimal tuition, String description, Set<String> centres,
                        boolean exempt, String contact) {

        Form(String title, Integer seats, BigDecimal tuition, String description, Set<String> centres,
             boolean exempt) {
            this(title, seats, tuition, description, centres, exempt, "Jean Roy");
        }
    }

    private static final Form STORED = new Form("Soudage", 20, new BigDecimal("1200.00"), "Un long texte.",
            Set.of("Laval", "Jonquière"), false);

    private static List<String> changes(Form before, Form after) {
        return FieldChanges.between(before, after)
                .value("TITLE", Form::title)
                .value("SEATS", Form::seats)
                .value("TUITION", Form::tuition)
                .text("DESCRIPTION", Form::description)
                .value("CENTRES", Form::centres)
                .value("EXEMPT", Form::exempt)
                .withoutValues("CONTACT", Form::contact)
                .lines();
    }

    @Test
    void eachChangedFieldIsAlineWithItsValueBeforeAndAfterInTheOrderNamed() {
        Form edited = new Form("Soudage-montage", 25, new BigDecimal("1200.00"), "Un long texte.",
                Set.of("Laval", "Jonquière"), true);

        assertEquals(List.of("TITLE (Soudage → Soudage-montage)", "SEATS (20 → 25)", "EXEMPT (✗ → ✓)"),
                changes(STORED, edited));
    }

    @Test
    void aLongTextIsSaidChangedWithItsLengthsBeforeAndAfterWithoutEitherVersion() {
        Form edited = new Form("Soudage", 20, new BigDecimal("1200.00"), "Un autre long texte.",
                Set.of("Laval", "Jonquière"), false);

        assertEquals(List.of("DESCRIPTION {14 → 20}"), changes(STORED, edited));
    }

    @Test
    void aTextsLengthCountsCharactersAsPeopleDoAndATextFirstWrittenIsFromNone() {
        Form empty = new Form("Soudage", 20, new BigDecimal("1200.00"), null, Set.of("Laval", "Jonquière"), false);
        Form written = new Form("Soudage", 20, new BigDecimal("1200.00"), "  Soudage 🔥  ",
                Set.of("Laval", "Jonquière"), false);

        assertEquals(List.of("DESCRIPTION {0 → 9}"), changes(empty, written), "an emoji is one, blanks around none");
    }

    @Test
    void aPersonsDataIsSaidChangedWithoutEitherValue() {
        Form edited = new Form("Soudage", 20, new BigDecimal("1200.00"), "Un long texte.",
                Set.of("Laval", "Jonquière"), false, "Marie Roy");

        assertEquals(List.of("CONTACT"), changes(STORED, edited));
    }

    @Test
    void sameValuesWrittenOtherwiseAreNoChange() {
        Form edited = new Form(" Soudage ", 20, new BigDecimal("1200"), "Un long texte.",
                new java.util.LinkedHashSet<>(List.of("Jonquière", "Laval")), false);

        assertEquals(List.of(), changes(STORED, edited), "blanks around, a scale, an order");
    }

    @Test
    void aValueEmptiedOrFirstGivenIsShownAsADash() {
        Form emptied = new Form("  ", null, null, "", Set.of(), false);

        assertEquals(List.of("TITLE (Soudage → —)", "SEATS (20 → —)", "TUITION (1200.00 → —)", "DESCRIPTION {14 → 0}",
                "CENTRES (Jonquière, Laval → —)"), changes(STORED, emptied));
    }

    @Test
    void aMultiLineValueIsKeptOnOneLineAndALongOneWholeUpToTheLongestField() {
        assertEquals("12 rue Principale / Laval", FieldChanges.shown("12 rue Principale\n  Laval"));
        String meeting = "https://meet.example/j/" + "9".repeat(477);
        assertEquals(meeting, FieldChanges.shown(meeting), "an online address of 500 characters, whole");
        String shown = FieldChanges.shown("x".repeat(FieldChanges.LONGEST_VALUE + 1));
        assertEquals(FieldChanges.LONGEST_VALUE, shown.length(), "a list of many names is cut");
        assertEquals('…', shown.charAt(shown.length() - 1));
    }

    @Test
    void twoLongAddressesDifferingAtTheirEndAreToldApart() {
        String meeting = "https://meet.example/j/" + "9".repeat(200);
        record Place(String url) {
        }

        assertEquals(List.of("URL (" + meeting + "1 → " + meeting + "2)"),
                FieldChanges.between(new Place(meeting + "1"), new Place(meeting + "2")).value("URL", Place::url)
                        .lines());
    }
}
