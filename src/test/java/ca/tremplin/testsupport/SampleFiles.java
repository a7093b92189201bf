package ca.tremplin.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Files as they come from elsewhere (exports of Zoom, Teams, Eventbrite, a spreadsheet), under
 * {@code src/test/resources/imports}, and photos under {@code src/test/resources/photos}; in-server tests find them
 * in the deployment too.
 */
public final class SampleFiles {

    static final String FOLDER = "imports";

    /** Photos as phones and editors write them, for {@code ca.tremplin.photo} (see the folder's README). */
    static final String PHOTOS = "photos";

    private SampleFiles() {
    }

    public static byte[] bytes(String name) {
        return bytes(FOLDER, name);
    }

    public static byte[] photo(String name) {
        return bytes(PHOTOS, name);
    }

    private static byte[] bytes(String folder, String name) {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/" + folder + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample file " + folder + "/" + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
