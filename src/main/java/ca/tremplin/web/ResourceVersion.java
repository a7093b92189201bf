package ca.tremplin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version of the application's own style sheets and scripts, which OmniFaces' {@code VersionedResourceHandler}
 * adds to their addresses ({@code ?v=…}, see faces-config.xml and web.xml): a digest of the files under
 * {@code /resources}, so that a release that changes one reaches every browser at once although browsers keep them a
 * week, and a release that changes none leaves them cached. PrimeFaces' own carry its version already.
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    private volatile String value;

    public String getValue() {
        String known = value;
        if (known == null) {
            known = digest(FacesContext.getCurrentInstance().getExternalContext());
            value = known;
        }
        return known;
    }

    private static String digest(ExternalContext context) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String path : files(context, "/resources/", new TreeSet<>())) {
                sha256.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream file = context.getResourceAsStream(path)) {
                    if (file != null) {
                        sha256.update(file.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", absent);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Every file under a folder of the web application, in a stable order. */
    private static Set<String> files(ExternalContext context, String folder, Set<String> found) {
        Set<String> paths = context.getResourcePaths(folder);
        for (String path : paths == null ? Set.<String>of() : paths) {
            if (path.endsWith("/")) {
                files(context, path, found);
            } else {
                found.add(path);
            }
        }
        return found;
    }
}
