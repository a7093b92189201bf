package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.tremplin.tenant.QuebecRegion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue index's text search with Lucene, as a visitor types: without accents or case, a word's
 * beginning, either language, codes; titles first. The database side is covered by PublicCatalogIT.
 */
class CatalogIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final List<IndexedProgram> published = new ArrayList<>();
    private CatalogIndex index;

    @BeforeEach
    void openIndex() {
        published.add(program(1, "5195", "Soudage-montage", "Welding and Fitting",
                "Assembler des pièces de métal par soudage."));
        published.add(program(2, "5298", "Mécanique automobile", "Automotive Mechanics",
                "Diagnostiquer et réparer des véhicules."));
        published.add(program(3, "5311", "Cuisine", "Professional Cooking",
                "Cuisine d'établissement; notions de mécanique des fluides en cuisson."));
        index = ProgramsInMemory.index(published);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void aSearchBeforeTheFirstBuildWaitsForItRatherThanFindingNothing() throws Exception {
        CatalogIndex starting = new CatalogIndex();
        starting.loader = index.loader;
        starting.open();
        try {
            CompletableFuture<List<Long>> early = CompletableFuture.supplyAsync(
                    () -> starting.search(query("soudage"), TODAY).programs().stream().map(ProgramCard::id).toList());
            assertFalse(early.isDone(), "nothing can answer before the index is built");
            starting.rebuild();
            assertEquals(List.of(1L), early.get(30, TimeUnit.SECONDS));
        } finally {
            starting.close();
        }
    }

    @Test
    void findsWordsWithoutCaseOrAccentsInEitherLanguage() {
        assertEquals(List.of(2L, 3L), found("MECANIQUE"));
        assertEquals(List.of(1L), found("soudage"));
        assertEquals(List.of(1L), found("Welding"));
        assertEquals(List.of(2L), found("automotive mécanique"), "every word must match");
    }

    /**
     * A visitor abroad types on a phone without accents, with a capital the keyboard put there, and a slip: the
     * program is still found, in French and in English.
     */
    @Test
    void findsAProgramTypedWithoutAccentsAndWithASlip() {
        published.add(program(6, "5260", "Mécanique industrielle de construction et d'entretien",
                "Industrial Construction and Maintenance Mechanics", "Métier : mécanicien industriel."));
        published.add(program(7, "5281", "Électromécanique de systèmes automatisés",
                "Automated Systems Electromechanics", "Métier : électromécanicien."));
        index.rebuild();

        assertEquals(List.of(6L), found("mecanique industriel"));
        assertEquals(List.of(6L), found("Mecanique Industrielle"));
        assertEquals(List.of(7L), found("electromecanique"));
        assertEquals(List.of(7L), found("Électromecanique"));
        assertEquals(List.of(6L), found("mecaniqe industriel"), "a slip and no accent");
        assertEquals(List.of(7L), found("electromecaniqe"), "a slip and no accent");
        assertEquals(List.of(7L), found("elecrtomecanique"), "two letters swapped");
        assertEquals(List.of(6L), found("industial mechanics"), "in English, with a slip");
        assertEquals(List.of(7L), found("electromechanic"), "in English, the beginning of a word");
        assertEquals(List.of(7L), found("electromecanicienne"), "the trade in the feminine, without accents");
    }

    @Test
    void findsTheBeginningOfAWordAndCodes() {
        assertEquals(List.of(1L), found("soud"));
        assertEquals(List.of(1L), found("5195"));
        assertEquals(List.of(1L), found("DEP 5195"));
    }

    @Test
    void aTitleMatchRanksBeforeADescriptionMatch() {
        assertEquals(List.of(2L, 3L), found("mécanique"), "Mécanique automobile before Cuisine (description)");
    }

    /**
     * A program's text names its trades in the masculine ("coiffeur"): a woman who types hers ("coiffeuse") finds
     * it, and so does "hairdresser" the English program named "Hairdressing"; the word typed still ranks first.
     */
    @Test
    void aTradeTypedInTheFeminineOrAsItsWorkerFindsTheProgram() {
        published.add(program(4, "5245", "Coiffure", "Hairdressing", "Métiers : coiffeur, barbier."));
        published.add(program(5, "5317", "Électricité", "Electricity", "Métier : électricien de construction."));
        index.rebuild();

        assertEquals(List.of(4L), found("coiffeuse"));
        assertEquals(List.of(4L), found("hairdresser"));
        assertEquals(List.of(5L), found("électricienne"));
        assertEquals(List.of(1L), found("welder"), "Welding and Fitting");
        assertEquals(List.of(1L), found("soudeuse"), "the welder's trade: Soudage-montage");
        assertEquals(List.of(4L), found("coiffeuses"), "a plural finds what its singular finds");
        assertEquals(List.of(5L), found("électriciens"));
        assertEquals(List.of(1L), found("welders"));
    }

    /**
     * A worker's name finds the program titled by the trade ("conducteur d'engins": "Conduite d'engins de
     * chantier"), before a program whose description only names the worker.
     */
    @Test
    void aWorkersNameFindsTheTradeFirst() {
        published.add(program(6, "5165", "Chaudronnerie", "Boilermaking", "Métiers : chaudronnier, soudeur."));
        published.add(program(7, "5220", "Conduite d'engins de chantier", "Heavy Equipment Operation",
                "Conduire des engins de chantier."));
        published.add(program(8, "5331", "Mécanique d'engins de chantier", "Heavy Equipment Mechanics",
                "Entretenir des engins de chantier."));
        index.rebuild();

        assertEquals(List.of(1L, 6L), found("soudeuse"), "Soudage-montage by its title, then Chaudronnerie");
        assertEquals(List.of(7L), found("conductrice d'engins"));
        assertEquals(List.of(7L), found("conducteur d’engins de chantier"));
        assertEquals(List.of(6L), found("chaudronnière"));
        assertEquals(List.of(2L, 8L, 3L), found("mécanicien"), "both Mécanique programs by their titles first");
    }

    /**
     * A student adds the place to the trade, as the cards show it: the centre's name or its region, in either
     * language, accents or not. The trade still has to match.
     */
    @Test
    void aPlaceTypedBesideTheTradeFindsTheProgramsGivenThere() {
        published.add(program(9, "5195", "Soudage-montage", "Welding and Fitting", "Assembler des pièces de métal.",
                "css-laval", "Centre de services scolaire de Laval", "Laval School Service Centre", QuebecRegion.LAVAL));
        published.add(program(10, "5195", "Soudage-montage", "Welding and Fitting", "Assembler des pièces de métal.",
                "css-sherbrooke", "CSS de la Région-de-Sherbrooke", "Région-de-Sherbrooke SSC", QuebecRegion.ESTRIE));
        index.rebuild();

        assertEquals(List.of(9L), found("soudage laval"));
        assertEquals(List.of(10L), found("welding sherbrooke"), "the centre's name");
        assertEquals(List.of(10L), found("soudeuse Estrie"), "the region's name");
        assertEquals(List.of(1L), found("welding montreal"), "Montréal without its accent");
        assertEquals(List.of(), found("cuisine laval"), "the trade still has to match");
    }

    /**
     * A visitor types their trade with a slip of the keyboard, in French or in English, accents or not: the program is
     * still found, first. One letter may differ in a word of four to seven letters, two in a longer one.
     */
    @Test
    void aTradeTypedWithASlipStillFindsItsProgramFirst() {
        addTrades();

        assertEquals(11L, found("soudrue").get(0), "soudure, two letters swapped");
        assertEquals(List.of(2L), found("mécanique automobil"));
        assertEquals(List.of(2L), found("mecanique automobyle"));
        assertEquals(List.of(2L), found("mecaniqeu automobile"), "two slips in a long word");
        assertEquals(List.of(5L), found("electricte"));
        assertEquals(List.of(5L), found("Électrcité"));
        assertEquals(List.of(4L), found("plomberi"));
        assertEquals(List.of(4L), found("plombrie"));
        assertEquals(List.of(3L), found("cuisinne"));
        assertEquals(List.of(3L), found("profesional cooking"));
        assertEquals(List.of(4L), found("plumbng"));
        assertEquals(List.of(5L), found("electrcity"));
        assertEquals(11L, index.matching("soudrue", 5).get(0).id(), "the information form's chooser finds it too");
    }

    /**
     * The programs whose words were typed as written come before those found through a slip, whatever their
     * weight: a visitor who typed "peinture" correctly sees the painting program first, not the painter's.
     */
    @Test
    void aWordTypedRightOutranksItsNeighboursASlipAway() {
        published.add(program(12, "5116", "Décoration intérieure et présentation visuelle", "Interior Decorating",
                "Aménager des espaces : couleurs, mobilier, éclairage, tissus, accessoires, peinture; le bâtiment."));
        published.add(program(13, "5322", "Peintre en bâtiment", "Painter",
                "Peintre : préparer les surfaces. Peintre : appliquer les finis. Peintre d'intérieur."));
        index.rebuild();

        assertEquals(List.of(12L, 13L), found("peinture bâtiment"),
                "found as typed in a description, then a slip away from the title");
        assertEquals(List.of(13L, 12L), found("peintre batiment"));
    }

    /** A short word is taken as typed: one letter changed in three is another word, not a slip. */
    @Test
    void aShortWordOrACodeFindsNoUnrelatedProgram() {
        addTrades();
        published.add(program(14, "5291", "Transport par camion", "Trucking", "Cas pratiques; bac de chargement."));
        index.rebuild();

        assertEquals(List.of(), found("cap"), "not \"cas\", not \"bac\"");
        assertEquals(List.of(), found("gaz"));
        assertEquals(List.of(), found("5159"), "a code is not a word with a slip: 5195 is another program");
        assertEquals(List.of(), found("zzzz"));
    }

    private void addTrades() {
        published.add(program(4, "5333", "Plomberie et chauffage", "Plumbing and Heating",
                "Installer et réparer la tuyauterie et les appareils sanitaires."));
        published.add(program(5, "5295", "Électricité", "Electricity", "Métier : électricien de construction."));
        published.add(program(11, "5234", "Soudage haute pression", "High Pressure Welding",
                "Souder des tuyaux sous pression; soudure à l'arc."));
        index.rebuild();
    }

    @Test
    void operatorsAndSymbolsAreOrdinaryText() {
        assertEquals(List.of(1L), found("+soudage* \"AND\" (montage)"));
        assertEquals(3, index.search(query("*"), TODAY).total(), "nothing searchable typed: everything");
    }

    @Test
    void aProgramNoLongerPublicLeavesTheIndexOnRefresh() {
        published.removeIf(program -> program.id() == 1L);

        index.refresh(Set.of(1L), Set.of());

        assertEquals(List.of(), found("soudage"));
        assertEquals(2, index.size());
    }

    @Test
    void givesThePublishedProgramsAmongIdsInAlphabeticalOrder() {
        assertEquals(List.of(3L, 2L, 1L), index.published(List.of(1L, 2L, 3L, 2L, 99L)).stream()
                .map(IndexedProgram::id).toList(), "Cuisine, Mécanique, Soudage; once each; 99 is not public");

        published.removeIf(program -> program.id() == 3L);
        index.refresh(Set.of(3L), Set.of());

        assertEquals(List.of(2L), index.published(List.of(3L, 2L)).stream().map(IndexedProgram::id).toList(),
                "a program withdrawn is no longer offered to the form");
    }

    private List<Long> found(String typed) {
        return index.search(query(typed), TODAY).programs().stream().map(ProgramCard::id).toList();
    }

    private static CatalogQuery query(String text) {
        return new CatalogQuery(text, Set.of(), Set.of(), Set.of(), null, null, null, false,
                CatalogQuery.Sort.RELEVANCE, 1);
    }

    private static IndexedProgram program(long id, String code, String titleFr, String titleEn, String description,
                                          String tenantSlug, String tenantFr, String tenantEn, QuebecRegion region) {
        ProgramCard card = new ProgramCard(id, tenantSlug, tenantFr, tenantEn, region, ProgramType.DEP, code,
                titleFr, titleEn, SearchText.slug(titleFr), SearchText.slug(titleEn), "16", 1800, 18, "fr",
                BigDecimal.valueOf(15_000), TuitionBasis.PROGRAM, null);
        return new IndexedProgram(card, id, SearchText.of("DEP", code, titleFr, titleEn),
                SearchText.of("DEP", code, titleFr, titleEn, description), SearchText.of(titleFr),
                SearchText.of(titleEn), new LocalDate[0]);
    }

    private static IndexedProgram program(long id, String code, String titleFr, String titleEn, String description) {
        ProgramCard card = new ProgramCard(id, "css", "CSS", "CSS", QuebecRegion.MONTREAL, ProgramType.DEP, code,
                titleFr, titleEn, SearchText.slug(titleFr), SearchText.slug(titleEn), "10", 1800, 18, "fr",
                BigDecimal.valueOf(15_000), TuitionBasis.PROGRAM, null);
        return new IndexedProgram(card, id, SearchText.of("DEP", code, titleFr, titleEn),
                SearchText.of("DEP", code, titleFr, titleEn, description), SearchText.of(titleFr),
                SearchText.of(titleEn), new LocalDate[0]);
    }
}
