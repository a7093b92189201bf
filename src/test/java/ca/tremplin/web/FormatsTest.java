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
        assertEquals("296 Ko", Formats.fileSize(303_104, Languages.FRENCH));
        assertEquals("1,4 Mo", Formats.fileSize(1_468_006, Languages.FRENCH));
        assertEquals("1.4 MB", Formats.fileSize(1_468_006, Languages.ENGLISH));
    }
}
