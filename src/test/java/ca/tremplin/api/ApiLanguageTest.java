package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiLanguageTest {

    @Test
    void theCallersFirstLanguageThatTremplinSpeaksWins() {
        assertEquals(Languages.ENGLISH, ApiLanguage.preferred(List.of(Locale.forLanguageTag("en-US"))));
        assertEquals(Languages.ENGLISH,
                ApiLanguage.preferred(List.of(new Locale("es"), Locale.ENGLISH, Locale.FRENCH)));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH)));
    }

    @Test
    void frenchWhenTheCallerNamesNoLanguageTremplinSpeaks() {
        assertEquals(Languages.FRENCH, ApiLanguage.preferred(List.of()));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred(List.of(new Locale("*"))));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred(List.of(new Locale("de"))));
    }
}
