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

    /**
     * The application form's e-mail and the parent's e-mail, refused, are named in the summary in either language, as
     * on the information and registration forms, which give the same messages under the same labels.
     */
    @Test
    void anInvalidEmailIsNamedInTheSummaryInFrenchAndInEnglish() {
        for (Locale locale : java.util.List.of(ca.tremplin.kernel.Languages.FRENCH, ca.tremplin.kernel.Languages.ENGLISH)) {
            for (String[] field : new String[][] {{"lead.field.EMAIL", "inquiry.invalid.email"},
                    {"inquiry.form.email", "inquiry.invalid.email"}, {"lead.field.EMAIL", "inquiry.invalid.required"},
                    {"inquiry.form.guardianEmail", "inquiry.invalid.guardianEmail"}}) {
                String label = ca.tremplin.kernel.Messages.get(locale, field[0]);
                String item = FormErrors.named(label, ca.tremplin.kernel.Messages.get(locale, field[1]), locale);
                org.junit.jupiter.api.Assertions.assertTrue(item.toLowerCase(locale).contains(label.toLowerCase(locale)),
                        locale + ": " + item);
            }
        }
    }
}
