package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

/** A document's size on a lead's page, as a French and an English reader write it. */
class FormatsTest {

    @Test
    void aFileSizeInKilobytesOrMegabytesInTheReadersLanguage() {
        assertEquals("1 Ko", Formats.fileSize(303, Languages.FRENCH), "a small file is not 0,296");
        assertEquals("1 KB", Formats.fileSize(303, Languages.ENGLISH));
        assertEquals("303 Ko", Formats.fileSize(303_104, Languages.FRENCH));
        assertEquals("1,5 Mo", Formats.fileSize(1_468_006, Languages.FRENCH));
        assertEquals("1.5 MB", Formats.fileSize(1_468_006, Languages.ENGLISH));
        assertEquals("8 Mo", Formats.fileSize(8_000_000, Languages.FRENCH), "the limit, as it is said");
        assertEquals("1 Mo", Formats.fileSize(999_600, Languages.FRENCH), "never 1 000 Ko");
    }
}
