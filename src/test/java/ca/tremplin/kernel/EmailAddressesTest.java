package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An internationalised domain in the ASCII mail is sent to, and in the Unicode people read. */
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

    /** One domain however written: in capitals, in Unicode, in ASCII; the part before the at sign as given. */
    @Test
    void anAddressIsReadWithItsDomainInUnicode() {
        assertEquals("Amina@école.ca", EmailAddresses.withUnicodeDomain("Amina@xn--cole-9oa.ca"));
        assertEquals("Amina@école.ca", EmailAddresses.withUnicodeDomain("Amina@XN--COLE-9OA.CA"));
        assertEquals("Amina@école.ca", EmailAddresses.withUnicodeDomain("Amina@ÉCOLE.ca"));
        assertEquals("sato@東京.jp", EmailAddresses.withUnicodeDomain("sato@xn--1lqs71d.jp"));
        assertEquals("max@straße.de", EmailAddresses.withUnicodeDomain("max@xn--strae-oqa.de"));
        assertEquals("a@école.рф", EmailAddresses.withUnicodeDomain("a@xn--cole-9oa.xn--p1ai"), "every label");
        assertEquals("amina@ecole.ca", EmailAddresses.withUnicodeDomain("amina@ECOLE.ca"),
                "without its accent, another domain");
        assertEquals("no-at-sign", EmailAddresses.withUnicodeDomain("no-at-sign"));
    }

    /** A label that reads as no domain's letters is kept as written, never turned into something else. */
    @Test
    void aLabelThatIsNoDomainsIsKeptAsWritten() {
        assertEquals("a@xn--abc-.ca", EmailAddresses.withUnicodeDomain("a@xn--abc-.ca"), "ASCII letters only");
        assertEquals("a@xn--cole-9o.ca", EmailAddresses.withUnicodeDomain("a@xn--cole-9o.ca"), "no valid Punycode");
        assertEquals("a@xn--cole-pka.ca", EmailAddresses.withUnicodeDomain("a@xn--cole-pka.ca"), "a capital: École");
        assertEquals("a@xn--.ca", EmailAddresses.withUnicodeDomain("a@xn--.ca"));
    }

    /** Written back in ASCII to be sent, an address read in Unicode is the address typed. */
    @Test
    void anAddressReadInUnicodeIsSentToTheSameDomain() {
        for (String typed : List.of("eleve@xn--cole-9oa.ca", "sato@xn--1lqs71d.jp", "a@xn--fiqs8s.xn--p1ai")) {
            assertEquals(Optional.of(typed), EmailAddresses.withAsciiDomain(EmailAddresses.withUnicodeDomain(typed)));
        }
    }

    @Test
    void thePartBeforeTheAtSignIsAsciiOrNot() {
        assertTrue(EmailAddresses.hasAsciiLocalPart("eleve@école.ca"));
        assertFalse(EmailAddresses.hasAsciiLocalPart("élève@ecole.ca"));
    }
}
