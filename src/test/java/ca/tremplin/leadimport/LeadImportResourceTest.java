package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LeadImportResourceTest {

    /** What the server hands over for header bytes: each byte as one ISO-8859-1 character. */
    private static String asReceived(String sent, java.nio.charset.Charset encoding) {
        return new String(sent.getBytes(encoding), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFileNameSentInUtf8KeepsItsAccents() {
        assertEquals("meetingAttendanceReport(Séance Dakar).csv",
                LeadImportResource.headerText(asReceived("meetingAttendanceReport(Séance Dakar).csv",
                        StandardCharsets.UTF_8)));
        assertEquals("inscrits été — Hà Nội.csv",
                LeadImportResource.headerText(asReceived("inscrits été — Hà Nội.csv", StandardCharsets.UTF_8)));
    }

    @Test
    void aFileNameInLatin1OrAsciiIsKeptAsItCame() {
        assertEquals("Séance.csv", LeadImportResource.headerText(asReceived("Séance.csv", StandardCharsets.ISO_8859_1)));
        assertEquals("list.csv", LeadImportResource.headerText("list.csv"));
        assertNull(LeadImportResource.headerText(null));
    }
}
