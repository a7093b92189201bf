package ca.tremplin.demomailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.DemoMode;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @Deployment
    public static WebArchive deployment() {
        return Deployments.applicationWithTests(DemoMailboxOffIT.class, DemoModeOff.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    DemoMode demoMode;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String session;

    @Test
    void theMailboxAnswers404ToEveryoneAndTheDemoHelpersAreGone() throws Exception {
        assertFalse(demoMode.isOn(), "deployed with demo mode off");

        assertEquals(404, get("demo/mailbox.xhtml").statusCode(), "anonymous: 404, not a redirect to sign in");
        assertEquals(404, get("demo/mailbox.xhtml?id=1").statusCode());
        assertEquals(404, get("demo/mailbox/attachment/1").statusCode());
        String signInPage = get("signin.xhtml").body();
        assertTrue(signInPage.contains("id=\"signin\""), "the sign-in page itself is there");
        assertFalse(signInPage.contains("demo-accounts"), "no demo accounts on the sign-in page");
        assertFalse(signInPage.contains(DemoAccounts.PASSWORD), "nor the demo password");

        signIn(DemoAccounts.PLATFORM_ADMIN);
        HttpResponse<String> home = get("admin/");
        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains("demo-hint"), "no hint of the demo on the home page");
        assertFalse(home.body().contains("nav-demo-mailbox"), "no mailbox in the menu");
        HttpResponse<String> mailbox = get("demo/mailbox.xhtml");
        assertEquals(404, mailbox.statusCode(), "the platform admin too: 404, not 403");
        assertFalse(mailbox.body().contains("mailbox-title"));
        assertEquals(404, get("demo/mailbox/attachment/1").statusCode());
    }

    private HttpResponse<String> get(String address) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + address));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        rememberSession(response);
        return response;
    }

    private void signIn(String email) throws IOException, InterruptedException {
        HttpResponse<String> form = get("signin.xhtml");
        Matcher state = VIEW_STATE.matcher(form.body());
        assertTrue(state.find(), "the sign-in form has a view state");
        String body = String.join("&", "signin=signin", "signin%3Aemail=" + encode(email),
                "signin%3Apassword=" + encode(DemoAccounts.PASSWORD), "signin%3Asubmit=",
                "jakarta.faces.ViewState=" + encode(state.group(1)));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "signin.xhtml"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        rememberSession(signedIn);
        assertEquals(302, signedIn.statusCode(), "signed in as " + email);
    }

    /** Session cookies are marked Secure, which java.net's cookie handling keeps from plain HTTP: kept by hand. */
    private void rememberSession(HttpResponse<?> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher id = SESSION.matcher(cookie);
            if (id.find()) {
                session = id.group(1);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
