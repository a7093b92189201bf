package ca.tremplin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.CatalogPaths;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.catalog.SchoolBoardPage;
import ca.tremplin.offer.Offer;
import ca.tremplin.offer.OfferPaths;
import ca.tremplin.offer.OfferStatus;
import ca.tremplin.security.Role;
import ca.tremplin.security.StaffChange;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * A centre the coordinating organisation renames ("css-fjord" → "css-du-fjord") keeps every address shared before: its
 * page, its programs' and its offers' pages answer 301 to the same address under its new name, the query kept (a
 * campaign's link keeps its attribution), and a link to the information form or a partner's request through the API
 * naming it still sends the request to it, as the requests that chose it before follow it. A name it left that another
 * centre comes to hold is that centre's; the rename is a line of the centre's history.
 */
class RenamedCentreIT extends InServerTest {

    @Inject
    TenantService tenants;

    @Inject
    TenantRepository repository;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    @Inject
    ca.tremplin.inquiry.InquiryService inquiries;

    @Inject
    ca.tremplin.inquiry.InquiryRouter router;

    @Inject
    ca.tremplin.inquiry.InboxService inbox;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @ArquillianResource
    java.net.URL base;

    @Test
    void everyAddressOfARenamedCentresPagesLeadsToTheSameAddressUnderItsNewNameForGood() throws Exception {
        Tenant centre = fixtures.newSchoolBoard("renamed-centre");
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        Program welding = fixtures.newProgram(centre, ProgramType.DEP, TestFixtures.programCode(), "Soudage-montage",
                "Welding and Fitting", "16", word, true);
        Offer offer = fixtures.newOffer(centre, "Métallurgie " + word, "Soudeur", "Welder", word, OfferStatus.OPEN);
        Offer closed = fixtures.newOffer(centre, "Atelier " + word, "Monteur", "Fitter", word, OfferStatus.CLOSED);
        String former = centre.getSlug();
        String renamed = rename(centre, "test-renomme-" + UUID.randomUUID().toString().substring(0, 8));
        HttpVisitor visitor = new HttpVisitor(base);

        Map<String, String> moves = Map.of(
                SchoolBoardPage.path(Locale.FRENCH, former), SchoolBoardPage.path(Locale.FRENCH, renamed),
                SchoolBoardPage.path(Locale.ENGLISH, former) + "?utm_source=affiche&utm_campaign=salon",
                SchoolBoardPage.path(Locale.ENGLISH, renamed) + "?utm_source=affiche&utm_campaign=salon",
                CatalogPaths.program(Locale.FRENCH, former, welding.getSlugFr()),
                CatalogPaths.program(Locale.FRENCH, renamed, welding.getSlugFr()),
                CatalogPaths.program(Locale.ENGLISH, former, welding.getSlugEn()) + "?utm_source=qr",
                CatalogPaths.program(Locale.ENGLISH, renamed, welding.getSlugEn()) + "?utm_source=qr",
                OfferPaths.offer(Locale.FRENCH, former, offer.getSlug()),
                OfferPaths.offer(Locale.FRENCH, renamed, offer.getSlug()),
                OfferPaths.offer(Locale.ENGLISH, former, offer.getSlug()),
                OfferPaths.offer(Locale.ENGLISH, renamed, offer.getSlug()));
        for (Map.Entry<String, String> move : moves.entrySet()) {
            HttpResponse<String> moved = visitor.get(move.getKey().substring(1));
            assertEquals(301, moved.statusCode(), "not a 404 for a link in a mail or on a flyer: " + move.getKey());
            String location = moved.headers().firstValue("Location").orElseThrow();
            assertTrue(location.endsWith(move.getValue()), move.getKey() + " → " + location);
            assertEquals(200, visitor.get(move.getValue().substring(1)).statusCode(), move.getValue());
        }
        HttpResponse<String> closedOffer = visitor.get(OfferPaths.offer(Locale.FRENCH, former, closed.getSlug())
                .substring(1));
        assertEquals(301, closedOffer.statusCode(),
                "the same address under the new name, which says what became of it");
        assertEquals(410, visitor.get(OfferPaths.offer(Locale.FRENCH, renamed, closed.getSlug()).substring(1))
                .statusCode());
        HttpResponse<String> unknown = visitor.get(CatalogPaths.program(Locale.FRENCH, former, "dep-0000-rien")
                .substring(1));
        assertEquals(301, unknown.statusCode(), "the centre moved; whether the page exists is said at its new address");
        assertEquals(404, visitor.get(CatalogPaths.program(Locale.FRENCH, renamed, "dep-0000-rien").substring(1))
                .statusCode());
        assertEquals(404, visitor.get(SchoolBoardPage.path(Locale.FRENCH, "test-jamais-" + word).substring(1))
                .statusCode(), "a name no centre ever had is still not found");

        String sitemap = visitor.get("sitemap.xml").body();
        assertTrue(sitemap.contains("/" + renamed + "/") && !sitemap.contains("/" + former + "/"),
                "search engines are given the new addresses only");
        HttpResponse<String> centrePage = visitor.get(SchoolBoardPage.path(Locale.FRENCH, renamed).substring(1));
        assertTrue(centrePage.body().contains("href=\"" + base.getPath() + "fr/information?css=" + renamed + "\""),
                "its own links name it by its new name");
    }

    /**
     * A link to the information form printed before the rename ({@code ?css=} with the name the centre left): the form
     * names the centre, and the request it sends is the centre's, not the coordinating organisation's.
     */
    @Test
    void aFormLinkNamingTheCentresFormerNameStillSendsTheRequestToIt() throws Exception {
        Renamed moved = renamedWithARecruiter("renamed-form");
        Tenant centre = moved.centre();
        String former = moved.former();
        String renamed = moved.renamed();
        HttpVisitor visitor = new HttpVisitor(base);

        HttpResponse<String> form = visitor.get("fr/information?css=" + former);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("id=\"inquiry-school-board\"") && form.body().contains(centre.getNameFr()),
                "the form names the centre the link was printed for");
        assertEquals(renamed, inquiries.schoolBoardOfLink(former.toUpperCase(Locale.ROOT)));

        String email = "renomme." + UUID.randomUUID().toString().substring(0, 8) + "@example.km";
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("inquiry:firstName", "Aminata");
        fields.put("inquiry:lastName", "Diallo");
        fields.put("inquiry:email", email);
        fields.put("inquiry:countryOfResidence", "KM");
        fields.put("inquiry:citizenship", "KM");
        fields.put("inquiry:consentToContact", "on");
        HttpResponse<String> sent = new HttpVisitor(base).submit("fr/information?css=" + former, "inquiry", fields,
                "inquiry:submit");
        assertTrue(sent.body().contains("id=\"confirmation\""), sent.body());
        assertEquals(renamed, tenancy.acrossAllTenants(() -> em.createQuery(
                "select i.requestedTenantSlug from Inquiry i where i.emailNormalized = :email", String.class)
                .setParameter("email", email).getSingleResult()), "the centre chosen is the renamed centre");
    }

    /**
     * A partner's integration written before the rename names the centre by the name it left: {@code POST
     * /api/inquiries} accepts it (201, a retry answered 200 as before) and records the request against the centre under
     * its name of today, routed to it; a name no centre ever had is still refused with a problem document.
     */
    @Test
    void aPartnersRequestNamingTheCentresFormerNameIsRecordedAgainstTheCentre() throws Exception {
        Renamed moved = renamedWithARecruiter("renamed-api");
        HttpVisitor partner = new HttpVisitor(base);
        String body = apiRequest("partenaire." + UUID.randomUUID().toString().substring(0, 8) + "@example.sn",
                "Diallo", moved.former().toUpperCase(Locale.ROOT));
        Map<String, String> headers = Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "en",
                "Accept", "application/json");

        HttpResponse<String> created = partner.post("api/inquiries", "application/json", body, headers);
        assertEquals(201, created.statusCode(), created.body());
        long id = jakarta.json.Json.createReader(new java.io.StringReader(created.body())).readObject()
                .getJsonNumber("id").longValue();
        HttpResponse<String> retried = partner.post("api/inquiries", "application/json", body, headers);
        assertEquals(200, retried.statusCode(), "the same request sent again: " + retried.body());
        router.route(id);
        assertEquals(moved.renamed(), requestedCentre(id), "recorded against the centre, by its name of today");
        assertEquals(List.of(moved.centre().getId()), tenancy.acrossAllTenants(() -> em.createQuery(
                "select r.tenantId from RoutedInquiry r where r.inquiry.id = :id", Long.class)
                .setParameter("id", id).getResultList()), "the centre's request, not the coordination's queue's");

        String never = "test-jamais-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> unknown = partner.post("api/inquiries", "application/json", apiRequest(
                "inconnu." + UUID.randomUUID().toString().substring(0, 8) + "@example.sn", "Diallo", never),
                Map.of("Accept-Language", "en", "Accept", "application/json"));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                unknown.headers().toString());
        assertTrue(unknown.body().contains("No school service centre has the identifier " + never), unknown.body());
    }

    /**
     * A centre with nobody to answer yet has the coordinating organisation take its requests: one that names it by the
     * name it left, and one recorded before it was renamed, reach the coordination's queue naming the centre, in the
     * queue and on the request's page, rather than a name that leads nowhere.
     */
    @Test
    void aRequestNamingTheCentreByItsFormerNameReachesTheCoordinationsQueueWithItsCentre() throws Exception {
        Tenant centre = fixtures.newSchoolBoard("renamed-queue");
        String former = centre.getSlug();
        // Letters only, found by the queue's search box as a name.
        String lastName = "Renomme" + UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c)))
                .collect(java.util.stream.Collectors.joining());
        ca.tremplin.inquiry.InquiryRequest before = ca.tremplin.testsupport.InquiryRequests.complete(
                ca.tremplin.testsupport.InquiryRequests.uniqueEmail());
        before.setSchoolBoard(former);
        before.setLastName(lastName);
        long recordedBefore = fixtures.submitted(before, new ca.tremplin.inquiry.SubmissionContext(
                UUID.randomUUID().toString(), ca.tremplin.inquiry.Inquiry.Channel.FORM, "10.9.8.7",
                ca.tremplin.kernel.Languages.FRENCH)).inquiryId();

        String renamed = rename(centre, "test-renomme-" + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> created = new HttpVisitor(base).post("api/inquiries", "application/json", apiRequest(
                "file." + UUID.randomUUID().toString().substring(0, 8) + "@example.sn", lastName, former),
                Map.of("Accept", "application/json"));
        assertEquals(201, created.statusCode(), created.body());
        long namedByFormer = jakarta.json.Json.createReader(new java.io.StringReader(created.body())).readObject()
                .getJsonNumber("id").longValue();
        router.route(namedByFormer);

        assertEquals(renamed, requestedCentre(recordedBefore), "the request waiting follows its centre's rename");
        assertEquals(renamed, requestedCentre(namedByFormer));
        UserAccount coordinator = fixtures.newAccount(coordination(), Role.RECRUITER);
        try (var session = TestSessions.signedInAs(coordinator, coordination())) {
            List<ca.tremplin.inquiry.InboxRow> rows = inbox.page(ca.tremplin.inquiry.InboxScope.ALL, lastName, 0, 10,
                    ca.tremplin.kernel.TableSort.DEFAULT);
            assertEquals(2, rows.size(), "both in the coordination's queue: nobody at the centre answers yet");
            for (ca.tremplin.inquiry.InboxRow row : rows) {
                assertEquals(centre.getNameFr(), row.chosenCentre(ca.tremplin.kernel.Languages.FRENCH));
                assertEquals(centre.getNameEn(), row.chosenCentre(ca.tremplin.kernel.Languages.ENGLISH));
                assertEquals(centre.getNameFr(), inbox.view(row.id()).chosenCentreName(
                        ca.tremplin.kernel.Languages.FRENCH), "on the request's page too");
            }
        }
    }

    /** A centre with a recruiter, who answers its requests, renamed: its name before and after. */
    private record Renamed(Tenant centre, String former, String renamed) {
    }

    private Renamed renamedWithARecruiter(String label) {
        Tenant centre = fixtures.newSchoolBoard(label);
        fixtures.newAccount(centre, Role.RECRUITER);
        String former = centre.getSlug();
        return new Renamed(centre, former, rename(centre, "test-renomme-" + UUID.randomUUID().toString()
                .substring(0, 8)));
    }

    /** The centre a request chose, as it is recorded. */
    private String requestedCentre(long inquiryId) {
        return tenancy.acrossAllTenants(() -> em.createQuery(
                "select i.requestedTenantSlug from Inquiry i where i.id = :id", String.class)
                .setParameter("id", inquiryId).getSingleResult());
    }

    /** A request as a partner site sends it as JSON, naming a centre and no program. */
    private static String apiRequest(String email, String lastName, String schoolBoard) {
        return jakarta.json.Json.createObjectBuilder().add("firstName", "Awa").add("lastName", lastName)
                .add("email", email).add("countryOfResidence", "SN").add("citizenship", "SN")
                .add("consentToContact", true).add("schoolBoard", schoolBoard).build().toString();
    }

    /**
     * A centre renamed twice keeps both names it left, each leading to its name of today in one step; renamed back to
     * a name it left, it holds it again. A name it left that another centre is created with, or renamed to, is that
     * centre's: its addresses are that centre's pages, never a redirect to the first centre.
     */
    @Test
    void aFormerNameBelongsToTheCentreThatHoldsItNow() throws Exception {
        Tenant first = fixtures.newSchoolBoard("renamed-twice");
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        Program program = fixtures.newProgram(first, ProgramType.ASP, TestFixtures.programCode(),
                "Lancement d’une entreprise", "Starting a Business", "01", word, true);
        String original = first.getSlug();
        String second = rename(first, "test-deux-" + word);
        String third = rename(first, "test-trois-" + word);
        HttpVisitor visitor = new HttpVisitor(base);
        for (String left : List.of(original, second)) {
            HttpResponse<String> moved = visitor.get(SchoolBoardPage.path(Locale.FRENCH, left).substring(1));
            assertEquals(301, moved.statusCode(), left);
            assertTrue(moved.headers().firstValue("Location").orElseThrow()
                    .endsWith(SchoolBoardPage.path(Locale.FRENCH, third)), "one step to today's name: " + left);
        }

        rename(first, second);
        assertEquals(200, visitor.get(SchoolBoardPage.path(Locale.FRENCH, second).substring(1)).statusCode(),
                "renamed back, it holds the name again");
        assertTrue(visitor.get(SchoolBoardPage.path(Locale.FRENCH, third).substring(1)).headers()
                .firstValue("Location").orElseThrow().endsWith(SchoolBoardPage.path(Locale.FRENCH, second)));

        Tenant newcomer = create(original);
        HttpResponse<String> taken = visitor.get(SchoolBoardPage.path(Locale.FRENCH, original).substring(1));
        assertEquals(200, taken.statusCode(), "the new centre's own page");
        assertTrue(taken.body().contains(newcomer.getNameFr()), "the page of the centre that holds the name");
        assertEquals(404, visitor.get(CatalogPaths.program(Locale.FRENCH, original, program.getSlugFr()).substring(1))
                .statusCode(), "the first centre's program is no page of the newcomer's, and no redirect to another's");

        Tenant other = fixtures.newSchoolBoard("renamed-other");
        rename(other, third);
        assertEquals(200, visitor.get(SchoolBoardPage.path(Locale.FRENCH, third).substring(1)).statusCode(),
                "a centre renamed to a name another left holds it");
    }

    /** The rename is a line of the centre's history, with the name before and after, by the coordinator. */
    @Test
    void aRenameIsALineOfTheCentresHistory() throws Exception {
        Tenant centre = fixtures.newSchoolBoard("renamed-trace");
        String former = centre.getSlug();
        String renamed = rename(centre, "test-renomme-" + UUID.randomUUID().toString().substring(0, 8));

        try (var session = TestSessions.signedInAs(platformAdmin(), coordination())) {
            List<StaffChange> history = changes.ofCentre(centre.getId());
            assertEquals("CENTRE_PROFILE", history.get(0).getWhat().name());
            assertEquals("identifier (" + former + " → " + renamed + ")",
                    history.get(0).detailIn(ca.tremplin.kernel.Languages.ENGLISH));
            assertEquals(platformAdmin().getId(), history.get(0).getActorId(), "who renamed it");
        }
    }

    private UserAccount platformAdmin;

    private Tenant coordination() {
        return tenancy.acrossAllTenants(() -> repository.findCoordination()).orElseThrow();
    }

    private UserAccount platformAdmin() {
        if (platformAdmin == null) {
            platformAdmin = fixtures.newAccount(coordination(), Role.PLATFORM_ADMIN);
        }
        return platformAdmin;
    }

    /** Renames the centre as the coordinating organisation's admin does, on its page; returns the new name. */
    private String rename(Tenant centre, String slug) {
        try (var session = TestSessions.signedInAs(platformAdmin(), coordination())) {
            Tenant edited = tenants.find(centre.getId());
            edited.setSlug(slug);
            return tenants.update(edited).getSlug();
        }
    }

    /** A new centre created by the coordinating organisation's admin with the given name. */
    private Tenant create(String slug) {
        try (var session = TestSessions.signedInAs(platformAdmin(), coordination())) {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            Tenant draft = new Tenant();
            draft.setSlug(slug);
            draft.setNameFr("Centre de services scolaire nouveau " + unique);
            draft.setNameEn("New " + unique + " School Service Centre");
            draft.setRegion(QuebecRegion.ESTRIE);
            draft.setContactEmail("info@" + unique + ".test");
            draft.setMailingAddress("1, rue Principale\nSherbrooke (Québec)  J1H 1A1");
            return tenants.create(draft);
        }
    }
}
