package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.GoneAnswers;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The public catalogue's search and facets, and who may edit a program, against MariaDB. */
class PublicCatalogIT extends InServerTest {

    @Inject
    PublicCatalog catalog;

    @Inject
    CatalogService catalogService;

    @Inject
    Tenancy tenancy;

    @Inject
    PublicSitemap sitemap;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void searchIgnoresCaseAndAccentsAndFindsEachLanguagesWords() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("search");
        Program welding = fixtures.newProgram(tenant, ProgramType.DEP, "5195", "Soudage-montage",
                "Welding and Fitting", "16", word, true);
        Program mechanics = fixtures.newProgram(tenant, ProgramType.DEP, "5298", "Mécanique automobile",
                "Automotive Mechanics", "10", word, true);

        assertEquals(Set.of(mechanics.getId()), ids(search("MECANIQUE " + word)));
        assertEquals(Set.of(mechanics.getId()), ids(search("mécanique " + word)));
        assertEquals(Set.of(welding.getId()), ids(search("soudage " + word)));
        assertEquals(Set.of(welding.getId()), ids(search("welding " + word)));
        assertEquals(Set.of(welding.getId()), ids(search("5195 " + word)));
        assertEquals(Set.of(welding.getId(), mechanics.getId()), ids(search(word)));
    }

    /** The place typed beside the words, as a card shows it: the centre's name or its region, in either language. */
    @Test
    void aPlaceTypedBesideTheWordsFindsTheProgramsGivenThere() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("place");
        Program welding = fixtures.newProgram(tenant, ProgramType.DEP, "5195", "Soudage-montage",
                "Welding and Fitting", "16", word, true);

        assertEquals(Set.of(welding.getId()), ids(search("soudage " + word + " Mauricie")), "its region");
        assertEquals(Set.of(welding.getId()), ids(search("welding " + word + " " + tenant.getNameEn())),
                "its centre's name");
        assertEquals(Set.of(), ids(search("soudage " + word + " Outaouais")), "given elsewhere, it is not found");
    }

    /**
     * A student abroad types a trade with a slip on its first letters or in the feminine: the program is found. A word
     * that is none finds nothing, and the catalogue's page says so in its language.
     */
    @Test
    void aTradeTypedWithASlipOrInTheFeminineIsFoundAndANonsenseWordSaysNothingMatches() throws Exception {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("metiers");
        Program welding = fixtures.newProgram(tenant, ProgramType.DEP, "5195", "Soudage-montage",
                "Welding and Fitting", "16", word, true);
        Program hairdressing = fixtures.newProgram(tenant, ProgramType.DEP, "5245", "Coiffure", "Hairdressing", "21",
                word, true);

        assertEquals(Set.of(welding.getId()), ids(search("sodure " + word)), "soudure, a letter left out");
        assertEquals(Set.of(welding.getId()), ids(search("oudure " + word)), "its first letter left out");
        assertEquals(Set.of(welding.getId()), ids(search("soudeuse " + word)));
        assertEquals(Set.of(hairdressing.getId()), ids(search("coiffeuse " + word)));
        assertEquals(Set.of(hairdressing.getId()), ids(search("cioffure " + word)), "two letters swapped");

        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        String french = visitor.get("fr/programmes?q=xqzwv").body();
        assertTrue(french.contains("id=\"no-results\"") && french.contains("Aucun programme ne correspond"), french);
        String english = visitor.get("en/programs?q=xqzwv").body();
        assertTrue(english.contains("id=\"no-results\"") && english.contains("No program matches"), english);
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    @Test
    void anAddressFromBeforeAProgramWasRenamedLeadsToItsNewAddressForGood() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("renamed");
        String code = TestFixtures.programCode();
        Program forklift = fixtures.newProgram(tenant, ProgramType.AEP, code,
                "Opération de chariots élévateurs", "Forklift Operation", "07",
                "w" + java.util.UUID.randomUUID().toString().substring(0, 8), true);
        String oldFrench = forklift.getSlugFr();
        tenancy.asTenant(tenant.getId(), () -> {
            Program stored = em.find(Program.class, forklift.getId());
            stored.setTitleFr("Conduite de chariots élévateurs et préparation de commandes");
            return null;
        });
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);

        java.net.http.HttpResponse<String> moved = visitor.get("fr/programmes/" + tenant.getSlug() + "/" + oldFrench);
        assertEquals(301, moved.statusCode(), "not a 404 for a link in a mail or on a flyer");
        String location = moved.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/fr/programmes/" + tenant.getSlug() + "/aep-" + code
                + "-conduite-de-chariots-elevateurs-et-preparation-de-commandes"), location);
        java.net.http.HttpResponse<String> renamed = visitor.get(location.substring(location.indexOf("fr/programmes/")));
        assertEquals(200, renamed.statusCode());
        assertFalse(renamed.body().contains("id=\"careers-heading\"") || renamed.body().contains("id=\"admission-heading\""),
                "no heading over nothing: the centre gave neither careers nor admission conditions");
        assertEquals(404, visitor.get("fr/programmes/" + tenant.getSlug() + "/aep-" + code + "9-autre")
                .statusCode(), "another code is no program of the centre");
    }

    /**
     * A program's page reached by the other language's address under this language's words (/en/programs/…/{French
     * address}) answers 301 to its own address in the address's language, the query kept: one address per page and
     * language, which search engines count once and shared links converge on.
     */
    @Test
    void aProgramsAddressInTheOtherLanguagesWordsLeadsToItsOwnAddressForGood() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("other-language");
        Program welding = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(), "Soudage-montage",
                "Welding and Fitting", "16", uniqueWord(), true);
        assertFalse(welding.getSlugFr().equals(welding.getSlugEn()), welding.getSlugFr());
        String french = CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), welding.getSlugFr());
        String english = CatalogPaths.program(java.util.Locale.ENGLISH, tenant.getSlug(), welding.getSlugEn());
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);

        Map<String, String> moves = Map.of(
                CatalogPaths.program(java.util.Locale.ENGLISH, tenant.getSlug(), welding.getSlugFr())
                        + "?utm_source=affiche&utm_campaign=salon", english + "?utm_source=affiche&utm_campaign=salon",
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), welding.getSlugEn()), french);
        for (Map.Entry<String, String> move : moves.entrySet()) {
            java.net.http.HttpResponse<String> moved = visitor.get(move.getKey().substring(1));
            assertEquals(301, moved.statusCode(), move.getKey());
            String location = moved.headers().firstValue("Location").orElseThrow();
            assertTrue(location.endsWith(move.getValue()), move.getKey() + " → " + location);
        }
        for (String own : List.of(french, english)) {
            java.net.http.HttpResponse<String> shown = visitor.get(own.substring(1));
            assertEquals(200, shown.statusCode(), own);
            assertTrue(shown.body().contains("Soudage-montage") || shown.body().contains("Welding and Fitting"), own);
        }
    }

    @Inject
    CatalogRemovals removals;

    /**
     * A program withdrawn from the catalogue (archived), or deleted while it was public: a link to its page — in either
     * language, or from before its title changed — answers 410 and the "no longer available" page in the address's
     * language, the catalogue next, kept by no cache; the sitemap names neither. A draft deleted, which was never
     * public, and an address that never named a program answer 404.
     */
    @Test
    void aProgramWithdrawnOrDeletedWhilePublicAnswersGoneAndOneNeverPublicNotFound() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("gone-programs");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        String word = uniqueWord();
        Program archived = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(),
                "Boucherie de détail", "Retail Butchery", "03", word, true);
        Program deleted = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(), "Pâtisserie",
                "Pastry Making", "03", word, true);
        Program draft = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(),
                "Brouillon jamais publié", "Draft never published", "03", word, false);
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        String deletedPage = CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), deleted.getSlugFr())
                .substring(1);
        assertEquals(200, visitor.get(deletedPage).statusCode());
        assertTrue(visitor.get("sitemap.xml").body().contains(deleted.getSlugFr()), "listed while public");

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            catalogService.changeStatus(archived.getId(), ProgramStatus.ARCHIVED,
                    catalogService.findProgram(archived.getId()).getVersion());
            assertEquals(CatalogRemovals.Result.DELETED, removals.removeProgram(deleted.getId(),
                    catalogService.findProgram(deleted.getId()).getVersion()).result());
            assertEquals(CatalogRemovals.Result.DELETED, removals.removeProgram(draft.getId(),
                    catalogService.findProgram(draft.getId()).getVersion()).result());
        }

        for (String page : List.of(deletedPage,
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), archived.getSlugFr()).substring(1),
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), archived.getSlugEn()).substring(1),
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), "dep-" + deleted.getCode()
                        + "-un-ancien-titre").substring(1))) {
            java.net.http.HttpResponse<String> gone = visitor.get(page);
            assertEquals(410, gone.statusCode(), page);
            assertTrue(gone.body().contains("Ce programme n’est plus offert par ce centre de services scolaire.")
                    && gone.body().contains("id=\"gone-next\" href=\"/fr/programmes\""), gone.body());
            assertEquals(java.util.Optional.of("no-store"), gone.headers().firstValue("Cache-Control"), page);
        }
        java.net.http.HttpResponse<String> english = visitor.get(CatalogPaths.program(java.util.Locale.ENGLISH,
                tenant.getSlug(), deleted.getSlugEn()).substring(1));
        assertEquals(410, english.statusCode());
        assertTrue(english.body().contains("This program is no longer offered by this school service centre.")
                && english.body().contains("href=\"/en/programs\""), english.body());
        // The language switch leads to what is still offered in the other language, not to the page gone again.
        assertEquals("/fr/programmes?lang=fr", ca.tremplin.testsupport.LanguageSwitchLinks.to(english.body(), "fr"));
        assertEquals("/en/programs?lang=en", ca.tremplin.testsupport.LanguageSwitchLinks.to(
                visitor.get(deletedPage).body(), "en"));
        assertEquals(404, visitor.get(CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(),
                draft.getSlugFr()).substring(1)).statusCode(), "a draft deleted was never public");
        assertEquals(404, visitor.get(CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(),
                "dep-" + TestFixtures.programCode() + "-rien").substring(1)).statusCode(), "never a program's");
        String sitemap = visitor.get("sitemap.xml").body();
        assertFalse(sitemap.contains(deleted.getSlugFr()) || sitemap.contains(archived.getSlugFr()), sitemap);
    }

    /**
     * A draft archived rather than deleted (something named it) never had a public page: its addresses, in either
     * language or by its type and code, answer 404 as an address that never named a program does, not "no longer
     * offered", which would tell the world it had existed; deleted then, it leaves no trace either. Published once and
     * archived again, it is gone (410) like any program that was public.
     */
    @Test
    void aProgramArchivedStraightFromItsDraftIsNotFoundAsIfItHadNeverExisted() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("archived-draft");
        Program neverPublic = program(tenant, "Projet abandonné", "Abandoned project", false);
        Program deletedLater = program(tenant, "Autre projet abandonné", "Another abandoned project", false);
        Program publishedOnce = program(tenant, "Publié puis retiré", "Published then withdrawn", false);
        try (var session = asAdminOf(tenant)) {
            for (Program draft : List.of(neverPublic, deletedLater)) {
                moveTo(draft, ProgramStatus.ARCHIVED);
            }
            assertEquals(CatalogRemovals.Result.DELETED, removals.removeProgram(deletedLater.getId(),
                    catalogService.findProgram(deletedLater.getId()).getVersion()).result());
            moveTo(publishedOnce, ProgramStatus.ARCHIVED);
            moveTo(publishedOnce, ProgramStatus.PUBLISHED);
            moveTo(publishedOnce, ProgramStatus.ARCHIVED);
        }
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);

        for (String page : List.of(
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), neverPublic.getSlugFr()),
                CatalogPaths.program(java.util.Locale.ENGLISH, tenant.getSlug(), neverPublic.getSlugEn()),
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), "dep-" + neverPublic.getCode()
                        + "-un-ancien-titre"),
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), deletedLater.getSlugFr()))) {
            java.net.http.HttpResponse<String> unknown = visitor.get(page.substring(1));
            assertEquals(404, unknown.statusCode(), page);
            assertFalse(unknown.body().contains("n’est plus offert"), "nothing says it existed: " + unknown.body());
        }
        java.net.http.HttpResponse<String> gone = visitor.get(CatalogPaths.program(java.util.Locale.FRENCH,
                tenant.getSlug(), publishedOnce.getSlugFr()).substring(1));
        assertEquals(410, gone.statusCode(), "public once, then archived");
        assertTrue(gone.body().contains("Ce programme n’est plus offert par ce centre de services scolaire."),
                gone.body());
    }

    /**
     * A centre the coordinating organisation closed: its own page and the pages of the programs it had published, or
     * archived after they were public, answer 410 with "no longer available" in the address's language and the catalogue
     * next, kept by no cache; a draft of it, and an address that never named one of its programs, answer 404, as does
     * the coordinating organisation's address, which never had a centre's page. Reopened, its page is back.
     */
    @Test
    void aClosedCentresPageAndTheProgramsItHadPublishedAreGoneAndItsDraftsNotFound() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("closed-pages");
        Program published = program(tenant, "Mécanique de véhicules lourds", "Truck Mechanics", true);
        Program archived = program(tenant, "Ébénisterie", "Cabinetmaking", true);
        Program draft = program(tenant, "Jamais publié", "Never published", false);
        try (var session = asAdminOf(tenant)) {
            moveTo(archived, ProgramStatus.ARCHIVED);
        }
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        String frenchCentre = SchoolBoardPage.path(java.util.Locale.FRENCH, tenant.getSlug()).substring(1);
        String englishCentre = SchoolBoardPage.path(java.util.Locale.ENGLISH, tenant.getSlug()).substring(1);
        assertEquals(200, visitor.get(frenchCentre).statusCode(), "public while the centre is open");

        fixtures.deactivate(tenant);

        for (String page : List.of(frenchCentre,
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), published.getSlugFr()).substring(1),
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), archived.getSlugFr()).substring(1),
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), "dep-" + published.getCode()
                        + "-un-ancien-titre").substring(1))) {
            GoneAnswers.assertGone(visitor, page, "Ce centre de services scolaire ne présente plus ses programmes",
                    "/fr/programmes");
        }
        for (String page : List.of(englishCentre, CatalogPaths.program(java.util.Locale.ENGLISH, tenant.getSlug(),
                published.getSlugEn()).substring(1))) {
            GoneAnswers.assertGone(visitor, page, "This school service centre no longer presents its programs",
                    "/en/programs");
        }
        assertEquals(404, visitor.get(CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(),
                draft.getSlugFr()).substring(1)).statusCode(), "a draft was never public");
        assertEquals(404, visitor.get(CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(),
                "dep-" + TestFixtures.programCode() + "-rien").substring(1)).statusCode(), "never a program's");
        Tenant coordination = tenancy.acrossAllTenants(() -> em.createQuery(
                "select t from Tenant t where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class)
                .getSingleResult());
        assertEquals(404, visitor.get(SchoolBoardPage.path(java.util.Locale.FRENCH, coordination.getSlug())
                .substring(1)).statusCode(), "the coordinating organisation never had a centre's page");

        tenancy.acrossAllTenants(() -> {
            em.find(Tenant.class, tenant.getId()).setActive(true);
            return null;
        });
        assertEquals(200, visitor.get(frenchCentre).statusCode(), "reopened, its page is back");
    }

    /**
     * The catalogue, a program, a centre's page and the offers only show: a visitor's browser may keep them and asks
     * again each time it shows one, no shared cache keeps them; opened by a member of staff signed in, nobody keeps
     * them. None opens a session for a visitor: no view state a copy kept could post back.
     */
    @Test
    void theCatalogueAndItsPagesAreRevalidatedKeptByNoSharedCacheAndNeverForSomeoneSignedIn() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("cached");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = program(tenant, "Plomberie", "Plumbing", true);
        List<String> pages = List.of("fr/programmes", "en/programs?q=plomberie&sector=07",
                CatalogPaths.program(java.util.Locale.FRENCH, tenant.getSlug(), program.getSlugFr()).substring(1),
                CatalogPaths.program(java.util.Locale.ENGLISH, tenant.getSlug(), program.getSlugEn()).substring(1),
                SchoolBoardPage.path(java.util.Locale.FRENCH, tenant.getSlug()).substring(1),
                "fr/offres", "en/offers?region=MAURICIE");
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        for (String page : pages) {
            java.net.http.HttpResponse<String> shown = visitor.get(page);
            assertEquals(200, shown.statusCode(), page);
            assertEquals(java.util.Optional.of("private, no-cache"), shown.headers().firstValue("Cache-Control"),
                    page);
            assertTrue(shown.headers().allValues("Set-Cookie").stream().noneMatch(cookie -> cookie.startsWith(
                    "JSESSIONID")), "no session, so no view state a copy could post back: " + page);
        }
        ca.tremplin.testsupport.HttpVisitor staff = new ca.tremplin.testsupport.HttpVisitor(base);
        assertEquals(302, staff.signIn(admin.getEmail(), TestFixtures.PASSWORD).statusCode());
        for (String page : pages) {
            java.net.http.HttpResponse<String> shown = staff.get(page);
            assertEquals(200, shown.statusCode(), page);
            assertEquals(java.util.Optional.of("private, no-store"), shown.headers().firstValue("Cache-Control"),
                    "a signed-in member of staff's page: " + page);
        }
    }

    /**
     * A link naming a training sector that does not exist ({@code sector=99}: a typo, a code from another province) is
     * not answered with "0 programs" and nothing to untick: the catalogue and the offers say which value they left out
     * and show what the rest of the address asks for.
     */
    @Test
    void aSectorCodeThatNamesNoSectorIsSaidAndLeftOutOnTheCatalogueAndTheOffers() throws Exception {
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        for (String address : List.of("fr/programmes?sector=99", "fr/offres?sector=99")) {
            String page = visitor.get(address).body();
            String everything = visitor.get(address.substring(0, address.indexOf('?'))).body();

            java.util.regex.Matcher said = java.util.regex.Pattern.compile("id=\"ignored-parameters\">([^<]*)<")
                    .matcher(page);
            assertTrue(said.find() && said.group(1).contains("sector=99"), address + ": " + page);
            assertEquals(heading(everything), heading(page),
                    address + ": the whole list, as if the link had no sector");
        }
        String english = visitor.get("en/programs?sector=99&sector=16").body();
        assertTrue(english.contains(
                "Some criteria in the link were ignored because they are not recognised: sector=99."),
                "said in the page's language");
        assertTrue(english.contains("name=\"sector\" value=\"16\"") && !english.contains("value=\"99\""),
                "the sector that exists is kept, the other one is not carried on");
    }

    /** The results' heading, which says how many programs or offers the page found. */
    private static String heading(String page) {
        java.util.regex.Matcher heading = java.util.regex.Pattern.compile("id=\"results-heading\">([^<]*)<")
                .matcher(page);
        assertTrue(heading.find(), page);
        return heading.group(1);
    }

    /**
     * The home page, at the root and in each language, only shows (the search box, the centres): a visitor's browser
     * asks again each time it shows it and no shared cache keeps it, as the catalogue's other pages; opened by a member
     * of staff signed in, nobody keeps it.
     */
    @Test
    void theHomePagesAreRevalidatedKeptByNoSharedCacheAndNeverForSomeoneSignedIn() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("home-cached");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        List<String> homes = List.of("", "fr", "en");
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        for (String home : homes) {
            java.net.http.HttpResponse<String> shown = visitor.get(home);
            assertEquals(200, shown.statusCode(), "/" + home);
            assertTrue(shown.body().contains("id=\"school-boards\""), "the home page itself: /" + home);
            assertEquals(java.util.Optional.of("private, no-cache"), shown.headers().firstValue("Cache-Control"),
                    "/" + home);
        }
        ca.tremplin.testsupport.HttpVisitor staff = new ca.tremplin.testsupport.HttpVisitor(base);
        assertEquals(302, staff.signIn(admin.getEmail(), TestFixtures.PASSWORD).statusCode());
        for (String home : homes) {
            java.net.http.HttpResponse<String> shown = staff.get(home);
            assertEquals(200, shown.statusCode(), "/" + home);
            assertEquals(java.util.Optional.of("private, no-store"), shown.headers().firstValue("Cache-Control"),
                    "a signed-in member of staff's home page: /" + home);
        }
    }

    /**
     * A visitor who chose filters — an intake open in a month, a tuition bracket, the language of instruction, an order
     * — then types words in the search box keeps them: the search form sends every filter chosen with the words, as
     * each facet's link keeps the others, rather than the sector, region and type alone.
     */
    @Test
    void wordsTypedInTheCataloguesSearchBoxKeepEveryFilterChosen() throws Exception {
        String month = java.time.YearMonth.now().plusMonths(3).toString();
        String page = new ca.tremplin.testsupport.HttpVisitor(base).get("fr/programmes?sector=16&open=1&month=" + month
                + "&tuition=FROM_10000_TO_15000&instruction=EN&sort=tuition").body();
        int start = page.indexOf("<form class=\"search-form\"");
        String form = page.substring(start, page.indexOf("</form>", start));
        for (String kept : List.of("name=\"sector\" value=\"16\"", "name=\"open\" value=\"1\"",
                "name=\"month\" value=\"" + month + "\"", "name=\"tuition\" value=\"FROM_10000_TO_15000\"",
                "name=\"instruction\" value=\"EN\"", "name=\"sort\" value=\"TUITION\"")) {
            assertTrue(form.contains(kept), kept + " in " + form);
        }
        String plain = new ca.tremplin.testsupport.HttpVisitor(base).get("fr/programmes").body();
        String plainForm = plain.substring(plain.indexOf("<form class=\"search-form\""));
        assertFalse(plainForm.substring(0, plainForm.indexOf("</form>")).contains("type=\"hidden\""),
                "nothing chosen, nothing carried");
    }

    /**
     * A program's description cut for search engines and link previews is cut between characters: an emoji where the
     * cut falls is kept whole or left out, never shown as "?".
     */
    @Test
    void aProgramsPreviewTextIsCutBetweenCharacters() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("preview");
        Program program = program(tenant, "Mécanique industrielle", "Industrial Mechanics", true);
        String where = tenant.getNameFr() + " (Mauricie) — ";
        // The wrench's two halves stand where a cut at the 157th unit fell.
        String description = "x".repeat(156 - where.length()) + "🔧 en atelier, avec les machines de l’usine école.";
        tenancy.asTenant(tenant.getId(), () -> {
            em.find(Program.class, program.getId()).setDescriptionFr(description + " Suite.".repeat(20));
            return null;
        });
        String page = new ca.tremplin.testsupport.HttpVisitor(base).get(CatalogPaths.program(java.util.Locale.FRENCH,
                tenant.getSlug(), program.getSlugFr()).substring(1)).body();
        java.util.regex.Matcher meta = java.util.regex.Pattern.compile(
                "<meta name=\"description\" content=\"([^\"]*)\"").matcher(page);
        assertTrue(meta.find(), page);
        assertTrue(meta.group(1).contains("🔧") && !meta.group(1).contains("?") && meta.group(1).endsWith("…"),
                meta.group(1));
    }

    /**
     * A program's page lists its intakes: an intake's seats changed moves the date the sitemap gives the page, so that
     * a search engine reads it again, though the program itself did not change.
     */
    @Test
    void aChangeToAnIntakeMovesItsProgramsDateInTheSitemap() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("sitemap-intake");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(), "Arboriculture",
                "Tree Care", "01", uniqueWord(), true);
        fixtures.newIntake(tenant, program, LocalDate.now().plusMonths(8));
        rows.execute("update program set updated_at = '2026-01-15 12:00:00' where id = ?", program.getId());
        rows.execute("update intake set updated_at = '2026-01-10 12:00:00' where program_id = ?", program.getId());
        assertEquals("2026-01-15", lastModified(tenant, program), "the program's date, later than its intake's");

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Intake intake = catalogService.intakesOf(program.getId()).get(0);
            catalogService.changeIntakeSeats(program.getId(), intake.getId(), intake.getVersion(), 12, 2);
        }

        assertEquals(LocalDate.now(java.time.ZoneOffset.UTC).toString(), lastModified(tenant, program), "the intake's change");
        assertEquals("2026-01-15", rows.string("select date_format(updated_at, '%Y-%m-%d') from program where id = ?",
                program.getId()), "the program itself unchanged");
    }

    /**
     * An intake deleted is gone from its program's page, and leaves no intake whose time could say so: the sitemap
     * dates the page by the deletion, so that a search engine stops showing the start date nobody can ask for.
     */
    @Test
    void anIntakeDeletedMovesItsProgramsDateInTheSitemap() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("sitemap-intake-gone");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(), "Horticulture",
                "Horticulture", "01", uniqueWord(), true);
        fixtures.newIntake(tenant, program, LocalDate.now().plusMonths(8));
        fixtures.newIntake(tenant, program, LocalDate.now().plusMonths(20));
        rows.execute("update program set updated_at = '2026-01-15 12:00:00' where id = ?", program.getId());
        rows.execute("update intake set updated_at = '2026-01-10 12:00:00' where program_id = ?", program.getId());
        long version = rows.count("select version from program where id = ?", program.getId());
        assertEquals("2026-01-15", lastModified(tenant, program));

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Intake intake = catalogService.intakesOf(program.getId()).get(0);
            assertEquals(CatalogRemovals.Result.DELETED,
                    removals.removeIntake(program.getId(), intake.getId(), intake.getVersion()).result());
        }

        assertEquals(LocalDate.now(java.time.ZoneOffset.UTC).toString(), lastModified(tenant, program),
                "the page lost an intake today");
        assertEquals(version, rows.count("select version from program where id = ?", program.getId()),
                "a colleague editing the program has nothing to reload");
    }

    private String lastModified(Tenant tenant, Program program) {
        return sitemap.publishedProgramsAcrossAllTenants().stream()
                .filter(entry -> entry.tenantSlug().equals(tenant.getSlug()) && entry.slugFr().equals(program.getSlugFr()))
                .findFirst().orElseThrow().lastModified();
    }

    @Test
    void draftProgramsAndProgramsOfInactiveCentresAreNeverPublic() {
        String word = uniqueWord();
        Tenant active = fixtures.newSchoolBoard("drafts");
        Tenant closed = fixtures.newSchoolBoard("closed");
        fixtures.newProgram(active, ProgramType.DEP, "5311", "Cuisine", "Professional Cooking", "03", word, false);
        fixtures.newProgram(closed, ProgramType.DEP, "5311", "Cuisine", "Professional Cooking", "03", word, true);
        tenancy.acrossAllTenants(() -> {
            em.find(Tenant.class, closed.getId()).setActive(false);
            return null;
        });

        CatalogPage page = search(word);

        assertEquals(0, page.total());
        assertTrue(page.programs().isEmpty());
    }

    @Test
    void facetCountsApplyEveryOtherSelectionButTheirOwn() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("facets");
        fixtures.newProgram(tenant, ProgramType.DEP, "5281", "Électromécanique", "Electromechanics", "09", word, true);
        fixtures.newProgram(tenant, ProgramType.DEP, "5295", "Électricité", "Electricity", "09", word, true);
        Program asp = fixtures.newProgram(tenant, ProgramType.ASP, "5234", "Soudage haute pression",
                "High-Pressure Welding", "16", word, true);
        fixtures.newIntake(tenant, asp, LocalDate.now().plusMonths(2).withDayOfMonth(1));

        CatalogQuery electrotechnics = new CatalogQuery(word, Set.of("09"), Set.of(), Set.of(), null, null, null,
                false, CatalogQuery.Sort.RELEVANCE, 1);
        CatalogPage page = catalog.searchAcrossAllTenants(electrotechnics);

        assertEquals(2, page.total());
        assertEquals(Map.of("09", 2L, "16", 1L), page.sectorCounts(), "the sector facet ignores its own choice");
        assertEquals(Map.of("DEP", 2L), page.typeCounts(), "the type facet applies the sector choice");
        assertEquals(0, page.withOpenIntake());

        CatalogPage all = search(word);
        assertEquals(1, all.withOpenIntake());
        assertEquals(1L, all.intakeMonthCounts().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(Map.of("FROM_10000_TO_15000", 3L), all.tuitionCounts());
    }

    @Test
    void anIntakeWhoseAdmissionDeadlineHasPassedIsNotOfferedAsOpen() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("deadline");
        Program welding = fixtures.newProgram(tenant, ProgramType.DEP, "5195", "Soudage-montage", "Welding and Fitting",
                "16", word, true);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Toronto"));
        fixtures.newIntake(tenant, welding, today.plusMonths(2).withDayOfMonth(1), today.minusDays(2));

        assertEquals(0, search(word).withOpenIntake(), "applications closed two days ago");
        assertEquals(java.util.Optional.of(List.of()), catalog.upcomingIntakesAcrossAllTenants(welding.getId(), null));

        LocalDate later = today.plusMonths(6).withDayOfMonth(1);
        fixtures.newIntake(tenant, welding, later, today.plusMonths(3));

        assertEquals(1, search(word).withOpenIntake());
        assertEquals(List.of(later), catalog.upcomingIntakesAcrossAllTenants(welding.getId(), null).orElseThrow()
                .stream().map(intake -> intake.startDate()).toList());
    }

    @Test
    void theSearchFollowsEveryCommittedChangeAndNoRolledBackOne() {
        String word = uniqueWord();
        String abandoned = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("index");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program draft = fixtures.newProgram(tenant, ProgramType.DEP, "5330", "Mécanique d'engins de chantier",
                "Heavy Equipment Mechanics", "10", word, false);
        assertEquals(0, search(word).total(), "a draft is not searchable");

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            catalogService.changeStatus(draft.getId(), ProgramStatus.PUBLISHED, draft.getVersion());
        }
        assertEquals(Set.of(draft.getId()), ids(search(word)), "searchable as soon as publication commits");

        assertThrows(IllegalStateException.class, () -> tenancy.asTenant(tenant.getId(), () -> {
            em.find(Program.class, draft.getId()).setTitleFr("Mécanique " + abandoned);
            em.flush();
            throw new IllegalStateException("the change is rolled back");
        }));
        assertEquals(0, search(abandoned).total(), "a rolled-back change never shows");

        fixtures.newIntake(tenant, draft, LocalDate.now().plusMonths(3).withDayOfMonth(1));
        assertEquals(1, search(word).withOpenIntake(), "a new intake counts at once");

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long version = catalogService.findProgram(draft.getId()).getVersion();
            catalogService.changeStatus(draft.getId(), ProgramStatus.ARCHIVED, version);
        }
        assertEquals(0, search(word).total(), "an archived program leaves the search");
    }

    @Test
    void anAdminCannotReadOrEditAnotherCentresProgramByForgedId() {
        String word = uniqueWord();
        Tenant a = fixtures.newSchoolBoard("edit-a");
        Tenant b = fixtures.newSchoolBoard("edit-b");
        UserAccount adminOfA = fixtures.newAccount(a, Role.CSS_ADMIN);
        Program ofB = fixtures.newProgram(b, ProgramType.DEP, "5319", "Charpenterie-menuiserie", "Carpentry", "07",
                word, true);

        try (var session = TestSessions.signedInAs(adminOfA, a)) {
            assertThrows(NotFoundException.class, () -> catalogService.findProgram(ofB.getId()));
            assertThrows(NotFoundException.class,
                    () -> catalogService.changeStatus(ofB.getId(), ProgramStatus.ARCHIVED, ofB.getVersion()));
            Program forged = tenancy.acrossAllTenants(() -> em.find(Program.class, ofB.getId()));
            forged.setTitleFr("Détourné");
            assertThrows(NotFoundException.class, () -> catalogService.saveProgram(forged, "07", Set.of()));
        }
        String title = tenancy.acrossAllTenants(() -> em.find(Program.class, ofB.getId()).getTitleFr());
        assertEquals("Charpenterie-menuiserie", title);
    }

    private CatalogPage search(String text) {
        return catalog.searchAcrossAllTenants(new CatalogQuery(text, Set.of(), Set.of(), Set.of(), null, null, null,
                false, CatalogQuery.Sort.RELEVANCE, 1));
    }

    /** A new admin of the centre, signed in. */
    private ca.tremplin.tenant.TenantContext.Scope asAdminOf(Tenant tenant) {
        return TestSessions.signedInAs(fixtures.newAccount(tenant, Role.CSS_ADMIN), tenant);
    }

    /** Publishes or archives the program, as its centre's admin signed in does, from the version stored now. */
    private void moveTo(Program program, ProgramStatus status) {
        catalogService.changeStatus(program.getId(), status, catalogService.findProgram(program.getId()).getVersion());
    }

    /** A DEP program of the centre with a code and a word of its own. */
    private Program program(Tenant tenant, String titleFr, String titleEn, boolean published) {
        return fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(), titleFr, titleEn, "07",
                uniqueWord(), published);
    }

    private static Set<Long> ids(CatalogPage page) {
        return Set.copyOf(page.programs().stream().map(ProgramCard::id).toList());
    }

    private static String uniqueWord() {
        return "mot" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
