package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.EmailAddresses;
import org.junit.jupiter.api.Test;

/**
 * An address pasted into the staff's invitation, sign-in or reset form is taken as meant, before the form's check of
 * what an address looks like: a mail program's "Name &lt;address&gt;", a web page's "mailto:", a zero-width space.
 */
class TypedEmailAddressTest {

    private final TypedEmailAddress converter = new TypedEmailAddress();

    @Test
    void aPastedAddressIsTheAddressItNames() {
        assertEquals("awa.diop@exemple.ca", converter.getAsObject(null, null, "Awa Diop <awa.diop@exemple.ca>"));
        assertEquals("awa.diop@exemple.ca", converter.getAsObject(null, null, "\"Diop, Awa\" <awa.diop@exemple.ca> "));
        assertEquals("awa.diop@exemple.ca", converter.getAsObject(null, null, "mailto:awa.diop@exemple.ca"));
        assertEquals("awa.diop@exemple.ca", converter.getAsObject(null, null, "awa\u200B.diop@exemple.ca\u00A0"));
        assertEquals("Awa@École.ca", converter.getAsObject(null, null, "Awa@E\u0301cole.ca"), "case is the key's job");
        assertNull(converter.getAsObject(null, null, " \u200B "), "nothing but blanks is an empty field");
        assertNull(converter.getAsObject(null, null, null));
        for (String pasted : new String[] {"Awa Diop <awa.diop@exemple.ca>", "awa\u200B.diop@exemple.ca"}) {
            assertTrue(converter.getAsObject(null, null, pasted).matches(EmailAddresses.ADDRESS),
                    pasted + " then passes the form's check");
        }
    }
}
