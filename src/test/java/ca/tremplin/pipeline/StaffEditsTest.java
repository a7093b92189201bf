package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.person.LeadField;
import org.junit.jupiter.api.Test;

class StaffEditsTest {

    @Test
    void aPhoneIsKeptAsANumberInE164ReadInTheCountryOfResidenceOrAsInternational() {
        assertEquals("+221771234567", StaffEdits.checked(LeadField.PHONE, "+221 77 123 45 67", "CA"));
        assertEquals("+221771234567", StaffEdits.checked(LeadField.PHONE, "77 123 45 67", "SN"));
        assertEquals("+33612345678", StaffEdits.checked(LeadField.PHONE, "0033 6 12 34 56 78", "SN"));
        assertEquals("+14185550142", StaffEdits.checked(LeadField.PHONE, "418-555-0142", "CA"));
        assertNull(StaffEdits.checked(LeadField.PHONE, null, "CA"), "a phone may be emptied");
    }

    @Test
    void whatCannotBeKeptIsRefusedWithAMessageNamingTheFieldNotStoredAsTyped() {
        BusinessRuleException notAPhone = assertThrows(BusinessRuleException.class,
                () -> StaffEdits.checked(LeadField.PHONE, "pas de téléphone", "CA"));
        assertEquals("Le numéro « pas de téléphone » ne peut pas être lu comme un numéro de téléphone du pays de"
                + " résidence ni comme un numéro international : écrivez-le avec l’indicatif du pays (par exemple"
                + " +221 77 123 45 67), sans poste.", notAPhone.localizedMessage(Languages.FRENCH));
        BusinessRuleException tooLong = assertThrows(BusinessRuleException.class,
                () -> StaffEdits.checked(LeadField.FIRST_NAME, "a".repeat(116), "CA"));
        assertEquals("The first name has 100 characters at most.", tooLong.localizedMessage(Languages.ENGLISH));
        BusinessRuleException noEmail = assertThrows(BusinessRuleException.class,
                () -> StaffEdits.checked(LeadField.EMAIL, "\u00A0", "CA"));
        assertEquals("Le courriel est obligatoire.", noEmail.localizedMessage(Languages.FRENCH));
        assertThrows(BusinessRuleException.class, () -> StaffEdits.checked(LeadField.COUNTRY, "XX", "CA"));
        assertThrows(BusinessRuleException.class, () -> StaffEdits.checked(LeadField.EMAIL, "awa@", "CA"));
    }

    @Test
    void eitherNameMayBeEmptiedForAPersonWithOneNameOnlyButNotBoth() {
        assertEquals("", StaffEdits.checked(LeadField.LAST_NAME, "\u00A0", "CA"));
        assertEquals("", StaffEdits.checked(LeadField.FIRST_NAME, null, "CA"));
        assertTrue(StaffEdits.named("", "Sukarno"));
        assertTrue(StaffEdits.named("Aung", null));
        assertFalse(StaffEdits.named(" ", ""));
    }

    @Test
    void namesAddressesAndCodesAreKeptCleanedAndComposed() {
        assertEquals("Nguyễn", StaffEdits.checked(LeadField.LAST_NAME, "\u200BNguye\u0302\u0303n\u00A0", "VN"));
        assertEquals("Awa Marie", StaffEdits.checked(LeadField.FIRST_NAME, "Awa\tMarie", "SN"));
        assertEquals("نیک\u200Cپور", StaffEdits.checked(LeadField.LAST_NAME, "نیک\u200Cپور", "IR"),
                "a Persian name keeps its zero-width non-joiner, as the forms keep it");
        assertEquals("मि\u200Dत्र", StaffEdits.checked(LeadField.LAST_NAME, "मि\u200Dत्र", "IN"));
        assertEquals("awa@exemple.sn", StaffEdits.checked(LeadField.EMAIL, "mailto:awa@exemple.sn", "SN"));
        assertEquals("SN", StaffEdits.checked(LeadField.COUNTRY, "sn", "CA"));
        assertEquals("en", StaffEdits.checked(LeadField.LANGUAGE, "EN", "CA"));
    }
}
