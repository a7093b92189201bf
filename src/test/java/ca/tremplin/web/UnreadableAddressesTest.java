package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** An address whose percent-encoding cannot be read is told apart, and refused in the caller's language. */
class UnreadableAddressesTest {

    @Test
    void aPercentSignNotFollowedByTwoHexadecimalDigitsMakesTheAddressUnreadable() {
        assertFalse(UnreadableAddresses.readable("/api/programs", "q=%G1"));
        assertFalse(UnreadableAddresses.readable("/api/programs", "q=100%"));
        assertFalse(UnreadableAddresses.readable("/api/programs", "q=%E"));
        assertFalse(UnreadableAddresses.readable("/fr/programmes/m%ZZcanique", null));
    }

    @Test
    void anAddressEncodedAsBrowsersEncodeItIsReadable() {
        assertTrue(UnreadableAddresses.readable("/fr/programmes/m%C3%A9canique", "q=soudage+%C3%A9t%C3%A9&page=2"));
        assertTrue(UnreadableAddresses.readable("/api/programs", "q=100%25"), "a percent sign itself, encoded");
        assertTrue(UnreadableAddresses.readable("/api/programs", null));
        assertTrue(UnreadableAddresses.readable("/fr/programmes", "q=%E9"),
                "Latin-1 bytes are decoded (to a replacement character), as the parser decodes them");
    }

    @Test
    void theApiIsAnsweredWithAProblemDocumentInTheCallersLanguage() {
        JsonObject english = Json.createReader(new StringReader(UnreadableAddresses.problem(Languages.ENGLISH)))
                .readObject();
        JsonObject french = Json.createReader(new StringReader(UnreadableAddresses.problem(Languages.FRENCH)))
                .readObject();

        assertTrue(english.getInt("status") == 400 && english.getString("title").equals("Unreadable address"));
        assertTrue(english.getString("detail").contains("“%25” for “%” itself"), english.toString());
        assertTrue(french.getString("detail").contains("« %25 » pour « % » lui-même"), french.toString());
    }

    @Test
    void aPageIsAnsweredWithAShortPageInTheCallersLanguage() {
        String page = UnreadableAddresses.page(Languages.FRENCH);

        assertTrue(page.contains("<html lang=\"fr\">") && page.contains("<h1>Adresse illisible</h1>")
                && page.contains("<a href=\"/fr\">Aller à l’accueil</a>"), page);
    }
}
