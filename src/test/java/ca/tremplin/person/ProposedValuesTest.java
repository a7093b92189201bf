package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a value another source gives is the record's own (nothing to propose), and how a proposed value is named. */
class ProposedValuesTest {

    @Test
    void aNameInAnotherCaseOrWithOtherBlanksIsTheSameName() {
        assertTrue(LeadDetails.sameValue(LeadField.LAST_NAME, "N’Diaye", " n’diaye "));
        assertTrue(LeadDetails.sameValue(LeadField.FIRST_NAME, "Jean  Marie", "JEAN MARIE"));
    }

    @Test
    void aDotlessOrDottedILetterIsAnotherSpellingThatIsProposed() {
        assertFalse(LeadDetails.sameValue(LeadField.LAST_NAME, "Yılmaz", "Yilmaz"));
        assertFalse(LeadDetails.sameValue(LeadField.LAST_NAME, "Aydın", "Aydin"));
    }

    @Test
    void anAddressIsComparedByItsKeyAndCodesWhateverTheirCase() {
        assertTrue(LeadDetails.sameValue(LeadField.EMAIL, "Awa.Diop@Exemple.SN", "awa.diop@exemple.sn"));
        assertTrue(LeadDetails.sameValue(LeadField.COUNTRY, "sn", "SN"));
        assertFalse(LeadDetails.sameValue(LeadField.PHONE, "+221771234567", "+221771234568"));
    }

    @Test
    void aProposedCountryCitizenshipOrLanguageIsNamedInTheReadersLanguage() {
        java.util.Locale french = java.util.Locale.FRENCH;
        assertTrue(TimelineDetails.value(LeadField.CITIZENSHIP, "DE", french).equals("Allemagne"));
        assertTrue(TimelineDetails.value(LeadField.COUNTRY, "SN", java.util.Locale.ENGLISH).equals("Senegal"));
        assertTrue(TimelineDetails.value(LeadField.LANGUAGE, "en", french).equals("anglais"));
        assertTrue(TimelineDetails.value(LeadField.FIRST_NAME, "DE", french).equals("DE"), "a name stays as given");
    }
}
