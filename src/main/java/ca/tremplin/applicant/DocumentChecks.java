package ca.tremplin.applicant;

import static ca.tremplin.kernel.FileSignatures.startsWith;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.UploadedArchives;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an uploaded file must be before it is stored: a plain name (no path, no control characters, no hidden
 * file, one of the allowed extensions), not empty, not too large, and content that really is what its name says —
 * read from the first bytes, never from what the browser declares. Each refusal is a message the person can act on
 * ({@code document.*}, or {@code cv.*} where it names the types a CV may be).
 */
public final class DocumentChecks {

    /**
     * The most a file may weigh, said to people in megabytes ({@value #MAX_MEGABYTES} Mo: 8,000,000 bytes). The
     * database driver writes a file's bytes into its statement at up to twice their size (a file of 8 MiB made a
     * packet of 16,777,289 bytes, over MariaDB's default limit of 16 MiB, and the person saw an error page): at
     * twice this, with the rest of the statement, a file stays under that limit.
     */
    public static final int MAX_MEGABYTES = 8;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1_000_000;

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Admission documents: scans and photos of papers. */
    public static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    /** A CV: PDF or Word. */
    public static final Set<String> CV_TYPES = Set.of("application/pdf", WORD);

    private static final Map<String, String> TYPE_OF_EXTENSION = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "docx", WORD);

    private DocumentChecks() {
    }

    /** A file that passed every check. */
    public record Checked(String fileName, String contentType, byte[] content) {
    }

    /**
     * What a page says of a file larger than the limit as soon as it is chosen ({@code resources/js/file-limits.js},
     * which writes the file's size where {@link ca.tremplin.kernel.FileSize#CHOSEN_SIZE} stands): the server's own
     * refusal, in the page's language.
     */
    public static String tooLargeWhenChosen(Locale locale) {
        return ca.tremplin.kernel.Messages.get(locale, "document.tooLarge", ca.tremplin.kernel.FileSize.CHOSEN_SIZE,
                MAX_MEGABYTES);
    }

    public static Checked check(String fileName, byte[] content, Set<String> allowedTypes) {
        // A refusal names the types this upload takes: a CV's (PDF, Word) are not an admission document's.
        String kind = allowedTypes.equals(CV_TYPES) ? "cv" : "document";
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() && (content == null || content.length == 0)) {
            throw new BusinessRuleException(kind + ".missing");          // no file chosen at all
        }
        // No path: without a slash or a backslash, two dots in a row are no step up but a name's own, "Mon C.V..pdf".
        if (name.isEmpty() || name.length() > 200 || name.startsWith(".") || name.contains("/")
                || name.contains("\\") || name.chars().anyMatch(c -> c < 32 || c == 127)) {
            throw new BusinessRuleException(kind + ".badName");
        }
        int dot = name.lastIndexOf('.');
        String declared = dot < 0 ? null : TYPE_OF_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (declared == null || !allowedTypes.contains(declared)) {
            throw new BusinessRuleException(kind + ".badType");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("document.empty");
        }
        if (content.length > MAX_BYTES) {
            // Its size beside the limit: "too large" alone leaves the person guessing how much smaller to make it.
            throw new BusinessRuleException("document.tooLarge", new ca.tremplin.kernel.FileSize(content.length),
                    MAX_MEGABYTES);
        }
        if (!declared.equals(sniff(content, declared))) {
            throw new BusinessRuleException(kind + ".lyingType");
        }
        return new Checked(name, declared, content);
    }

    /**
     * The type the first bytes show, or null when they show none of the allowed ones. A package is opened only when
     * a Word document is declared: a damaged zip named .pdf is a file whose content does not match its name, not a
     * compressed file to save again.
     */
    static String sniff(byte[] content, String declared) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (WORD.equals(declared) && startsWith(content, 0x50, 0x4B, 0x03, 0x04) && isWordDocument(content)) {
            return WORD;
        }
        if ("application/pdf".equals(declared) && pdfHeaderWithin(content, PDF_HEADER_WITHIN)) {
            return "application/pdf";
        }
        return null;
    }

    /**
     * How far into a PDF its header may start: readers look for it in the first kilobyte, and a transcript saved by a
     * school's web site often starts with a byte-order mark or a blank line before it — a file every reader opens.
     */
    static final int PDF_HEADER_WITHIN = 1024;

    private static boolean pdfHeaderWithin(byte[] content, int first) {
        byte[] header = {0x25, 0x50, 0x44, 0x46, 0x2D};
        int last = Math.min(content.length, first) - header.length;
        for (int start = 0; start <= last; start++) {
            if (java.util.Arrays.equals(content, start, start + header.length, header, 0, header.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the package holds a Word document's main part; checked first as any uploaded package
     * ({@link UploadedArchives#DOCUMENT}), so that a zip bomb named .docx is refused with the limit it passes.
     */
    private static boolean isWordDocument(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("tremplin-document", ".zip");
            Files.write(file, content);
            return UploadedArchives.check(file, UploadedArchives.DOCUMENT).contains("word/document.xml");
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException stillThere) {
            file.toFile().deleteOnExit();
        }
    }
}
