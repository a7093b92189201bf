package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An uploaded list arriving while a backup copies the data directory, or while another server reads the shared
 * folder: under its kept name it is whole or absent, never half written; what a refused or broken upload wrote is
 * gone.
 */
class ImportFilesTest {

    @TempDir
    Path data;

    @Test
    void aListIsNeverFoundUnderItsNameBeforeItIsWhole() throws IOException {
        ImportFiles files = ImportFiles.under(data);
        byte[] list = new byte[300_000];
        new Random(11).nextBytes(list);
        List<String> seenWhileArriving = new ArrayList<>();
        InputStream arriving = new ByteArrayInputStream(list) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                if (pos > 0 && seenWhileArriving.isEmpty()) {
                    seenWhileArriving.addAll(names());
                }
                return super.read(buffer, offset, length);
            }
        };

        Path stored = files.store(arriving, ImportFiles.LARGEST_FILE);

        assertEquals(1, seenWhileArriving.size(), "one file while it arrives: " + seenWhileArriving);
        assertTrue(seenWhileArriving.get(0).endsWith(".upload" + ImportFiles.BEING_WRITTEN),
                "under a temporary name a backup leaves out: " + seenWhileArriving);
        assertEquals(List.of(stored.getFileName().toString()), names(), "then under its name alone");
        assertTrue(stored.getFileName().toString().endsWith(".upload"));
        assertArrayEquals(list, Files.readAllBytes(stored));
    }

    @Test
    void aListRefusedAsTooLargeMidWayLeavesNothing() {
        ImportFiles files = ImportFiles.under(data);
        assertThrows(ImportProblem.class, () -> files.store(new ByteArrayInputStream(new byte[200_000]), 100_000));
        assertEquals(List.of(), names());
    }

    @Test
    void anUploadCutOffMidWayLeavesNothing() {
        ImportFiles files = ImportFiles.under(data);
        InputStream cutOff = new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (given++ > 1000) {
                    throw new IOException("Connection reset by peer");
                }
                return 'a';
            }
        };
        assertThrows(UncheckedIOException.class, () -> files.store(cutOff, ImportFiles.LARGEST_FILE));
        assertEquals(List.of(), names());
    }

    /** A workbook's first sheet, written out as CSV, arrives the same way. */
    @Test
    void aFileWrittenForTheImportIsMovedToItsNameOnceWritten() throws IOException {
        ImportFiles files = ImportFiles.under(data);
        List<String> seenWhileWriting = new ArrayList<>();
        Path written = files.write(file -> {
            Files.writeString(file, "Prénom,Nom\r\n");
            seenWhileWriting.addAll(names());
            Files.writeString(file, "Zoé,N'Diaye\r\n", java.nio.file.StandardOpenOption.APPEND);
        });
        assertTrue(seenWhileWriting.get(0).endsWith(ImportFiles.BEING_WRITTEN), seenWhileWriting.toString());
        assertEquals("Prénom,Nom\r\nZoé,N'Diaye\r\n", Files.readString(written));
        assertEquals(List.of(written.getFileName().toString()), names());

        assertThrows(ImportProblem.class, () -> files.write(file -> {
            Files.writeString(file, "Prénom,Nom\r\n");
            throw new ImportProblem("import.invalid.workbook");
        }));
        assertEquals(List.of(written.getFileName().toString()), names(), "the refused one's writing is gone");
    }

    /** A file a server stopped in the middle of writing is deleted by the sweep, as any old file. */
    @Test
    void theSweepDeletesAHalfWrittenFileLeftBehind() throws IOException {
        ImportFiles files = ImportFiles.under(data);
        Path left = files.newFile().resolveSibling("left-behind.upload" + ImportFiles.BEING_WRITTEN);
        Files.writeString(left, "Prénom,Nom\r\nZo");
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        Files.setLastModifiedTime(left, FileTime.from(now.minus(Duration.ofDays(8))));

        assertEquals(List.of(left.getFileName().toString()),
                files.deleteOlderThan(now.minus(Duration.ofDays(7)), Set.of()));
        assertEquals(List.of(), names());
    }

    private List<String> names() {
        Path folder = data.resolve("imports");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> kept = Files.list(folder)) {
            return kept.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
