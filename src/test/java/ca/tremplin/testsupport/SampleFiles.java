package ca.tremplin.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Files as they come from elsewhere (exports of Zoom, Teams, Eventbrite, a spreadsheet), under
 * {@code src/test/resources/imports}; in-server tests find them in the deployment too.
 */
public final class SampleFiles {

    static final String FOLDER = "imports";

    private SampleFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/" + FOLDER + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample file " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
