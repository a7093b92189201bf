package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void webAddressesInAMailAreLinksWithoutTheirSentencesPunctuation() {
        assertEquals("Où : <a href=\"https://meet.example.org/olumide\">https://meet.example.org/olumide</a>.",
                HtmlText.withLinks(HtmlText.escape("Où : https://meet.example.org/olumide.")));
        assertEquals("(<a href=\"https://t.example/fr/evenements/4?a=1&amp;b=2\">"
                        + "https://t.example/fr/evenements/4?a=1&amp;b=2</a>)",
                HtmlText.withLinks(HtmlText.escape("(https://t.example/fr/evenements/4?a=1&b=2)")));
        assertEquals("&lt;script&gt; no address", HtmlText.withLinks(HtmlText.escape("<script> no address")));
    }

    @Test
    void aLinkParagraphsMadeIsNotMadeTwice() {
        String link = "https://t.example/dossier.xhtml?token=abc&lang=fr";
        String html = HtmlText.linking(HtmlText.paragraphs("fr", "Votre dossier :\n" + link), link);
        assertEquals(1, html.split("<a ", -1).length - 1, html);
        assertTrue(html.contains("<html lang=\"fr\">"), html);
    }
}
