package ca.tremplin.kernel;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The one folder the server keeps files in besides the database ({@code TREMPLIN_DATA_DIR}, else {@code tremplin/}
 * in WildFly's data directory {@code jboss.server.data.dir}): uploaded lists waiting for their import, and the key of
 * {@link KeyedHashes} when the environment gives none. {@code src/ops/backup.sh} archives it beside the database.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** The folder the server's settings name. */
    public static Path configured() {
        String configured = System.getenv("TREMPLIN_DATA_DIR");
        return configured != null && !configured.isBlank() ? Paths.get(configured)
                : Paths.get(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "tremplin");
    }
}
