package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

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

    /** A list larger than the API takes is said with its size and the limit, not as a server error. */
    @Test
    void aListAnnouncedLargerThanTheLimitIsRefusedWithItsSizeBeforeItIsRead() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> new LeadImportResource()
                .start(1, "inscrits.csv", 262_144_000L, new ByteArrayInputStream(new byte[0])));
        assertEquals("Le fichier pèse 262,2 Mo, plus que les 200 Mo permis.",
                refused.localizedMessage(Languages.FRENCH));
        assertEquals("The file is 262.2 MB, larger than the 200 MB allowed.",
                refused.localizedMessage(Languages.ENGLISH));
    }

    /** The import page says a list too large as soon as it is chosen, in the words of the refusal it would get. */
    @Test
    void theImportPageSaysAListTooLargeAsSoonAsItIsChosen() {
        assertEquals("Le fichier pèse {size} Mo, plus que les 15 Mo permis.",
                ImportFiles.tooLargeWhenChosen(LeadImportService.LARGEST_PAGE_FILE, Languages.FRENCH));
        assertEquals("The file is {size} MB, larger than the 15 MB allowed.",
                ImportFiles.tooLargeWhenChosen(LeadImportService.LARGEST_PAGE_FILE, Languages.ENGLISH));
    }

    /** The server's own cut-off of a body sent without its length, at the same limit: a list too large, said so. */
    @Test
    void aListTheServerCutsOffIsSaidTooLargeNotAFailure() {
        ImportFiles files = new ImportFiles();
        files.locate();
        InputStream cutOff = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new RequestTooBigException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw new RequestTooBigException();
            }
        };
        ImportProblem refused = assertThrows(ImportProblem.class, () -> files.store(cutOff, ImportFiles.LARGEST_FILE));
        assertEquals("The file is larger than 200 MB.", refused.localizedMessage(Languages.ENGLISH));
    }

    /** As Undertow names its refusal of a body past the listener's limit. */
    private static final class RequestTooBigException extends IOException {
        RequestTooBigException() {
            super("UT000020: Connection terminated as request was larger than 209715200");
        }
    }
}
