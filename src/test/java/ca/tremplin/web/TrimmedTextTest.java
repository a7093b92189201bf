package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a paste brings around an address (spaces, no-break and zero-width spaces, a byte-order mark) goes. */
class TrimmedTextTest {

    private final TrimmedText converter = new TrimmedText();

    @Test
    void blanksAroundAreTakenOffAndWhatIsInsideIsKept() {
        assertEquals("emilie.test+1@example.com", converter.getAsObject(null, null, "emilie.test+1@example.com "));
        assertEquals("émilie@exemple.québec", converter.getAsObject(null, null,
                "\uFEFF\u00A0\u200B émilie@exemple.québec\t\u202F\r\n"));
        assertEquals("Nour Haddad", converter.getAsObject(null, null, " Nour Haddad "), "a space inside stays");
        assertNull(converter.getAsObject(null, null, " \u00A0 "), "nothing but blanks is an empty field");
        assertNull(converter.getAsObject(null, null, null));
    }
}
