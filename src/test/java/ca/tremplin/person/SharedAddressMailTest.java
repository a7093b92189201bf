package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Erasing a child under 14 erases only what is theirs under an address they share: the mail their parent or guardian
 * was sent about them, not the guardian's other mail nor what names a brother or sister the centre still holds under
 * the same address; the child's own mail at an address the guardian gave as theirs too, but not what names the
 * sibling. Names are found word for word, a child's first name or a profile's chosen name alone included; an address
 * written with its domain in ASCII is the same address as in Unicode.
 */
class SharedAddressMailTest {

    private static final String GUARDIAN = "nadia.tremblay@école.ca";
    private static final PersonTraits LEA = new PersonTraits(Set.of("lea.t@example.ca"),
            List.of(new PersonTraits.Name("léa", "tremblay")), Set.of());

    /** Léa is erased; her brother Noah is still held under their mother's address. */
    private static PersonErasure.AddressMail rule(List<PersonTraits> followedElsewhere) {
        return PersonErasure.AddressMail.of(PersonErasure.asMailNamesThem(List.of(LEA), List.of()), followedElsewhere,
                Map.of(GUARDIAN, List.of(new PersonTraits.Name("noah", "tremblay"))));
    }

    @Test
    void theGuardiansMailAboutTheErasedChildGoesAndTheRestOfTheirMailStays() {
        PersonErasure.AddressMail rule = rule(List.of());

        assertTrue(rule.isErased(GUARDIAN, false, false, false,
                "Votre consentement pour Léa Tremblay\nBonjour Nadia Tremblay, vous avez consenti pour Léa Tremblay"));
        assertFalse(rule.isErased(GUARDIAN, false, false, false,
                "Votre consentement pour Noah Tremblay\nBonjour Nadia Tremblay, vous avez consenti pour Noah Tremblay"),
                "the brother's mail is the brother's");
        assertFalse(rule.isErased(GUARDIAN, false, false, false, "Votre demande d’accès\nOuvrez ce lien"),
                "the guardian's own mail is the guardian's");
        assertFalse(rule.isErased(GUARDIAN, false, false, false, "Léa Tremblay et Noah Tremblay sont inscrits"),
                "a message about both children is the brother's too");
    }

    @Test
    void aProfilesGuardianMailFoundByTheChildsFirstNameOrTheNameTheProfileShowed() {
        PersonErasure.AddressMail byFirstName = rule(List.of());
        assertTrue(byFirstName.isErased(GUARDIAN, false, false, false,
                "Votre consentement est demandé\nLéa a préparé un profil pour la vitrine des apprentis"));
        PersonErasure.AddressMail byProfile = PersonErasure.AddressMail.of(PersonErasure.asMailNamesThem(List.of(
                new PersonTraits(Set.of("zoe@example.ca"), List.of(), Set.of())), List.of("Zoé")), List.of(),
                Map.of(GUARDIAN, List.of(new PersonTraits.Name("noah", ""))));
        assertTrue(byProfile.isErased(GUARDIAN, false, false, false, "Zoé a préparé un profil"));
        assertFalse(byProfile.isErased(GUARDIAN, false, false, false, "Noah a préparé un profil"));
        assertFalse(byProfile.isErased(GUARDIAN, false, false, false, "Zoéline a préparé un profil"),
                "a name is a whole word");
    }

    @Test
    void theChildsOwnAddressSharedWithTheGuardianLosesAllButWhatNamesTheSibling() {
        PersonErasure.AddressMail rule = rule(List.of());

        assertTrue(rule.isErased(GUARDIAN, true, false, false, "Bonjour Léa,\nMerci de votre demande"),
                "mail to the child's own address is the child's, however it greets them");
        assertFalse(rule.isErased(GUARDIAN, true, false, false, "Votre consentement pour Noah Tremblay"));
    }

    @Test
    void thePlatformsMailStaysWhileAnotherCentreFollowsTheAddressOrTheChild() {
        String text = "Votre consentement pour Léa Tremblay";
        assertTrue(rule(List.of()).isErased(GUARDIAN, false, true, false, text));
        assertFalse(rule(List.of()).isErased(GUARDIAN, false, true, true, text), "another centre follows the address");
        assertFalse(rule(List.of(LEA)).isErased(GUARDIAN, false, true, false, text),
                "another centre still follows the child the message names");
        assertTrue(rule(List.of(LEA)).isErased(GUARDIAN, false, false, false, text),
                "the centre's own mail goes whoever else follows the child");
    }

    @Test
    void anAddressWrittenInAsciiIsTheSameGuardiansAddress() {
        assertEquals(GUARDIAN, GuardianLines.key(" Nadia.Tremblay@XN--cole-9oa.ca "));
        assertFalse(rule(List.of()).isErased("nadia.tremblay@xn--cole-9oa.ca", false, false, false,
                "Votre consentement pour Noah Tremblay"), "mail kept before V76 finds the brother too");
    }

    /**
     * A child known by one name only, in either field, is erased with the guardian's mail that names them by it; an
     * imported list is not cleared for that one word, which names other people too.
     */
    @Test
    void aChildKnownByOneNameIsFoundByItInTheGuardiansMailButNotInAList() {
        for (PersonTraits.Name oneName : List.of(GuardianLines.nameOf("Awa", ""), GuardianLines.nameOf("", "Awa"))) {
            PersonTraits awa = new PersonTraits(Set.of("awa@example.ca"), List.of(oneName), Set.of());
            PersonErasure.AddressMail rule = PersonErasure.AddressMail.of(PersonErasure.asMailNamesThem(List.of(awa),
                    List.of()), List.of(), Map.of(GUARDIAN, List.of(new PersonTraits.Name("noah", "tremblay"))));

            assertTrue(rule.isErased(GUARDIAN, false, false, false, "Votre consentement pour Awa\nBonjour Nadia"),
                    oneName.toString());
            assertFalse(rule.isErased(GUARDIAN, false, false, false, "Votre consentement pour Noah Tremblay"));
            assertFalse(PersonTraits.mentionOfAny(List.of(PersonErasure.withWholeNamesOnly(awa)))
                    .test("Awa,Diop,awa.diop@example.sn"), "another Awa's row of a list");
        }
    }

    @Test
    void aNameIsBothNamesOrTheOneGivenAndNeverTheErasureMarker() {
        assertEquals(new PersonTraits.Name("léa", "tremblay"), GuardianLines.nameOf(" Léa ", "TREMBLAY"));
        assertEquals(new PersonTraits.Name("zoé", ""), GuardianLines.nameOf("Zoé", null));
        assertNull(GuardianLines.nameOf(PersonErasure.MARKER, PersonErasure.MARKER));
        assertNull(GuardianLines.nameOf(" ", null));
    }
}
