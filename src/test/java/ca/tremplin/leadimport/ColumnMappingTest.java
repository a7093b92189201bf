package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The columns guessed from the headers of exports people bring as they are: a form's, a CRM's, a mailing tool's.
 * A file whose e-mail column is not recognised asks staff to map it by hand, or fails through the API.
 */
class ColumnMappingTest {

    /** Microsoft Forms in French: the respondent's address, then the form's own questions. */
    @Test
    void aMicrosoftFormsExportInFrenchHasItsAddressItsNameAndItsCellPhoneRecognised() {
        List<String> headers = List.of("ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom",
                "Prénom", "Nom de famille", "Numéro de cellulaire", "Pays de résidence");
        ColumnMapping mapping = ColumnMapping.guess(headers);

        assertEquals(Optional.of(3), mapping.column(ImportField.EMAIL));
        assertEquals(Optional.of(5), mapping.column(ImportField.FIRST_NAME));
        assertEquals(Optional.of(6), mapping.column(ImportField.LAST_NAME));
        assertEquals(Optional.of(7), mapping.column(ImportField.PHONE));
        assertTrue(mapping.isComplete());
    }

    /** A form's question keeps what the form adds to its title: "Courriel *", "Adresse courriel :". */
    @Test
    void aFormsQuestionIsRecognisedWithTheMarkOfARequiredAnswerOrAColon() {
        for (String header : List.of("Courriel", "Courriel *", "Adresse courriel :", "Votre courriel ?",
                "Email address", "Adresse de messagerie")) {
            assertEquals(Optional.of(1), ColumnMapping.guess(List.of("Nom", header)).column(ImportField.EMAIL),
                    header);
        }
        assertEquals(Optional.of(1), ColumnMapping.guess(List.of("Nom", "Numéro de cellulaire *"))
                .column(ImportField.PHONE));
    }

    @Test
    void aHubSpotExportTakesItsPhoneNumberAndAMailchimpExportItsAddressAndNames() {
        ColumnMapping hubSpot = ColumnMapping.guess(List.of("Record ID", "First Name", "Last Name", "Email",
                "Phone Number", "Mobile Phone Number", "Country/Region"));
        assertEquals(Optional.of(3), hubSpot.column(ImportField.EMAIL));
        assertEquals(Optional.of(4), hubSpot.column(ImportField.PHONE), "its mobile when it is empty (ImportedPerson)");
        assertEquals(Optional.of(6), hubSpot.column(ImportField.COUNTRY));

        ColumnMapping mailchimp = ColumnMapping.guess(List.of("Email Address", "First Name", "Last Name",
                "Address", "Phone Number", "MEMBER_RATING", "OPTIN_TIME"));
        assertEquals(Optional.of(0), mailchimp.column(ImportField.EMAIL));
        assertEquals(Optional.of(1), mailchimp.column(ImportField.FIRST_NAME));
        assertEquals(Optional.of(2), mailchimp.column(ImportField.LAST_NAME));
        assertEquals(Optional.of(4), mailchimp.column(ImportField.PHONE));
    }

    /**
     * A saved mapping read back is the same as the columns it was saved with, whatever order the fields were set in;
     * a column moved, added or left out makes another mapping, which the import page asks a name for.
     */
    @Test
    void aSavedMappingsHistoryNamesAColumnWithoutAHeaderAsTheMappingsMenusDo() {
        ColumnMapping mapping = new ColumnMapping();
        mapping.set(ImportField.EMAIL, 0);
        mapping.set(ImportField.PHONE, 2);
        SavedMapping saved = SavedMapping.of("Salon", List.of("Courriel", "Nom", " "), mapping);

        assertEquals("EMAIL=Courriel;PHONE=Colonne C (sans en-tête)", saved.described(java.util.Locale.FRENCH));
        assertEquals("EMAIL=Courriel;PHONE=Column C (no header)", saved.described(java.util.Locale.ENGLISH));
    }

    @Test
    void aSavedMappingReadBackIsTheSameAndAnyColumnChangedMakesAnother() {
        ColumnMapping saved = new ColumnMapping();
        saved.set(ImportField.EMAIL, 2);
        saved.set(ImportField.FIRST_NAME, 0);
        ColumnMapping shown = new ColumnMapping();
        shown.set(ImportField.FIRST_NAME, 0);
        shown.set(ImportField.EMAIL, 2);
        assertTrue(ColumnMapping.parse(saved.format()).sameAs(shown));

        shown.set(ImportField.COUNTRY, 3);
        assertFalse(saved.sameAs(shown), "a column added");
        shown.set(ImportField.COUNTRY, null);
        assertTrue(saved.sameAs(shown), "and taken away again");
        shown.set(ImportField.EMAIL, 1);
        assertFalse(saved.sameAs(shown), "a column moved");
        assertFalse(saved.sameAs(null));
    }
}
