package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A list compares what it gives with what the centre holds by the rule every other source follows: another
 * spelling is proposed to staff, never taken for the same name and dropped without a trace; case and blanks are not
 * another spelling.
 */
class JoinedLeadDetailsTest {

    @Test
    void aDottedOrDotlessIIsAnotherSpellingNotTheSameName() {
        assertFalse(JoinedLeadDetails.Field.LAST_NAME.same("Yılmaz", "Yilmaz"),
                "both upper-case to YILMAZ, yet the list's spelling is another one, to propose");
        assertFalse(JoinedLeadDetails.Field.FIRST_NAME.same("Aydın", "AYDIN"));
    }

    @Test
    void caseAndBlanksAreNoOtherSpelling() {
        assertTrue(JoinedLeadDetails.Field.FIRST_NAME.same("Jean  Marie", " jean marie "),
                "two blanks in the record, one in the list: the same name");
        assertTrue(JoinedLeadDetails.Field.LAST_NAME.same("N’Diaye", "N’DIAYE"));
        assertTrue(JoinedLeadDetails.Field.EMAIL.same("Awa.Diop@Exemple.SN", " awa.diop@exemple.sn"));
        assertTrue(JoinedLeadDetails.Field.COUNTRY.same("sn", "SN"));
        assertFalse(JoinedLeadDetails.Field.PHONE.same("+221771234567", "+221771234568"));
    }
}
