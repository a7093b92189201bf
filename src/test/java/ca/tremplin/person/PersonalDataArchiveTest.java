package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files in a person's archive carry the extension their content shows, so that the person's computer opens them. */
class PersonalDataArchiveTest {

    @Test
    void theExtensionIsReadFromTheFilesFirstBytes() {
        assertEquals(".pdf", PersonalDataArchive.extension("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(".jpg", PersonalDataArchive.extension(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}));
        assertEquals(".png", PersonalDataArchive.extension(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A}));
        assertEquals(".docx", PersonalDataArchive.extension(
                "PK\u0003\u0004....[Content_Types].xml word/document.xml".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("", PersonalDataArchive.extension("texte".getBytes(StandardCharsets.UTF_8)),
                "no extension rather than a wrong one");
    }
}
