package ca.tremplin.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.PersonalData;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.TestMailServer;
import ca.tremplin.testsupport.ZipEntries;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access and portability, as the person and a centre's privacy officer live it, over HTTP against the demo data: a
 * person two centres know asks from the public page, the link arrives by e-mail (the tests' SMTP server), opening it
 * lists both centres with their 30-day deadline, each centre's data downloads as a zip — JSON with every table of
 * {@link PersonalData}, CSV, files — and the centre's admin sees the request answered on the privacy page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessRequestIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPersonProvesTheirAddressAndDownloadsWhatEachCentreHoldsAndTheOfficerSeesItAnswered() throws Exception {
        TestMailServer.running();
        String email = "kofi." + UUID.randomUUID().toString().substring(0, 8) + "@example.gh";
        for (String centre : List.of("css-du-fjord", "css-des-deux-rives")) {
            // The acknowledgement is written when the request is routed: then the centre holds the person.
            TestMailServer.awaitMessageTo(email, "n° " + inquiry(email, centre));
        }

        HttpVisitor person = new HttpVisitor(deployment);
        HttpResponse<String> asked = person.submit("acces.xhtml", "access", Map.of("access:email", email),
                "access:ask");
        assertTrue(asked.body().contains("id=\"access-asked\""), asked.body());
        Message mail = TestMailServer.awaitMessageTo(email, "accès");
        String link = TestMailServer.linkTo(mail, "/acces.xhtml");

        // Without its language parameter, which would answer with a redirect to the same address without it.
        String page = person.get(link.substring(link.indexOf("acces.xhtml")).replace("&lang=fr", "")).body();
        Matcher downloads = Pattern.compile("href=\"[^\"]*/(acces/donnees\\?token=[^\"]+)\"").matcher(page);
        List<String> addresses = downloads.results().map(m -> m.group(1).replace("&amp;", "&")).toList();
        assertEquals(2, addresses.size(), "each centre that holds the person answers for its own: " + page);
        assertTrue(page.contains("Fjord") && page.contains("Deux-Rives"), page);
        assertTrue(page.contains("réponse due au plus tard le"), "the legal deadline: " + page);

        for (String address : addresses) {
            HttpResponse<byte[]> zip = person.getBytes(address);
            assertEquals(200, zip.statusCode());
            assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
            Map<String, String> entries = ZipEntries.asText(zip.body());
            JsonObject json = Json.createReader(new StringReader(entries.get("personal-data.json"))).readObject();
            assertEquals("tremplin-personal-data", json.getString("format"));
            assertEquals(PersonalData.TABLES.stream().map(PersonalData.Holding::table)
                            .collect(Collectors.toCollection(TreeSet::new)), new TreeSet<>(json.getJsonObject("tables").keySet()),
                    "every table about a person, even an empty one");
            assertEquals(email, json.getJsonObject("tables").getJsonArray("lead").getJsonObject(0)
                    .getString("email"));
            assertTrue(json.getJsonObject("tables").getJsonArray("consent_record").size() >= 2,
                    "the consents, word for word");
            assertTrue(entries.get("csv/lead.csv").contains(email), entries.get("csv/lead.csv"));
        }

        HttpVisitor officer = new HttpVisitor(deployment);
        officer.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        String privacy = officer.get("admin/privacy.xhtml").body();
        assertTrue(privacy.contains(email), "the officer sees the request: " + privacy);
        assertTrue(privacy.contains("téléchargée par la personne"), "answered by the person's download");

        // Erased since, on the person's request: the request still says whose record it was, and the report of
        // people erased writes its day as the page writes every day.
        String leadId = ca.tremplin.testsupport.TestDatabase.firstColumn("select l.id from `lead` l join tenant t"
                + " on t.id = l.tenant_id where t.slug = 'css-du-fjord' and l.email_normalized = ?", email);
        HttpResponse<String> erased = officer.submit("admin/lead.xhtml?id=" + leadId, "erase", Map.of(),
                "erase:erase-person");
        assertTrue(erased.statusCode() < 400, erased.statusCode() + " " + erased.body());
        assertTrue(officer.get("admin/lead.xhtml?id=" + leadId).body()
                .contains("<h1 id=\"lead-name\">Personne effacée (n° " + leadId + ")</h1>"), "not \"— —\"");
        String after = officer.get("admin/privacy.xhtml").body();
        assertTrue(after.contains("Dossier n° " + leadId + " (personne effacée)"), after);
        Matcher report = Pattern.compile("id=\"anonymised\".*?</table>", Pattern.DOTALL).matcher(after);
        assertTrue(report.find(), after);
        assertTrue(report.group().contains("À la demande de la personne"), report.group());
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(report.group()).find(),
                "no day written as 2026-12-05: " + report.group());
    }

    /** An address no centre holds is proven all the same, and the page says there is nothing, not a list to come. */
    @Test
    void anAddressNoCentreHoldsIsToldThereIsNothingRatherThanPromisedAList() throws Exception {
        TestMailServer.running();
        String email = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.gh";
        HttpVisitor person = new HttpVisitor(deployment);
        person.submit("acces.xhtml", "access", Map.of("access:email", email), "access:ask");
        String link = TestMailServer.linkTo(TestMailServer.awaitMessageTo(email, "accès"), "/acces.xhtml");

        String page = person.get(link.substring(link.indexOf("acces.xhtml")).replace("&lang=fr", "")).body();
        assertTrue(page.contains("Aucun centre ne conserve de renseignements à cette adresse."), page);
        assertFalse(page.contains("listé ci-dessous") || page.contains("Le fichier zip")
                || page.contains("id=\"access-centres\""), "nothing is promised below: " + page);
    }

    @Test
    void oneAddressAskingOverAndOverAndOneLinkOpenedOverAndOverAreBrakedWithTheTimeToWait() throws Exception {
        HttpVisitor person = new HttpVisitor(deployment);
        String email = "ama." + UUID.randomUUID().toString().substring(0, 8) + "@example.gh";
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> asked = person.submit("acces.xhtml", "access", Map.of("access:email", email),
                    "access:ask");
            assertTrue(asked.body().contains("id=\"access-asked\""), "ask " + (i + 1) + ": " + asked.body());
        }
        HttpResponse<String> braked = person.submit("acces.xhtml", "access", Map.of("access:email", email),
                "access:ask");
        assertFalse(braked.body().contains("id=\"access-asked\""), braked.body());
        assertTrue(braked.body().contains("Trop de tentatives en peu de temps. Réessayez dans"), braked.body());

        String token = UUID.randomUUID().toString();
        for (int i = 0; i < 30; i++) {
            assertEquals(404, person.get("acces.xhtml?token=" + token).statusCode(), "an unknown link");
        }
        HttpResponse<String> tooOften = person.get("acces.xhtml?token=" + token);
        assertEquals(429, tooOften.statusCode());
        assertTrue(Long.parseLong(tooOften.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(tooOften.body().contains("Trop de tentatives en peu de temps. Réessayez dans"), tooOften.body());
        assertFalse(HttpVisitor.showsATrace(tooOften.body()), tooOften.body());
        assertEquals(429, person.getBytes("acces/donnees?token=" + token + "&part=1").statusCode(),
                "its downloads share the link's brake");
        assertEquals(404, person.get("acces.xhtml?token=" + UUID.randomUUID()).statusCode(),
                "another link from the same address is still answered");
    }

    /**
     * The officer's "send" pressed twice on one page (a double click, the browser sending the post again): the person
     * is mailed their file once, and the second sending is told it was sent already, not an error page.
     */
    @Test
    void anAnswerSentTwiceFromOneShowingOfThePrivacyPageIsMailedOnce() throws Exception {
        TestMailServer.running();
        String email = "yaw." + UUID.randomUUID().toString().substring(0, 8) + "@example.gh";
        TestMailServer.awaitMessageTo(email, "n° " + inquiry(email, "css-du-fjord"));
        HttpVisitor person = new HttpVisitor(deployment);
        person.submit("acces.xhtml", "access", Map.of("access:email", email), "access:ask");
        String link = TestMailServer.linkTo(TestMailServer.awaitMessageTo(email, "accès"), "/acces.xhtml");
        assertTrue(person.get(link.substring(link.indexOf("acces.xhtml")).replace("&lang=fr", "")).body()
                .contains("id=\"access-centres\""), "the request is recorded with the centre");

        HttpVisitor officer = new HttpVisitor(deployment);
        officer.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        String page = officer.get("admin/privacy.xhtml").body();
        Matcher button = Pattern.compile("id=\"(requests:[^\"]+:send)\"").matcher(page);
        assertTrue(page.contains(email) && button.find(page.indexOf(email)), "the request and its button: " + page);
        Matcher token = Pattern.compile("name=\"accessSending\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), "the form's showing: " + page);
        // The row's button and the request the row was shown with, as a browser posts them with the form.
        String row = button.group(1).replaceAll(".*:([0-9]+):send$", "$1");
        Matcher part = Pattern.compile("name=\"accessPart-" + row + "\" value=\"([0-9]+)\"").matcher(page);
        assertTrue(part.find(), "the row's request: " + page);
        HttpRequest send = officer.formOn("admin/privacy.xhtml", page, "requests",
                Map.of("accessSending", token.group(1), "accessPart-" + row, part.group(1)), button.group(1));

        String sent = officer.send(send).body();
        assertTrue(sent.contains("Les renseignements ont été envoyés à la personne."), sent);
        String again = officer.send(send).body();
        assertTrue(again.contains("Ces renseignements venaient d’être envoyés"), "told, not an error page: " + again);
        assertEquals(1L, ca.tremplin.testsupport.TestDatabase.count("select count(*) from outbox_message"
                + " where recipient = ? and subject like 'Vos renseignements personnels%'", email), "mailed once");
    }

    /** Sends an information request to the centre through the API; returns its number. */
    private long inquiry(String email, String centre) throws Exception {
        String body = Json.createObjectBuilder().add("firstName", "Kofi").add("lastName", "Mensah-Boateng")
                .add("email", email).add("countryOfResidence", "GH").add("citizenship", "GH")
                .add("schoolBoard", centre).add("consentToContact", true).build().toString();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(deployment + "api/inquiries"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }

}
