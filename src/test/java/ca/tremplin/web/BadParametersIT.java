package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page and download that reads its address (an id, an offer, a lead, a token, an activity, a page number, a
 * date, a format), opened with what a careless paste or a prober sends: not a number, negative, far too large,
 * empty, unknown, markup. Each answers a page — not found (404), refused (400, 403), or the page with its message
 * (200) — and never a server error or a trace of the code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadParametersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    static final List<String> VALUES = List.of("abc", "-1", "0", "99999999999999999999", "", "999999999",
            "1.5", "<script>alert(1)</script>", "2026-13-45", "%");

    /** A page, a redirect (301: a public address ending with a slash sent to the one without), a refusal. */
    private static final Set<Integer> ANSWERS = Set.of(200, 301, 302, 400, 403, 404);

    /** Pages of the back office, as the Fjord's admin, each with the parameters it reads. */
    static final List<String> STAFF = List.of(
            "admin/lead.xhtml?id=", "admin/inquiry.xhtml?id=", "admin/event.xhtml?id=", "admin/offer.xhtml?id=",
            "admin/program.xhtml?id=", "admin/campaign.xhtml?id=", "admin/capture.xhtml?id=",
            "admin/event-poster.xhtml?id=", "admin/user.xhtml?id=", "admin/offer-applications.xhtml?offer=",
            "admin/import.xhtml?event=", "admin/import.xhtml?event=1&id=", "admin/privacy.xhtml?lead=",
            "admin/privacy.xhtml?user=", "admin/report-schedules.xhtml?report=", "admin/inquiries.xhtml?scope=",
            "admin/leads.xhtml?stage=", "admin/leads.xhtml?owner=", "admin/leads.xhtml?program=",
            "admin/leads.xhtml?intake=", "admin/leads.xhtml?tag=", "admin/leads.xhtml?country=",
            "admin/leads.xhtml?source=", "admin/board.xhtml?owner=", "admin/board.xhtml?program=",
            "admin/board.xhtml?intake=", "admin/board.xhtml?tag=",
            "admin/reports.xhtml?from=", "admin/reports.xhtml?to=", "admin/reports.xhtml?asOf=",
            "admin/reports.xhtml?counting=", "admin/reports.xhtml?breakdown=", "admin/reports.xhtml?program=",
            "admin/reports.xhtml?event=", "admin/report-export?format=", "admin/report-export?format=csv&from=",
            "admin/leads-export?format=", "admin/leads-export?format=csv&owner=",
            "admin/campaign-qr.png?activity=", "admin/event-qr.png?id=", "admin/import-failures.csv?id=",
            "admin/documents/", "admin/cv/", "admin/personal-data/", "demo/mailbox.xhtml?id=",
            "demo/mailbox/attachment/");

    /** Pages of the coordinating organisation, as its admin. */
    static final List<String> PLATFORM = List.of("admin/tenant.xhtml?id=");

    /** Pages anyone opens, most of them from a link in an e-mail. */
    static final List<String> PUBLIC = List.of(
            "apply.xhtml?offer=", "dossier.xhtml?token=", "consentements.xhtml?token=", "desabonnement.xhtml?token=",
            "acces.xhtml?token=", "acces/donnees?part=1&token=", "acces/donnees?token=x&part=",
            "password-reset.xhtml?token=", "fr/programmes?page=", "fr/programmes?sort=", "fr/programmes?secteur=",
            "en/programs?page=", "fr/offres?page=", "en/offers?page=", "en/offers?sort=", "fr/evenements?page=",
            "en/events?tz=", "fr/evenements?mois=", "fr/information?programme=", "en/information?css=",
            "fr/evenements/", "fr/programmes/", "en/offers/", "photos/programs/", "logos/");

    @Test
    void staffPagesAnswerEveryUnreadableParameterWithAPage() throws Exception {
        HttpVisitor admin = new HttpVisitor(deployment);
        admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        assertAllAnswered(admin, STAFF);
    }

    @Test
    void platformPagesAnswerEveryUnreadableParameterWithAPage() throws Exception {
        HttpVisitor coordinator = new HttpVisitor(deployment);
        coordinator.signIn(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        assertAllAnswered(coordinator, PLATFORM);
    }

    @Test
    void publicPagesAnswerEveryUnreadableParameterWithAPage() throws Exception {
        assertAllAnswered(new HttpVisitor(deployment), PUBLIC);
    }

    /**
     * A criterion given twice in a link (two search boxes of a partner's page sent together) keeps its first value,
     * and the page says so, not that it did not recognise a criterion it knows; an empty one is no value.
     */
    @Test
    void aCriterionGivenTwiceKeepsItsFirstValueAndThePageSaysSo() throws Exception {
        HttpResponse<String> french = new HttpVisitor(deployment).get("fr/programmes?q=soudage&q=cuisine&page=");
        assertEquals(200, french.statusCode());
        assertTrue(french.body().contains("Les critères donnés plus d’une fois dans le lien n’ont gardé que leur"
                + " première valeur ; laissés de côté : q=cuisine."), french.body());
        assertFalse(french.body().contains("ne sont pas reconnus"), "q is a criterion the catalogue knows");
        HttpResponse<String> english = new HttpVisitor(deployment).get("en/offers?page=&page=1&page=2");
        assertTrue(english.body().contains("Criteria given more than once in the link kept their first value only;"
                + " left out: page=2."), english.body());
    }

    /**
     * A list filtered from a day that does not exist (30 February) leaves that date out and says so, as any value it
     * cannot read, rather than filtering from the 28th, as Faces' own date converter would read it.
     */
    @Test
    void aFilterDateThatDoesNotExistIsSaidAndLeftOutNotMovedToTheMonthsEnd() throws Exception {
        HttpVisitor admin = new HttpVisitor(deployment);
        admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        for (String page : List.of("admin/leads.xhtml", "admin/board.xhtml")) {
            assertEquals(200, admin.getBytes(page + "?from=2026-02-28&to=2026-03-31").statusCode(), page);
            for (String day : List.of("from=2026-02-30", "asOf=2026-04-31")) {
                java.net.http.HttpResponse<String> answer = admin.get(page + "?" + day + "&to=2026-03-31");
                assertEquals(200, answer.statusCode(), page);
                assertTrue(answer.body().contains("Ces valeurs de filtre n’ont pas pu être lues : « " + day + " »"),
                        page + ": " + day);
                assertFalse(answer.body().contains("2026-02-28") || answer.body().contains("2026-04-30"),
                        page + ": not moved to the month's last day");
            }
        }
    }

    /**
     * A report schedule posted with a recipient the list did not offer (another centre's person, forged) is refused in
     * the page's words, not Faces' "Validation Error: Value is not valid", and nothing is scheduled.
     */
    @Test
    void aChoiceTheListDidNotOfferIsRefusedInThePagesWords() throws Exception {
        HttpVisitor admin = new HttpVisitor(deployment);
        admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        HttpResponse<String> refused = admin.submit("admin/report-schedules.xhtml", "schedule",
                java.util.Map.of("schedule:name", "Forgé", "schedule:recipients", "999999999"), "schedule:create");

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Un des choix n’est pas dans la liste"), refused.body());
        assertFalse(refused.body().contains("Validation Error"), refused.body());
    }

    /**
     * A number field whose hidden value (which the page's script fills) is no number, as a post made by hand sends
     * it: the form answers with the field's message, not a server error.
     */
    @Test
    void aNumberFieldSentWithoutANumberIsRefusedBesideTheFieldNotWithAServerError() throws Exception {
        HttpVisitor admin = new HttpVisitor(deployment);
        admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        for (String notANumber : List.of("abc", "12a", "1e99999999999")) {
            HttpResponse<String> refused = admin.submit("admin/offer.xhtml", "offer", java.util.Map.of(
                    "offer:employer", "Garage", "offer:positions_input", notANumber,
                    "offer:positions_hinput", notANumber), "offer:save");

            assertEquals(200, refused.statusCode(), notANumber + ": " + refused.body());
            assertTrue(refused.body().contains("n’est pas un nombre") || refused.body().contains("Entrez un nombre"),
                    notANumber + ": " + refused.body());
        }
        // Out of the field's bounds (1 to 500 positions), which its script never sends: refused with the bounds,
        // where PrimeFaces brought it to the nearest bound and saved that.
        for (String outOfBounds : List.of("600", "0", "-3")) {
            HttpResponse<String> refused = admin.submit("admin/offer.xhtml", "offer", java.util.Map.of(
                    "offer:employer", "Garage hors limites", "offer:positions_input", outOfBounds,
                    "offer:positions_hinput", outOfBounds), "offer:save");
            assertEquals(200, refused.statusCode(), outOfBounds);
            assertTrue(refused.body().contains("« " + outOfBounds + " » est hors des limites : entrez un nombre de 1"
                    + " à 500."), outOfBounds + ": " + refused.body());
        }
    }

    /**
     * A page about one thing, opened with an id that is well formed but names nothing of the centre's (or nothing
     * at all), says it was not found: no empty form for an event that is not there.
     */
    @Test
    void aPageAboutOneThingOpenedWithAnIdThatNamesNothingIsNotFound() throws Exception {
        HttpVisitor admin = new HttpVisitor(deployment);
        admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        List<String> found = new ArrayList<>();
        for (String address : List.of("admin/lead.xhtml?id=", "admin/inquiry.xhtml?id=", "admin/event.xhtml?id=",
                "admin/offer.xhtml?id=", "admin/program.xhtml?id=", "admin/campaign.xhtml?id=",
                "admin/capture.xhtml?id=", "admin/event-poster.xhtml?id=", "admin/user.xhtml?id=",
                "admin/offer-applications.xhtml?offer=", "admin/import.xhtml?event=", "admin/import.xhtml?event=1&id=",
                "admin/campaign-qr.png?activity=", "admin/event-qr.png?id=", "admin/import-failures.csv?id=")) {
            int status = admin.getBytes(address + "999999999").statusCode();
            if (status != 404) {
                found.add(status + " " + address + "999999999");
            }
        }
        int withoutEvent = admin.getBytes("admin/import.xhtml").statusCode();
        if (withoutEvent != 404) {
            found.add(withoutEvent + " admin/import.xhtml (an import screen without its event)");
        }
        assertEquals(List.of(), found);
    }

    /** A page not found under /en/ says so in English, and under /fr/ in French, whatever took the address. */
    @Test
    void aPageNotFoundSpeaksTheLanguageOfItsAddress() throws Exception {
        for (String address : List.of("en/programs/999999999-nothing", "en/offers/abc", "en/whatever")) {
            HttpResponse<String> answer = new HttpVisitor(deployment).get(address);
            assertEquals(404, answer.statusCode(), address);
            assertTrue(answer.body().contains("Page not found"), address + " answers in English");
        }
        HttpResponse<String> french = new HttpVisitor(deployment).get("fr/nimporte-quoi");
        assertEquals(404, french.statusCode());
        assertTrue(french.body().contains("Page introuvable"));
    }

    /** Parameters that are read but cannot be: the page shows what it can and says what it left out. */
    @Test
    void aParameterThatCannotBeReadIsSaidOnThePageThatLeftItOut() throws Exception {
        HttpResponse<String> french = new HttpVisitor(deployment).get("fr/evenements?tz=Mars%2FOlympus");
        assertEquals(200, french.statusCode());
        assertTrue(french.body().contains("Certains critères du lien ont été ignorés parce qu’ils ne sont pas"
                + " reconnus : tz=Mars/Olympus."), "the events say the zone was not one");
        HttpResponse<String> english = new HttpVisitor(deployment).get("en/events?tz=%3Cb%3EUTC");
        assertTrue(english.body().contains("Some criteria in the link were ignored because they are not recognised:"
                + " tz=&lt;b&gt;UTC."), "in English, and escaped");
        assertFalse(new HttpVisitor(deployment).get("en/events?tz=Europe%2FParis").body()
                .contains("ignored-parameters"), "a real zone is taken without a word");

        HttpVisitor admin = new HttpVisitor(deployment);
        admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        HttpResponse<String> schedule = admin.get("admin/report-schedules.xhtml?report="
                + URLEncoder.encode("breakdown=nope", StandardCharsets.UTF_8));
        assertEquals(200, schedule.statusCode());
        assertTrue(schedule.body().contains("Aucune ventilation par « nope »."),
                "the schedule page says at once that the report it was given cannot be read");
    }

    /** Left out, an unreadable filter would widen an export to every lead of the centre: nothing is exported. */
    @Test
    void anExportWhoseFilterCannotBeReadExportsNothingAndSaysWhich() throws Exception {
        HttpVisitor admin = new HttpVisitor(deployment);
        admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        for (String format : List.of("csv", "xlsx")) {
            HttpResponse<String> refused = admin.get("admin/leads-export?format=" + format
                    + "&country=SN&owner=abc&stage=PARTI");
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().startsWith("Rien n’a été exporté") && refused.body().contains("owner, stage"),
                    refused.body());
        }
        HttpResponse<byte[]> exported = admin.getBytes("admin/leads-export?format=csv&country=SN&stage=NEW");
        assertEquals(200, exported.statusCode(), "readable filters export as before");
    }

    /**
     * An export link copied without its end names no format: each export says that a format is to be chosen, in the
     * reader's language, rather than quoting "null"; one given in capitals is read as the same format.
     */
    @Test
    void anExportWithoutAFormatSaysToChooseOne() throws Exception {
        HttpVisitor admin = new HttpVisitor(deployment);
        admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        for (String export : List.of("admin/leads-export", "admin/incidents-export",
                "admin/report-export?from=2026-01-01&to=2026-06-30")) {
            String joiner = export.contains("?") ? "&" : "?";
            HttpResponse<String> none = admin.get(export);
            assertEquals(400, none.statusCode(), export);
            assertEquals("Choisissez le format du fichier : CSV ou XLSX.", none.body(), export);
            HttpResponse<String> other = admin.get(export + joiner + "format=pdf");
            assertEquals(400, other.statusCode(), export);
            assertEquals("Les exportations sont en CSV ou en XLSX, pas en « pdf ».", other.body(), export);
            HttpResponse<byte[]> capitals = admin.getBytes(export + joiner + "format=CSV");
            assertEquals(200, capitals.statusCode(), export);
            assertTrue(capitals.headers().firstValue("Content-Disposition").orElseThrow().endsWith(".csv\""),
                    export);
        }
        admin.get("admin/?lang=en");
        try {
            assertEquals("Choose the file's format: CSV or XLSX.", admin.get("admin/incidents-export").body());
        } finally {
            admin.get("admin/?lang=fr");
        }
    }

    /** A centre's admin who opens the centre page without an id means their own centre, not a refusal. */
    @Test
    void theCentrePageWithoutAnIdOpensTheAdminsOwnCentre() throws Exception {
        HttpVisitor admin = new HttpVisitor(deployment);
        admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        HttpResponse<String> own = admin.get("admin/tenant.xhtml");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("value=\"Centre de services scolaire du Fjord\""), own.body());
    }

    private static void assertAllAnswered(HttpVisitor visitor, List<String> addresses) throws Exception {
        List<String> failures = new ArrayList<>();
        for (String address : addresses) {
            for (String value : VALUES) {
                String opened = address + URLEncoder.encode(value, StandardCharsets.UTF_8);
                HttpResponse<byte[]> answer = visitor.getBytes(opened);
                String body = new String(answer.body(), StandardCharsets.UTF_8);
                if (!ANSWERS.contains(answer.statusCode())) {
                    failures.add(answer.statusCode() + " " + opened);
                } else if (HttpVisitor.showsATrace(body)) {
                    failures.add(answer.statusCode() + " with a trace " + opened);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " addresses without a proper page:\n"
                + String.join("\n", failures));
        assertFalse(addresses.isEmpty());
    }
}
