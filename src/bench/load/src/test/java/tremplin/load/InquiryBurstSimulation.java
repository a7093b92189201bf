package tremplin.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A campaign burst on the information requests: {@code apiRate} requests a second to {@code POST
 * /api/inquiries} and {@code formRate} a second through the real French form page (load it, then submit it
 * with its view state and submission token), both for {@code seconds}. Open model: new arrivals keep their pace however slowly the
 * server answers, as a real audience would. Every request is a different person
 * ({@code <channel>-<run>-<n>@<domain>}), so the database must end with exactly one request per success.
 *
 * <p>System properties: baseUrl, apiRate (150), formRate (30), seconds (180), run (a label), domain,
 * programIds (comma-separated published program ids, spread over the requests).
 */
public class InquiryBurstSimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final int API_RATE = Integer.getInteger("apiRate", 150);
    private static final int FORM_RATE = Integer.getInteger("formRate", 30);
    private static final int SECONDS = Integer.getInteger("seconds", 180);
    private static final String RUN = System.getProperty("run", "burst");
    private static final String DOMAIN = System.getProperty("domain", "bench.tremplin.test");
    private static final List<String> PROGRAMS = Arrays.stream(System.getProperty("programIds", "").split(","))
            .filter(id -> !id.isBlank()).toList();

    private static Iterator<Map<String, Object>> people(String channel) {
        AtomicLong counter = new AtomicLong();
        return Stream.generate(() -> {
            long n = counter.incrementAndGet();
            String program = PROGRAMS.isEmpty() ? "" : PROGRAMS.get((int) (n % PROGRAMS.size()));
            return Map.<String, Object>of(
                    "email", channel + "-" + RUN + "-" + n + "@" + DOMAIN,
                    "firstName", n % 3 == 0 ? "Nguyễn" : n % 3 == 1 ? "Aïssatou" : "Jean-Émile",
                    "lastName", "Essai " + n,
                    "program", program,
                    "key", UUID.randomUUID().toString());
        }).iterator();
    }

    private final ScenarioBuilder api = scenario("API")
            .feed(people("api"))
            .exec(http("POST /api/inquiries").post("/api/inquiries")
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "fr")
                    .header("Idempotency-Key", "#{key}")
                    .body(StringBody("""
                            {"firstName":"#{firstName}","lastName":"#{lastName}","email":"#{email}",
                             "phone":"+33 6 12 34 56 78","countryOfResidence":"FR","citizenship":"FR",
                             "birthYear":2004,"education":"SECONDARY","frenchLevel":"NATIVE",
                             "programIds":[#{program}],"heardFrom":"WEBINAR","message":"Bonjour, je voudrais étudier au Québec.",
                             "consentToContact":true,"consentToNews":false,
                             "attribution":{"utmSource":"bench","utmMedium":"load","utmCampaign":"burst"}}"""))
                    .check(status().is(201)));

    private final ScenarioBuilder form = scenario("Form")
            .feed(people("form"))
            .exec(http("GET /fr/information").get("/fr/information?program=#{program}")
                    .check(status().is(200))
                    // Regular expressions rather than CSS selectors: a selector parses the whole page into a
                    // tree, for a page of 35 kB, on the two cores the load tool shares with the server.
                    .check(regex("name=\"jakarta.faces.ViewState\"[^>]*?value=\"([^\"]*)\"").saveAs("viewState"))
                    .check(regex("name=\"inquiry:token\"[^>]*?value=\"([^\"]*)\"").saveAs("token"))
                    // What PrimeFaces' script copies into the form before it is posted (CSP nonce check).
                    .check(regex("<script[^>]*? nonce=\"([^\"]*)\"").saveAs("nonce")))
            .exec(FormFields.submit());

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("fr")
            .userAgentHeader("Tremplin burst benchmark");

    {
        setUp(api.injectOpen(constantUsersPerSec(API_RATE).during(SECONDS)),
                form.injectOpen(constantUsersPerSec(FORM_RATE).during(SECONDS)))
                .protocols(protocol);
    }
}
