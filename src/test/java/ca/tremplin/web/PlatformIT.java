package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.Browser;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What every response carries: security headers, error pages, health endpoints, the access log. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarryASecurityPolicyWithAScriptNonceAndSafeCookies() throws Exception {
        HttpResponse<String> page = get("/signin.xhtml", null);
        // The sign-in page keeps no session; a back-office page opened before signing in starts one.
        HttpResponse<String> sentToSignIn = get("/admin/", null);

        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElseThrow());
        String cookie = sentToSignIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("secure") && cookie.contains("SameSite=Lax"), cookie);
    }

    /**
     * A phone abroad fetches a public page's scripts and style sheets compressed (a megabyte as they are), told to
     * caches as varying by what the browser accepts; the page itself, which carries the view state and what a visitor
     * typed, is not compressed.
     */
    @Test
    void scriptsAndStyleSheetsAreCompressedForBrowsersThatAcceptItButPagesAreNot() throws Exception {
        HttpResponse<String> page = get("/fr/programmes", null);
        java.util.regex.Matcher script = java.util.regex.Pattern.compile(
                "src=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]*\\.js[^\"]*)\"").matcher(page.body());
        assertTrue(script.find(), "a script on the page");
        URI address = URI.create(deployment.toString()).resolve(script.group(1).replace("&amp;", "&"));
        byte[] plain = http.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(address).header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse("none"), address.toString());
        assertEquals("Accept-Encoding", zipped.headers().firstValue("Vary").orElse("none"));
        assertTrue(zipped.body().length < plain.length / 2, zipped.body().length + " of " + plain.length);
        try (java.io.InputStream unzipped = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(zipped.body()))) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(plain, unzipped.readAllBytes(), "the same script");
        }
        HttpResponse<String> pageAsked = http.send(HttpRequest.newBuilder(URI.create(
                deployment.toString().replaceAll("/+$", "") + "/fr/programmes")).header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(java.util.Optional.empty(), pageAsked.headers().firstValue("Content-Encoding"),
                "pages are sent as they are");
    }

    /**
     * A HEAD of a compressed script, style sheet or image says what its GET says: the same encoding, and the same
     * length or none — never the uncompressed length beside "gzip", which the server's filter alone would send.
     */
    @Test
    void aHeadOfACompressedResourceSaysItsGetsEncodingAndNoOtherLength() throws Exception {
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = get("/fr/evenements", null);
        java.util.regex.Matcher resource = java.util.regex.Pattern.compile(
                "(?:src|href)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]*)\"").matcher(page.body());
        List<String> addresses = new java.util.ArrayList<>(List.of("/capture-worker.js", "/favicon.svg"));
        while (resource.find()) {
            addresses.add(resource.group(1).replace("&amp;", "&"));
        }
        assertTrue(addresses.size() > 4, "the page's scripts and style sheets: " + addresses);
        for (String address : addresses) {
            URI uri = URI.create(deployment.toString()).resolve(address);
            HttpResponse<byte[]> got = http11.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<Void> head = http11.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip")
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());

            assertEquals(200, got.statusCode(), address);
            assertEquals(200, head.statusCode(), address);
            assertEquals(got.headers().firstValue("Content-Encoding"), head.headers().firstValue("Content-Encoding"),
                    address);
            java.util.Optional<String> headLength = head.headers().firstValue("Content-Length");
            assertTrue(headLength.isEmpty() || headLength.equals(java.util.Optional.of(String.valueOf(got.body().length))),
                    address + ": HEAD says " + headLength + ", GET sends " + got.body().length + " bytes "
                            + got.headers().firstValue("Content-Encoding").orElse("as they are"));
        }
    }

    /**
     * A link to a public list page shared on a social network shows the page's title, what it offers and its address
     * in the language it was read in (Open Graph and the summary card), as the detail pages already did.
     */
    @Test
    void publicListPagesSayWhatTheyAreWhereALinkToThemIsShared() throws Exception {
        Map<String, String> titles = Map.of("/fr", "Tremplin : étudier un métier au Québec",
                "/en", "Tremplin: learn a trade in Québec",
                "/fr/programmes", "Programmes de formation professionnelle",
                "/en/programs", "Vocational training programs",
                "/fr/offres", "Offres d’apprentissage et d’alternance travail-études",
                "/en/offers", "Apprenticeship and work-study offers",
                "/fr/evenements", "Événements", "/en/events", "Events",
                "/fr/vitrine", "Vitrine des apprentis", "/en/showcase", "Apprentices’ showcase");
        for (Map.Entry<String, String> page : titles.entrySet()) {
            String path = page.getKey();
            HttpResponse<String> answer = get(path, null);
            assertEquals(200, answer.statusCode(), path);
            String body = answer.body();
            boolean english = path.startsWith("/en");

            assertEquals(page.getValue(), meta(body, "property", "og:title"), path);
            assertEquals(page.getValue(), meta(body, "name", "twitter:title"), path);
            assertFalse(meta(body, "property", "og:description").isBlank(), path);
            assertEquals(meta(body, "property", "og:description"), meta(body, "name", "twitter:description"), path);
            assertTrue(meta(body, "property", "og:url").matches("https?://[^\"]+" + path), path + ": "
                    + meta(body, "property", "og:url"));
            assertEquals(english ? "en_CA" : "fr_CA", meta(body, "property", "og:locale"), path);
            assertEquals(english ? "fr_CA" : "en_CA", meta(body, "property", "og:locale:alternate"), path);
            assertEquals("website", meta(body, "property", "og:type"), path);
            assertEquals("summary", meta(body, "name", "twitter:card"), path);
        }
        assertTrue(meta(get("/", "tremplin_lang=en").body(), "property", "og:url").matches("https?://[^\"]+/en"),
                "the root shares the home in the visitor's language, its canonical address");
    }

    /** The content of the page's {@code <meta>} of this attribute and value; "" when it has none. */
    private static String meta(String page, String attribute, String value) {
        java.util.regex.Matcher meta = java.util.regex.Pattern.compile("<meta " + attribute + "=\"" + value
                + "\" content=\"([^\"]*)\"").matcher(page);
        return meta.find() ? meta.group(1) : "";
    }

    @Test
    void publicPagesKeepNoSessionForTheirVisitorsButStillCarryAScriptNonce() throws Exception {
        for (String path : List.of("/", "/fr/programmes?q=soudage", "/en/programs", "/fr/information",
                "/en/information?css=css-du-fjord", "/fr/evenements", "/en/offers", "/fr/vitrine", "/en/showcase")) {
            HttpResponse<String> page = get(path, null);

            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(cookie -> cookie.startsWith("JSESSIONID")),
                    path + " opened a session: " + page.headers().allValues("Set-Cookie"));
            String nonce = page.headers().firstValue("Content-Security-Policy").orElseThrow()
                    .replaceAll(".*'nonce-([^']+)'.*", "$1");
            assertTrue(page.body().contains("nonce=\"" + nonce + "\""), path + ": its scripts carry the policy's nonce");
            assertTrue(page.body().contains("value=\"stateless\"") || !page.body().contains("jakarta.faces.ViewState"),
                    path + ": a form on it keeps no view state");
        }
    }

    @Test
    void aFormSentFromAPageTheServerNoLongerHoldsAnswers400WithThePageExpiredMessage() throws Exception {
        // The password reset's form, sent with the view state of a session that has ended (a tab left open overnight).
        HttpResponse<String> stale = http.send(HttpRequest.newBuilder(URI.create(
                        deployment.toString().replaceAll("/+$", "") + "/password-forgotten.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=ended-long-ago")
                .POST(HttpRequest.BodyPublishers.ofString("forgotten=forgotten&forgotten%3Aemail=a%40example.org"
                        + "&forgotten%3Asubmit=&jakarta.faces.ViewState=-123456789%3A987654321"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(400, stale.statusCode(), "the visitor's stale page, not a server error");
        assertTrue(stale.body().contains("Page expirée"), stale.body());
        assertFalse(HttpVisitor.showsATrace(stale.body()));
    }

    /**
     * The sign-in page keeps no view state, so that a page left open until its session ended still signs in; a page
     * of another site posting it (to sign the visitor's browser into an account of its choosing) signs nobody in.
     */
    @Test
    void aSignInPostedFromAnotherSitesPageSignsNobodyIn() throws Exception {
        String form = "signin=signin&signin%3Aemail=" + DemoAccounts.FJORD_RECRUITER.replace("@", "%40")
                + "&signin%3Apassword=" + DemoAccounts.PASSWORD + "&signin%3Asubmit=&jakarta.faces.ViewState=stateless";
        HttpRequest.Builder fromElsewhere = HttpRequest.newBuilder(URI.create(
                        deployment.toString().replaceAll("/+$", "") + "/signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attaquant.example.org")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<String> refused = http.send(fromElsewhere.build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, refused.statusCode(), "the sign-in page again, not the back office");
        assertTrue(refused.body().contains("envoyé depuis un autre site"), refused.body());
        assertTrue(refused.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session: " + refused.headers().allValues("Set-Cookie"));

        HttpResponse<String> fromHere = http.send(fromElsewhere.setHeader("Origin",
                deployment.toString().replaceAll("/+$", "").replaceAll("(https?://[^/]+).*", "$1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, fromHere.statusCode(), "the same post from the page itself signs in: " + fromHere.body());
        assertTrue(fromHere.headers().firstValue("Location").orElseThrow().endsWith("/admin/"));

        // Behind a proxy that ends TLS and keeps the Host header, the page is https://host and the server sees http.
        HttpResponse<String> throughAProxy = http.send(fromElsewhere.setHeader("Origin",
                "https://" + URI.create(deployment.toString()).getHost()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, throughAProxy.statusCode(), "a page on this host signs in: " + throughAProxy.body());
    }

    @Test
    void anUnknownAddressAnswers404WithAPageInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> french = get("/nulle-part.xhtml", null);
        HttpResponse<String> english = get("/nulle-part.xhtml", "tremplin_lang=en");

        assertEquals(404, french.statusCode());
        assertTrue(french.body().contains("Page introuvable"));
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("Page not found"));
        assertTrue(french.body().contains("vérifiez l’adresse") && !french.body().contains("votre compte"),
                "a visitor without an account is not told about one: " + french.body());
        assertFalse(english.body().contains(".java:"), "no stack trace");
    }

    /**
     * An error page speaks the language of the address asked for, else the visitor's, and its language switch leads
     * where the other language shows something: from an address of a language (/en/…), whose language repeating it
     * would keep, to the first page of its section in the other language, else to that language's home; from an address
     * without one, to the same address, where the same error then speaks the language chosen. Its way home is the home
     * in its language.
     */
    @Test
    void anErrorPagesLanguageSwitchLeadsToItsEquivalentInTheOtherLanguage() throws Exception {
        Map<String, List<String>> inALanguage = Map.of(
                "/en/programs/css-du-fjord/no-such-program", List.of("en", "/fr/programmes?lang=fr"),
                "/en/offers/css-du-fjord/no-such-offer", List.of("en", "/fr/offres?lang=fr"),
                "/fr/evenements/" + Long.MAX_VALUE / 10 + "-salon?utm_source=affiche", List.of("fr",
                        "/en/events?lang=en"),
                "/fr/nulle-part", List.of("fr", "/en?lang=en"));
        for (Map.Entry<String, List<String>> asked : inALanguage.entrySet()) {
            HttpResponse<String> page = get(asked.getKey(), "tremplin_lang=" + ("en".equals(asked.getValue().get(0))
                    ? "fr" : "en"));
            String language = asked.getValue().get(0);
            String other = "en".equals(language) ? "fr" : "en";
            assertEquals(404, page.statusCode(), asked.getKey());
            assertEquals(language, ca.tremplin.testsupport.LanguageSwitchLinks.of(page.body()),
                    "the address's language, whatever the visitor chose before: " + asked.getKey());
            assertTrue(page.body().contains("en".equals(language) ? "Page not found" : "Page introuvable"),
                    page.body());
            assertEquals(asked.getValue().get(1), ca.tremplin.testsupport.LanguageSwitchLinks.to(page.body(), other),
                    asked.getKey());
            assertEquals(asked.getKey() + (asked.getKey().contains("?") ? "&" : "?") + "lang=" + language,
                    ca.tremplin.testsupport.LanguageSwitchLinks.to(page.body(), language),
                    "its own language's link: the address asked for");
            assertTrue(page.body().contains("id=\"error-home\" href=\"/" + language + "\""), page.body());
        }
        HttpResponse<String> switched = get("/fr/programmes?lang=fr", "tremplin_lang=en");
        assertEquals(303, switched.statusCode());
        assertEquals("/fr/programmes", switched.headers().firstValue("Location").orElse(""));
        assertEquals(200, get("/fr/programmes", "tremplin_lang=fr").statusCode(), "the switch leads to a page");

        HttpResponse<String> english = get("/nulle-part.xhtml", "tremplin_lang=en");
        assertEquals(404, english.statusCode());
        assertEquals("en", ca.tremplin.testsupport.LanguageSwitchLinks.of(english.body()), "the visitor's choice");
        String toFrench = ca.tremplin.testsupport.LanguageSwitchLinks.to(english.body(), "fr");
        assertEquals("/nulle-part.xhtml?lang=fr", toFrench, "the same address, never the error page's own location");
        HttpResponse<String> chosen = get(toFrench, "tremplin_lang=en");
        assertEquals(303, chosen.statusCode());
        assertEquals("/nulle-part.xhtml", chosen.headers().firstValue("Location").orElse(""));
        assertTrue(chosen.headers().allValues("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith(
                "tremplin_lang=fr")), chosen.headers().toString());
        HttpResponse<String> french = get("/nulle-part.xhtml", "tremplin_lang=fr");
        assertEquals(404, french.statusCode());
        assertTrue(french.body().contains("Page introuvable") && french.body().contains(
                "id=\"error-home\" href=\"/fr\""), "the same error, in French: " + french.body());

        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        HttpResponse<String> refused = recruiter.get("admin/users.xhtml");
        assertEquals(403, refused.statusCode());
        String language = ca.tremplin.testsupport.LanguageSwitchLinks.of(refused.body());
        String other = "en".equals(language) ? "fr" : "en";
        assertEquals("/admin/users.xhtml?lang=" + other, ca.tremplin.testsupport.LanguageSwitchLinks.to(
                refused.body(), other), "a back-office page has no language of its own: the same page");
        assertTrue(refused.body().contains("id=\"error-home\" href=\"/" + language + "\""), refused.body());
    }

    /**
     * Each language's root is the home page in that language, at an address of its own that a search engine lists
     * and a link can share (no cookie needed); an address with a slash at its end is sent for good to the one without.
     */
    @Test
    void aLanguagesRootIsTheHomePageInThatLanguage() throws Exception {
        for (String root : List.of("/en", "/fr")) {
            HttpResponse<String> answer = get(root, null);
            assertEquals(200, answer.statusCode(), root);
            assertTrue(answer.body().contains("lang=\"" + root.substring(1) + "\""), root + " speaks its language");
            assertTrue(answer.body().matches("(?s).*rel=\"canonical\" href=\"https?://[^\"]+" + root + "\".*"),
                    answer.body());
            assertTrue(answer.body().matches("(?s).*hreflang=\"en\" href=\"https?://[^\"]+/en\".*"), answer.body());
        }
        for (String slashed : List.of("/en/", "/fr/programmes/", "/en/programs/?q=welding")) {
            HttpResponse<String> answer = get(slashed, null);
            assertEquals(301, answer.statusCode(), slashed);
            assertEquals(slashed.replace("/?", "?").replaceAll("/$", ""),
                    answer.headers().firstValue("Location").orElse(""), slashed);
        }
        assertTrue(get("/", "tremplin_lang=en").body().contains("lang=\"en\""), "the root speaks the visitor's choice");
        String sitemap = get("/sitemap.xml", null).body();
        assertTrue(sitemap.contains("/en</loc>") && !sitemap.contains("?lang="), sitemap.substring(0, 600));
    }

    /**
     * The application's style sheet is addressed with its version, so that browsers, which keep it a week, take a
     * release's at once; the versioned address answers the file.
     */
    @Test
    void theStyleSheetsAddressCarriesItsVersion() throws Exception {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                "href=\"(/jakarta\\.faces\\.resource/css/tremplin\\.css\\.xhtml\\?v=[0-9a-f]{12})\"")
                .matcher(get("/fr", null).body());
        assertTrue(link.find(), "the page links its style sheet with a version");
        HttpResponse<String> sheet = get(link.group(1), null);
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.headers().firstValue("Content-Type").orElse("").startsWith("text/css"),
                sheet.headers().toString());
    }

    /**
     * Browsers ask for /favicon.ico whatever the page says, and show the icon a page links in its tab and bookmarks:
     * both answer an image, on the public side and in the back office.
     */
    @Test
    void pagesLinkAnIconThatAnswersAnImageAsDoesTheAddressBrowsersAskByThemselves() throws Exception {
        for (String page : List.of("/fr", "/signin.xhtml")) {
            String body = get(page, null).body();
            assertTrue(body.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\""), page);
            assertTrue(body.contains("<link rel=\"icon\" href=\"/favicon.ico\""), page);
        }
        HttpResponse<String> svg = get("/favicon.svg", null);
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"),
                svg.headers().toString());
        assertTrue(svg.body().startsWith("<svg"), svg.body());
        HttpResponse<String> ico = get("/favicon.ico", null);
        assertEquals(200, ico.statusCode());
        assertTrue(ico.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                ico.headers().toString());
    }

    @Test
    void theLanguageSwitchNeverSendsTheVisitorToAnotherSite() throws Exception {
        HttpResponse<String> switched = get("//other-site.example/?lang=en", null);

        assertEquals(303, switched.statusCode());
        assertEquals("/other-site.example/", switched.headers().firstValue("Location").orElse(""),
                "a path of this site, not //other-site.example/");
    }

    @Test
    void healthEndpointsReportTheDatabaseAndMigrations() throws Exception {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(management() + "/health/ready"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create(management() + "/health/live"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"migrations-applied\":true"), ready.body());
        assertTrue(ready.body().contains("\"reachable\":true"), ready.body());
        assertEquals(200, live.statusCode(), live.body());
    }

    @Test
    void eachRequestIsLoggedOnceWithTenantAndAccountButNoPersonalData() throws Exception {
        try (Browser browser = Browser.open(deployment)) {
            browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
            browser.go("/admin/users.xhtml");
            browser.find(By.id("users:table"));
        }
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);

        assertTrue(lines.stream().anyMatch(line -> line.contains("GET /admin/users.xhtml status=200")
                && line.contains("tenant=css-du-fjord") && line.matches(".*user=\\d+.*")
                && line.contains("duration_ms=")), "an access line for the users page");
        assertTrue(lines.stream().noneMatch(line -> line.contains("ca.tremplin.access")
                && line.contains("@")), "no e-mail address in the access log");
    }

    @Test
    void aBodyLargerThanTheAddressAllowsIsRefusedWith413InTheCallersLanguageButAnImportMayBeLarger() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);

        Answer page = post("/fr/information", "application/x-www-form-urlencoded", "fr", eleven, null);
        Answer api = post("/api/inquiries", "application/json", "en", eleven, null);
        Answer importApi = post("/api/staff/events/1/imports?fileName=list.csv", "text/csv", "en", eleven,
                recruiter.sessionCookie());

        assertEquals(413, page.statusCode());
        assertTrue(page.body().contains("Envoi trop volumineux"), page.body());
        assertTrue(page.body().contains("Ce que vous avez envoyé pèse 11,6 Mo, plus que les 10 Mo que cette page reçoit."),
                "what was sent, rounded up as every refusal says it, and what the page takes: " + page.body());
        // The applicant's page takes one file of 8 MB: told "10 Mo", a person would try again with 9 and be refused.
        Answer document = post("/dossier.xhtml?token=x", "multipart/form-data; boundary=x", "fr", eleven,
                "tremplin_lang=en");
        assertEquals(413, document.statusCode());
        assertTrue(document.body().contains("What you sent is 11.6 MB, larger than the 8 MB allowed for this page’s "
                + "file. Nothing was saved: send a file of 8 MB or less."),
                "the file's own limit, in the person's language: " + document.body());
        assertEquals(413, api.statusCode());
        assertEquals("application/problem+json", api.header("Content-Type").orElseThrow()
                .replaceAll(";.*", ""));
        assertTrue(api.body().contains("\"status\":413")
                && api.body().contains("The request is 11.6 MB, larger than the 10 MB allowed at this address."),
                "the length announced is said beside the limit: " + api.body());
        assertFalse(importApi.statusCode() == 413, "a list of attendees may be larger: " + importApi.statusCode());
        Answer noLanguage = post("/api/inquiries", "application/json", null, eleven, null);
        assertEquals(413, noLanguage.statusCode());
        assertTrue(noLanguage.body().contains("La requête pèse 11,6 Mo, plus que les 10 Mo permis"),
                "the API's language when the caller names none, French: " + noLanguage.body());
    }

    /**
     * Another site's script, run in a signed-in recruiter's browser, may not read the staff endpoints' answers nor
     * be told by a preflight that it may ask, while the public reads stay open to every origin.
     */
    @Test
    void theStaffEndpointsAnswerNoOtherSitesScript() throws Exception {
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        Map<String, String> elsewhere = Map.of("Origin", "https://elsewhere.example");

        HttpResponse<String> progress = recruiter.get("api/staff/imports/999999999", elsewhere);
        HttpResponse<String> unreadableAccept = recruiter.get("api/staff/imports/999999999",
                Map.of("Origin", "https://elsewhere.example", "Accept", "application/json;q=x"));
        HttpResponse<String> preflight = recruiter.send(HttpRequest.newBuilder(
                        URI.create(deployment + "api/staff/events/1/imports"))
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> publicRead = recruiter.get("api/programs", elsewhere);

        assertEquals(404, progress.statusCode(), progress.body());
        assertEquals(400, unreadableAccept.statusCode(), unreadableAccept.body());
        for (HttpResponse<String> staff : List.of(progress, unreadableAccept, preflight)) {
            assertTrue(staff.headers().map().keySet().stream()
                            .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-")),
                    staff.request().method() + " " + staff.uri() + ": " + staff.headers().map());
        }
        assertEquals("*", publicRead.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    /** A script that uploads the list as a form (multipart) is told what the address takes, not to send JSON. */
    @Test
    void anImportSentAsAFormIsToldToSendTheFileItself() throws Exception {
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        byte[] form = ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nemail\r\nforme@example.org\r\n--x--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        Answer multipart = post("/api/staff/events/1/imports", "multipart/form-data; boundary=x", "fr", form,
                recruiter.sessionCookie());

        assertEquals(415, multipart.statusCode(), multipart.body());
        assertTrue(multipart.body().contains("Cette adresse reçoit le fichier lui-même, pas un formulaire multipart"),
                multipart.body());
        Answer unreadable = post("/api/staff/events/1/imports", "csv", "fr",
                "email\r\nforme@example.org\r\n".getBytes(StandardCharsets.UTF_8), recruiter.sessionCookie());
        assertEquals(415, unreadable.statusCode(), unreadable.body());
        assertTrue(unreadable.body().contains("« csv » ne nomme pas un type de contenu. Cette adresse reçoit le fichier"),
                "not told to send JSON, which it would refuse: " + unreadable.body());
    }

    @Test
    void anApiBodySentWithoutItsLengthIsAnsweredWith413OnceItPassesTheLimit() throws Exception {
        byte[] eleven = ("{\"firstName\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        Answer chunked = postChunked("/api/inquiries", "application/json", "en", eleven);

        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals("application/problem+json", chunked.header("Content-Type").orElseThrow().replaceAll(";.*", ""));
        assertTrue(chunked.body().contains("\"status\":413")
                && chunked.body().contains("The request is larger than 10 MB"),
                "the limit, the size sent not being known: " + chunked.body());
        Answer small = postChunked("/api/inquiries", "application/json", "en",
                "{\"email\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, small.statusCode(), "a small one is read as before: " + small.body());
    }

    @Test
    void anAnonymousPostToTheBackOfficeIsRefusedBeforeTheSignInMechanismKeepsIt() throws Exception {
        byte[] hundredKilobytes = new byte[100 * 1024];

        Answer anonymous = post("/admin/leads.xhtml", "application/x-www-form-urlencoded", "en",
                hundredKilobytes, null);

        assertEquals(413, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.body().contains("Too large to send"), anonymous.body());
        assertTrue(anonymous.headerValues("Set-Cookie").isEmpty(), "no session was opened to keep it");
        Answer small = post("/admin/leads.xhtml", "application/x-www-form-urlencoded", "en",
                "a=b".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(302, small.statusCode(), "a small one is sent to sign in as before");
    }

    @Test
    void aStaffScriptsListThatCannotBeImportedIsRefusedWithAProblemInItsLanguage() throws Exception {
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String eventId = recruiter.get("admin/events.xhtml").body().replaceAll("(?s).*?event\\.xhtml\\?id=(\\d+).*", "$1");

        for (String language : List.of("en", "fr")) {
            HttpResponse<String> headersOnly = recruiter.post("api/staff/events/" + eventId + "/imports", "text/csv",
                    "Prénom;Nom;Courriel\r\n", Map.of("Accept-Language", language, "X-File-Name", "salon.csv"));

            assertEquals(400, headersOnly.statusCode(), headersOnly.body());
            assertEquals("application/problem+json", headersOnly.headers().firstValue("Content-Type").orElseThrow()
                    .replaceAll(";.*", ""));
            assertTrue(headersOnly.body().contains("en".equals(language) ? "only the header line"
                    : "que la ligne d’en-têtes"), headersOnly.body());
        }
        String unmapped = "colonnes-" + System.nanoTime() + ".csv";
        HttpResponse<String> nobody = recruiter.post("api/staff/events/" + eventId + "/imports", "text/csv",
                "Colonne A;Colonne B\r\nvaleur;autre\r\n", Map.of("Accept-Language", "en", "X-File-Name", unmapped));

        assertEquals(400, nobody.statusCode(), nobody.body());
        assertTrue(nobody.body().contains("No column of this list was recognised as the e-mail"), nobody.body());
        assertEquals(0, importsOfFile(unmapped), "nothing of the refused list is left waiting for a mapping");
        // A list whose line opens a quote it never closes (a formula typed in a name) is no longer refused whole: the
        // import starts and the line fails alone with its reason when the import reaches it, every other row imported
        // (LeadImportIT.aLineThatCannotBeReadFailsAloneAndEveryOtherRowIsImported). Here the list holds that line
        // only, so that the demo's event, which other tests count, gains nobody.
        String openQuote = "guillemet-" + System.nanoTime() + ".csv";
        HttpResponse<String> started = recruiter.post("api/staff/events/" + eventId + "/imports", "text/csv",
                "Prénom;Nom;Courriel\r\nX;=HYPERLINK(\"a\";\"b\");x@exemple.fr\r\n",
                Map.of("Accept-Language", "en", "X-File-Name", openQuote));

        assertEquals(202, started.statusCode(), started.body());
        assertTrue(started.body().contains("\"totalRows\":1"), "the unreadable line is a row of the list: "
                + started.body());
        assertEquals(1, importsOfFile(openQuote), "the list is one import, started");
    }

    @Test
    void aSessionCookieMadeUpOrEndedDoesNotLiftTheAnonymousLimit() throws Exception {
        byte[] hundredKilobytes = new byte[100 * 1024];

        for (String cookie : List.of("JSESSIONID=made-up", "JSESSIONID=made-up.node1", "JSESSIONID=")) {
            Answer forged = post("/admin/leads.xhtml", "application/x-www-form-urlencoded", "fr",
                    hundredKilobytes, cookie);
            assertEquals(413, forged.statusCode(), cookie + ": " + forged.body());
            assertTrue(forged.body().contains("Envoi trop volumineux"), forged.body());
            assertTrue(forged.headerValues("Set-Cookie").isEmpty(), "no session was opened to keep it");
        }
    }

    @Test
    void aStaffEndpointRefusesAPostFromAnotherSiteEvenWithTheSessionCookie() throws Exception {
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String capture = "api/staff/events/" + Long.MAX_VALUE + "/captures";

        HttpResponse<String> crossSite = recruiter.post(capture, "application/json", "{}",
                Map.of("Origin", "https://other-site.example", "Idempotency-Key", "k1", "Accept-Language", "en"));
        HttpResponse<String> fromAPage = recruiter.post(capture, "application/json", "{}",
                Map.of("Referer", "https://other-site.example/page", "Idempotency-Key", "k2"));
        HttpResponse<String> sameSite = recruiter.post(capture, "application/json", "{}",
                Map.of("Origin", deployment.toString().replaceAll("/+$", ""), "Idempotency-Key", "k3"));

        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertTrue(crossSite.body().contains("Origin refused"), crossSite.body());
        assertEquals(403, fromAPage.statusCode(), fromAPage.body());
        assertEquals(404, sameSite.statusCode(), "past the check, the unknown event is not found: " + sameSite.body());
    }

    /**
     * A fair's tablet whose session ended, or a script without one, calling the staff API is told so: 401 with a
     * problem document in its language, not a redirect to the sign-in page (which a script follows to an HTML page
     * answered 200). Pages still send an anonymous visitor to the sign-in page.
     */
    @Test
    void theStaffApiWithoutASessionAnswers401WithAProblemNotTheSignInPage() throws Exception {
        HttpVisitor nobody = new HttpVisitor(deployment);
        for (String language : List.of("en", "fr")) {
            HttpResponse<String> capture = nobody.post("api/staff/events/1/captures", "application/json", "{}",
                    Map.of("Accept-Language", language, "Idempotency-Key", "k-" + language));

            assertEquals(401, capture.statusCode(), capture.body());
            assertEquals("application/problem+json", capture.headers().firstValue("Content-Type").orElseThrow()
                    .replaceAll(";.*", ""));
            assertTrue(capture.body().contains("en".equals(language) ? "Sign-in required" : "Connexion requise"),
                    capture.body());
        }
        HttpResponse<String> progress = nobody.get("api/staff/imports/1");
        assertEquals(401, progress.statusCode(), progress.body());
        assertTrue(progress.body().contains("\"status\":401"), progress.body());

        HttpResponse<String> page = nobody.get("admin/leads.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("signin.xhtml"));

        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        assertEquals(404, recruiter.get("api/staff/imports/" + Long.MAX_VALUE).statusCode(),
                "signed in, the call reaches the endpoint");
    }

    /**
     * The Faces servlet answers at .xhtml addresses only: its other addresses (/faces/*, *.jsf, *.faces), which the
     * back office's rules written for .xhtml addresses would not cover, name no page.
     */
    @Test
    void aPageAnswersOnlyAtItsOwnAddressNotAtTheFacesServletsOtherOnes() throws Exception {
        HttpVisitor nobody = new HttpVisitor(deployment);
        for (String address : List.of("faces/admin/leads.xhtml", "faces/signin.xhtml", "signin.jsf", "signin.faces")) {
            HttpResponse<String> page = nobody.get(address);
            assertEquals(404, page.statusCode(), address);
            assertFalse(HttpVisitor.showsATrace(page.body()), address);
        }
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        assertEquals(404, recruiter.get("admin/users.jsf").statusCode(), "a centre admin's page, by another address");
        assertEquals(404, recruiter.get("admin/leads.faces").statusCode());
        assertEquals(200, recruiter.get("admin/leads.xhtml").statusCode(), "the recruiter's own pages still open");
    }

    /**
     * A download that the access log records (the lead list's export) asked by a link on another site's page is
     * refused with a sentence, in the user's language; the same link on the list's own page downloads.
     */
    @Test
    void anExportAskedFromAnotherSitesPageIsRefusedAndTheListsOwnLinkDownloads() throws Exception {
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);

        HttpResponse<String> refused = recruiter.get("admin/leads-export?format=csv",
                Map.of("Sec-Fetch-Site", "cross-site", "Referer", "https://attaquant.example.org/piege"));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("depuis la page d’un autre site"), refused.body());
        assertFalse(refused.body().contains("@"), "no person in the answer: " + refused.body());

        String ownPage = deployment.toString().replaceAll("/+$", "") + "/admin/leads.xhtml";
        HttpResponse<String> taken = recruiter.get("admin/leads-export?format=csv",
                Map.of("Sec-Fetch-Site", "same-origin", "Referer", ownPage));
        assertEquals(200, taken.statusCode());
        assertTrue(taken.headers().firstValue("Content-Disposition").orElseThrow().contains("tremplin-leads-"));
    }

    /** How many imports the database holds of a list sent under this file name. */
    private static int importsOfFile(String fileName) throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getenv("TREMPLIN_DB_URL"),
                System.getenv("TREMPLIN_DB_USER"), System.getenv("TREMPLIN_DB_PASSWORD"));
             java.sql.PreparedStatement kept = db.prepareStatement("select count(*) from lead_import where file_name = ?")) {
            kept.setString(1, fileName);
            try (java.sql.ResultSet count = kept.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    /** A response read off the wire: its status, its headers (names in lower case) and its body. */
    private record Answer(int statusCode, Map<String, List<String>> headers, String body) {

        java.util.Optional<String> header(String name) {
            return headerValues(name).stream().findFirst();
        }

        List<String> headerValues(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
        }
    }

    /**
     * Posts as curl posts a body over 1 KB: the request's head first, with "Expect: 100-continue", and the body only
     * once the server asks for it (100 Continue), so that a body the server refuses unread is never sent and its
     * answer is read whole, on a connection of its own. Java's HttpClient cannot be used for this: it also asks to
     * upgrade to HTTP/2 then, which makes the server ask for the body before the application sees the request, and
     * the refusal that follows, the body unread, may reach it as a reset connection with no answer.
     */
    private Answer post(String path, String type, String language, byte[] body, String cookie) throws Exception {
        URI base = URI.create(deployment.toString());
        String target = base.getRawPath().replaceAll("/+$", "") + path;
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            out.write(("POST " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: " + type + (language == null ? "" : "\r\nAccept-Language: " + language)
                    + (cookie == null ? "" : "\r\nCookie: " + cookie) + "\r\nContent-Length: " + body.length
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Answer answer = readAnswer(in);
            if (answer.statusCode() == 100) {
                out.write(body);
                out.flush();
                answer = readAnswer(in);
            }
            return answer;
        }
    }

    /** Posts a body in chunks, without announcing its length, then reads the answer. */
    private Answer postChunked(String path, String type, String language, byte[] body) throws Exception {
        URI base = URI.create(deployment.toString());
        String target = base.getRawPath().replaceAll("/+$", "") + path;
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream());
            out.write(("POST " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: " + type + "\r\nAccept-Language: " + language
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (int from = 0; from < body.length; from += 65_536) {
                int size = Math.min(65_536, body.length - from);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, from, size);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAnswer(new java.io.BufferedInputStream(socket.getInputStream()));
        }
    }

    /** One response: a 100 Continue has no body; a final one's is read by its length, its chunks, or to the end. */
    private static Answer readAnswer(java.io.InputStream in) throws java.io.IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new java.util.HashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(header.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                    name -> new java.util.ArrayList<>()).add(header.substring(colon + 1).trim());
        }
        if (status == 100) {
            return new Answer(status, headers, "");
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<String> length = headers.getOrDefault("content-length", List.of());
        if (!length.isEmpty()) {
            body.write(in.readNBytes(Integer.parseInt(length.get(0))));
        } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    /** A line of the response's head, without its CRLF. */
    private static String line(java.io.InputStream in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new java.io.EOFException("The connection closed in the middle of a response's head: " + line);
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /**
     * A page's request that announces a form as "multipart/form-data" and carries none (a GET, as scanners send it) or
     * a body that is not one is refused with 400 and a page in the visitor's language, where Faces and then its error
     * page failed reading it: a 500 without a page.
     */
    @Test
    void aFormWhoseBodyCannotBeReadIsRefusedWithAPageInTheVisitorsLanguage() throws Exception {
        String base = deployment.toString().replaceAll("/+$", "");
        HttpResponse<String> announced = http.send(HttpRequest.newBuilder(URI.create(base + "/fr/programmes"))
                .header("Content-Type", "multipart/form-data; boundary=x").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, announced.statusCode());
        assertTrue(announced.body().contains("<h1 id=\"error-title\">Envoi illisible</h1>"), announced.body());

        HttpResponse<String> broken = http.send(HttpRequest.newBuilder(URI.create(base + "/en/information"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("Unreadable request") && broken.body().contains("Nothing was saved"),
                broken.body());
        assertEquals(200, get("/fr/programmes", null).statusCode(), "the same page without the header answers");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(deployment.toString().replaceAll("/+$", "") + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String management() {
        return "http://127.0.0.1:" + Integer.getInteger("it.management.port", 9990);
    }
}
