package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A change history names each field an edit changed with its value before and after, and only those: a long text by
 * its name alone, a value on one short line.
 */
class FieldChangesTest {

    private record Form(String title, Integer seats, BigDecimal tuition, String description, Set<String> centres,
                        boolean exempt) {
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
    void aLongTextIsSaidChangedWithoutEitherVersion() {
        Form edited = new Form("Soudage", 20, new BigDecimal("1200.00"), "Un autre long texte.",
                Set.of("Laval", "Jonquière"), false);

        assertEquals(List.of("DESCRIPTION"), changes(STORED, edited));
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

        assertEquals(List.of("TITLE (Soudage → —)", "SEATS (20 → —)", "TUITION (1200.00 → —)", "DESCRIPTION",
                "CENTRES (Jonquière, Laval → —)"), changes(STORED, emptied));
    }

    @Test
    void aLongOrMultiLineValueIsKeptOnOneShortLine() {
        assertEquals("12 rue Principale / Laval", FieldChanges.shown("12 rue Principale\n  Laval"));
        String shown = FieldChanges.shown("x".repeat(200));
        assertEquals(FieldChanges.LONGEST_VALUE, shown.length());
        assertEquals('…', shown.charAt(shown.length() - 1));
    }
}
