package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

/**
 * A French student living in Morocco types her French mobile as she always does, "06 12 34 56 78": it is a valid
 * Moroccan number too, and is read as one. The public forms say how they read it, in international form, beside the
 * field and on the confirmation, and give the French reading to copy when the form knows her citizenship.
 */
class PhoneReadBackTest {

    @Test
    void aNumberTypedWithoutItsCodeIsSaidAsItWasReadWithTheOtherReadingTheCitizenshipSuggests() {
        assertEquals("Numéro compris ainsi : +212 6 12 34 56 78 (indicatif du pays choisi : Maroc). Si c’est un numéro"
                + " du pays de votre nationalité (France), écrivez +33 6 12 34 56 78.",
                PhoneReadBack.beside("06 12 34 56 78", "MA", "FR", Languages.FRENCH));
        assertEquals("Number read as +212 6 12 34 56 78 (the code of the country chosen: Morocco). If it is a number"
                + " from your country of citizenship (France), write +33 6 12 34 56 78.",
                PhoneReadBack.beside("06 12 34 56 78", "MA", "FR", Languages.ENGLISH));
    }

    @Test
    void withoutAnotherCountryToSuggestTheReadingIsSaidAloneAndOnTheConfirmation() {
        assertEquals("Numéro compris ainsi : +212 6 12 34 56 78 (indicatif du pays choisi : Maroc). S’il est d’un"
                + " autre pays, écrivez-le avec l’indicatif de ce pays.",
                PhoneReadBack.beside("06 12 34 56 78", "MA", null, Languages.FRENCH));
        assertEquals(PhoneReadBack.beside("06 12 34 56 78", "MA", null, Languages.FRENCH),
                PhoneReadBack.beside("06 12 34 56 78", "MA", "MA", Languages.FRENCH), "the same country twice");
        assertEquals("Your phone number was read as +212 6 12 34 56 78 (the code of the country chosen: Morocco). If"
                + " that is not right, tell the person who answers you.",
                PhoneReadBack.confirmation("06 12 34 56 78", "MA", Languages.ENGLISH));
        assertEquals("Votre numéro de téléphone a été compris ainsi : +212 6 12 34 56 78 (indicatif du pays choisi :"
                + " Maroc). Si ce n’est pas le bon, dites-le à la personne qui vous répondra.",
                PhoneReadBack.confirmation("06 12 34 56 78", "MA", Languages.FRENCH));
    }

    @Test
    void aNumberTypedWithItsCodeOrNotReadIsNotSaidAgain() {
        assertEquals("", PhoneReadBack.beside("+33 6 12 34 56 78", "MA", "FR", Languages.FRENCH));
        assertEquals("", PhoneReadBack.beside("06 12", "MA", "FR", Languages.FRENCH));
        assertEquals("", PhoneReadBack.beside("06 12 34 56 78", "", "", Languages.FRENCH), "no country chosen yet");
        assertEquals("", PhoneReadBack.confirmation("", "MA", Languages.ENGLISH));
    }
}
