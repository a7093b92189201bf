package ca.tremplin.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The public offer board and a centre admin's work on offers, against MariaDB: only open offers of active
 * centres are public, search forgets accents and case, filling the last position takes an offer off the
 * board, and neither a forged id nor a stale version changes anything.
 */
class OfferIT extends InServerTest {

    @Inject
    PublicOffers board;

    @Inject
    OfferService offerService;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    @Inject
    ca.tremplin.catalog.CatalogService catalogService;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void theBoardShowsOnlyOpenOffersOfActiveCentres() throws Exception {
        String word = uniqueWord();
        Tenant active = fixtures.newSchoolBoard("board");
        Tenant inactive = fixtures.newSchoolBoard("board-off");
        Offer open = fixtures.newOffer(active, "Garage Lavoie", "Mécanique automobile", "Automotive mechanic", word,
                OfferStatus.OPEN);
        Offer draft = fixtures.newOffer(active, "Garage Lavoie", "Carrosserie", "Auto body repair", word,
                OfferStatus.DRAFT);
        fixtures.newOffer(active, "Garage Lavoie", "Débosselage", "Dent repair", word, OfferStatus.CLOSED);
        Offer filled = fixtures.newOffer(active, "Garage Lavoie", "Peinture automobile", "Car painting", word,
                OfferStatus.FILLED);
        Offer pastDeadline = fixtures.newOffer(active, "Garage Lavoie", "Alignement", "Wheel alignment", "10", word,
                OfferStatus.OPEN, offer -> offer.setApplicationDeadline(java.time.LocalDate.now().minusDays(3)));
        Offer ofInactive = fixtures.newOffer(inactive, "Garage Lavoie", "Mécanique automobile", "Automotive mechanic",
                word, OfferStatus.OPEN);
        fixtures.deactivate(inactive);

        OfferPage page = search(word);

        assertEquals(1, page.total(), "an offer whose deadline to apply has passed takes no applications: not listed");
        assertEquals(List.of(open.getId()), ids(page));
        assertTrue(board.findOpenOfferAcrossAllTenants(active.getSlug(), pastDeadline.getSlug()).isPresent(),
                "its page still answers, for the links already shared");
        OfferCard card = page.offers().get(0);
        assertEquals(active.getSlug(), card.tenantSlug());
        assertEquals(active.getNameFr(), card.tenantNameFr());
        assertEquals(2, card.openPositions());
        assertTrue(board.findOpenOfferAcrossAllTenants(active.getSlug(), open.getSlug()).isPresent());
        assertTrue(board.findOpenOfferAcrossAllTenants(active.getSlug(), draft.getSlug()).isEmpty(),
                "a draft has no public page");
        assertTrue(board.findOpenOfferAcrossAllTenants(inactive.getSlug(), ofInactive.getSlug()).isEmpty(),
                "an inactive centre's offers have no public page");

        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        java.net.http.HttpResponse<String> gone = visitor.get(OfferPaths.offer(java.util.Locale.FRENCH,
                active.getSlug(), filled.getSlug()).substring(1));
        assertEquals(410, gone.statusCode(), "a link an applicant was sent, to a filled offer");
        assertTrue(gone.body().contains("n’est plus ouverte") && gone.body().contains("id=\"gone-next\""),
                "said so, with the open offers next: " + gone.body());
        assertEquals(404, visitor.get(OfferPaths.offer(java.util.Locale.FRENCH, active.getSlug(), draft.getSlug())
                .substring(1)).statusCode(), "a draft was never public");
        java.net.http.HttpResponse<String> applyGone = visitor.get("apply.xhtml?offer=" + filled.getId());
        assertEquals(410, applyGone.statusCode(), "the \"Apply\" link of a filled offer, kept or sent");
        assertTrue(applyGone.body().contains("Cette offre n’est plus ouverte"), applyGone.body());
        assertEquals(java.util.Optional.of("no-store"), applyGone.headers().firstValue("Cache-Control"),
                "not kept by the browser: the offer may open again, and its link must then give the form");
        assertEquals(java.util.Optional.of("no-store"), gone.headers().firstValue("Cache-Control"));
        assertEquals(404, visitor.get("apply.xhtml?offer=" + draft.getId()).statusCode(), "a draft's was never given");
        String late = visitor.get(OfferPaths.offer(java.util.Locale.ENGLISH, active.getSlug(), pastDeadline.getSlug())
                .substring(1)).body();
        assertTrue(late.contains("id=\"offer-closed\"") && late.contains("The deadline to apply to this offer was "
                        + java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH)
                                .format(pastDeadline.getApplicationDeadline())),
                "a shared link past the deadline says so: " + late);
        assertFalse(late.contains("id=\"apply\""), "and offers no way to apply");
        String form = visitor.get("apply.xhtml?offer=" + pastDeadline.getId()).body();
        assertTrue(form.contains("id=\"application-closed\"") && !form.contains("id=\"apply:email\"")
                        && form.contains("La date limite pour postuler à cette offre était le"),
                "the form says it before anything is typed: " + form);
        assertTrue(visitor.get(OfferPaths.offer(java.util.Locale.ENGLISH, active.getSlug(), open.getSlug())
                .substring(1)).body().contains("id=\"apply\""), "an open offer is applied to from its page");
        String pastTheLast = visitor.get("fr/offres?q=" + word + "&page=999").body();
        assertTrue(pastTheLast.contains("Page 1 de 1") && pastTheLast.contains("Mécanique automobile")
                && pastTheLast.contains("page=999"), "a page past the last shows the last, and says so: " + pastTheLast);
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    /**
     * The coordinating organisation closed a centre: the pages of its offers that were public — open, filled, closed,
     * and the address an offer had before its employer was corrected — and their "Apply" links answer 410 with "no
     * longer available" in the address's language and the open offers next, kept by no cache; a draft of it answers
     * 404, as it did while the centre was open.
     */
    @Test
    void theOffersOfACentreClosedSinceAndTheirApplyLinksAreGoneAndItsDraftsNotFound() throws Exception {
        String word = uniqueWord();
        Tenant closing = fixtures.newSchoolBoard("offers-closed");
        UserAccount admin = fixtures.newAccount(closing, Role.CSS_ADMIN);
        Offer open = fixtures.newOffer(closing, "Garage Tremblay", "Mécanique automobile", "Automotive mechanic", word,
                OfferStatus.OPEN);
        Offer filled = fixtures.newOffer(closing, "Garage Tremblay", "Peinture automobile", "Car painting", word,
                OfferStatus.FILLED);
        Offer draft = fixtures.newOffer(closing, "Garage Tremblay", "Carrosserie", "Auto body repair", word,
                OfferStatus.DRAFT);
        String formerSlug = open.getSlug();
        String currentSlug;
        try (var session = TestSessions.signedInAs(admin, closing)) {
            Offer edited = offerService.find(open.getId());
            edited.setEmployerName("Garage Tremblay et fils");
            currentSlug = offerService.save(edited, "10", Set.of()).getSlug();
        }
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        assertEquals(200, visitor.get(OfferPaths.offer(java.util.Locale.FRENCH, closing.getSlug(), currentSlug)
                .substring(1)).statusCode(), "public while the centre is open");

        fixtures.deactivate(closing);

        for (String page : List.of(
                OfferPaths.offer(java.util.Locale.FRENCH, closing.getSlug(), currentSlug).substring(1),
                OfferPaths.offer(java.util.Locale.FRENCH, closing.getSlug(), formerSlug).substring(1),
                OfferPaths.offer(java.util.Locale.FRENCH, closing.getSlug(), filled.getSlug()).substring(1),
                "apply.xhtml?offer=" + open.getId())) {
            ca.tremplin.testsupport.GoneAnswers.assertGone(visitor, page,
                    "Ce centre de services scolaire ne présente plus ses programmes, ses offres", "/fr/offres");
        }
        ca.tremplin.testsupport.GoneAnswers.assertGone(visitor, OfferPaths.offer(java.util.Locale.ENGLISH,
                closing.getSlug(), currentSlug).substring(1),
                "This school service centre no longer presents its programs, offers", "/en/offers");
        assertEquals(404, visitor.get(OfferPaths.offer(java.util.Locale.FRENCH, closing.getSlug(), draft.getSlug())
                .substring(1)).statusCode(), "a draft was never public");
        assertEquals(404, visitor.get("apply.xhtml?offer=" + draft.getId()).statusCode(), "nor its form");
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFindsEachLanguagesWords() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-search");
        Offer mechanics = fixtures.newOffer(tenant, "Garage Bélanger", "Mécanique automobile", "Automotive mechanic",
                word, OfferStatus.OPEN);
        Offer welding = fixtures.newOffer(tenant, "Atelier Côté", "Soudage-montage", "Welding and fitting", word,
                OfferStatus.OPEN);

        assertEquals(List.of(mechanics.getId()), ids(search("MECANIQUE " + word)));
        assertEquals(List.of(mechanics.getId()), ids(search("mécanique " + word.toUpperCase())));
        assertEquals(List.of(mechanics.getId()), ids(search("BÉLANGER " + word)));
        assertEquals(List.of(mechanics.getId()), ids(search("belanger " + word)));
        assertEquals(List.of(mechanics.getId()), ids(search("automotive " + word)));
        assertEquals(List.of(welding.getId()), ids(search("soud " + word)));
        assertEquals(List.of(welding.getId()), ids(search("cote " + word)));
        assertEquals(Set.of(mechanics.getId(), welding.getId()), Set.copyOf(ids(search(word))));
    }

