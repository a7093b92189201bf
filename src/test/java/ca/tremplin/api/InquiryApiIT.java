package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HostileValues;
import ca.tremplin.testsupport.TestMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/inquiries} as a partner site calls it, over HTTP, against the demo data (whose centres allow
 * the origin https://www.{slug}.example): created once per Idempotency-Key, refused field by field in the
 * caller's language, braked per e-mail, callable from browsers of listed origins only, acknowledged by e-mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InquiryApiIT {

    private static final String LISTED_ORIGIN = "https://www.css-du-fjord.example";
    private static final String UNLISTED_ORIGIN = "https://intrus.example";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSameKeyAndBodyAnswerTheSameRequestAndAnotherBodyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = request(uniqueEmail(), "Merci!");

        HttpResponse<String> created = post(body, Map.of("Idempotency-Key", key));
        HttpResponse<String> retried = post(body, Map.of("Idempotency-Key", key));

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(json(created).getJsonNumber("id").longValue(), json(retried).getJsonNumber("id").longValue());
        assertEquals(json(created).getString("receivedAt"), json(retried).getString("receivedAt"));
        HttpResponse<String> reused = post(request(uniqueEmail(), "Autre"), Map.of("Idempotency-Key", key));
        assertEquals(422, reused.statusCode(), reused.body());
        assertTrue(reused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void invalidFieldsAreListedOneByOneInTheCallersLanguage() throws Exception {
        String body = """
                {"firstName": "", "lastName": "\u00A0", "email": "pas-un-courriel", "phone": "12",
                 "countryOfResidence": "ZZ", "citizenship": "SN", "consentToContact": false}""";

        HttpResponse<String> refused = post(body, Map.of("Accept-Language", "en-CA,en;q=0.9"));

        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject problem = json(refused);
        assertEquals("Invalid fields", problem.getString("title"));
        Map<String, String> messages = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("parameter"), e -> e.getString("message")));
        assertEquals(Set.of("lastName", "email", "phone", "countryOfResidence", "consentToContact"), messages.keySet());
        assertEquals("Enter your name (one is enough if you have only one).", messages.get("lastName"));
        assertEquals("This e-mail address is not valid.", messages.get("email"));
        assertEquals("We need your consent to answer you.", messages.get("consentToContact"));

        HttpResponse<String> enFrancais = post(body, Map.of());
        assertEquals("Cette adresse courriel n’est pas valide.", json(enFrancais).getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("parameter").equals("email"))
                .findFirst().orElseThrow().getString("message"));
    }

    @Test
    void someoneUnderFourteenIsRefusedWithoutAParentOrGuardiansConsentAndAcceptedWithIt() throws Exception {
        int under14 = java.time.Year.now().getValue() - 12;
        JsonObject child = Json.createReader(new StringReader(request(uniqueEmail(), "Bonjour"))).readObject();
        String alone = Json.createObjectBuilder(child).add("birthYear", under14).build().toString();

        HttpResponse<String> refused = post(alone, Map.of("Accept-Language", "en"));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(List.of("guardianName: Under 14: a parent or guardian must give their name and e-mail and"
                        + " tick their consent."), json(refused).getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("parameter") + ": " + e.getString("message")).toList());

        String withGuardian = Json.createObjectBuilder(child).add("birthYear", under14)
                .add("guardianName", "Mariama Ndiaye").add("guardianEmail", "mariama@example.sn")
                .add("guardianConsent", true).build().toString();
        HttpResponse<String> created = post(withGuardian, Map.of());
        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void aListedOriginMayCallFromABrowserAndAnUnlistedOneIsRefused() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", LISTED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, idempotency-key"));
        assertTrue(preflight.statusCode() < 300, preflight.statusCode() + " " + preflight.body());
        assertEquals(LISTED_ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")
                .contains("Idempotency-Key"));

        HttpResponse<String> allowed = post(request(uniqueEmail(), null), Map.of("Origin", LISTED_ORIGIN));
        assertEquals(201, allowed.statusCode(), allowed.body());
        assertEquals(LISTED_ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> refusedPreflight = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", UNLISTED_ORIGIN)
                .header("Access-Control-Request-Method", "POST"));
        assertEquals(403, refusedPreflight.statusCode());
        assertTrue(refusedPreflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> refused = post(request(uniqueEmail(), null), Map.of("Origin", UNLISTED_ORIGIN));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        // The same address spelt otherwise reaches the same resource, and is refused the same.
        for (String spelling : List.of("/api/inquiries;x=1", "/api/inquirie%73", "/api//inquiries")) {
            HttpResponse<String> forged = send(HttpRequest.newBuilder(uri(spelling))
                    .header("Content-Type", "application/json").header("Origin", UNLISTED_ORIGIN)
                    .POST(HttpRequest.BodyPublishers.ofString(request(uniqueEmail(), null))));
            assertEquals(403, forged.statusCode(), spelling + ": " + forged.body());
            assertTrue(forged.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), spelling);
        }
    }

    @Test
    void tooManyRequestsForOneEmailAreToldWhenToRetryButARetryOfARecordedOneIsAnswered() throws Exception {
        String email = uniqueEmail();
        String lastKey = null;
        for (int i = 0; i < 5; i++) {
            lastKey = java.util.UUID.randomUUID().toString();
            assertEquals(201, post(request(email, "n° " + i), Map.of("Idempotency-Key", lastKey)).statusCode());
        }
        HttpResponse<String> retried = post(request(email, "n° 4"), Map.of("Idempotency-Key", lastKey));
        assertEquals(200, retried.statusCode(), "a retry is no new request: " + retried.body());
        HttpResponse<String> braked = post(request(email, "encore"), Map.of("Accept-Language", "en"));

        assertEquals(429, braked.statusCode(), braked.body());
        assertTrue(Long.parseLong(braked.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals("Too many requests", json(braked).getString("title"));
    }

    @Test
    void theRequesterReceivesAnAcknowledgementInTheirLanguage() throws Exception {
        String email = uniqueEmail();
        HttpResponse<String> created = post(request(email, "I would like to come in August."),
                Map.of("Accept-Language", "en"));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();

        Message ack = TestMailServer.awaitMessageTo(email);

        assertEquals("Your information request no. " + id + " was received", ack.getSubject());
        String body = TestMailServer.body(ack);
        assertTrue(body.contains(": an answer by"), body);
    }

    @Test
    void aPersonWithOneNameOnlyIsRecordedAndGreetedByIt() throws Exception {
        String email = uniqueEmail();
        String body = Json.createObjectBuilder().add("lastName", "Sukarno").add("email", email)
                .add("phone", "+62 812 3456 7890").add("countryOfResidence", "ID").add("citizenship", "ID")
                .add("consentToContact", true).build().toString();

        HttpResponse<String> created = post(body, Map.of("Accept-Language", "fr-CA"));

        assertEquals(201, created.statusCode(), created.body());
        String mail = TestMailServer.body(TestMailServer.awaitMessageTo(email));
        assertTrue(mail.contains("Bonjour Sukarno,"), mail);
        assertFalse(mail.contains("Bonjour ,"), mail);
    }

    @Test
    void aBodyThatIsNotJsonSaysWhereItBreaks() throws Exception {
        HttpResponse<String> refused = post("{\"firstName\": \"Awa\",\n \"lastName\": ,}",
                Map.of("Accept-Language", "en"));

        assertProblem(400, refused);
        assertEquals("The request body is not valid JSON: error at line 2, column 14.", json(refused).getString("detail"));
        assertEquals("Le corps de la requête n’est pas du JSON valide : erreur à la ligne 2, colonne 14.",
                json(post("{\"firstName\": \"Awa\",\n \"lastName\": ,}", Map.of())).getString("detail"));
    }

    @Test
    void unknownAndMistypedFieldsAreNamedInTheCallersLanguage() throws Exception {
        String email = uniqueEmail();
        String body = request(email, null).replace("\"firstName\":\"Awa\"",
                "\"firstName\":\"Awa\",\"prenom\":\"Awa\",\"birthYear\":\"2001\",\"website\":\"https://awa.example\"");

        HttpResponse<String> refused = post(body, Map.of("Accept-Language", "fr-CA"));

        assertProblem(400, refused);
        Map<String, String> messages = json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("parameter"), e -> e.getString("message")));
        assertEquals(Map.of("prenom", "Champ inconnu : retirez-le ou vérifiez son nom.",
                "birthYear", "Un nombre entier est attendu, dans les limites du champ.",
                "website", "Champ inconnu : retirez-le ou vérifiez son nom."), messages,
                "the form's hidden trap for robots is no field of the API: a partner's request that sends it is"
                        + " refused, not dropped in silence");
    }

    @Test
    void wrongMediaTypeAndWrongMethodAreProblemDocuments() throws Exception {
        HttpResponse<String> plainText = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                .header("Content-Type", "text/plain").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(request(uniqueEmail(), null))));
        assertProblem(415, plainText);
        assertEquals("Unsupported media type", json(plainText).getString("title"));

        HttpResponse<String> deleted = send(HttpRequest.newBuilder(uri("/api/inquiries")).DELETE());
        assertProblem(405, deleted);
        assertEquals("Méthode non permise", json(deleted).getString("title"));
        assertTrue(json(deleted).getString("detail").contains("l’en-tête Allow"), "what it says fits any address");

        // "Content-Type:" with nothing after it, as a script that leaves the type empty sends it: a read is
        // answered, a body is refused with what to send, never the server's HTML page.
        HttpResponse<String> emptyTypeRead = send(HttpRequest.newBuilder(uri("/api/programs"))
                .header("Content-Type", "").header("Accept-Language", "en"));
        assertEquals(200, emptyTypeRead.statusCode(), emptyTypeRead.body());
        HttpResponse<String> emptyTypeBody = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                .header("Content-Type", "").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(request(uniqueEmail(), null))));
        assertProblem(415, emptyTypeBody);
        assertEquals("Unreadable content type", json(emptyTypeBody).getString("title"));

        // Too large (413): PlatformIT, with the other addresses.
    }

    @Test
    void hostileValuesInEveryFieldAreRefusedOrTakenAsTextNeverAServerError() throws Exception {
        List<String> fields = List.of("firstName", "lastName", "email", "phone", "countryOfResidence", "citizenship",
                "birthYear", "education", "frenchLevel", "programIds", "schoolBoard", "preferredIntake", "heardFrom",
                "message", "consentToContact", "consentToNews", "website", "attribution");
        for (String field : fields) {
            for (String value : HostileValues.TEXTS) {
                JsonObject valid = Json.createReader(new StringReader(request(uniqueEmail(), "fuzz"))).readObject();
                String body = Json.createObjectBuilder(valid).add(field, value).build().toString();

                HttpResponse<String> answer = post(body, Map.of("Accept-Language", "en"));

                String what = field + "=" + value.substring(0, Math.min(30, value.length()));
                assertTrue(answer.statusCode() == 201 || answer.statusCode() == 400, what + " → " + answer.statusCode()
                        + " " + answer.body());
                if (answer.statusCode() == 400) {
                    assertProblem(400, answer);
                    assertFalse(json(answer).getJsonArray("errors").isEmpty(), what + ": the field is named");
                }
                assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), what);
            }
        }
    }

    @Test
    void bodiesThatAreNotJsonAtAllAreRefusedWithAProblem() throws Exception {
        List<byte[]> bodies = List.of(new byte[0], new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'},
                "{\"firstName\": \"a\u0000\"}".getBytes(StandardCharsets.UTF_8),
                "[".repeat(100_000).getBytes(StandardCharsets.UTF_8),
                "{\"birthYear\": 1e99999999}".getBytes(StandardCharsets.UTF_8),
                "{\"programIds\": [-1, 99999999999999999999]}".getBytes(StandardCharsets.UTF_8),
                "\"just a string\"".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
                // Numbers longer than the JSON reader takes (1,100 digits), as a member known or not.
                ("{\"birthYear\": 1" + "0".repeat(1100) + "}").getBytes(StandardCharsets.UTF_8),
                ("{\"x\": -0." + "1".repeat(1200) + "}").getBytes(StandardCharsets.UTF_8));
        for (byte[] body : bodies) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));

            String what = new String(body, 0, Math.min(30, body.length), StandardCharsets.UTF_8);
            assertProblem(400, answer);
            assertFalse(answer.body().contains("Exception"), what);
        }
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
    }

    /**
     * What clients really send: a language written with an underscore, a body that starts with a byte-order mark,
     * tracking values longer than their columns (a partner's landing page with its click identifiers), a
     * Content-Type that names no media type, and the unsubscribe address opened in a browser.
     */
    @Test
    void whatClientsReallySendIsReadOrRefusedWithAProblemInTheirLanguage() throws Exception {
        HttpResponse<String> english = post("{\"firstName\": \"\"}", Map.of("Accept-Language", "en_US"));
        assertEquals(400, english.statusCode(), english.body());
        assertEquals("Invalid fields", json(english).getString("title"), "en_US is English");

        String marked = uniqueEmail();
        byte[] body = request(marked, "Envoyé depuis Windows").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[body.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withMark, 3, body.length);
        HttpResponse<String> withMarkRead = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(withMark)));
        assertEquals(201, withMarkRead.statusCode(), withMarkRead.body());

        String tracked = uniqueEmail();
        String landing = "https://www.css-du-fjord.example/etudier?utm_source=facebook&fbclid=" + "IwAR".repeat(120);
        String lengthy = Json.createObjectBuilder(Json.createReader(new StringReader(request(tracked, null))).readObject())
                .add("attribution", Json.createObjectBuilder().add("landingPage", landing)
                        .add("utmCampaign", "salon-" + "x".repeat(300)).add("campaignCode", "c".repeat(70)))
                .build().toString();
        HttpResponse<String> cut = post(lengthy, Map.of());
        assertEquals(201, cut.statusCode(), cut.body());
        assertEquals(landing.substring(0, 500), ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select landing_page from inquiry where email = ?", tracked), "kept, cut to its column");

        for (String unreadable : List.of("json", "application/", "application/json, text/plain")) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                    .header("Content-Type", unreadable).header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString(request(uniqueEmail(), null))));
            assertEquals(415, refused.statusCode(), unreadable + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals("Unreadable content type", json(refused).getString("title"));
        }

        HttpResponse<String> opened = send(HttpRequest.newBuilder(uri("/api/unsubscribe/un-jeton")));
        assertEquals(303, opened.statusCode(), opened.body());
        URI page = URI.create(opened.headers().firstValue("Location").orElseThrow());
        assertEquals("/desabonnement.xhtml", page.getPath(), "the page, not an address under /api/: " + page);
        assertEquals("token=un-jeton", page.getQuery());
        // Opened from the message it came in, the address names the message's language, which the page opens in.
        HttpResponse<String> inEnglish = send(HttpRequest.newBuilder(uri("/api/unsubscribe/un-jeton?lang=en")));
        assertEquals(303, inEnglish.statusCode(), inEnglish.body());
        assertEquals("token=un-jeton&lang=en",
                URI.create(inEnglish.headers().firstValue("Location").orElseThrow()).getQuery());

        // A stray Content-Type on a request without a body is no reason to refuse it.
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/programs?q=soudage"))
                .header("Content-Type", "text"));
        assertEquals(200, read.statusCode(), read.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheInquiryEndpoint() throws Exception {
        HttpResponse<String> document = send(HttpRequest.newBuilder(uri("/openapi")));
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/api/inquiries") || document.body().contains("/inquiries:"),
                document.body());
        assertTrue(document.body().contains("Idempotency-Key"));
        assertFalse(document.body().contains("InquiryRequest$"), "no Java names leak into the document");
    }

    /**
     * A partner's misspelt centre and an intake already past are refused, saying so in the caller's language, and
     * nothing is kept: the same key then records the corrected request as new (201), where a recorded one answers 200.
     */
    @Test
    void aCentreThatDoesNotExistAndAnIntakeAlreadyPastAreRefusedAndNothingIsKept() throws Exception {
        JsonObject valid = Json.createReader(new StringReader(request(uniqueEmail(), "Bonjour"))).readObject();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> misspelt = post(Json.createObjectBuilder(valid).add("schoolBoard", "css-du-fiord").build()
                .toString(), Map.of("Accept-Language", "en", "Idempotency-Key", key));
        assertEquals(400, misspelt.statusCode(), misspelt.body());
        assertEquals(List.of("schoolBoard: No school service centre has the identifier css-du-fiord: use one that"
                + " /api/programs gives."), errors(misspelt));
        java.time.YearMonth now = java.time.YearMonth.now(ca.tremplin.kernel.QuebecTime.ZONE);
        String thisMonth = java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", java.util.Locale.CANADA_FRENCH)
                .format(now);
        HttpResponse<String> both = post(Json.createObjectBuilder(valid).add("preferredIntake", "2019-01")
                .add("schoolBoard", "nulle-part").build().toString(),
                Map.of("Accept-Language", "fr", "Idempotency-Key", key));
        assertEquals(400, both.statusCode(), both.body());
        assertEquals(Set.of("preferredIntake: La rentrée janvier 2019 est déjà passée : indiquez un mois à partir de "
                + thisMonth + ".", "schoolBoard: Aucun centre de services scolaire n’a l’identifiant nulle-part :"
                + " utilisez-en un que donne /api/programs."), Set.copyOf(errors(both)), "every problem at once");

        HttpResponse<String> corrected = post(Json.createObjectBuilder(valid).add("schoolBoard", "CSS-du-Fjord")
                .add("preferredIntake", now.toString()).build().toString(), Map.of("Idempotency-Key", key));
        assertEquals(201, corrected.statusCode(), "nothing was kept of the refused ones: " + corrected.body());
    }

    /**
     * A body refused before the API reads it (a Content-Type naming two types) is still readable by the listed
     * partner page's script that sent it: its origin is allowed on the refusal too.
     */
    @Test
    void aRefusalOfTheHeadersCarriesTheListedOrigin() throws Exception {
        HttpResponse<String> twoTypes = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                .header("Content-Type", "application/json, text/plain").header("Origin", LISTED_ORIGIN)
                .POST(HttpRequest.BodyPublishers.ofString(request(uniqueEmail(), null))));
        assertEquals(415, twoTypes.statusCode(), twoTypes.body());
        assertEquals(LISTED_ORIGIN, twoTypes.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> unlisted = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                .header("Content-Type", "application/json, text/plain").header("Origin", UNLISTED_ORIGIN)
                .POST(HttpRequest.BodyPublishers.ofString(request(uniqueEmail(), null))));
        assertEquals(415, unlisted.statusCode(), unlisted.body());
        assertTrue(unlisted.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    private static List<String> errors(HttpResponse<String> refused) {
        return json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("parameter") + ": " + e.getString("message")).toList();
    }

    private static String request(String email, String message) {
        return Json.createObjectBuilder().add("firstName", "Awa").add("lastName", "Ndiaye").add("email", email)
                .add("phone", "+221 77 123 45 67").add("countryOfResidence", "SN").add("citizenship", "SN")
                .add("consentToContact", true).add("message", message == null ? "" : message)
                .add("attribution", Json.createObjectBuilder().add("utmSource", "partenaire").add("utmCampaign", "ete"))
                .build().toString();
    }

    private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/inquiries"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(deployment.toString().replaceAll("/+$", "") + path);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String uniqueEmail() {
        return "awa." + UUID.randomUUID().toString().substring(0, 8) + "@example.sn";
    }
}
