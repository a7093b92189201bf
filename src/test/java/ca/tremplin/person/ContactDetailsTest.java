package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Addresses as people paste them, made the address they meant, and compared as the database compares them. */
class ContactDetailsTest {

    /**
     * A name sent by anyone (a form, the API, a list) keeps no right-to-left override nor zero-width space inside it,
     * which would show staff another name than the one stored; the joiners that shape Persian letters stay.
     */
    @Test
    void formattingCharactersInsideANameAreLeftOutButTheJoinersThatShapeLettersStay() {
        ContactDetails forged = new ContactDetails("Nadia", "Tremblay\u202E\u200B (admin)", "n@exemple.fr",
                "n@exemple.fr", null, "FR", null, java.util.Locale.FRENCH);
        assertEquals("Tremblay (admin)", forged.lastName());
        assertEquals("Kamal", ContactDetails.withoutFormatting("Ka\u200Bmal"), "it separated nothing");
        assertEquals("Benali", ContactDetails.withoutFormatting("Be\u00ADnali"));
        assertEquals("Sara", ContactDetails.withoutFormatting("\u2066Sara\u2069"));
        assertEquals("نیک\u200Cپور", ContactDetails.withoutFormatting("نیک\u200Cپور"));
        assertEquals("Awa", ContactDetails.withoutFormatting("Awa"));
        assertEquals(null, ContactDetails.withoutFormatting(null));
    }

    @Test
    void whatIsPastedAroundAnAddressIsNotPartOfIt() {
        assertEquals("awa@exemple.sn", ContactDetails.cleanEmail("\u00A0awa@exemple.sn\u200B"));
        assertEquals("awa@exemple.sn", ContactDetails.cleanEmail("\uFEFFawa@exemple.sn "));
        assertEquals("Cheikh.Diouf@exemple.sn", ContactDetails.cleanEmail("Cheikh Diouf <Cheikh.Diouf@exemple.sn>"));
        assertEquals("dior@exemple.sn", ContactDetails.cleanEmail("mailto:dior@exemple.sn"));
        assertEquals("dior@exemple.sn", ContactDetails.cleanEmail("MAILTO: dior@exemple.sn"));
        assertEquals("", ContactDetails.cleanEmail("\u200B\u00A0"));
        assertNull(ContactDetails.cleanEmail(null));
    }

    @Test
    void anAddressIsOneWhetherItsAccentsAreComposedOrNotAndAccentsMakeAnotherAddress() {
        String composed = "lucía.fernandez@exemple.es";
        String decomposed = "luci\u0301a.fernandez@exemple.es";

        assertEquals(ContactDetails.normalizeEmail(composed), ContactDetails.normalizeEmail(decomposed));
        assertEquals("lucía.fernandez@exemple.es", ContactDetails.normalizeEmail("Lucía.Fernandez@Exemple.ES\u00A0"));
        assertNotEquals(ContactDetails.normalizeEmail(composed),
                ContactDetails.normalizeEmail("lucia.fernandez@exemple.es"),
                "another mailbox: the database compares these columns byte for byte (V37)");
    }

    /**
     * An address typed in full-width mode (as Japanese and Chinese input methods write it) or ended with the dot of a
     * fully qualified domain is the address it means: the same person, not a second record of them.
     */
    @Test
    void anAddressTypedInFullWidthOrEndedWithADotIsTheAddressItMeans() {
        assertEquals("tanaka@example.jp", ContactDetails.cleanEmail("ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ"));
        assertEquals("kwame.mensah@exemple.demo", ContactDetails.normalizeEmail("ｋwame.mensah@exemple.demo"));
        assertEquals("kwame.mensah@exemple.demo", ContactDetails.normalizeEmail("kwame.mensah@exemple.demo."));
        assertEquals("kwame.mensah@exemple.demo", ContactDetails.cleanEmail("Kwame <kwame.mensah@exemple.demo.> "));
        assertEquals("awa.@exemple.sn", ContactDetails.cleanEmail("awa.@exemple.sn"), "a dot before the @ is kept");
        assertEquals("awa@", ContactDetails.cleanEmail("awa@"), "nothing is made up where there is no domain");
    }

    @Test
    void aTextIsComposedCountsALineBreakOnceAndLosesWhatIsInvisibleAroundIt() {
        assertEquals("Nguyễn", ContactDetails.cleanText("\uFEFF\u00A0Nguye\u0302\u0303n\u200B "));
        assertEquals("Bonjour,\nje veux souder.", ContactDetails.cleanText("Bonjour,\r\nje veux souder.\u0007"));
        assertEquals("", ContactDetails.cleanText("\u00A0\u200B"));
        assertEquals(null, ContactDetails.cleanText(null));
    }

    /**
     * One person however the domain of their address is written — in capitals, in Unicode, in ASCII ("xn--…") —: one
     * key. The part before the at sign is lower-cased, as it always was. A domain without its accent is another one.
     */
    @Test
    void anAddressKeyReadsItsDomainInUnicodeHoweverItIsWritten() {
        String key = ContactDetails.normalizeEmail("amina@école.ca");
        assertEquals("amina@école.ca", key);
        assertEquals(key, ContactDetails.normalizeEmail("amina@xn--cole-9oa.ca"));
        assertEquals(key, ContactDetails.normalizeEmail("Amina@XN--COLE-9OA.CA"));
        assertEquals(key, ContactDetails.normalizeEmail("Amina@ÉCOLE.ca"));
        assertEquals(key, ContactDetails.normalizeEmail(" <amina@xn--cole-9oa.ca.> "), "cleaned first");
        assertEquals("élève@école.ca", ContactDetails.normalizeEmail("Élève@École.ca"));
        assertNotEquals(key, ContactDetails.normalizeEmail("amina@ecole.ca"), "ecole.ca is another domain");
    }

    /** A first character outside the Basic Multilingual Plane is shown whole, not half of it. */
    @Test
    void aMaskedAddressShowsItsFirstCharacterWhole() {
        assertEquals("é•••@école.ca", ContactDetails.masked("élève@école.ca"));
        assertEquals("\uD840\uDC00•••@exemple.cn", ContactDetails.masked("\uD840\uDC00\uD840\uDC01@exemple.cn"));
    }
}
