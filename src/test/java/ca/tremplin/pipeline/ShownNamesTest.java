package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

class ShownNamesTest {

    @Test
    void anErasedPersonIsSaidSoWithTheRecordsNumberRatherThanTwoDashes() {
        assertEquals("Personne effacée (n° 63)", ShownNames.of("—", "—", 63L, Languages.FRENCH));
        assertEquals("Erased person (no. 1234)", ShownNames.of("—", "—", 1234L, Languages.ENGLISH));
        assertEquals("Thị Hoa Nguyễn", ShownNames.of("Thị Hoa", "Nguyễn", 5L, Languages.FRENCH));
        assertEquals("—", ShownNames.of("—", null, 5L, Languages.FRENCH), "a dash typed as a name is a name");
        assertEquals("Sans nom (n° 53)", ShownNames.of("", "", 53L, Languages.FRENCH), "no link of no words");
        assertEquals("Unnamed (no. 53)", ShownNames.of(null, " ", 53L, Languages.ENGLISH));
    }
}
