package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The languages of an event as staff type them. */
class EventLanguagesTest {

    @Test
    void codesInAnyCaseAndNamesInFrenchOrEnglishAreRead() {
        assertEquals(List.of("fr", "en"), EventLanguages.parse("FR, EN"));
        assertEquals(List.of("fr", "en"), EventLanguages.parse("français, anglais"));
        assertEquals(List.of("fr", "es", "ar"), EventLanguages.parse("Francais; Spanish / arabe"));
        assertEquals(List.of("en"), EventLanguages.parse("en, English, anglais"), "one language, said three ways");
        assertEquals(List.of("fr"), EventLanguages.parse("  "), "nothing typed: French");
    }

    @Test
    void whatCannotBeReadIsRefusedWithItsWordsRatherThanDropped() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> EventLanguages.parse("fr, anglais, wolof?, xx"));
        assertEquals("event.invalid.languages", refused.messageKey());
        assertTrue(refused.localizedMessage(Locale.FRENCH).contains("wolof?, xx"),
                refused.localizedMessage(Locale.FRENCH));
        assertEquals("event.invalid.tooManyLanguages", assertThrows(BusinessRuleException.class,
                () -> EventLanguages.parse("fr, en, es, ar, pt, de, it")).messageKey());
    }
}
