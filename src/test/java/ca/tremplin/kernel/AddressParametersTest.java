package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressParametersTest {

    @Test
    void aParameterReadOnceAndGivenTwiceKeepsTheFirstAndSaysTheOther() {
        AddressParameters read = new AddressParameters(Map.of("page", new String[] {"1", "2"},
                "q", new String[] {"", "cuisine"}, "sort", new String[] {"NAME", "NAME"}));

        assertEquals(1, read.page(100));
        assertEquals("cuisine", read.text("q", 200), "an empty field of the form that sent the link is no value");
        assertEquals("NAME", read.one("sort", value -> value));
        assertEquals(1, read.page(100), "read again, said once");
        assertEquals(List.of("page=2"), read.ignored(), "the same value twice is no contradiction");
        assertEquals(List.of("page=2"), read.repeated(), "left out for being given twice, not for being unknown");
    }

    @Test
    void aRepeatableParameterKeepsEveryValue() {
        AddressParameters read = new AddressParameters(Map.of("region", new String[] {"a", "b"}));
        assertEquals(List.of("a", "b"), List.copyOf(read.many("region", value -> value)));
        assertEquals(List.of(), read.ignored());
    }

    /**
     * A search text pasted from a chat, an emoji or a Chinese character of the extensions (two Java chars each) at the
     * limit: cut between characters, counted as people count them, never leaving half of one.
     */
    @Test
    void aLongTextIsCutBetweenCharactersAtItsLengthInCharacters() {
        String emoji = "\uD83D\uDD25";
        String typed = "a".repeat(199) + emoji + "b";

        String read = new AddressParameters(Map.of("q", new String[] {typed})).text("q", 200);

        assertEquals("a".repeat(199) + emoji, read, "the 200th character whole");
        assertEquals(200, read.codePointCount(0, read.length()));
        String rare = "\uD840\uDC0B".repeat(250);
        String cut = new AddressParameters(Map.of("q", new String[] {rare})).text("q", 200);
        assertEquals("\uD840\uDC0B".repeat(200), cut);
        assertEquals("cuisine", new AddressParameters(Map.of("q", new String[] {"  cuisine "})).text("q", 200));
    }

    @Test
    void anIgnoredLongValueIsQuotedBetweenCharacters() {
        AddressParameters read = new AddressParameters(Map.of("page", new String[] {"x".repeat(39) + "\uD83D\uDD25!"}));

        assertEquals(1, read.page(100), "unreadable: the first page");
        assertEquals(List.of("page=" + "x".repeat(39) + "\uD83D\uDD25…"), read.ignored());
    }
}
