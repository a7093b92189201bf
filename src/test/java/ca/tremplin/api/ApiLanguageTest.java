package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

class ApiLanguageTest {

    @Test
    void theCallersFirstLanguageThatTremplinSpeaksWins() {
        assertEquals(Languages.ENGLISH, ApiLanguage.preferred("en-US"));
        assertEquals(Languages.ENGLISH, ApiLanguage.preferred("es, en, fr"));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred("fr-CA, en"));
        assertEquals(Languages.ENGLISH, ApiLanguage.preferred("en-GB,en;q=0.9"));
        assertEquals(Languages.ENGLISH, ApiLanguage.preferred("fr-CA;q=0.5, en;q=0.9"), "by quality, not by place");
        assertEquals(Languages.FRENCH, ApiLanguage.preferred("en;q=0.8, fr-FR;q=0.8, fr;q=0.9"));
        assertEquals(Languages.ENGLISH, ApiLanguage.preferred("en_US"), "as some clients write it");
    }

    @Test
    void frenchWhenTheCallerNamesNoLanguageTremplinSpeaks() {
        assertEquals(Languages.FRENCH, ApiLanguage.preferred((String) null));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred(""));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred("*"));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred("de"));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred("en;q=abc, de"), "a quality that cannot be read");
    }

    /** RFC 9110, 12.4.2: a quality of 0 says the language is not acceptable; it was answered in English all the same. */
    @Test
    void aLanguageOfQualityZeroIsRefusedNotChosen() {
        assertEquals(Languages.FRENCH, ApiLanguage.preferred("en;q=0"));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred("de, en;q=0"));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred("en;q=0.0, fr;q=0.5"));
        assertEquals(Languages.ENGLISH, ApiLanguage.preferred("fr;q=0, en-CA;q=0.1"));
        assertEquals(Languages.FRENCH, ApiLanguage.preferred("en;q=\"0\""));
    }
}
