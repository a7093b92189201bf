package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A centre's name in a refusal, said in the language of whoever reads it, whichever language refused. */
class NamedArgumentTest {

    private static final Messages.Named FJORD = new Messages.Named("Centre de services scolaire du Fjord",
            "Fjord School Service Centre");

    @Test
    void aNameInBothLanguagesIsSaidInTheReaders() {
        assertTrue(Messages.get(Languages.ENGLISH, "inbox.waitingThere", FJORD)
                .startsWith("Fjord School Service Centre already has this request"));
        assertTrue(Messages.get(Languages.FRENCH, "inbox.waitingThere", FJORD)
                .startsWith("Le Centre de services scolaire du Fjord a déjà"));
        assertTrue(Messages.get(Languages.ENGLISH, "inbox.centreClosed", FJORD)
                .startsWith("Fjord School Service Centre is closed"));
    }

    @Test
    void aNameWithoutItsEnglishIsSaidInFrench() {
        assertEquals(Messages.get(Languages.ENGLISH, "inbox.handedOverAlready", "CSS du Fjord"),
                Messages.get(Languages.ENGLISH, "inbox.handedOverAlready", new Messages.Named("CSS du Fjord", " ")));
    }
}
