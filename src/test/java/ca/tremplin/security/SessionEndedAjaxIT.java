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
        String page = deployment + "admin/leads.xhtml?stage=NEW&country=SN";
        HttpResponse<String> click = browser.send(HttpRequest.newBuilder(
                        URI.create(deployment + "admin/leads.xhtml"))
                .header("Faces-Request", "partial/ajax").header("Accept", "application/xml, text/xml, */*")
                .header("Referer", page).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, click.statusCode());
        assertTrue(click.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"),
                click.headers().toString());
        java.util.regex.Matcher redirect = java.util.regex.Pattern.compile(
                "<partial-response><redirect url=\"([^\"]*)\"/></partial-response>").matcher(click.body());
        assertTrue(redirect.find(), click.body());
        assertEquals(URI.create(page).getRawPath() + "?stage=NEW&amp;country=SN", redirect.group(1),
                "the page the click was made on, its filters kept, which asks for the sign-in and opens again");

        HttpResponse<String> elsewhere = browser.send(HttpRequest.newBuilder(
                        URI.create(deployment + "admin/leads.xhtml"))
                .header("Faces-Request", "partial/ajax").header("Referer", "https://autre-site.example/admin/x")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(elsewhere.body().contains("/signin.xhtml"), "never another site's address: " + elsewhere.body());

        HttpResponse<String> opened = browser.send(HttpRequest.newBuilder(URI.create(page)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(opened.body().contains("id=\"signin\""),
                "the page opened asks for the sign-in, as any page of the back office does");
    }
}
