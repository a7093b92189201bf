package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An internationalised domain in the ASCII mail is sent to. */
class EmailAddressesTest {

    @Test
    void mailIsSentToTheDomainInAscii() {
        assertEquals(Optional.of("eleve@xn--cole-9oa.ca"), EmailAddresses.withAsciiDomain("eleve@école.ca"));
        assertEquals(Optional.of("élève@xn--cole-9oa.ca"), EmailAddresses.withAsciiDomain("élève@École.ca"),
                "the part before the at sign as the person wrote it");
        assertEquals(Optional.of("sato@xn--1lqs71d.jp"), EmailAddresses.withAsciiDomain("sato@東京.jp"));
        assertEquals(Optional.of("Awa@Exemple.SN"), EmailAddresses.withAsciiDomain("Awa@Exemple.SN"));
        assertEquals(Optional.of("eleve@xn--cole-9oa.ca"), EmailAddresses.withAsciiDomain("eleve@xn--cole-9oa.ca"));
    }

    /** "straße.de" would go to "strasse.de" under IDNA 2003, another domain: no mail rather than a stranger's. */
    @Test
    void aDomainThatWouldBecomeAnotherOneInAsciiIsNotWritten() {
        assertEquals(Optional.empty(), EmailAddresses.withAsciiDomain("max@straße.de"));
        assertEquals(Optional.empty(), EmailAddresses.withAsciiDomain("a@" + "é".repeat(64) + ".ca"), "too long");
    }

    @Test
    void thePartBeforeTheAtSignIsAsciiOrNot() {
        assertTrue(EmailAddresses.hasAsciiLocalPart("eleve@école.ca"));
        assertFalse(EmailAddresses.hasAsciiLocalPart("élève@ecole.ca"));
    }
}
