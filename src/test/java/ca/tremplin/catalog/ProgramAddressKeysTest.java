package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a deleted program's addresses are remembered by, and what an address may have named a program by: its address
 * in each language, and its type and code, which an address from before a new title begins with.
 */
class ProgramAddressKeysTest {

    @Test
    void aProgramIsRememberedByItsAddressesAndItsTypeAndCode() {
        Program program = new Program();
        program.setType(ProgramType.DEP);
        program.setCode("5311");
        program.setTitleFr("Cuisine");
        program.setTitleEn("Professional Cooking");
        program.deriveSearchFields();

        assertEquals(Set.of("dep-5311-cuisine", "dep-5311-professional-cooking", "dep-5311"), program.addressKeys());

        program.setTitleEn("Cuisine");
        program.deriveSearchFields();
        assertEquals(Set.of("dep-5311-cuisine", "dep-5311"), program.addressKeys(), "one address in both languages");
    }

    @Test
    void anAddressNamesAProgramByItselfAndByTheTypeAndCodeItBeginsWith() {
        assertEquals(Set.of("dep-5311-ancien-titre", "dep-5311"), Program.keysOf("dep-5311-ancien-titre"));
        assertEquals(Set.of("asp-5324"), Program.keysOf("asp-5324"));
        assertEquals(Set.of("cuisine"), Program.keysOf("cuisine"));
        assertEquals(Optional.empty(), Program.typeAndCodeOf("dep-53-x"), "no program's code");
        assertEquals(Optional.empty(), Program.typeAndCodeOf(null));
    }
}
