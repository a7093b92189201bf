package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Messages;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The undo's line on the import's page, as French writes it: « d’Isabelle », « de Karim ». */
class UndoProgressTest {

    @Test
    void theNameOfWhoAskedForTheUndoIsPrecededByDeOrElidedBeforeAVowel() {
        assertTrue(status("Isabelle Lévesque", Locale.FRENCH).startsWith("Annulée à la demande d’Isabelle Lévesque le"),
                status("Isabelle Lévesque", Locale.FRENCH));
        assertTrue(status("Émilie Roy", Locale.FRENCH).startsWith("Annulée à la demande d’Émilie Roy le"));
        assertTrue(status("Karim Benali", Locale.FRENCH).startsWith("Annulée à la demande de Karim Benali le"),
                status("Karim Benali", Locale.FRENCH));
        assertTrue(status("Isabelle Lévesque", Locale.ENGLISH).startsWith("Undone at the request of Isabelle"
                + " Lévesque on"), status("Isabelle Lévesque", Locale.ENGLISH));
    }

    /** The line as the page formats it, with the same arguments in the same order. */
    private static String status(String undoneBy, Locale language) {
        Instant at = Instant.parse("2026-12-05T10:00:00Z");
        UndoProgress undone = new UndoProgress(7, LeadImport.Status.UNDONE, 3, 3, 0, undoneBy, at, at, false);
        return Messages.get(language, "import.undo.status.UNDONE", undone.undoneBy(), "5 déc.", "5 déc.",
                undone.done(), undone.total(), undone.kept(), undone.undoneByElides());
    }
}
