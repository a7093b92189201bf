package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A click in the back office after the session ended is an ajax request without a session: the browser follows the
 * sign-in mechanism's redirect as the same ajax request, and must be told to open the sign-in page, not handed a
 * page it cannot show (the click then did nothing at all).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionEndedAjaxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aClickAfterTheSessionEndedOpensTheSignInPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> click = browser.send(HttpRequest.newBuilder(
                        URI.create(deployment + "admin/leads.xhtml"))
                .header("Faces-Request", "partial/ajax").header("Accept", "application/xml, text/xml, */*")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, click.statusCode());
        assertTrue(click.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"),
                click.headers().toString());
        assertTrue(click.body().matches("(?s).*<partial-response><redirect url=\"[^\"]*/signin\\.xhtml[^\"]*\"/>"
                + "</partial-response>.*"), click.body());

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(deployment + "signin.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("<form"), "the same address opened as a page is the sign-in form");
    }
}
