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
}
