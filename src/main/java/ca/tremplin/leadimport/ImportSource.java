package ca.tremplin.leadimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded list that can be read from its start as many times as needed (to find its encoding, its table, to
 * count and to import its rows) without ever being held in memory: a file on disk, or bytes for small inputs.
 */
@FunctionalInterface
public interface ImportSource {

    InputStream open() throws IOException;

    static ImportSource of(Path file) {
        return () -> Files.newInputStream(file);
    }

    static ImportSource of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes == null ? new byte[0] : bytes);
    }
}
