package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.tremplin.tenant.QuebecRegion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Facet counts, selections, order and paging of the catalogue, as a visitor sees them on a given day. */
class CatalogFacetsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final IndexedProgram welding = program(1, "Soudage-montage", "16", QuebecRegion.MONTREAL,
            ProgramType.DEP, 1800, 14_500, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 8, 30));
    private final IndexedProgram mechanics = program(2, "Mécanique automobile", "10", QuebecRegion.MONTREAL,
            ProgramType.DEP, 1800, 21_000, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 18));
    private final IndexedProgram cooking = program(3, "Cuisine", "03", QuebecRegion.CAPITALE_NATIONALE,
            ProgramType.DEP, 1470, null);
    private final IndexedProgram pastry = program(4, "Pâtisserie de restauration", "03",
            QuebecRegion.CAPITALE_NATIONALE, ProgramType.ASP, 690, 8_000, LocalDate.of(2028, 2, 1));

    private final List<IndexedProgram> all = List.of(welding, mechanics, cooking, pastry);

    @Test
    void eachFacetCountsWithEveryOtherSelectionButItsOwn() {
        CatalogQuery montrealMechanics = query(Set.of("10"), Set.of(QuebecRegion.MONTREAL), null, false,
                CatalogQuery.Sort.RELEVANCE, 1);

        CatalogPage page = CatalogFacets.search(all, null, montrealMechanics, TODAY);

        assertEquals(List.of(2L), ids(page));
        assertEquals(Map.of("10", 1L, "16", 1L), page.sectorCounts(), "sectors of Montréal");
        assertEquals(Map.of("MONTREAL", 1L), page.regionCounts(), "regions of sector 10");
        assertEquals(Map.of("DEP", 1L), page.typeCounts());
        assertEquals(1, page.withOpenIntake());
    }

    @Test
    void intakeMonthsCountOpenIntakesOfTheNextTwelveMonthsOnlyAndOncePerProgram() {
        CatalogPage page = CatalogFacets.search(all, null, CatalogQuery.everything(), TODAY);

        assertEquals(Map.of("2027-01", 2L, "2027-08", 1L), page.intakeMonthCounts(),
                "September 2026 is past; February 2028 is beyond twelve months");
        assertEquals(3, page.withOpenIntake(), "cooking has no open intake");
    }

    @Test
    void choosingAMonthKeepsProgramsWithAnOpenIntakeStartingThen() {
        CatalogQuery january = query(Set.of(), Set.of(), YearMonth.of(2027, 1), false, CatalogQuery.Sort.RELEVANCE, 1);

        CatalogPage page = CatalogFacets.search(all, null, january, TODAY);

        assertEquals(List.of(2L, 1L), ids(page), "alphabetical: Mécanique before Soudage");
        assertEquals(Map.of("2027-01", 2L, "2027-08", 1L), page.intakeMonthCounts());
    }

    @Test
    void tuitionBracketsLeaveOutProgramsWithoutATuition() {
        CatalogPage page = CatalogFacets.search(all, null, CatalogQuery.everything(), TODAY);

        assertEquals(Map.of("UNDER_10000", 1L, "FROM_10000_TO_15000", 1L, "FROM_20000", 1L), page.tuitionCounts());
        assertEquals(List.of("UNDER_10000", "FROM_10000_TO_15000", "FROM_20000"),
                List.copyOf(page.tuitionCounts().keySet()), "in the order of the amounts");
    }

    @Test
    void startDateOrderPutsProgramsWithoutAnOpenIntakeLastAndShowsTheNextStartFromToday() {
        CatalogQuery byStart = query(Set.of(), Set.of(), null, false, CatalogQuery.Sort.START_DATE, 1);

        CatalogPage page = CatalogFacets.search(all, null, byStart, TODAY);

        assertEquals(List.of(1L, 2L, 4L, 3L), ids(page));
        assertEquals(LocalDate.of(2027, 1, 18), page.programs().get(1).nextStart(), "September 2026 is past");
        assertNull(page.programs().get(3).nextStart());
    }

    @Test
    void tuitionOrderPutsProgramsWithoutATuitionLast() {
        CatalogQuery byTuition = query(Set.of(), Set.of(), null, false, CatalogQuery.Sort.TUITION, 1);

        assertEquals(List.of(4L, 1L, 2L, 3L), ids(CatalogFacets.search(all, null, byTuition, TODAY)));
    }

    @Test
    void relevanceOrdersTextMatchesByScoreThenAlphabetically() {
        CatalogPage page = CatalogFacets.search(List.of(welding, mechanics, pastry),
                Map.of(1L, 1.0f, 2L, 3.0f, 4L, 1.0f), CatalogQuery.everything(), TODAY);

        assertEquals(List.of(2L, 4L, 1L), ids(page));
        assertEquals(3, page.total());
    }

    @Test
    void aPageBeyondTheLastIsEmptyButKeepsTheTotalAndCounts() {
        CatalogQuery farAway = query(Set.of(), Set.of(), null, false, CatalogQuery.Sort.RELEVANCE, 9);

        CatalogPage page = CatalogFacets.search(all, null, farAway, TODAY);

        assertEquals(List.of(), ids(page));
        assertEquals(4, page.total());
        assertEquals(Map.of("03", 2L, "10", 1L, "16", 1L), page.sectorCounts());
    }

    @Test
    void aChoiceNoProgramIsLeftForStaysAmongItsFacetsOptionsToBeUnticked() {
        // A region ticked, then words typed that no program of that region has; a month of an old link, now past.
        CatalogQuery cookingInMontreal = new CatalogQuery(null, Set.of("03"), Set.of(QuebecRegion.MONTREAL),
                Set.of(ProgramType.ASP), null, YearMonth.of(2025, 3), TuitionRange.FROM_20000, false,
                CatalogQuery.Sort.RELEVANCE, 1);

        CatalogPage page = CatalogFacets.search(all, null, cookingInMontreal, TODAY);

        assertEquals(List.of(), ids(page));
        assertEquals(0L, page.regionCounts().get("MONTREAL"), "the region chosen is still there to untick");
        assertEquals(0L, page.intakeMonthCounts().get("2025-03"), "and the month the link chose");
        assertEquals(0L, page.tuitionCounts().get("FROM_20000"), "and the tuition");
        assertEquals(Map.of("03", 0L), page.sectorCounts(), "and the sector, though every other choice fails");
        assertEquals(0L, page.typeCounts().get("ASP"));
    }

    private static CatalogQuery query(Set<String> sectors, Set<QuebecRegion> regions, YearMonth month,
                                      boolean openOnly, CatalogQuery.Sort sort, int page) {
        return new CatalogQuery(null, sectors, regions, Set.of(), null, month, null, openOnly, sort, page);
    }

    private static List<Long> ids(CatalogPage page) {
        return page.programs().stream().map(ProgramCard::id).toList();
    }

    @Test
    void anEnglishReadersListIsAlphabeticalByTheEnglishTitles() {
        List<IndexedProgram> programs = List.of(
                program(1, "Abattage manuel et mécanique", "Manual and Mechanized Felling", "01", QuebecRegion.MONTREAL,
                        ProgramType.DEP, 900, null),
                program(2, "Boucherie de détail", "Retail Butchery", "03", QuebecRegion.MONTREAL, ProgramType.DEP, 900,
                        null),
                program(3, "Assistance dentaire", "Dental Assistance", "19", QuebecRegion.MONTREAL, ProgramType.DEP,
                        900, null));
        CatalogQuery everything = CatalogQuery.everything();
        assertEquals(List.of(1L, 3L, 2L), ids(CatalogFacets.search(programs, null, everything, TODAY, false)),
                "Abattage, Assistance, Boucherie");
        assertEquals(List.of(3L, 1L, 2L), ids(CatalogFacets.search(programs, null, everything, TODAY, true)),
                "Dental, Manual, Retail");
    }

    static IndexedProgram program(long id, String titleFr, String sector, QuebecRegion region, ProgramType type,
                                  int hours, Integer tuition, LocalDate... openIntakeStarts) {
        return program(id, titleFr, titleFr, sector, region, type, hours, tuition, openIntakeStarts);
    }

    static IndexedProgram program(long id, String titleFr, String titleEn, String sector, QuebecRegion region,
                                  ProgramType type, int hours, Integer tuition, LocalDate... openIntakeStarts) {
        ProgramCard card = new ProgramCard(id, "css-" + id, "CSS " + id, "CSS " + id, region, type, "5" + id,
                titleFr, titleEn, SearchText.slug(titleFr), SearchText.slug(titleEn), sector, hours, hours / 100,
                "fr", tuition == null ? null : BigDecimal.valueOf(tuition), TuitionBasis.PROGRAM, null);
        return new IndexedProgram(card, id, SearchText.of(type.name(), card.code(), titleFr), SearchText.of(titleFr),
                SearchText.of(titleFr), SearchText.of(titleEn), openIntakeStarts);
    }
}
