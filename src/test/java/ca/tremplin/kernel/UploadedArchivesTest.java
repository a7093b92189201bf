package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages as a sender could shape them: each bound refused by its name, an ordinary package read through. */
class UploadedArchivesTest {

    @TempDir
    Path folder;

    private static final UploadedArchives.Bounds SMALL = new UploadedArchives.Bounds(10, 4 * 1024 * 1024,
            6 * 1024 * 1024, 200, 3);

    @Test
    void anOrdinaryPackageGivesItsEntries() throws IOException {
        Path zip = zip("a.zip", "word/document.xml", "<w/>", "docProps/core.xml", "<c/>");
        assertEquals(List.of("word/document.xml", "docProps/core.xml"), UploadedArchives.check(zip, SMALL));
    }

    @Test
    void namesThatClimbOrStartAtTheRootOrNestTooDeepAreRefused() throws IOException {
        assertEquals("archive.badPath", refusal(zip("climb.zip", "../../etc/passwd", "x")));
        assertEquals("archive.badPath", refusal(zip("root.zip", "/etc/passwd", "x")));
        assertEquals("archive.badPath", refusal(zip("windows.zip", "..\\evil.dll", "x")));
        assertEquals("archive.tooDeep", refusal(zip("deep.zip", "a/b/c/d/e.xml", "x")));
    }

    @Test
    void tooManyEntriesAndTooManyExpandedBytesAreRefused() throws IOException {
        String[] many = new String[22];
        for (int i = 0; i < 11; i++) {
            many[2 * i] = "part" + i + ".xml";
            many[2 * i + 1] = "<x/>";
        }
        assertEquals("archive.tooManyEntries", refusal(zip("many.zip", many)));
        String varied = varied(3_500_000);
        assertEquals("archive.tooLarge", refusal(zip("large.zip", "a.xml", varied, "b.xml", varied)));
        assertEquals("archive.entryTooLarge", refusal(zip("entry.zip", "a.xml", varied(5 * 1024 * 1024))));
        assertEquals("archive.ratio", refusal(zip("bomb.zip", "a.xml", " ".repeat(3 * 1024 * 1024))));
        Path notAZip = folder.resolve("broken.zip");
        Files.write(notAZip, new byte[] {'P', 'K', 3, 4, 20, 0});
        assertEquals("archive.unreadable", refusal(notAZip));
    }

    private String refusal(Path zip) {
        return assertThrows(BusinessRuleException.class, () -> UploadedArchives.check(zip, SMALL)).messageKey();
    }

    private static String varied(int length) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private Path zip(String name, String... namesAndContents) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
