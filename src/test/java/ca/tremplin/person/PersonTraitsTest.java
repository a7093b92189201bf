package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Finding an erased person in free text — rows of an imported list as Excel, Google Forms or Zoom write them — by
 * address, both names or a phone's last digits, among hundreds of people at once.
 */
class PersonTraitsTest {

    private static final PersonTraits MARIE = new PersonTraits(Set.of("marie-eve.dupont@exemple.qc.ca"),
            List.of(new PersonTraits.Name("marie-ève", "dupont")), Set.of(PersonTraits.phoneTail("+221777654321")));
    private static final PersonTraits OTHER = new PersonTraits(Set.of("anne@exemple.qc.ca", "a.diallo@gmail.com"),
            List.of(new PersonTraits.Name("anne", "diallo")), Set.of());

    private final Predicate<String> namesAnyone = PersonTraits.mentionOfAny(List.of(OTHER, MARIE));

    @Test
    void findsAnAddressWhateverItsCaseAndSurroundings() {
        assertTrue(namesAnyone.test("Prénom;Nom;Courriel\r\nX;Y;\"Marie-Eve.Dupont@Exemple.QC.ca\""));
        assertTrue(namesAnyone.test("mailto:a.diallo@gmail.com;"));
        assertFalse(namesAnyone.test("diallo@gmail.com"), "another address of the same domain");
        assertFalse(namesAnyone.test("a.diallo@gmail.co"), "a domain that only begins the same");
    }

    @Test
    void findsBothNamesInAnyOrderAndCaseButNotInsideAnotherWord() {
        assertTrue(namesAnyone.test("DUPONT, Marie-Ève,514 555 0000"));
        assertTrue(namesAnyone.test("2026-11-30 10:02\tMarie Ève Dupont\tinvité"));
        assertFalse(namesAnyone.test("Marie-Ève Tremblay"), "the first name alone");
        assertFalse(namesAnyone.test("Joanne Diallo"), "Anne is not Joanne");
    }

    @Test
    void findsAPhoneByItsLastDigitsWhateverItsPrefixOrSpaces() {
        assertTrue(namesAnyone.test("Ndiaye;Awa;77 765 43 21;SN"));
        assertTrue(namesAnyone.test("x;+221 (77) 765-43-21"));
        assertFalse(namesAnyone.test("x;77 765 43 20"));
    }

    @Test
    void anEmptyTextOrNoOneNamesNoOne() {
        assertFalse(namesAnyone.test(null));
        assertFalse(namesAnyone.test(""));
        assertFalse(PersonTraits.mentionOfAny(List.of()).test("marie-eve.dupont@exemple.qc.ca"));
    }
}
