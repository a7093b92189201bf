package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 5545's 75 octets per content line, for text in any script. */
class CalendarTextTest {

    @Test
    void linesAreFoldedByOctetsNeverInsideACharacterAndUnfoldBackToTheSameText() {
        String line = "DESCRIPTION:" + "Séance à Montréal, 東京, القاهرة, 🎓 ".repeat(8);
        String folded = CalendarText.fold(line + "\r\nEND:VEVENT\r\n");

        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part.getBytes(StandardCharsets.UTF_8).length
                    + " octets: " + part);
        }
        assertEquals(line + "\r\nEND:VEVENT\r\n", folded.replace("\r\n ", ""), "unfolded, the same text");
        assertTrue(folded.contains("🎓"), "a four-octet character is never cut in two");
    }
}
