package ca.tremplin.unsubscribe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.mail.MailContent;
import ca.tremplin.tenant.Tenant;
import org.junit.jupiter.api.Test;

/** CASL: a bulk message names its sender with a mailing address and another way to reach it, in both languages. */
class BulkMailTest {

    private static final Unsubscriptions.Link LINK = new Unsubscriptions.Link(
            "https://tremplin.example/desabonnement.xhtml?token=abc", "https://tremplin.example/api/unsubscribe/abc");

    @Test
    void theFooterNamesTheSenderWithItsMailingAddressOnOneLineItsEmailAndItsPhone() {
        Tenant sender = new Tenant();
        sender.setNameFr("Centre de services scolaire du Fjord");
        sender.setNameEn("Fjord School Service Centre");
        sender.setContactEmail("international@du-fjord.demo");
        sender.setContactPhone("+1 418 555 0142");
        sender.setMailingAddress("350, rue Racine Est\r\nSaguenay (Québec)  G7H 1S6\n");

        MailContent french = BulkMail.compose("awa@exemple.sn", "Portes ouvertes", "Bonjour Awa", Languages.FRENCH,
                sender, LINK);
        assertTrue(french.text().contains("Centre de services scolaire du Fjord (international@du-fjord.demo"
                + " · +1 418 555 0142 · 350, rue Racine Est, Saguenay (Québec)  G7H 1S6)"), french.text());
        assertTrue(french.text().contains(LINK.page()));

        MailContent english = BulkMail.compose("awa@exemple.sn", "Open house", "Hello Awa", Languages.ENGLISH,
                sender, LINK);
        assertTrue(english.text().contains("Fjord School Service Centre (international@du-fjord.demo"), english.text());
        assertTrue(english.html().contains("350, rue Racine Est, Saguenay"), english.html());
    }

    @Test
    void aSenderWithoutContactsIsNamedAlone() {
        Tenant sender = new Tenant();
        sender.setNameFr("Centre de services scolaire des Îles");
        MailContent mail = BulkMail.compose("a@b.org", "Sujet", "Texte", Languages.FRENCH, sender, LINK);
        assertTrue(mail.text().contains("Expéditeur : Centre de services scolaire des Îles. Pour ne plus"), mail.text());
    }
}
