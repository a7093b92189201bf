package ca.tremplin.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.kernel.BusinessRuleException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A CV sent as Word: a real document is taken, a package that only pretends, or a zip bomb, is refused. */
class DocumentChecksTest {

    @Test
    void aWordDocumentIsTakenAsOne() throws IOException {
        byte[] docx = zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DocumentChecks.check("cv.docx", docx, DocumentChecks.CV_TYPES).contentType());
    }

    @Test
    void aCvIsRefusedInWordsThatNameTheTypesACvMayBe() {
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        BusinessRuleException notACv = assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check("NaN", pdf, DocumentChecks.CV_TYPES));
        assertEquals("Ce type de fichier n’est pas accepté pour un CV : envoyez un PDF ou un document Word (.docx).",
                notACv.localizedMessage(Locale.CANADA_FRENCH));
        assertEquals("This type of file is not accepted for a CV: send a PDF or a Word document (.docx).",
                notACv.localizedMessage(Locale.ENGLISH));
        assertEquals("cv.missing", assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check(null, null, DocumentChecks.CV_TYPES)).messageKey(), "no file chosen");
        assertEquals("document.badType", assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check("cv.docx", new byte[] {1}, DocumentChecks.DOCUMENT_TYPES)).messageKey(),
                "an admission document is not a Word file");
    }

    /**
     * A CV named with the abbreviation's dots ("Mon C.V." saved as a PDF) is taken under its name; a name that is a
     * path, or a hidden file's, is still refused.
     */
    @Test
    void aNameWithTheAbbreviationsDotsIsTakenAndAPathIsNot() {
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        assertEquals("Mon C.V..pdf", DocumentChecks.check("Mon C.V..pdf", pdf, DocumentChecks.CV_TYPES).fileName());
        assertEquals("C.V. Nguyễn...pdf", DocumentChecks.check("C.V. Nguyễn...pdf", pdf, DocumentChecks.CV_TYPES)
                .fileName());
        for (String path : new String[] {"../cv.pdf", "..\\cv.pdf", "a/../cv.pdf", "..", "..pdf", ".cv.pdf"}) {
            assertEquals("cv.badName", assertThrows(BusinessRuleException.class,
                    () -> DocumentChecks.check(path, pdf, DocumentChecks.CV_TYPES)).messageKey(), path);
        }
    }

    /**
     * A PDF whose header follows a byte-order mark or a blank line, as a school's web site may write a transcript, is
     * a PDF every reader opens: taken. One whose header comes past the first kilobyte is not a PDF, and a photo that
     * merely holds those bytes stays a photo.
     */
    @Test
    void aPdfWhoseHeaderFollowsAByteOrderMarkIsTakenAsOne() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'},
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("application/pdf",
                DocumentChecks.check("releve-de-notes.pdf", withBom, DocumentChecks.DOCUMENT_TYPES).contentType());
        assertEquals("application/pdf", DocumentChecks.check("cv.pdf", withBom, DocumentChecks.CV_TYPES).contentType());
        byte[] tooFar = concat(new byte[1024],
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertEquals("document.lyingType", assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check("scan.pdf", tooFar, DocumentChecks.DOCUMENT_TYPES)).messageKey());
        byte[] photo = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFE},
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertEquals("image/jpeg", DocumentChecks.check("passeport.jpg", photo, DocumentChecks.DOCUMENT_TYPES)
                .contentType());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** A file over the limit is said with its own size beside the limit, rounded up: never "8 Mo, more than 8 Mo". */
    @Test
    void aFileTooLargeIsSaidWithItsSizeAndTheLimitInBothLanguages() {
        byte[] scan = new byte[DocumentChecks.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, scan, 0, 8);
        BusinessRuleException tooLarge = assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check("passeport.pdf", scan, DocumentChecks.DOCUMENT_TYPES));
        assertEquals("document.tooLarge", tooLarge.messageKey());
        assertEquals("Ce fichier pèse 8,1 Mo, plus que les 8 Mo permis.",
                tooLarge.localizedMessage(Locale.CANADA_FRENCH));
        assertEquals("This file is 8.1 MB, larger than the 8 MB allowed.", tooLarge.localizedMessage(Locale.ENGLISH));
        byte[] phoneScan = new byte[12_582_912];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, phoneScan, 0, 8);
        assertEquals("This file is 12.6 MB, larger than the 8 MB allowed.", assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check("cv.pdf", phoneScan, DocumentChecks.CV_TYPES))
                .localizedMessage(Locale.ENGLISH), "a CV's too");
        assertEquals("Ce fichier pèse {size} Mo, plus que les 8 Mo permis.",
                DocumentChecks.tooLargeWhenChosen(Locale.CANADA_FRENCH), "the page's script puts the size in");
    }

    @Test
    void aZipWithoutAWordDocumentIsALyingType() throws IOException {
        byte[] zip = zip("notes.txt", "bonjour".getBytes(StandardCharsets.UTF_8));
        assertEquals("cv.lyingType", assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check("cv.docx", zip, DocumentChecks.CV_TYPES)).messageKey());
    }

    /** A damaged zip sent as a PDF is a file that is not what its name says, as any other non-PDF would be. */
    @Test
    void aDamagedZipNamedLikeAPdfIsALyingTypeNotACompressedFileToSaveAgain() {
        byte[] damaged = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8};
        assertEquals("document.lyingType", assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check("passeport.pdf", damaged, DocumentChecks.DOCUMENT_TYPES)).messageKey());
        assertEquals("cv.lyingType", assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check("cv.pdf", damaged, DocumentChecks.CV_TYPES)).messageKey());
    }

    @Test
    void aZipBombNamedLikeACvIsRefusedWithTheLimitBeforeItIsInflated() throws IOException {
        byte[] bomb = zip("word/document.xml", new byte[100 * 1024 * 1024]);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> DocumentChecks.check("cv.docx", bomb, DocumentChecks.CV_TYPES));
        assertEquals("archive.ratio", refused.messageKey());
        assertEquals("Un élément de ce fichier se décompresse plus de 200 fois sa taille, ce que ne fait aucun"
                + " document ordinaire : il est refusé avant d’être lu.", refused.localizedMessage(Locale.CANADA_FRENCH));
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
