package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
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
 * page it cannot show (the click then did nothing at all). The sign-in page then says that the session ended, which a
 * plain visit to it, or a bookmark opened with an old cookie, never says; a form sent from a page whose session ended opens that page again once signed in,
 * rather than being sent again to a view gone with the session ("page expired").
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

    @Test
    void aLinkFollowedFromAPageWhoseSessionEndedSaysOnTheSignInPageThatTheSessionEnded() throws Exception {
        HttpVisitor ended = new HttpVisitor(deployment).withSession("ended-" + java.util.UUID.randomUUID());
        HttpResponse<String> signIn = follow(ended, ended.get("admin/leads.xhtml?country=SN",
                java.util.Map.of("Referer", deployment + "admin/lead.xhtml?id=1")));
        assertTrue(signIn.body().contains("id=\"session-ended-notice\""), "told the session ended: " + signIn.body());
        assertTrue(signIn.body().contains("Votre session a pris fin"), signIn.body());

        HttpVisitor nextMorning = new HttpVisitor(deployment).withSession("ended-" + java.util.UUID.randomUUID());
        HttpResponse<String> bookmark = follow(nextMorning, nextMorning.get("admin/leads.xhtml?country=SN"));
        assertTrue(bookmark.body().contains("id=\"signin\""), bookmark.body());
        assertFalse(bookmark.body().contains("session-ended-notice"),
                "a bookmark opened with yesterday's cookie is a plain visit: no note is promised back");

        HttpVisitor firstVisit = new HttpVisitor(deployment);
        assertFalse(firstVisit.get("signin.xhtml").body().contains("session-ended-notice"),
                "a plain visit to the sign-in page is told nothing of the kind");
        HttpResponse<String> backOffice = follow(firstVisit, firstVisit.get("admin/"));
        assertTrue(backOffice.body().contains("id=\"signin\""), backOffice.body());
        assertFalse(backOffice.body().contains("session-ended-notice"),
                "nor a first visit to the back office, sent to sign in as always");
    }

    @Test
    void aFormSentAfterItsSessionEndedOpensItsPageOnceSignedInInsteadOfAnsweringPageExpired() throws Exception {
        HttpVisitor ended = new HttpVisitor(deployment).withSession("ended-" + java.util.UUID.randomUUID());
        String list = "admin/leads.xhtml?country=SN";
        HttpResponse<String> sent = ended.post(list, "application/x-www-form-urlencoded",
                "leads=leads&jakarta.faces.ViewState=" + java.util.UUID.randomUUID(),
                java.util.Map.of("Referer", deployment + list));
        assertEquals(302, sent.statusCode());
        assertTrue(location(sent).endsWith("/" + list), "the page the form was on: " + location(sent));
        HttpResponse<String> signInPage = follow(ended, follow(ended, sent));
        assertTrue(signInPage.body().contains("id=\"session-ended-notice\""), signInPage.body());

        HttpResponse<String> signedIn = ended.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        assertTrue(location(signedIn).endsWith("/" + list), "back to the page: " + location(signedIn));
        HttpResponse<String> back = follow(ended, signedIn);
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(back.body().contains("id=\"leads:table\""), "the list, opened afresh: " + back.body());
        assertFalse(back.body().contains("Page expirée"), back.body());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(none)");
    }

    /** Opens the address a redirect names, in the visitor's session. */
    private HttpResponse<String> follow(HttpVisitor visitor, HttpResponse<String> redirect) throws Exception {
        assertTrue(redirect.statusCode() / 100 == 3, redirect.statusCode() + " " + redirect.body());
        URI to = URI.create(deployment.toString()).resolve(location(redirect));
        String path = to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
        return visitor.get(path.substring(URI.create(deployment.toString()).getRawPath().length()));
    }
}
