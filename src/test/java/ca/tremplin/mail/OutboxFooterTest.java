package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The sender's footer goes just before the end of a message's HTML body, whatever letters the message holds: a
 * Turkish "İ" becomes two characters when lower-cased, and a place found in a lower-cased copy cut the message
 * elsewhere (or failed, and with it the change that wrote the message).
 */
class OutboxFooterTest {

    private static final String FOOTER = "<p style=\"font-size:12px\">Centre du Fjord</p>";

    @Test
    void theFooterGoesBeforeTheBodysEndAfterLettersThatLowerCaseToTwo() {
        String html = "<html lang=\"fr\"><body><p>Bonjour İlker,</p><p>Rendez-vous à İstanbul.</p></body></html>";

        assertEquals("<html lang=\"fr\"><body><p>Bonjour İlker,</p><p>Rendez-vous à İstanbul.</p>" + FOOTER
                + "</body></html>", Outbox.beforeBodyEnd(html, FOOTER));
    }

    @Test
    void manySuchLettersNeitherCutTheMessageNorFail() {
        String names = "<p>" + "İlker İstanbul ".repeat(20) + "</p>";
        String html = "<html><body>" + names + "</body></html>";

        assertEquals("<html><body>" + names + FOOTER + "</body></html>", Outbox.beforeBodyEnd(html, FOOTER));
    }

    @Test
    void theBodysEndIsFoundInAnyCaseAndTheLastOneCounts() {
        assertEquals("<HTML><BODY><p>&lt;/body&gt;</p><p>x</p>" + FOOTER + "</BODY></HTML>",
                Outbox.beforeBodyEnd("<HTML><BODY><p>&lt;/body&gt;</p><p>x</p></BODY></HTML>", FOOTER));
        assertEquals("<p>İlker</p>" + FOOTER, Outbox.beforeBodyEnd("<p>İlker</p>", FOOTER),
                "no body's end: after the message");
    }
}
