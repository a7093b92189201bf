package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a field's message reads in the summary at a refused form's top, away from its field. */
class FormErrorsTest {

    @Test
    void aMessageIsPrecededByItsFieldsLabelInTheReadersTypography() {
        assertEquals("Courriel : Ce champ est obligatoire.",
                FormErrors.named("Courriel", "Ce champ est obligatoire.", Locale.CANADA_FRENCH));
        assertEquals("E-mail: This field is required.",
                FormErrors.named("E-mail", "This field is required.", Locale.ENGLISH));
    }

    @Test
    void aMessageThatAlreadyNamesItsFieldOrALabelThatIsASentenceIsNotRepeated() {
        assertEquals("Indiquez votre nom : un seul suffit.",
                FormErrors.named("Nom", "Indiquez votre nom : un seul suffit.", Locale.CANADA_FRENCH));
        assertEquals("Joignez votre CV : un PDF.",
                FormErrors.named("CV (PDF ou Word)", "Joignez votre CV : un PDF.", Locale.CANADA_FRENCH));
        assertEquals("Nom : Indiquez aussi votre prénom.",
                FormErrors.named("Nom", "Indiquez aussi votre prénom.", Locale.CANADA_FRENCH),
                "a label is looked for as a whole word");
        String consent = "J’accepte que le centre de services scolaire et l’employeur traitent ma candidature.";
        assertEquals("Cochez la case.", FormErrors.named(consent, "Cochez la case.", Locale.CANADA_FRENCH));
        assertEquals("Cochez la case.", FormErrors.named(null, "Cochez la case.", Locale.CANADA_FRENCH));
    }
}
