package ca.tremplin.leadimport;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where uploaded lists are kept until their import is done with them (then deleted, see
 * {@link ImportFileRetention}): files under {@code imports/} of the data
 * directory ({@code TREMPLIN_DATA_DIR}, else {@code tremplin/} in the server's data directory
 * {@code jboss.server.data.dir}), copied from the upload as it arrives, so that neither the upload nor the import
 * ever holds a file in memory nor sends it to the database (whose packets are limited to 16 MB by default). Files
 * are named by a random identifier, never by the name the uploader gave.
 *
 * <p>A file is written under a temporary name in the same folder, its final name followed by {@link #BEING_WRITTEN},
 * and moved to its final name in one step once complete: a backup taken meanwhile ({@code src/ops/backup.sh}, which
 * leaves temporary names out) or another server reading the shared folder never finds half a list under a kept
 * name. One left by a server stopped in the middle of a write is deleted by the sweep with the other old files.
 */
@ApplicationScoped
public class ImportFiles {

    /** The largest list accepted, checked as it arrives (a million rows of a usual export take about 70 MB). */
    public static final long LARGEST_FILE = 200L * 1024 * 1024;

    /** What ends the name of a file still being written; backups leave such files out. */
    public static final String BEING_WRITTEN = ".partial";

    private Path folder;

    @PostConstruct
    void locate() {
        folder = ca.tremplin.kernel.DataDirectory.configured().resolve("imports");
    }

    /** The files kept under {@code data}, as {@code TREMPLIN_DATA_DIR} would name it. */
    static ImportFiles under(Path data) {
        ImportFiles files = new ImportFiles();
        files.folder = data.resolve("imports");
        return files;
    }

    /**
     * Copies the upload to a new file.
     *
     * @throws ImportProblem when it is larger than {@code largest} bytes (the partial copy is deleted)
     */
    public Path store(InputStream upload, long largest) {
        return write(file -> {
            long size = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = upload; OutputStream out = Files.newOutputStream(file)) {
                for (int read = readPastTheServersLimit(in, buffer, largest); read >= 0;
                     read = readPastTheServersLimit(in, buffer, largest)) {
                    size += read;
                    if (size > largest) {
                        throw tooLarge(-1, largest);
                    }
                    out.write(buffer, 0, read);
                }
            }
        });
    }

    /** Writes a file's content to the path it is given, which it creates. */
    @FunctionalInterface
    public interface Writing {
        void to(Path file) throws IOException;
    }

    /**
     * A new file of the folder, written by {@code writing} under a temporary name and then moved to its name in one
     * step: nobody ever finds it under its name half written. Whatever stops the writing deletes what it wrote.
     */
    public Path write(Writing writing) {
        Path file = newFile();
        Path partial = file.resolveSibling(file.getFileName() + BEING_WRITTEN);
        try {
            writing.to(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException failed) {
            delete(partial);
            throw new UncheckedIOException(failed);
        } catch (RuntimeException refused) {
            delete(partial);
            throw refused;
        }
    }

    /**
     * A list larger than {@code largest} bytes: said with its own size when it is known ({@code size} past the limit:
     * the page's file, an API body that announced its length), else with the limit alone (a body sent without its
     * length, stopped at the limit).
     */
    static ImportProblem tooLarge(long size, long largest) {
        return size > largest ? weighing(new ca.tremplin.kernel.FileSize(size), largest)
                : new ImportProblem("import.invalid.tooLarge", largest / (1024 * 1024));
    }

    /**
     * What the import page says of a list larger than {@code largest} bytes as soon as it is chosen
     * ({@code resources/js/file-limits.js}, which writes the file's size where
     * {@link ca.tremplin.kernel.FileSize#CHOSEN_SIZE} stands): the refusal above, in the page's language.
     */
    static String tooLargeWhenChosen(long largest, java.util.Locale locale) {
        return weighing(ca.tremplin.kernel.FileSize.CHOSEN_SIZE, largest).localizedMessage(locale);
    }

    private static ImportProblem weighing(ca.tremplin.kernel.FileSize size, long largest) {
        return new ImportProblem("import.invalid.tooLargeWeighs", size, largest / (1024 * 1024));
    }

    /**
     * The next bytes of the upload; the server's own cut-off at its listener's limit (the staff API's, as large as
     * {@link #LARGEST_FILE}) is a list too large, not a failure to read one: said so rather than as a server error.
     */
    private static int readPastTheServersLimit(InputStream in, byte[] buffer, long largest) throws IOException {
        try {
            return in.read(buffer);
        } catch (IOException cut) {
            for (Throwable cause = cut; cause != null; cause = cause.getCause()) {
                if (cause.getClass().getSimpleName().equals("RequestTooBigException")
                        || String.valueOf(cause.getMessage()).contains("UT000020")) {
                    throw tooLarge(-1, largest);
                }
            }
            throw cut;
        }
    }

    /** A new file's place in the folder, nothing written there yet (see {@link #write} to write one). */
    public Path newFile() {
        try {
            Files.createDirectories(folder);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return folder.resolve(UUID.randomUUID() + ".upload");
    }

    /**
     * The stored file of an import, to read (a file uploaded before files were kept on disk: its bytes).
     *
     * @throws ImportProblem {@code import.fileGone} when it is no longer kept: deleted once the import ended, by the
     *                       sweep, or by an erasure of a person it named (which clears a list kept as bytes)
     */
    public ImportSource source(LeadImport upload) {
        if (upload.getFilePath() == null) {
            if (upload.getContent() == null) {
                throw new ImportProblem("import.fileGone");
            }
            return ImportSource.of(upload.getContent());
        }
        Path file = folder.resolve(upload.getFilePath());
        if (!Files.exists(file)) {
            // Deleted once the import ended, or by the sweep after TREMPLIN_IMPORT_FILE_DAYS (ImportFileRetention).
            throw new ImportProblem("import.fileGone");
        }
        return ImportSource.of(file);
    }

    /** True while the import's stored file is still there to read. */
    public boolean isKept(LeadImport upload) {
        return upload.getFilePath() == null ? upload.getContent() != null
                : Files.exists(folder.resolve(upload.getFilePath()));
    }

    /** The stored file of this name under the folder, or null when it is gone (or the name leads outside). */
    public Path keptFile(String name) {
        Path file = folder.resolve(name).normalize();
        return file.startsWith(folder) && Files.isRegularFile(file) ? file : null;
    }

    /** Its name under the folder, as kept on the import. */
    public String nameOf(Path file) {
        return folder.relativize(file).toString();
    }

    /** Removes the stored file of an import that no longer needs it (by its name under the folder). */
    public void deleteKept(String name) {
        Path file = folder.resolve(name).normalize();
        if (file.startsWith(folder)) {
            delete(file);
        }
    }

    /**
     * Removes the files of the folder last written before {@code oldest}, except those named in {@code keep};
     * returns the names of those removed.
     */
    public List<String> deleteOlderThan(Instant oldest, Set<String> keep) {
        List<String> deleted = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return deleted;
        }
        try (Stream<Path> stored = Files.list(folder)) {
            for (Path file : (Iterable<Path>) stored::iterator) {
                String name = nameOf(file);
                if (!keep.contains(name) && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(oldest)) {
                    delete(file);
                    deleted.add(name);
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return deleted;
    }

    /** Removes a file that was refused. */
    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignoredButLogged) {
            java.util.logging.Logger.getLogger(ImportFiles.class.getName())
                    .warning("Could not delete refused upload " + file + ": " + ignoredButLogged);
        }
    }
}
