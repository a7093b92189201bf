package ca.tremplin.kernel;

/** What a file is, read from its first bytes (its "magic number"), never from the name or type a sender gave it. */
public final class FileSignatures {

    private FileSignatures() {
    }

    /** Whether the content begins with these bytes (each given as 0–255). */
    public static boolean startsWith(byte[] content, int... prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
