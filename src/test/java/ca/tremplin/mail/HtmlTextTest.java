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

    /**
     * An address written between angle brackets, as RFC 3986 suggests for text, or between French quotation marks with
     * their non-breaking spaces, as a template typed in French has it: the link ends with the address, not with the
     * bracket or the quotation mark, which would open another page.
     */
    @Test
    void anAddressBetweenBracketsOrQuotationMarksEndsWithTheAddress() {
        assertEquals("Inscription : &lt;<a href=\"https://t.example/portes\">https://t.example/portes</a>&gt;.",
                HtmlText.withLinks(HtmlText.escape("Inscription : <https://t.example/portes>.")));
        assertEquals("«\u00a0<a href=\"https://t.example/portes\">https://t.example/portes</a>\u00a0»",
                HtmlText.withLinks(HtmlText.escape("«\u00a0https://t.example/portes\u00a0»")));
        assertEquals("«<a href=\"https://t.example/portes?a=1&amp;b=2\">https://t.example/portes?a=1&amp;b=2</a>»",
                HtmlText.withLinks(HtmlText.escape("«https://t.example/portes?a=1&b=2»")));
        assertEquals("<a href=\"https://t.example/portes\">https://t.example/portes</a>\u202f!",
                HtmlText.withLinks(HtmlText.escape("https://t.example/portes\u202f!")));
    }

    @Test
    void aLinkParagraphsMadeIsNotMadeTwice() {
        String link = "https://t.example/dossier.xhtml?token=abc&lang=fr";
        String html = HtmlText.linking(HtmlText.paragraphs("fr", "Votre dossier :\n" + link), link);
        assertEquals(1, html.split("<a ", -1).length - 1, html);
        assertTrue(html.contains("<html lang=\"fr\">"), html);
    }
}
