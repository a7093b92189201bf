package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.PhoneNumbers;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numbers from any country are stored as E.164 and shown in international format. */
class PhoneNumbersTest {

    @Test
    void internationalNumbersAreNormalisedWhateverTheSeparators() {
        assertEquals(Optional.of("+33612345678"), PhoneNumbers.toE164("+33 6 12 34 56 78", null));
        assertEquals(Optional.of("+33612345678"), PhoneNumbers.toE164("0033 6.12.34.56.78", "MA"));
        assertEquals(Optional.of("+212612345678"), PhoneNumbers.toE164("+212-6-12-34-56-78", null));
    }

    @Test
    void aNationalNumberIsReadWithTheCountryOfResidence() {
        assertEquals(Optional.of("+33612345678"), PhoneNumbers.toE164("06 12 34 56 78", "FR"));
        assertEquals(Optional.of("+15145550123"), PhoneNumbers.toE164("(514) 555-0123", "CA"));
    }

    /**
     * "06 12 34 56 78" typed by someone living in Morocco is a Moroccan mobile, and a French one too: it is read with
     * the country of residence, and that reading is what the person is shown to check. A number typed with its code
     * needs no such check.
     */
    @Test
    void aNumberTypedWithoutItsCodeIsReadWithTheCountryOfResidenceAndSaidInInternationalForm() {
        assertEquals(Optional.of("+212 6 12 34 56 78"), PhoneNumbers.readNationally("06 12 34 56 78", "MA"));
        assertEquals(Optional.of("+33 6 12 34 56 78"), PhoneNumbers.readNationally("06 12 34 56 78", "FR"));
        assertEquals(Optional.empty(), PhoneNumbers.readNationally("+33 6 12 34 56 78", "MA"), "its code given");
        assertEquals(Optional.empty(), PhoneNumbers.readNationally("0033 6 12 34 56 78", "MA"), "its code given");
        assertEquals(Optional.empty(), PhoneNumbers.readNationally("06 12", "MA"), "not a number");
        assertEquals(Optional.empty(), PhoneNumbers.readNationally("06 12 34 56 78", ""), "no country yet");
        assertEquals(Optional.empty(), PhoneNumbers.readNationally(null, "MA"));
    }

    @Test
    void invalidOrUnreadableNumbersAreRefused() {
        assertTrue(PhoneNumbers.toE164("+33 6 12", null).isEmpty());
        assertTrue(PhoneNumbers.toE164("call me", "FR").isEmpty());
        assertTrue(PhoneNumbers.toE164("06 12 34 56 78", null).isEmpty(), "no country to read it with");
        assertEquals(Optional.of("+919876543210"), PhoneNumbers.toE164("+91 98765 43210", null));
        assertTrue(PhoneNumbers.toE164("+91 98765 43210x", null).isEmpty(), "a stray letter is no number");
        assertEquals(Optional.of("+14186416411"), PhoneNumbers.toE164("+1 418 641-6411", null));
        assertTrue(PhoneNumbers.toE164("+1 418 641-6411 poste 12", null).isEmpty(),
                "an extension would be dropped without a word: refused so that the person says how to reach them");
    }

    @Test
    void storedNumbersAreShownInInternationalFormat() {
        assertEquals("+33 6 12 34 56 78", PhoneNumbers.formatted("+33612345678"));
    }
}
