package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void nothingTypedMeansNoFilter() {
        assertNull(LikePattern.containing(null));
        assertNull(LikePattern.containing("   "));
    }

    @Test
    void wildcardsTypedByAPersonAreTakenLiterally() {
        assertEquals("%100!%!_sure\\!!%", LikePattern.containing(" 100%_Sure\\! "));
    }

    @Test
    void accentsAndScriptsAreKeptAndLowerCased() {
        assertEquals("%émilie%", LikePattern.containing("Émilie"));
        assertEquals("%王芳%", LikePattern.containing("王芳"));
    }

    @Test
    void anApostropheOfAnyKindMatchesEither() {
        assertEquals("%traitement de l_eau%", LikePattern.containing("traitement de l’eau"));
        assertEquals("%o_brien%", LikePattern.containing("O'Brien"));
    }
}