    @Test
    void filtersByRegionEmployerSectorAndStartDateAndListsTheSoonestStartFirst() {
        String word = uniqueWord();
        LocalDate today = LocalDate.now();
        Tenant tenant = fixtures.newSchoolBoard("offer-filters");
        Offer garage = fixtures.newOffer(tenant, "Garage " + word, "Mécanique automobile", "Automotive mechanic",
                "10", word, OfferStatus.OPEN, offer -> {
                    offer.setRegion(QuebecRegion.ESTRIE);
                    offer.setStartDate(today.plusMonths(3));
                });
        Offer carpentry = fixtures.newOffer(tenant, "Construction " + word, "Charpenterie-menuiserie", "Carpentry",
                "07", word, OfferStatus.OPEN, offer -> {
                    offer.setRegion(QuebecRegion.MONTREAL);
                    offer.setStartDate(today.plusMonths(1));
                });
        Offer plumbing = fixtures.newOffer(tenant, "Construction " + word, "Plomberie", "Plumbing", "07", word,
                OfferStatus.OPEN, offer -> {
                    offer.setRegion(QuebecRegion.ESTRIE);
                    offer.setStartDate(today.plusMonths(2));
                });

        assertEquals(List.of(carpentry.getId(), plumbing.getId(), garage.getId()), ids(search(word)));
        assertEquals(List.of(plumbing.getId(), garage.getId()),
                ids(board.boardAcrossAllTenants(new OfferQuery(word, Set.of(QuebecRegion.ESTRIE), null, Set.of(),
                        null, 1), Locale.FRENCH)));
        assertEquals(List.of(carpentry.getId(), plumbing.getId()),
                ids(board.boardAcrossAllTenants(new OfferQuery(word, Set.of(), "Construction " + word, Set.of(),
                        null, 1), Locale.FRENCH)));
        assertEquals(List.of(carpentry.getId(), plumbing.getId()),
                ids(board.boardAcrossAllTenants(new OfferQuery(word, Set.of(), null, Set.of("07"), null, 1),
                        Locale.FRENCH)));
        assertEquals(List.of(plumbing.getId(), garage.getId()),
                ids(board.boardAcrossAllTenants(new OfferQuery(word, Set.of(), null, Set.of(),
                        today.plusMonths(2), 1), Locale.FRENCH)));
        assertEquals(List.of(plumbing.getId()),
                ids(board.boardAcrossAllTenants(new OfferQuery(word, Set.of(QuebecRegion.ESTRIE), null,
                        Set.of("07"), null, 1), Locale.FRENCH)));
    }

