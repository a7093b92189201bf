package ca.tremplin.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the database keeps of an e-mail or a network address it must recognise without holding it — the brakes' keys
 * ({@code rate_limit_count}, {@code sign_in_failure}), a showcase report's reporter ({@code showcase_report}): an
 * HMAC-SHA256 under a key the database never holds, in hexadecimal. A plain SHA-256 let whoever had a copy of the
 * database test guesses offline (every IPv4 address is four billion tries; a list of e-mails, fewer); without the key,
 * a guess cannot be checked.
 *
 * <p>The key is {@code TREMPLIN_HASH_KEY} (at least 32 characters, the same on every server), else 32 random bytes
 * written once to {@code keys/hash.key} of the {@link DataDirectory data directory}, which the servers share. What
 * is hashed is the SHA-256 of the text, so that a SHA-256 kept before (V101) becomes the keyed hash of the same text
 * by {@link #rekeyed} alone ({@code UnkeyedHashesRekeyed}).
 */
public final class KeyedHashes {

    /** The variable that gives the key; without it, the data directory keeps one. */
    static final String KEY_VARIABLE = "TREMPLIN_HASH_KEY";

    /** The key's file under the data directory. */
    static final String KEY_FILE = "keys/hash.key";

    private static final int KEY_BYTES = 32;

    private static volatile KeyedHashes configured;

    private final SecretKeySpec key;

    private KeyedHashes(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The keyed hash of {@code text} under the server's key. */
    public static String hash(String text) {
        return configured().of(text);
    }

    /**
     * What a server from before V101 keeps of {@code text}: its plain SHA-256. During a rolling upgrade such a server
     * still runs beside those that key, and writes this form (its rows' {@code keyed_hash} false, V106), which the
     * next start rekeys ({@link UnkeyedHashesRekeyed}); whoever looks a text up reads this form too, and rekeys what it
     * finds, so that the same address or person is never counted twice, once in each form.
     */
    public static String keptBeforeV101(String text) {
        return unkeyed(text);
    }

    /** The keyed hash of the text whose plain SHA-256, in hexadecimal, was kept before V101. */
    public static String rekeyed(String unkeyedSha256) {
        return configured().keyed(unkeyedSha256);
    }

    private static KeyedHashes configured() {
        KeyedHashes hashes = configured;
        if (hashes == null) {
            synchronized (KeyedHashes.class) {
                hashes = configured;
                if (hashes == null) {
                    hashes = from(System.getenv(KEY_VARIABLE), DataDirectory.configured());
                    configured = hashes;
                }
            }
        }
        return hashes;
    }

    /** The hashes under the key the environment gives, else under the one the data directory keeps (made once). */
    static KeyedHashes from(String keyFromEnvironment, Path dataDirectory) {
        if (keyFromEnvironment != null && !keyFromEnvironment.isBlank()) {
            if (keyFromEnvironment.strip().length() < KEY_BYTES) {
                throw new IllegalStateException(KEY_VARIABLE + " must be at least " + KEY_BYTES
                        + " characters long (for instance: openssl rand -base64 32)");
            }
            return new KeyedHashes(keyFromEnvironment.strip().getBytes(StandardCharsets.UTF_8));
        }
        return new KeyedHashes(keptIn(dataDirectory.resolve(KEY_FILE)));
    }

    /**
     * The key the file holds, written first if there is none: under a name of its own, readable by this account
     * only, then linked to its final name in one step, so that two servers starting at once never read half a key
     * nor keep two; the second reads the first one's.
     */
    private static byte[] keptIn(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path written = Files.createTempFile(file.getParent(), "hash", ".partial");
                try {
                    restrictToOwner(written);
                    byte[] fresh = new byte[KEY_BYTES];
                    new SecureRandom().nextBytes(fresh);
                    Files.write(written, fresh);
                    Files.createLink(file, written);
                } catch (FileAlreadyExistsException writtenMeanwhile) {
                    // Another server wrote it first: its key is everyone's.
                } finally {
                    Files.deleteIfExists(written);
                }
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException(file + " holds " + key.length + " bytes, not a key of " + KEY_BYTES
                        + ": restore it from the backup of the data directory, or set " + KEY_VARIABLE);
            }
            return key;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read or write the hashes' key " + file, unreadable);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    String of(String text) {
        return keyed(unkeyed(text));
    }

    String keyed(String unkeyedSha256) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(unkeyedSha256.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java platform has HmacSHA256", impossible);
        }
    }

    /** The plain SHA-256 of the text, in hexadecimal: what the database kept before V101. */
    static String unkeyed(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
