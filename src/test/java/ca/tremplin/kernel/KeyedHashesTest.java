package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of the database holds hashes of addresses and e-mails that nobody can test a guess against without the key,
 * which the database never holds: the environment's, else one written once to the data directory and kept there.
 */
class KeyedHashesTest {

    private static final String KEY = "q8Xr0a3Vd9mT2pLk7sWc4yHn6bJe1uZg5fQo";

    @TempDir
    Path data;

    @Test
    void aGuessCannotBeCheckedWithoutTheKey() {
        String address = "address:203.0.113.7";
        String kept = KeyedHashes.from(KEY, data).of(address);
        assertNotEquals(KeyedHashes.unkeyed(address), kept, "a plain SHA-256 of the guess is not what is kept");
        assertNotEquals(KeyedHashes.from(KEY + "-other", data).of(address), kept, "another key, another hash");
        assertEquals(kept, KeyedHashes.from(KEY, data).of(address), "the same key recognises the same text");
        assertTrue(kept.matches("[0-9a-f]{64}"), "64 hexadecimal digits: the columns' CHAR(64)");
    }

    @Test
    void aHashKeptBeforeWithoutAKeyBecomesTheKeyedHashOfTheSameText() {
        KeyedHashes hashes = KeyedHashes.from(KEY, data);
        String email = "lea.tremblay@exemple.ca";
        assertEquals(hashes.of(email), hashes.keyed(KeyedHashes.unkeyed(email)));
    }

    @Test
    void withoutAKeyInTheEnvironmentOneIsWrittenOnceForTheOwnerAloneAndReadByEveryLaterStart() throws Exception {
        String first = KeyedHashes.from(null, data).of("lea.tremblay@exemple.ca");
        Path file = data.resolve(KeyedHashes.KEY_FILE);
        byte[] key = Files.readAllBytes(file);
        assertEquals(32, key.length);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertEquals(first, KeyedHashes.from("  ", data).of("lea.tremblay@exemple.ca"), "a blank variable is none");
        assertArrayEquals(key, Files.readAllBytes(file), "the key is never replaced");
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "nothing but the key is left in its folder");
        }
    }

    @Test
    void aKeyFromTheEnvironmentWritesNoFileAndAShortOneIsRefused() {
        KeyedHashes.from(KEY, data).of("x");
        assertFalse(Files.exists(data.resolve(KeyedHashes.KEY_FILE)));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> KeyedHashes.from("too-short", data));
        assertTrue(refused.getMessage().contains("TREMPLIN_HASH_KEY"), refused.getMessage());
    }

    @Test
    void aDamagedKeyFileIsRefusedRatherThanReplaced() throws Exception {
        Path file = data.resolve(KeyedHashes.KEY_FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1, 2, 3});
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> KeyedHashes.from(null, data));
        assertTrue(refused.getMessage().contains("3 bytes"), refused.getMessage());
        assertEquals(3, Files.size(file));
    }
}
