package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The pages a person opens by their own mailed link, or fills for themselves, are kept by no cache: the next person at
 * a browser shared by a family, a class or a library finds nothing of them behind the Back button.
 */
class PrivateLinkCachingIT extends InServerTest {

    @ArquillianResource
    java.net.URL base;

    @Test
    void theApplicationFormTheAccessRequestAndThePagesOfAPrivateLinkAreKeptByNoCache() throws Exception {
        TestCentre centre = fixtures.newCentre("private-links");
        HttpVisitor visitor = new HttpVisitor(base);
        for (String page : List.of("apply.xhtml?offer=" + centre.offer().getId(), "acces.xhtml")) {
            HttpResponse<String> shown = visitor.get(page);
            assertEquals(200, shown.statusCode(), page);
            assertEquals(java.util.Optional.of("private, no-store"), shown.headers().firstValue("Cache-Control"), page);
        }
        // A link's token that names nobody: whatever the page answers, nobody keeps it.
        for (String page : List.of("dossier.xhtml?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "consentements.xhtml?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "desabonnement.xhtml?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "entrevue.xhtml?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "inscription.xhtml?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "password-reset.xhtml?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")) {
            HttpResponse<String> shown = visitor.get(page);
            assertTrue(shown.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                    page + " answered " + shown.statusCode() + " with " + shown.headers().map());
        }
    }
}