    /**
     * Offers starting the same day are listed by their trade in the reader's language, accents among their letters:
     * an English reader does not read them in the order of their French names.
     */
    @Test
    void offersStartingTheSameDayAreListedByTheirTradeInTheReadersLanguage() {
        String word = uniqueWord();
        LocalDate start = LocalDate.now().plusMonths(2);
        Tenant tenant = fixtures.newSchoolBoard("offer-order");
        Offer welding = fixtures.newOffer(tenant, "Atelier " + word, "Soudage-montage", "Welding", "10", word,
                OfferStatus.OPEN, offer -> offer.setStartDate(start));
        Offer cooking = fixtures.newOffer(tenant, "Bistro " + word, "Cuisine", "Professional cooking", "10", word,
                OfferStatus.OPEN, offer -> offer.setStartDate(start));
        Offer electricity = fixtures.newOffer(tenant, "Chantier " + word, "Électricité", "Electricity", "10", word,
                OfferStatus.OPEN, offer -> offer.setStartDate(start));

        assertEquals(List.of(cooking.getId(), electricity.getId(), welding.getId()),
                ids(search(word, Locale.FRENCH)), "Cuisine, Électricité (among the E's), Soudage-montage");
        assertEquals(List.of(electricity.getId(), cooking.getId(), welding.getId()),
                ids(search(word, Locale.ENGLISH)), "Electricity, Professional cooking, Welding");
    }

    @Test
    void anOffersPublicPageListsOnlyItsPublishedPrograms() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-detail");
        Program published = fixtures.newProgram(tenant, ProgramType.DEP, "5298", "Mécanique automobile",
                "Automotive Mechanics", "10", word, true);
        Program draft = fixtures.newProgram(tenant, ProgramType.DEP, "5217", "Carrosserie", "Auto Body Repair", "10",
                word, false);
        Offer offer = fixtures.newOffer(tenant, "Garage Lavoie", "Mécanique automobile", "Automotive mechanic", "10",
                word, OfferStatus.OPEN, details -> details.setContactName("Julie Tremblay"), published, draft);

        OfferDetail detail = board.findOpenOfferAcrossAllTenants(tenant.getSlug(), offer.getSlug()).orElseThrow();

