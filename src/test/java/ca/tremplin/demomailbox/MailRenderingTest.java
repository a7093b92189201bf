package ca.tremplin.demomailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailRenderingTest {

    @Test
    void aMessagesHtmlComesAfterAPolicyThatLoadsNothingAndABaseThatOpensLinksInTheWindow() {
        String document = MailRendering.frameDocument("<base target=\"_self\"><p>Bonjour</p><script>alert(1)</script>");
        assertTrue(document.indexOf("Content-Security-Policy") < document.indexOf("<p>Bonjour"));
        assertTrue(document.contains("default-src 'none'"), "no script, no remote image");
        assertTrue(document.indexOf("<base target=\"_top\">") < document.indexOf("<base target=\"_self\">"),
                "the first base is the one a browser uses");
        assertFalse(MailRendering.FRAME_SANDBOX.contains("allow-scripts"));
        assertFalse(MailRendering.FRAME_SANDBOX.contains("allow-same-origin"));
    }

    @Test
    void webAddressesOfATextBodyBecomeLinksAndTheRestStaysText() {
        List<MailRendering.TextPiece> pieces = MailRendering.pieces(
                "Votre dossier : https://tremplin.example/dossier.xhtml?token=a-b_c.\n"
                        + "Écrivez-nous (http://x.example/aide), pas javascript:alert(1).");
        assertEquals(List.of(
                new MailRendering.TextPiece("Votre dossier : ", false),
                new MailRendering.TextPiece("https://tremplin.example/dossier.xhtml?token=a-b_c", true),
                new MailRendering.TextPiece(".\nÉcrivez-nous (", false),
                new MailRendering.TextPiece("http://x.example/aide", true),
                new MailRendering.TextPiece("), pas javascript:alert(1).", false)), pieces);
        assertEquals(List.of(), MailRendering.pieces(null));
    }

    /** An address between French quotation marks, their non-breaking spaces typed inside: the link is the address. */
    @Test
    void anAddressBetweenFrenchQuotationMarksEndsWithTheAddress() {
        assertEquals(List.of(
                new MailRendering.TextPiece("Lien «\u00a0", false),
                new MailRendering.TextPiece("https://t.example/portes", true),
                new MailRendering.TextPiece("\u00a0» et «", false),
                new MailRendering.TextPiece("https://t.example/salon", true),
                new MailRendering.TextPiece("»", false)),
                MailRendering.pieces("Lien «\u00a0https://t.example/portes\u00a0» et «https://t.example/salon»"));
    }
}
