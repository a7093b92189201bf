package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A program's page shows each text in the reader's language; a part the centre wrote in one language only is shown
 * in that one, marked with its language and said so, rather than left out.
 */
class ProgramPageTest {

    @Test
    void anAdmissionWrittenInFrenchOnlyIsShownToAnEnglishReaderAndSaidSo() {
        ProgramPage english = pageFor(Locale.ENGLISH);

        assertEquals("DES ou équivalent", english.text("DES ou équivalent", "  "));
        assertEquals("fr", english.textLanguage("DES ou équivalent", "  "));
        assertEquals("The centre wrote this part in French only.",
                english.otherLanguageNote("DES ou équivalent", null));
        assertEquals(List.of("Soudeur", "Monteur"), english.items("Soudeur; Monteur", null));
    }

    @Test
    void careersWrittenInEnglishOnlyAreShownToAFrenchReaderAndSaidSo() {
        ProgramPage french = pageFor(Locale.FRENCH);

        assertEquals(List.of("Welder", "Fitter"), french.items(null, "Welder\nFitter"));
        assertEquals("en", french.textLanguage("", "Welder\nFitter"));
        assertEquals("Le centre a rédigé cette partie en anglais seulement.",
                french.otherLanguageNote("", "Welder\nFitter"));
    }

    @Test
    void aTextWrittenInTheReadersLanguageIsShownAsItIsWithoutANote() {
        ProgramPage english = pageFor(Locale.ENGLISH);

        assertEquals("High school diploma", english.text("DES", "High school diploma"));
        assertEquals("en", english.textLanguage("DES", "High school diploma"));
        assertNull(english.otherLanguageNote("DES", "High school diploma"));
        assertNull(english.otherLanguageNote(null, null), "nothing written, nothing said");
        assertEquals(List.of(), english.items(null, null));
    }

    private static ProgramPage pageFor(Locale locale) {
        ProgramPage page = new ProgramPage();
        page.language = new ca.tremplin.web.LanguagePreference() {
            @Override
            public Locale getLocale() {
                return locale;
            }

            @Override
            public String getLanguage() {
                return ca.tremplin.kernel.Languages.code(locale);
            }
        };
        return page;
    }
}
