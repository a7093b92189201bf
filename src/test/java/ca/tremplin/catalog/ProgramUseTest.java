package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.tremplin.kernel.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Whatever names a program that an admin tried to delete is said in their language, never as a code. */
class ProgramUseTest {

    @Test
    void everyUseThatKeepsAProgramIsSaidInFrenchAndInEnglish() {
        for (ProgramUse use : ProgramUse.values()) {
            for (Locale language : new Locale[] {Locale.CANADA_FRENCH, Locale.ENGLISH}) {
                String said = Messages.get(language, "program.archivedInstead",
                        new Messages.Phrases(java.util.List.of(use.messageKey())), 0);
                assertFalse(said.contains("???"), use + " in " + language + ": " + said);
            }
        }
    }
}
