package ca.tremplin.demomailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.DemoMode;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outside demo mode the demo's mailbox does not exist: its page and its downloads answer 404 — not 403, not a
 * redirect to the sign-in page — to an anonymous visitor and to the platform admin alike, and neither the sign-in
 * page nor the home page says a word of the demo. The application is deployed with demo mode off (the accounts of
 * the demo data, loaded by the server's other deployments, are still there to sign in with).
 */
@ExtendWith(ArquillianExtension.class)
class DemoMailboxOffIT {


    @Deployment
    public static WebArchive deployment() {
        return Deployments.applicationWith(DemoModeOff.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    DemoMode demoMode;

    private HttpVisitor visitor;

    @Test
    void theMailboxAnswers404ToEveryoneAndTheDemoHelpersAreGone() throws Exception {
        assertFalse(demoMode.isOn(), "deployed with demo mode off");
        visitor = new HttpVisitor(base);

        assertEquals(404, visitor.get("demo/mailbox.xhtml").statusCode(), "anonymous: 404, not a redirect to sign in");
        assertEquals(404, visitor.get("demo/mailbox.xhtml?id=1").statusCode());
        assertEquals(404, visitor.get("demo/mailbox/attachment/1").statusCode());
        String signInPage = visitor.get("signin.xhtml").body();
        assertTrue(signInPage.contains("id=\"signin\""), "the sign-in page itself is there");
        assertFalse(signInPage.contains("demo-accounts"), "no demo accounts on the sign-in page");
        assertFalse(signInPage.contains(DemoAccounts.PASSWORD), "nor the demo password");

        assertEquals(302, visitor.signIn(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD).statusCode(),
                "signed in as the platform admin");
        HttpResponse<String> home = visitor.get("admin/");
        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains("demo-hint"), "no hint of the demo on the home page");
        assertFalse(home.body().contains("nav-demo-mailbox"), "no mailbox in the menu");
        HttpResponse<String> mailbox = visitor.get("demo/mailbox.xhtml");
        assertEquals(404, mailbox.statusCode(), "the platform admin too: 404, not 403");
        assertFalse(mailbox.body().contains("mailbox-title"));
        assertEquals(404, visitor.get("demo/mailbox/attachment/1").statusCode());
    }
}