        assertEquals(offer.getId(), detail.card().id());
        assertEquals("Julie Tremblay", detail.contactName());
        assertEquals(new BigDecimal("21.50"), detail.card().hourlyWageCad());
        assertEquals(1, detail.programs().size());
        assertEquals(published.getSlugFr(), detail.programs().get(0).slugFr());
    }

    @Test
    void fillingEveryPositionMakesTheOfferFilledAndTakesItOffTheBoard() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-fill");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Offer offer = fixtures.newOffer(tenant, "Scierie Gauthier", "Mécanique industrielle", "Industrial mechanic",
                word, OfferStatus.OPEN);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer partly = offerService.recordFilledPositions(offer.getId(), 1, offer.getVersion());
            assertEquals(OfferStatus.OPEN, partly.getStatus());
            assertEquals(1, search(word).offers().get(0).openPositions());

            Offer full = offerService.recordFilledPositions(offer.getId(), 2, partly.getVersion());
            assertEquals(OfferStatus.FILLED, full.getStatus());
        }
        assertEquals(0, search(word).total());
        assertTrue(board.findOpenOfferAcrossAllTenants(tenant.getSlug(), offer.getSlug()).isEmpty());
    }

    @Test
    void anAdminCreatesADraftLinkedToTheCentresOwnPrograms() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-create");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5298", "Mécanique automobile",
                "Automotive Mechanics", "10", word, true);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer saved = offerService.save(form("Garage " + word), "10", Set.of(program.getId()));
            assertEquals(OfferStatus.DRAFT, saved.getStatus());
            assertEquals("garage-" + word + "-mecanique-automobile", saved.getSlug());
            assertEquals(List.of(program.getId()), saved.getPrograms().stream().map(Program::getId).toList());
            assertEquals(0, search(word).total(), "a draft is not on the board");

            long version = offerService.find(saved.getId()).getVersion();
            Offer opened = offerService.changeStatus(saved.getId(), OfferStatus.OPEN, version);
            assertEquals(List.of(opened.getId()), ids(search(word)));

            BusinessRuleException twin = assertThrows(BusinessRuleException.class,
                    () -> offerService.save(form("Garage " + word), "10", Set.of()));
            assertEquals("offer.alreadyExists", twin.messageKey());
        }
    }

    /**
     * "Cœur" in an employer's name: the offer's address is one the site reads (a-z, 0-9, hyphens), and "coeur" typed
     * without the ligature's key finds it. A deadline set in the past, which would take the offer off the public
     * pages without a word, is refused; an offer whose deadline passed is still edited. A link to a program since
     * archived, which the form's list no longer offers, stays when the offer is saved.
     */
    @Test
    void anOffersAddressIsReadableItsDeadlineToComeAndItsLinksToArchivedProgramsKept() throws Exception {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-coeur");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program kept = fixtures.newProgram(tenant, ProgramType.DEP, "5270", "Boulangerie", "Bread Making", "10", word,
                true);
        Program archived = fixtures.newProgram(tenant, ProgramType.DEP, "5297", "Pâtisserie", "Pastry", "10", word,
                true);
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer coeur = form("Boulangerie Cœur de blé " + word);
            coeur.setApplicationDeadline(LocalDate.now().minusDays(3));
            BusinessRuleException past = assertThrows(BusinessRuleException.class,
                    () -> offerService.save(coeur, "10", Set.of(kept.getId(), archived.getId())));
            assertEquals("offer.deadlinePassed", past.messageKey());

            coeur.setApplicationDeadline(LocalDate.now().plusDays(10));
            Offer saved = offerService.save(coeur, "10", Set.of(kept.getId(), archived.getId()));
            assertEquals("boulangerie-coeur-de-ble-" + word + "-mecanique-automobile", saved.getSlug());
            long version = offerService.find(saved.getId()).getVersion();
            offerService.changeStatus(saved.getId(), OfferStatus.OPEN, version);
            assertEquals(List.of(saved.getId()), ids(search("coeur " + word)), "found as typed without the key");
            assertTrue(board.findOpenOfferAcrossAllTenants(tenant.getSlug(), saved.getSlug()).isPresent());

            catalogService.changeStatus(archived.getId(), ca.tremplin.catalog.ProgramStatus.ARCHIVED,
                    catalogService.findProgram(archived.getId()).getVersion());
            Offer edited = offerService.find(saved.getId());
            edited.setDescriptionFr("Boulangerie artisanale, four à bois.");
            Offer resaved = offerService.save(edited, "10", Set.of(kept.getId()));
            assertEquals(Set.of(kept.getId(), archived.getId()),
                    resaved.getPrograms().stream().map(Program::getId).collect(java.util.stream.Collectors.toSet()),
                    "the archived program's link stays");
        }
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer old = offerService.save(form("Boulangerie passée " + word), "10", Set.of());
            rows.execute("update offer set application_deadline = current_date - interval 5 day where id = ?",
                    old.getId());
            Offer stale = offerService.find(old.getId());
            stale.setDescriptionFr("Texte corrigé.");
            assertEquals("Texte corrigé.", offerService.save(stale, "10", Set.of()).getDescriptionFr(),
                    "an offer whose deadline has passed is still edited, its deadline as it was");
        }
    }

    @Test
    void anAddressFromBeforeTheEmployerOrTradeWasCorrectedLeadsToTheOfferForGood() throws Exception {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-renamed");
        Tenant other = fixtures.newSchoolBoard("offer-renamed-other");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Offer offer = fixtures.newOffer(tenant, "Garage Lavoi " + word, "Mécanique automobile", "Automotive mechanic",
                word, OfferStatus.OPEN);
        String first = offer.getSlug();
        String second;
        String current;
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer typo = offerService.find(offer.getId());
            typo.setEmployerName("Garage Lavoie " + word);
            second = offerService.save(typo, "10", Set.of()).getSlug();
            Offer trade = offerService.find(offer.getId());
            trade.setTradeFr("Mécanique de véhicules lourds");
            current = offerService.save(trade, "10", Set.of()).getSlug();
        }
        assertEquals("garage-lavoie-" + word + "-mecanique-de-vehicules-lourds", current);
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);

        for (String former : List.of(first, second)) {
            java.net.http.HttpResponse<String> moved = visitor.get(OfferPaths.offer(java.util.Locale.ENGLISH,
                    tenant.getSlug(), former).substring(1) + "?utm_source=affiche&utm_campaign=hiver");
            assertEquals(301, moved.statusCode(), "a link shared before the correction: " + former);
            assertTrue(moved.headers().firstValue("Location").orElseThrow()
                    .endsWith(OfferPaths.offer(java.util.Locale.ENGLISH, tenant.getSlug(), current)
                            + "?utm_source=affiche&utm_campaign=hiver"), "the campaign's attribution goes along: "
                    + moved.headers().firstValue("Location").orElseThrow());
        }
        assertEquals(200, visitor.get(OfferPaths.offer(java.util.Locale.FRENCH, tenant.getSlug(), current)
                .substring(1)).statusCode());
        assertEquals(404, visitor.get(OfferPaths.offer(java.util.Locale.FRENCH, other.getSlug(), first)
                .substring(1)).statusCode(), "another centre's address is not this offer's");
    }

    @Test
    void anAdminCannotReadOrEditAnotherCentresOfferByForgedId() {
        String word = uniqueWord();
        Tenant a = fixtures.newSchoolBoard("offer-a");
        Tenant b = fixtures.newSchoolBoard("offer-b");
        UserAccount adminOfA = fixtures.newAccount(a, Role.CSS_ADMIN);
        Offer ofB = fixtures.newOffer(b, "Garage Lavoie", "Mécanique automobile", "Automotive mechanic", word,
                OfferStatus.OPEN);
        Program programOfB = fixtures.newProgram(b, ProgramType.DEP, "5298", "Mécanique automobile",
                "Automotive Mechanics", "10", word, true);

        try (var session = TestSessions.signedInAs(adminOfA, a)) {
            assertThrows(NotFoundException.class, () -> offerService.find(ofB.getId()));
            assertThrows(NotFoundException.class,
                    () -> offerService.changeStatus(ofB.getId(), OfferStatus.CLOSED, ofB.getVersion()));
            assertThrows(NotFoundException.class,
                    () -> offerService.recordFilledPositions(ofB.getId(), 2, ofB.getVersion()));
            Offer forged = tenancy.acrossAllTenants(() -> em.find(Offer.class, ofB.getId()));
            forged.setTradeFr("Détourné");
            assertThrows(NotFoundException.class, () -> offerService.save(forged, "10", Set.of()));
            assertThrows(NotFoundException.class,
                    () -> offerService.save(form("Garage " + word), "10", Set.of(programOfB.getId())));
            assertEquals(0, offerService.count(word, null), "nothing was created in A either");
        }
        Offer stored = tenancy.acrossAllTenants(() -> em.find(Offer.class, ofB.getId()));
        assertEquals("Mécanique automobile", stored.getTradeFr());
        assertEquals(OfferStatus.OPEN, stored.getStatus());
        assertEquals(0, stored.getPositionsFilled());
    }

    @Test
    void aStaleVersionIsAConflictNeverAnOverwrite() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-stale");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Offer offer = fixtures.newOffer(tenant, "Boulangerie Au Pain doré", "Boulangerie", "Baking", word,
                OfferStatus.OPEN);
        long startedFrom = offer.getVersion();

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer edited = offerService.find(offer.getId());
            Offer closed = offerService.changeStatus(offer.getId(), OfferStatus.CLOSED, startedFrom);
            assertEquals(startedFrom + 1, closed.getVersion());

            assertConflict(() -> offerService.recordFilledPositions(offer.getId(), 1, startedFrom));
            assertConflict(() -> offerService.changeStatus(offer.getId(), OfferStatus.OPEN, startedFrom));
            edited.setTradeFr("Pâtisserie");
            assertConflict(() -> offerService.save(edited, "03", Set.of()));

            Offer reopened = offerService.changeStatus(offer.getId(), OfferStatus.OPEN, closed.getVersion());
            assertEquals(OfferStatus.OPEN, reopened.getStatus());
        }
        Offer stored = tenancy.acrossAllTenants(() -> em.find(Offer.class, offer.getId()));
        assertEquals("Boulangerie", stored.getTradeFr());
        assertEquals(0, stored.getPositionsFilled());
    }

    /**
     * An offer's history says who changed it, when, from what to what — its positions, its deadline, its description
     * by its lengths, its closing —, newest first; another centre's admin neither opens it by the offer's id nor reads
     * its lines.
     */
    @Test
    void anOffersHistorySaysWhoChangedWhatAndWhenToItsOwnCentreOnly() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-history");
        Tenant other = fixtures.newSchoolBoard("offer-history-other");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount otherAdmin = fixtures.newAccount(other, Role.CSS_ADMIN);
        Offer offer = fixtures.newOffer(tenant, "Garage Roy", "Carrosserie", "Auto body repair", word,
                OfferStatus.OPEN);
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        LocalDate deadline = LocalDate.now().plusMonths(1);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer edited = offerService.find(offer.getId());
            int formerLength = edited.getDescriptionFr().length();
            edited.setPositions(3);
            edited.setApplicationDeadline(deadline);
            edited.setDescriptionFr("Poste " + word + " en carrosserie, avec un compagnon d’expérience.");
            Offer saved = offerService.save(edited, "10", Set.of());
            offerService.changeStatus(offer.getId(), OfferStatus.CLOSED, saved.getVersion());

            ca.tremplin.security.ChangeLines history = offerService.history(offer.getId(), 20);
            assertEquals(List.of("OPEN → CLOSED",
                            "DESCRIPTION_FR {" + formerLength + " → " + saved.getDescriptionFr().length() + "}",
                            "DEADLINE (— → " + deadline + ")", "POSITIONS (2 → 3)"),
                    history.lines().stream().map(ca.tremplin.security.StaffChange::getDetail).toList(),
                    "newest first, the description by its lengths without either text");
            history.lines().forEach(line -> {
                assertEquals(admin.getId(), line.getActorId());
                assertEquals("Amani Nyambura", history.who(line));
                assertFalse(line.getChangedAt().isBefore(before));
            });
        }
        assertAnotherCentreReadsNoLineOf(offer.getId(), otherAdmin, other);
    }

    /**
     * An offer's new contact at the employer is in its history as changed, without the person's name, e-mail or phone,
     * and its publication with it, read in the admin's words; an edit refused with the opening it came with leaves no
     * line; another centre's admin reads none of them whatever the id.
     */
    @Test
    void anOffersContactChangeIsInItsHistoryWithoutThePersonsValuesAndARefusedEditLeavesNoLine() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-contact-history");
        Tenant other = fixtures.newSchoolBoard("offer-contact-history-other");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount otherAdmin = fixtures.newAccount(other, Role.CSS_ADMIN);
        Offer offer = fixtures.newOffer(tenant, "Garage Roy", "Carrosserie", "Auto body repair", "10", word,
                OfferStatus.DRAFT, details -> details.setContactName("Julie Tremblay"));
        Offer filled = fixtures.newOffer(tenant, "Garage Roy", "Soudage", "Welding", "10", word,
                OfferStatus.FILLED, details -> { });

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer edited = offerService.find(offer.getId());
            edited.setContactName("Marc Gagnon");
            edited.setContactEmail("marc.gagnon@garage-roy.example");
            offerService.saveAndChangeStatus(edited, "10", Set.of(), OfferStatus.OPEN);

            Offer reopened = offerService.find(filled.getId());
            reopened.setContactName("Marc Gagnon");
            assertEquals("offer.noOpenPosition", assertThrows(BusinessRuleException.class,
                    () -> offerService.saveAndChangeStatus(reopened, "10", Set.of(), OfferStatus.OPEN)).messageKey());

            ca.tremplin.security.ChangeLines history = offerService.history(offer.getId(), 20);
            assertEquals(List.of("DRAFT → OPEN", "CONTACT_EMAIL", "CONTACT_NAME"),
                    history.lines().stream().map(ca.tremplin.security.StaffChange::getDetail).toList(),
                    "newest first, no one's name nor address");
            assertEquals(List.of("Brouillon → Ouverte", "courriel de la personne-ressource modifié",
                            "personne-ressource modifiée"),
                    history.lines().stream().map(line -> line.detailIn(java.util.Locale.CANADA_FRENCH))
                            .toList());
            assertFalse(history.lines().stream().anyMatch(line -> line.getDetail() != null
                    && (line.getDetail().contains("Gagnon") || line.getDetail().contains("Tremblay"))));
            assertEquals(List.of(), offerService.history(filled.getId(), 20).lines(),
                    "the refused opening saved nothing of the edit, nor a line");
        }
        assertAnotherCentreReadsNoLineOf(offer.getId(), otherAdmin, other);
    }

    /** Another centre's admin neither opens the offer's history by its id nor reads its lines (the tenant filter). */
    private void assertAnotherCentreReadsNoLineOf(long offerId, UserAccount admin, Tenant centre) {
        try (var session = TestSessions.signedInAs(admin, centre)) {
            assertThrows(NotFoundException.class, () -> offerService.history(offerId, 20));
            assertEquals(List.of(), changes.ofRecord(ca.tremplin.security.StaffChange.Subject.OFFER, offerId, 20)
                    .lines(), "the tenant filter keeps its lines out whatever the id");
        }
    }

    private static void assertConflict(Executable change) {
        BusinessRuleException conflict = assertThrows(BusinessRuleException.class, change);
        assertEquals("conflict.modifiedMeanwhile", conflict.messageKey());
    }

    /** What an admin would type in the offer form. */
    /**
     * An offer deleted while it was public (nobody had applied): a link to it — at its address, or at one it had before
     * its employer was corrected — answers 410 and the "no longer available" page, the open offers next; the sitemap
     * no longer names it. A draft deleted, never public, answers 404.
     */
    @Test
    void anOfferDeletedWhilePublicAnswersGoneAtEveryAddressItHadAndADraftDeletedNotFound() throws Exception {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-gone");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        String formerSlug;
        Offer open;
        Offer draft;
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer saved = offerService.save(form("Garage " + word), "10", Set.of());
            formerSlug = saved.getSlug();
            offerService.changeStatus(saved.getId(), OfferStatus.OPEN, offerService.find(saved.getId()).getVersion());
            Offer renamed = offerService.find(saved.getId());
            renamed.setEmployerName("Garage Lavoie " + word);
            open = offerService.save(renamed, "10", Set.of());
            draft = offerService.save(form("Atelier " + word), "10", Set.of());
        }
        String page = OfferPaths.offer(java.util.Locale.FRENCH, tenant.getSlug(), open.getSlug()).substring(1);
        assertEquals(200, visitor.get(page).statusCode());
        assertTrue(visitor.get("sitemap.xml").body().contains(open.getSlug()), "listed while public");

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            assertTrue(offerService.remove(open.getId(), offerService.find(open.getId()).getVersion()));
            assertTrue(offerService.remove(draft.getId(), offerService.find(draft.getId()).getVersion()));
        }

        for (String address : List.of(page, OfferPaths.offer(java.util.Locale.FRENCH, tenant.getSlug(), formerSlug)
                .substring(1))) {
            java.net.http.HttpResponse<String> gone = visitor.get(address);
            assertEquals(410, gone.statusCode(), address);
            assertTrue(gone.body().contains("Cette offre a été retirée par le centre et n’est plus offerte.")
                    && gone.body().contains("id=\"gone-next\" href=\"/fr/offres\""), gone.body());
            assertEquals(java.util.Optional.of("no-store"), gone.headers().firstValue("Cache-Control"));
        }
        assertEquals(404, visitor.get(OfferPaths.offer(java.util.Locale.FRENCH, tenant.getSlug(), draft.getSlug())
                .substring(1)).statusCode(), "a draft deleted was never public");
        assertFalse(visitor.get("sitemap.xml").body().contains(open.getSlug()), "the sitemap no longer names it");
    }

    /**
     * An open offer whose last day to apply passed is listed nowhere: staff read it as such ("Open, deadline passed
     * (not listed)"), not as open. Closed, it is not opened again while its deadline stays past — said with that day,
     * nothing changed —, nor is a draft whose deadline passed; a later deadline set in the same click opens it.
     */
    @Test
    void anOfferPastItsDeadlineSaysItIsNotListedAndIsOpenedOnlyWithADeadlineToCome() {
        String word = uniqueWord();
        Tenant tenant = fixtures.newSchoolBoard("offer-expired");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        LocalDate past = LocalDate.now().minusDays(3);
        Offer expired = fixtures.newOffer(tenant, "Menuiserie Roy", "Ébénisterie", "Cabinetmaking", "10", word,
                OfferStatus.OPEN, offer -> offer.setApplicationDeadline(past));
        Offer draft = fixtures.newOffer(tenant, "Menuiserie Roy", "Finition", "Finishing", "10", word,
                OfferStatus.DRAFT, offer -> offer.setApplicationDeadline(past));

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Offer shown = offerService.find(expired.getId());
            assertEquals("offer.status.openDeadlinePassed", offerService.statusKey(shown));
            assertTrue(offerService.openPastDeadline(shown));
            assertEquals(0, search(word).total(), "listed nowhere");

            Offer closed = offerService.changeStatus(expired.getId(), OfferStatus.CLOSED, shown.getVersion());
            assertEquals("offer.status.CLOSED", offerService.statusKey(closed));
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> offerService.changeStatus(expired.getId(), OfferStatus.OPEN, closed.getVersion()));
            assertEquals("offer.openDeadlinePassed", refused.messageKey());
            assertTrue(refused.localizedMessage(java.util.Locale.FRENCH).contains("est passée"),
                    refused.localizedMessage(java.util.Locale.FRENCH));
            assertEquals(OfferStatus.CLOSED, offerService.find(expired.getId()).getStatus(), "nothing changed");
            assertEquals("offer.openDeadlinePassed", assertThrows(BusinessRuleException.class,
                    () -> offerService.changeStatus(draft.getId(), OfferStatus.OPEN,
                            offerService.find(draft.getId()).getVersion())).messageKey(), "a draft neither");

            Offer edited = offerService.find(expired.getId());
            edited.setApplicationDeadline(LocalDate.now().plusWeeks(2));
            Offer reopened = offerService.saveAndChangeStatus(edited, "10", Set.of(), OfferStatus.OPEN);
            assertEquals(OfferStatus.OPEN, reopened.getStatus());
            assertEquals("offer.status.OPEN", offerService.statusKey(reopened));
            assertFalse(offerService.openPastDeadline(reopened));
        }
        assertEquals(List.of(expired.getId()), ids(search(word)), "listed again");
    }

    /**
     * A board's address may choose several regions and sectors (a link shared, a bookmark): its search form shows each
     * of them ticked, names them in its closed lists, and "Search" — a plain GET, scripts or not — sends them all again,
     * so that typing a word keeps every offer the address showed.
     */
    @Test
    void theBoardsFormKeepsEveryRegionAndSectorTheAddressChose() throws Exception {
        String word = uniqueWord();
        Tenant centre = fixtures.newSchoolBoard("board-choices");
        fixtures.newOffer(centre, "Métallurgie Nadeau", "Soudeur", "Welder", "16", word,
                OfferStatus.OPEN, offer -> offer.setRegion(QuebecRegion.MAURICIE));
        fixtures.newOffer(centre, "Construction Roy", "Charpentier", "Carpenter", "07", word,
                OfferStatus.OPEN, offer -> offer.setRegion(QuebecRegion.ESTRIE));
        fixtures.newOffer(centre, "Boulangerie Côté", "Boulanger", "Baker", "03", word, OfferStatus.OPEN,
                offer -> offer.setRegion(QuebecRegion.ESTRIE));
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        String address = "fr/offres?q=" + word + "&region=MAURICIE&region=ESTRIE&sector=16&sector=07";

        String page = visitor.get(address).body();
        assertTrue(page.contains("Soudeur") && page.contains("Charpentier") && !page.contains("Boulanger"), page);
        String form = page.substring(page.indexOf("<form class=\"search-form"), page.indexOf("</form>"));
        for (String chosen : List.of("MAURICIE", "ESTRIE", "16", "07")) {
            assertTrue(java.util.regex.Pattern.compile("<input type=\"checkbox\"[^>]*value=\"" + chosen
                    + "\"[^>]*checked=\"checked\"").matcher(form).find(), chosen + " ticked in " + form);
        }
        assertFalse(java.util.regex.Pattern.compile("value=\"CAPITALE_NATIONALE\"[^>]*checked").matcher(form)
                .find(), "a region the address did not choose is not ticked");
        assertTrue(form.contains("Mauricie, Estrie") && form.contains("Bâtiment et travaux publics, Métallurgie"),
                "each closed list names what it holds: " + form);
        assertTrue(form.contains("<legend class=\"visually-hidden\">Région administrative</legend>"),
                "each list of boxes is a group named for a screen reader");

        String searched = visitor.get("fr/offres?" + submitted(form)).body();
        assertTrue(searched.contains("Soudeur") && searched.contains("Charpentier") && !searched.contains("Boulanger"),
                "\"Rechercher\" keeps both regions and both sectors: " + submitted(form));
    }

    /** What a browser sends for a GET form as it stands: its text fields, its hidden ones, its ticked boxes. */
    private static String submitted(String form) {
        java.util.regex.Matcher inputs = java.util.regex.Pattern.compile("<input([^>]*)>").matcher(form);
        List<String> sent = new java.util.ArrayList<>();
        while (inputs.find()) {
            String input = inputs.group(1);
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(input);
            java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(input);
            if (!name.find() || input.contains("type=\"checkbox\"") && !input.contains("checked")) {
                continue;
            }
            sent.add(name.group(1) + "=" + java.net.URLEncoder.encode(value.find() ? value.group(1) : "",
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return String.join("&", sent);
    }

    private static Offer form(String employerName) {
        Offer offer = new Offer();
        offer.setEmployerName(employerName);
        offer.setCity("Shawinigan");
        offer.setRegion(QuebecRegion.MAURICIE);
        offer.setKind(OfferKind.WORK_STUDY);
        offer.setTradeFr("Mécanique automobile");
        offer.setTradeEn("Automotive mechanic");
        offer.setPositions(3);
        offer.setHourlyWageCad(new BigDecimal("22.75"));
        offer.setStartDate(LocalDate.now().plusMonths(2));
        offer.setApplicationDeadline(LocalDate.now().plusMonths(1));
        offer.setDescriptionFr("Garage de quartier. Entretien de véhicules légers.");
        offer.setDescriptionEn("Neighbourhood garage. Light-vehicle maintenance.");
        return offer;
    }

    private OfferPage search(String text) {
        return search(text, Locale.FRENCH);
    }

    private OfferPage search(String text, Locale language) {
        return board.boardAcrossAllTenants(new OfferQuery(text, Set.of(), null, Set.of(), null, 1), language);
    }

    private static List<Long> ids(OfferPage page) {
        return page.offers().stream().map(OfferCard::id).toList();
    }

    private static String uniqueWord() {
        return "mot" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
