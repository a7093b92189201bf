package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

class ConsentSourcesTest {

    @Test
    void theWordsARecordWasWrittenWithAreSaidInTheReadersLanguage() {
        assertEquals("Information request form (/en/information?css=css-du-fjord)",
                ConsentSources.described("FORM /en/information?css=css-du-fjord", Languages.ENGLISH));
        assertEquals("Formulaire de demande d’information", ConsentSources.described("FORM", Languages.FRENCH));
        assertEquals("Event #4 — Walk-in", ConsentSources.described("EVENT WALK_IN #4", Languages.ENGLISH));
        assertEquals("Événement n° 12 — Site web", ConsentSources.described("EVENT WEB #12", Languages.FRENCH));
        assertEquals("Import #9, line 2", ConsentSources.described("IMPORT #9 line 2", Languages.ENGLISH));
        assertEquals("Application to offer #9", ConsentSources.described("offer 9 application form",
                Languages.ENGLISH));
        assertEquals("Partner site (API)", ConsentSources.described("API", Languages.ENGLISH));
        assertEquals("Event #7 — Walk-in", ConsentSources.described(ConsentSources.event("WALK_IN", 7),
                Languages.ENGLISH), "what the builders write is what is read");
        assertEquals("Import #3, line 12", ConsentSources.described(ConsentSources.importLine(3, 12),
                Languages.ENGLISH));
        assertEquals("Application to offer #5", ConsentSources.described(ConsentSources.offerApplication(5),
                Languages.ENGLISH));
    }

    @Test
    void wordsNoRuleKnowsAreShownAsWritten() {
        assertEquals("salon de Dakar, fiche papier", ConsentSources.described("salon de Dakar, fiche papier",
                Languages.ENGLISH));
        assertEquals("—", ConsentSources.described(null, Languages.ENGLISH));
    }
}
