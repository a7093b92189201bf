package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SingleSpacedTest {

    @Test
    void everyRunOfBlanksIsOneSpaceAndNoneIsLeftAround() {
        assertEquals("Centre de services scolaire des Deux-Rives",
                SingleSpaced.of("  Centre de services scolaire des  Deux-Rives "));
        assertEquals("Pas de réponse / No answer", SingleSpaced.of("Pas\u00a0de\tréponse /\u202fNo\nanswer"));
        assertEquals("", SingleSpaced.of(" \u00a0 "));
        assertNull(SingleSpaced.of(null));
    }
}
