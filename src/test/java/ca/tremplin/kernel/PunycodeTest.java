package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.IDN;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A label's Punycode read back into its letters as RFC 3492 says, where the JDK reads only what IDNA 2003 writes; what
 * is no Punycode is said so rather than read as something.
 */
class PunycodeTest {

    @Test
    void aLabelIsReadAsTheJdkReadsEveryLabelIdna2003Writes() {
        for (String label : List.of("cole-9oa", "1lqs71d", "fiqs8s", "p1ai", "mnchen-3ya", "bcher-kva", "wgbh1c",
                "egbpdaj6bu4bxfgehfvwxn", "ihqwcrb4cv8a8dqg056pqjye", "b1abfaaepdrnnbgefbadotcwatmq2g4l",
                "3b-ww4c5e180e575a65lsy2b", "-with-super-monkeys-pc58ag80a8qai00g7n9n")) {
            assertEquals(Optional.of(IDN.toUnicode("xn--" + label)), Punycode.decode(label), label);
        }
    }

    /** IDNA 2008, which mail programs follow, writes "straße" so; the JDK gives the label back unread. */
    @Test
    void aLabelIdna2003WouldWriteOtherwiseIsReadToo() {
        assertEquals(Optional.of("straße"), Punycode.decode("strae-oqa"));
        assertEquals("xn--strae-oqa", IDN.toUnicode("xn--strae-oqa"));
    }

    @Test
    void whatIsNoPunycodeIsNotReadAsAnything() {
        assertEquals(Optional.empty(), Punycode.decode("-abc"), "a hyphen first is a digit, and none");
        assertEquals(Optional.empty(), Punycode.decode("cole-9o"), "cut in the middle of a letter");
        assertEquals(Optional.empty(), Punycode.decode("cole-9óa"), "a digit that is none");
        assertEquals(Optional.empty(), Punycode.decode("é-9oa"), "a letter before the hyphen that is not ASCII");
        assertEquals(Optional.empty(), Punycode.decode("99999999999"), "beyond what a label can hold");
        assertEquals(Optional.of("abc"), Punycode.decode("abc-"), "letters alone: read, and no domain's (the caller's"
                + " to say)");
    }
}
