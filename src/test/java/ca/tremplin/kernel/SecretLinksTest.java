package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SecretLinksTest {

    @Test
    void everyTokenOfAMailedLinkIsReplacedAndTheRestOfTheTextKept() {
        assertEquals("Vos choix : https://tremplin.example/consentements.xhtml?token=…\nMerci.",
                SecretLinks.withoutSecrets("Vos choix : https://tremplin.example/consentements.xhtml?token="
                        + "CcRjgVz3OaXxOuLRhk4fM5f4HO1gDthLN_8UwEHCdyw\nMerci."));
        assertEquals("<a href=\"https://t.example/desabonnement.xhtml?token=…&amp;lang=fr\">",
                SecretLinks.withoutSecrets("<a href=\"https://t.example/desabonnement.xhtml?token=Ab-12_x&amp;lang=fr\">"));
        assertEquals("/acces/donnees?part=4&token=…", SecretLinks.withoutSecrets("/acces/donnees?part=4&token=Zz9"));
        assertEquals("https://t.example/api/unsubscribe/…", SecretLinks.withoutSecrets(
                "https://t.example/api/unsubscribe/YcLzGRBEqwOF4BqkdGnccraHtqsXdYxz6BLQydRWoq0"));
        assertEquals("Publier mon profil : http://t.example/vitrine-publier.xhtml?invitation=…&lang=fr",
                SecretLinks.withoutSecrets("Publier mon profil : http://t.example/vitrine-publier.xhtml?invitation="
                        + "aaS-JHs43xL5uO7T1PZ5qlwYh5lc_cZrsgOb4AEfIK8&lang=fr"), "a personal showcase invitation");
        assertEquals("Votre demande n° 12", SecretLinks.withoutSecrets("Votre demande n° 12"));
        assertNull(SecretLinks.withoutSecrets(null));
    }
}
