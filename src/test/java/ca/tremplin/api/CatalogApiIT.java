package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HostileValues;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public API as a partner site calls it, over HTTP, against the demo data (Soudage-montage, DEP 5195, is
 * published by a demo school service centre, and the ASP Soudage haute pression by others): JSON documents,
 * problem documents for bad requests, the OpenAPI document and CORS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogApiIT {

    private static final String PARTNER_ORIGIN = "https://partenaire.example";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSearchWithTextAndFacetAnswersItemsTotalAndFacetsToAnyOrigin() throws Exception {
        // The demo's metalwork sector: other tests' centres teach their own "Soudage-montage", in another sector, and
        // may be so many that the demo's falls past the first page.
        HttpResponse<String> response = get("/api/programs?q=soudage&type=DEP&sector=16",
                Map.of("Origin", PARTNER_ORIGIN));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        JsonObject page = json(response);
        JsonArray items = page.getJsonArray("items");
        assertFalse(items.isEmpty(), page.toString());
        assertTrue(page.getJsonNumber("total").longValue() >= items.size());
        assertEquals(1, page.getInt("page"));
        assertEquals(20, page.getInt("pageSize"));
        assertTrue(page.getInt("pageCount") >= 1);
        assertEquals(List.of(), page.getJsonArray("ignoredParameters"));
        assertTrue(items.getValuesAs(JsonObject.class).stream().allMatch(item -> "DEP".equals(item.getString("type"))));

        JsonObject welding = weldingAndFitting(items);
        assertEquals("Soudage-montage", welding.getString("titleFr"));
        assertEquals("16", welding.getString("sectorCode"));
        String tenant = welding.getJsonObject("tenant").getString("slug");
        JsonObject links = welding.getJsonObject("links");
        assertTrue(links.getString("fr").matches("https?://.+/fr/programmes/" + tenant + "/.+"), links.toString());
        assertTrue(links.getString("en").matches("https?://.+/en/programs/" + tenant + "/.+"), links.toString());
        assertTrue(welding.isNull("nextStart") || welding.getString("nextStart").matches("\\d{4}-\\d{2}-\\d{2}"));

        JsonObject facets = page.getJsonObject("facets");
        assertTrue(facets.getJsonObject("sector").containsKey("16"), facets.toString());
        assertTrue(facets.getJsonObject("type").containsKey("ASP"), "the type facet leaves its own choice out");
        for (String facet : List.of("region", "instruction", "intakeMonth", "tuition")) {
            assertEquals(JsonValue.ValueType.OBJECT, facets.get(facet).getValueType(), facet);
        }
        assertTrue(facets.getJsonNumber("openIntake").longValue() >= 0);
    }

    @Test
    void parametersThatAreNoPartOfASearchAreIgnoredAndNamedWithoutRedirectOrCookie() throws Exception {
        HttpResponse<String> response = get("/api/programs?lang=en&utm_source=partner", Map.of());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("lang", "utm_source"), json(response).getJsonArray("ignoredParameters").stream()
                .map(value -> ((JsonString) value).getString()).toList());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "an API call opens no session");
    }

    @Test
    void oneProgramComesWithItsCentresAndUpcomingIntakes() throws Exception {
        long id = weldingAndFitting(json(get("/api/programs?q=soudage&type=DEP&sector=16", Map.of()))
                .getJsonArray("items"))
                .getJsonNumber("id").longValue();

        HttpResponse<String> response = get("/api/programs/" + id, Map.of());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject program = json(response);
        assertEquals(id, program.getJsonNumber("id").longValue());
        assertEquals("5195", program.getString("code"));
        assertEquals("Métallurgie", program.getString("sectorNameFr"));
        assertFalse(program.getJsonArray("centres").isEmpty(), program.toString());
        assertFalse(program.getJsonArray("centres").getJsonObject(0).getString("city").isBlank());
        for (JsonObject intake : program.getJsonArray("intakes").getValuesAs(JsonObject.class)) {
            assertTrue(intake.getString("startDate").matches("\\d{4}-\\d{2}-\\d{2}"), intake.toString());
            assertFalse(intake.getJsonObject("centre").getString("name").isBlank());
        }

        HttpResponse<String> intakes = get("/api/intakes?program=" + id, Map.of());
        assertEquals(200, intakes.statusCode(), intakes.body());
        assertEquals(id, json(intakes).getJsonNumber("programId").longValue());
        assertEquals(program.getJsonArray("intakes"), json(intakes).getJsonArray("items"));
    }

    @Test
    void malformedParametersAreRefusedWithOneEntryEachInTheCallersLanguage() throws Exception {
        HttpResponse<String> french = get("/api/programs?page=abc&region=ATLANTIS", Map.of("Origin", PARTNER_ORIGIN));
        HttpResponse<String> english = get("/api/programs?page=abc&region=ATLANTIS",
                Map.of("Accept-Language", "en-US,en;q=0.9,fr;q=0.5"));

        JsonObject problem = problem(french, 400);
        assertEquals("Paramètres invalides", problem.getString("title"));
        assertEquals("*", french.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                "a partner's script can read the problem");
        assertEquals(Map.of("region", "ATLANTIS", "page", "abc"), errorValues(problem));
        assertEquals("Invalid parameters", problem(english, 400).getString("title"));

        JsonObject intakes = problem(get("/api/intakes?program=abc&from=2026-13-01", Map.of()), 400);
        assertEquals(Map.of("program", "abc", "from", "2026-13-01"), errorValues(intakes));
        JsonObject missing = problem(get("/api/intakes", Map.of()), 400);
        assertEquals("program", missing.getJsonArray("errors").getJsonObject(0).getString("parameter"));
        assertTrue(missing.getJsonArray("errors").getJsonObject(0).isNull("value"));
    }

    /**
     * A training sector's code of two digits that names none of Québec's sectors is refused as the documentation says
     * (400), naming the parameter and the value in the caller's language, on the programs and the offers alike, rather
     * than answered with an empty page a partner cannot tell from "nothing taught".
     */
    @Test
    void aSectorCodeThatNamesNoSectorIsRefusedNamingTheParameterInTheCallersLanguage() throws Exception {
        for (String address : List.of("/api/programs?sector=99", "/api/programs?sector=16&sector=99",
                "/api/offers?sector=99")) {
            JsonObject french = problem(get(address, Map.of("Origin", PARTNER_ORIGIN)), 400);
            assertEquals("Paramètres invalides", french.getString("title"), address);
            assertEquals(Map.of("sector", "99"), errorValues(french), address);
            assertTrue(french.getJsonArray("errors").getJsonObject(0).getString("message")
                    .startsWith("Code d’un des secteurs de formation du Québec attendu"), french.toString());
            JsonObject english = problem(get(address, Map.of("Accept-Language", "en")), 400);
            assertEquals("Invalid parameters", english.getString("title"), address);
            assertTrue(english.getJsonArray("errors").getJsonObject(0).getString("message")
                    .startsWith("The two-digit code of one of Québec’s training sectors is expected"),
                    english.toString());
        }
        assertEquals(200, get("/api/programs?sector=21", Map.of()).statusCode(), "Beauty care is a sector");
    }

    /** A parameter that takes one value, given two, is refused as given twice, not as a value it cannot read. */
    @Test
    void aParameterGivenTwiceWithAnotherValueIsSaidToBeGivenTwice() throws Exception {
        for (String address : List.of("/api/programs?page=1&page=2", "/api/offers?page=1&page=2",
                "/api/intakes?program=22&program=30")) {
            JsonObject problem = problem(get(address, Map.of("Accept-Language", "en")), 400);
            JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
            assertEquals("This parameter takes one value and was given several: give it once.",
                    error.getString("message"), address);
        }
        JsonObject french = problem(get("/api/programs?sort=TUITION&sort=DURATION", Map.of()), 400);
        assertEquals(Map.of("sort", "DURATION"), errorValues(french));
        assertEquals("Ce paramètre prend une seule valeur et en a reçu plusieurs : donnez-le une fois.",
                french.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(200, get("/api/offers?page=1&page=1", Map.of()).statusCode(), "the same value twice is one");
        assertEquals(200, get("/api/offers?page=1&page=", Map.of()).statusCode(), "an empty field is no value");
        JsonObject emptyFirst = problem(get("/api/intakes?program=&program=abc", Map.of("Accept-Language", "en")), 400);
        assertEquals(Map.of("program", "abc"), errorValues(emptyFirst), "the value given, read as the program");
        assertEquals("A numeric program id is expected.",
                emptyFirst.getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    /**
     * A query whose percent-encoding cannot be read — a script that sent "%G1", or "100%" unencoded — is refused with
     * a problem document in the caller's language saying how to encode it, a page with a short page, rather than
     * the server's empty 400 on a closed connection; an address encoded as browsers encode it is read as before.
     * Sent over a socket: Java's client refuses to build such an address.
     */
    @Test
    void aQueryWithAnUnreadablePercentEncodingIsRefusedInWordsAndAnEncodedOneIsRead() throws Exception {
        for (String query : List.of("q=%G1", "q=100%", "q=%E")) {
            String[] answer = rawGet("/api/programs?" + query, "en");
            assertEquals("400", answer[0], query + ": " + answer[2]);
            assertTrue(answer[1].contains("content-type: application/problem+json"), answer[1]);
            JsonObject problem = Json.createReader(new StringReader(answer[2])).readObject();
            assertEquals("Unreadable address", problem.getString("title"));
            assertTrue(problem.getString("detail").contains("“%25” for “%” itself"), problem.getString("detail"));
        }
        String[] french = rawGet("/api/offers?q=%G1", null);
        assertEquals("400", french[0], french[2]);
        assertTrue(french[2].contains("Adresse illisible"), "French when the caller names no language: " + french[2]);
        String[] page = rawGet("/fr/programmes?q=%G1", "fr");
        assertEquals("400", page[0], page[2]);
        assertTrue(page[1].contains("content-type: text/html") && page[2].contains("<h1>Adresse illisible</h1>"),
                page[1] + page[2]);

        assertEquals("200", rawGet("/api/programs?q=%C3%A9lectricit%C3%A9", "fr")[0], "an accent, encoded");
        assertEquals("200", rawGet("/api/programs?q=100%25", "fr")[0], "a percent sign, encoded");
        assertEquals("200", rawGet("/fr/programmes?q=m%C3%A9canique+automobile", "fr")[0], "a page's search");
        JsonObject searched = json(get("/api/programs?q=" + URLEncoder.encode("Soudage-montage", StandardCharsets.UTF_8),
                Map.of()));
        assertTrue(searched.getInt("total") > 0, "the query still decoded for the search: " + searched);
    }

    /** A GET over a socket: its status, its headers (lower-cased, one a line) and its body. */
    private String[] rawGet(String path, String language) throws Exception {
        URI base = URI.create(deployment.toString());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + base.getRawPath().replaceAll("/+$", "") + path
                    + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + (language == null ? "" : "\r\nAccept-Language: " + language)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] whole = socket.getInputStream().readAllBytes();
            String text = new String(whole, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = (end < 0 ? text : text.substring(0, end)).toLowerCase(java.util.Locale.ROOT);
            byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(whole, end + 4, whole.length);
            if (head.contains("transfer-encoding: chunked")) {
                body = unchunked(body);
            }
            String status = head.isEmpty() ? "" : head.split(" ", 3)[1];
            return new String[] {status, head, new String(body, StandardCharsets.UTF_8)};
        }
    }

    private static byte[] unchunked(byte[] chunked) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                    .split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    @Test
    void anUnreadableAcceptIsRefusedWithAProblemAndAnUnreadableLanguageIsLeftOut() throws Exception {
        for (String accept : List.of("///", "application/json;q=xx", "application/json;q=7")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(
                            deployment.toString().replaceAll("/+$", "") + "/api/offers"))
                    .header("Accept", accept).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());

            JsonObject problem = problem(refused, 400);
            assertEquals("Unreadable Accept header", problem.getString("title"), accept);
            assertEquals("*", refused.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                    "a partner's script can read the problem");
            assertTrue(problem.getString("detail").contains("application/json"), problem.getString("detail"));
        }
        for (String language : List.of("fr;q=abc", "en;q=2", "@@@")) {
            HttpResponse<String> french = http.send(HttpRequest.newBuilder(URI.create(
                            deployment.toString().replaceAll("/+$", "") + "/api/programs?page=abc"))
                    .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals("Paramètres invalides", problem(french, 400).getString("title"),
                    language + ": read as no preference, in French");
        }
        HttpResponse<String> readable = http.send(HttpRequest.newBuilder(URI.create(
                        deployment.toString().replaceAll("/+$", "") + "/api/offers"))
                .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "fr-CA,fr;q=0.9,en-US;q=0.8,en;q=0.7").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, readable.statusCode(), "a browser's headers: " + readable.body());
    }

    /**
     * The API answers in JSON only: an Accept that admits no JSON — JSON at quality 0, HTML alone, the problem type
     * alone — is refused with 406 and a problem document; any type, application/*, a browser's list or no Accept at
     * all are answered.
     */
    @Test
    void anAcceptThatAdmitsNoJsonIsRefusedAsNotAcceptableWithAProblem() throws Exception {
        for (String accept : List.of("application/json;q=0", "text/html", "*/*, application/json;q=0",
                "application/problem+json")) {
            for (String path : List.of("/api/programs?q=soudage", "/api/offers")) {
                HttpResponse<String> refused = withAccept(path, accept);

                JsonObject problem = problem(refused, 406);
                assertEquals("Format not available", problem.getString("title"), accept);
                assertEquals("*", refused.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                        "a partner's script can read the problem");
            }
        }
        for (String accept : List.of("*/*", "application/*", "application/json",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")) {
            HttpResponse<String> answered = withAccept("/api/programs?q=soudage", accept);
            assertEquals(200, answered.statusCode(), accept + ": " + answered.body());
            assertTrue(contentType(answered).startsWith("application/json"), contentType(answered));
        }
        HttpResponse<String> noAccept = http.send(HttpRequest.newBuilder(URI.create(
                deployment.toString().replaceAll("/+$", "") + "/api/programs?q=soudage")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, noAccept.statusCode(), noAccept.body());
    }

    /**
     * The public reads carry a weak ETag and may be kept a minute; sent back, alone, in a list or as "*", the tag is
     * answered 304 without a body, and another tag gets the answer.
     */
    @Test
    void aPublicReadsTagSentBackIsAnsweredNotModifiedWithoutABody() throws Exception {
        long id = weldingAndFitting(json(get("/api/programs?q=soudage&type=DEP&sector=16", Map.of()))
                .getJsonArray("items")).getJsonNumber("id").longValue();
        for (String path : List.of("/api/programs?q=soudage&type=DEP&sector=16", "/api/programs/" + id,
                "/api/intakes?program=" + id, "/api/offers?region=SAGUENAY_LAC_SAINT_JEAN")) {
            HttpResponse<String> first = get(path, Map.of("Accept-Language", "en"));
            String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));

            assertTrue(tag.matches("W/\"[^\"]+\""), path + ": " + tag);
            assertEquals("public, max-age=60", first.headers().firstValue("Cache-Control").orElse(null), path);
            assertTrue(first.headers().allValues("Vary").toString().contains("Accept-Language"), path);
            for (String ifNoneMatch : List.of(tag, "W/\"older\", " + tag, "*")) {
                HttpResponse<String> again = get(path, Map.of("Accept-Language", "en", "If-None-Match", ifNoneMatch));

                assertEquals(304, again.statusCode(), path + " " + ifNoneMatch + ": " + again.body());
                assertEquals("", again.body());
                assertEquals(tag, again.headers().firstValue("ETag").orElse(null), path);
            }
            HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(
                            deployment.toString().replaceAll("/+$", "") + path)).header("Accept-Language", "en")
                    .header("If-None-Match", tag).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(304, head.statusCode(), path + " HEAD");
            assertEquals(200, get(path, Map.of("Accept-Language", "en", "If-None-Match", "W/\"older\""))
                    .statusCode(), path);
        }
        HttpResponse<String> refused = get("/api/programs?page=abc", Map.of());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("ETag").isEmpty(), "a refusal is never kept");
    }

    @Test
    void unknownAndNonNumericIdsAreNotFound() throws Exception {
        for (String path : List.of("/api/programs/999999999", "/api/programs/abc", "/api/intakes?program=999999999",
                "/api/nothing-here")) {
            HttpResponse<String> response = get(path, Map.of("Accept-Language", "en"));

            JsonObject problem = problem(response, 404);
            assertEquals("Resource not found", problem.getString("title"), path);
            assertFalse(response.body().contains(".java:"), "no stack trace");
        }
    }

    /** RFC 9110: a language of quality 0 is one the caller refuses, never the one it is answered in. */
    @Test
    void aLanguageTheCallerRefusesIsNotTheAnswersLanguage() throws Exception {
        JsonObject refusedEnglish = problem(get("/api/programs/999999999", Map.of("Accept-Language", "de, en;q=0")),
                404);
        assertEquals("Ressource introuvable", refusedEnglish.getString("title"));
        JsonObject byQuality = problem(get("/api/programs/999999999",
                Map.of("Accept-Language", "fr-CA;q=0.5, en;q=0.9")), 404);
        assertEquals("Resource not found", byQuality.getString("title"));
    }

    @Test
    void openOffersAreListedWithTheirPublicPagesAndMalformedFiltersAreRefused() throws Exception {
        HttpResponse<String> response = get("/api/offers?region=SAGUENAY_LAC_SAINT_JEAN", Map.of());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = json(response);
        assertTrue(page.getInt("total") > 0, "the demo centre of Saguenay has open offers");
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertEquals("SAGUENAY_LAC_SAINT_JEAN", first.getString("region"));
        assertTrue(first.getInt("openPositions") > 0);
        assertTrue(first.getJsonObject("links").getString("en").contains("/en/offers/"));
        assertTrue(first.getString("startDate").matches("\\d{4}-\\d{2}-\\d{2}"),
                "a date as the OpenAPI document says (format: date), not as an array: " + first);

        JsonObject refused = problem(get("/api/offers?from=2026-02-30&region=ATLANTIS", Map.of()), 400);
        assertEquals(Map.of("from", "2026-02-30", "region", "ATLANTIS"), errorValues(refused));
    }

    @Test
    void hostileValuesInEveryParameterAreRefusedOrIgnoredNeverAServerError() throws Exception {
        Map<String, List<String>> parameters = Map.of(
                "/api/programs", List.of("q", "sector", "region", "type", "instruction", "month", "tuition", "open",
                        "sort", "page", "unknown"),
                "/api/offers", List.of("q", "region", "employer", "sector", "from", "page"),
                "/api/intakes", List.of("program", "from"));
        for (Map.Entry<String, List<String>> address : parameters.entrySet()) {
            for (String parameter : address.getValue()) {
                for (String value : HostileValues.TEXTS) {
                    // HTTP/1.1: an HTTP/2 connection is closed by the server for a 60 KB address before any answer.
                    HttpResponse<String> answer = http11.send(HttpRequest.newBuilder(URI.create(
                            deployment.toString().replaceAll("/+$", "") + address.getKey() + "?" + parameter + "="
                                    + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                            .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());

                    String what = address.getKey() + " " + parameter + "=" + value.substring(0, Math.min(30, value.length()));
                    assertTrue(answer.statusCode() == 200 || answer.statusCode() == 400, what + " → " + answer.statusCode());
                    if (answer.statusCode() == 400) {
                        assertTrue(contentType(answer).startsWith("application/problem+json"), what);
                    }
                    assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), what);
                }
            }
        }
        for (String id : List.of("-1", "0", "99999999999999999999", "1e3", "%00", "%3Cscript%3E")) {
            int status = get("/api/programs/" + id, Map.of()).statusCode();
            assertTrue(status == 404 || status == 400, id + " → " + status);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(deployment.toString()).resolve("/openapi")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("/api/programs"), response.body());
        assertTrue(response.body().contains("/api/intakes"), response.body());
        assertTrue(response.body().contains("/api/offers"), response.body());
        assertTrue(response.body().contains("Tremplin public catalogue API"), response.body());

        // The answers a partner's cache and a strict Accept get are documented where they happen.
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(
                URI.create(deployment.toString()).resolve("/openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode(), json.body());
        JsonObject paths = Json.createReader(new StringReader(json.body())).readObject().getJsonObject("paths");
        for (String read : List.of("/api/programs", "/api/programs/{id}", "/api/offers", "/api/intakes")) {
            JsonObject get = paths.getJsonObject(read).getJsonObject("get");
            JsonObject responses = get.getJsonObject("responses");
            assertTrue(responses.getJsonObject("304").getJsonObject("headers").containsKey("ETag"), read + ": " + get);
            assertTrue(responses.getJsonObject("406").getJsonObject("content").containsKey("application/problem+json"),
                    read + ": " + get);
            assertTrue(get.getJsonArray("parameters").getValuesAs(JsonObject.class).stream().anyMatch(parameter ->
                    "If-None-Match".equals(parameter.getString("name")) && "header".equals(parameter.getString("in"))),
                    read + ": " + get);
        }
        JsonObject inquiry = paths.getJsonObject("/api/inquiries").getJsonObject("post").getJsonObject("responses");
        assertTrue(inquiry.containsKey("406") && !inquiry.containsKey("304"), inquiry.toString());
        assertTrue(inquiry.containsKey("413") && inquiry.containsKey("415"), "a body refused before it is read: "
                + inquiry);
        JsonObject offerPage = paths.getJsonObject("/api/offers").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class).stream().filter(parameter -> "page".equals(parameter.getString("name")))
                .findFirst().orElseThrow().getJsonObject("schema");
        assertEquals(10000, offerPage.getInt("maximum"), offerPage.toString());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(deployment.toString().replaceAll("/+$", "") + path)).header("Accept", "application/json");
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> withAccept(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(deployment.toString().replaceAll("/+$", "") + path))
                .header("Accept", accept).header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("application/problem+json"), contentType(response));
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertEquals("about:blank", problem.getString("type"));
        assertFalse(problem.getString("detail").isBlank());
        return problem;
    }

    /** Parameter name to the value the problem echoes, one entry per refused parameter. */
    private static Map<String, String> errorValues(JsonObject problem) {
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(errors.size(), Set.copyOf(errors.stream().map(e -> e.getString("parameter")).toList()).size());
        assertTrue(errors.stream().noneMatch(error -> error.getString("message").isBlank()));
        return errors.stream().collect(Collectors.toMap(e -> e.getString("parameter"), e -> e.getString("value")));
    }

    private static JsonObject weldingAndFitting(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream()
                .filter(item -> "5195".equals(item.getString("code")))
                .filter(item -> "Welding and Fitting".equals(item.getString("titleEn")))
                .findFirst().orElseThrow(() -> new AssertionError("no DEP 5195 among " + items));
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
