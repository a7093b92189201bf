package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A bulk e-mail's one-click unsubscribe address opened in a browser sends the person on to the link's page in the
 * language the e-mail was written in, which the address names; a language it does not name, or one the platform does
 * not speak, leaves the page to speak the visitor's.
 */
class UnsubscribeResourceTest {

    @Test
    void theOneClickAddressOpenedInABrowserOpensThePageInTheMessagesLanguage() {
        String page = UnsubscribeResource.pageOf("Ab-12_x", "en");
        assertTrue(page.endsWith("/desabonnement.xhtml?token=Ab-12_x&lang=en"), page);
    }

    @Test
    void anAddressWithoutALanguageOrWithAnUnknownOneOpensThePageInTheVisitorsLanguage() {
        String none = UnsubscribeResource.pageOf("Ab-12_x", null);
        assertTrue(none.endsWith("/desabonnement.xhtml?token=Ab-12_x"), none);
        String unknown = UnsubscribeResource.pageOf("Ab-12_x", "de&x=1");
        assertTrue(unknown.endsWith("/desabonnement.xhtml?token=Ab-12_x"), unknown);
    }
}
