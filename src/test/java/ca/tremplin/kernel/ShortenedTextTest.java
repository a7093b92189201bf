package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShortenedTextTest {

    @Test
    void aTextIsCutBetweenCharactersNeverInsideAnEmoji() {
        String testimony = "a".repeat(196) + "😊 et la suite";
        String cut = ShortenedText.of(testimony, 198);
        assertEquals("a".repeat(196) + "😊…", cut, "the emoji whole, not half of it");
        assertEquals(198, cut.codePointCount(0, cut.length()));
        assertEquals("court", ShortenedText.of("court", 198));
        assertEquals(null, ShortenedText.of(null, 10));
    }
}
