package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Phone numbers as lists hold them, read as the number the person gave. */
class PhoneTextTest {

    @Test
    void aNumberADataToolWroteAsADecimalIsTheNumber() {
        // A column of numbers with a blank cell in it is written "5145550199.0" by pandas and Google Sheets' scripts.
        assertEquals(Optional.of("+15145550199"), PhoneText.e164("5145550199.0", null));
        assertEquals(Optional.of("+221771234567"), PhoneText.e164("221771234567.0", "SN"));
        assertEquals(Optional.of("+15145550199"), PhoneText.e164("514.555.0199", null), "dots between groups");
    }
}
