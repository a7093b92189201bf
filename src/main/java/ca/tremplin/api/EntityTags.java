package ca.tremplin.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Entity tags of the API's answers (RFC 9110, 8.8.3) and the reading of {@code If-None-Match} (13.1.2). A tag is
 * weak: it is made from the JSON's bytes, which say the same thing for the same data, but the API does not promise
 * byte-for-byte equality across versions. {@code If-None-Match} compares weakly, as that section requires: a tag
 * matches itself with or without {@code W/}; {@code *} matches any answer; a list matches when one of its tags does.
 */
final class EntityTags {

    private EntityTags() {
    }

    /** {@code W/"…"}: the first 16 bytes of the SHA-256 of the answer, base64url. */
    static String weakTagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", impossible);
        }
    }

    /** Whether {@code If-None-Match}, if any, names the answer's current tag: a 304 instead of the answer. */
    static boolean anyMatches(String ifNoneMatch, String current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String opaque = opaque(current);
        // Tags are quoted and hold no comma or quote (RFC 9110's etagc), so a list splits at its commas.
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                .anyMatch(tag -> opaque(tag).equals(opaque));
    }

    /** The quoted part of a tag, {@code W/} left out, for the weak comparison. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
