package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A file's size as a refusal says it: in the reader's language, rounded up, never reading as the limit itself. */
class FileSizeTest {

    @Test
    void aSizeGivenToAMessageIsWrittenInTheReadersLanguageRoundedUp() {
        assertEquals("Ce fichier pèse 8,1 Mo, plus que les 8 Mo permis.",
                Messages.get(Languages.FRENCH, "document.tooLarge", new FileSize(8_000_001), 8));
        assertEquals("This file is 8.1 MB, larger than the 8 MB allowed.",
                Messages.get(Languages.ENGLISH, "document.tooLarge", new FileSize(8_000_001), 8));
        assertEquals("16,8 Mo", new FileSize(16L * 1024 * 1024).written(Languages.FRENCH));
        assertEquals("200 MB", new FileSize(200_000_000).written(Languages.ENGLISH));
    }

    @Test
    void aListShowsTheNearestSize() {
        assertEquals("1,5 Mo", FileSize.writtenNearest(1_468_006, Languages.FRENCH));
        assertEquals("1 KB", FileSize.writtenNearest(303, Languages.ENGLISH));
        assertEquals("1 Mo", FileSize.writtenNearest(999_600, Languages.FRENCH), "never 1 000 Ko");
    }

    @Test
    void theSizeAPagesScriptMeasuresIsLeftForItToWrite() {
        assertEquals("{size} MB", FileSize.CHOSEN_SIZE.written(Languages.ENGLISH));
    }
}
