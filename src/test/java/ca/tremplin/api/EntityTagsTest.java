package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = EntityTags.weakTagOf("{\"items\":[]}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameBytesGiveTheSameWeakTagAndOthersAnother() {
        assertTrue(TAG.matches("W/\"[A-Za-z0-9_-]{22}\""), TAG);
        assertEquals(TAG, EntityTags.weakTagOf("{\"items\":[]}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(TAG, EntityTags.weakTagOf("{\"items\":[1]}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTagSentBackMatchesWeaklyAloneOrInAList() {
        String opaque = TAG.substring(2);
        assertTrue(EntityTags.anyMatches(TAG, TAG));
        assertTrue(EntityTags.anyMatches(opaque, TAG), "weak comparison: W/ does not count");
        assertTrue(EntityTags.anyMatches("\"other\", " + TAG, TAG));
        assertTrue(EntityTags.anyMatches("W/\"other\",W/\"more\"," + opaque, TAG));
        assertTrue(EntityTags.anyMatches(" * ", TAG));
    }

    @Test
    void anotherTagOrNoneDoesNotMatch() {
        for (String header : List.of("", " ", "W/\"other\"", "\"other\", W/\"more\"", "W/" + TAG, "**")) {
            assertFalse(EntityTags.anyMatches(header, TAG), header);
        }
        assertFalse(EntityTags.anyMatches(null, TAG));
    }
}
