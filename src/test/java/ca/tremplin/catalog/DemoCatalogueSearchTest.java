package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.tenant.QuebecRegion;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's search over the demo's real programs, as a student abroad types on a phone: a slip on the first
 * letters of a word, two letters swapped, the trade she wants to do named in the feminine. The program she means comes
 * first; what a word typed right finds comes before what a slip finds; a short word is taken as typed; a word that is
 * none finds nothing, and the page then says so ({@code catalog.noResults}, when the total is zero).
 */
class DemoCatalogueSearchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final List<IndexedProgram> demo = demoPrograms();
    private CatalogIndex index;

    @BeforeEach
    void openIndex() {
        index = ProgramsInMemory.index(demo);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void aSlipOnTheFirstLettersOfAWordStillFindsItsProgramFirst() {
        assertEquals("Électromécanique de systèmes automatisés", first("elecromecanique"), "a letter left out");
        assertEquals("Électromécanique de systèmes automatisés", first("lectromecanique"), "the first letter left out");
        assertTrue(first("sodure").startsWith("Soudage"), "soudure, a letter left out of a word no program writes");
        assertTrue(first("oudure").startsWith("Soudage"), "the first letter left out");
        assertTrue(first("mecanqiue").startsWith("Mécanique"), "two letters swapped");
        assertEquals("Mécanique automobile", first("mecanqiue automobile"));
        assertEquals("Électricité", first("lectricite"));
        assertEquals("Coiffure", first("cioffure"), "the second and third letters swapped");
    }

    @Test
    void aTradeNamedInTheFeminineFindsItsProgramFirst() {
        assertEquals(Set.of("Soudage-montage", "Soudage haute pression"), Set.copyOf(titles("soudeuse").subList(0, 2)),
                "both welding programs, before those whose description only welds");
        assertEquals("Santé, assistance et soins infirmiers", first("infirmière auxiliaire"));
        assertEquals("Coiffure", first("coiffeuse"));
        assertEquals("Électricité", first("électricienne"));
        assertTrue(first("mécanicienne").startsWith("Mécanique"));
        assertEquals("Cuisine", first("cuisinière"));
        assertEquals("Boucherie de détail", first("bouchère"));
        assertEquals("Plomberie et chauffage", first("plombière"));
        assertEquals("Charpenterie-menuiserie", first("charpentière-menuisière"));
        assertEquals("Ébénisterie", first("ébéniste"));
        assertEquals("Briquetage-maçonnerie", first("maçonne"));
        assertEquals("Assistance à la personne en établissement et à domicile", first("préposée aux bénéficiaires"));
        assertTrue(first("soudure").startsWith("Soudage"), "another word of the trade");
        assertTrue(first("soudeuses").startsWith("Soudage"), "a plural");
    }

    /** "Coffreur", a trade of Charpenterie-menuiserie, is a slip away from "coiffeur": it comes after Coiffure. */
    @Test
    void whatAWordTypedRightFindsComesBeforeWhatASlipFinds() {
        assertEquals(List.of("Coiffure", "Charpenterie-menuiserie"), titles("coiffeur"));
        assertEquals(List.of("Boulangerie"), titles("baker"), "not the cabinet maker: a short word's first letter stays");
    }

    @Test
    void aShortWordIsTakenAsTyped() {
        assertEquals(List.of(), titles("soudage xz"), "two letters: required as typed, never a slip");
        assertEquals(demo.stream().filter(program -> Arrays.stream(program.searchText().split(" "))
                        .anyMatch(word -> word.startsWith("gaz"))).map(program -> program.card().titleFr()).sorted()
                .toList(), titles("gaz").stream().sorted().toList(), "three letters: as typed, no \"bas\", no \"gel\"");
    }

    @Test
    void aWordThatIsNoneFindsNothing() {
        for (String nonsense : List.of("xqzwv", "zzzz", "qwertyuiop", "blorf")) {
            assertEquals(0, index.search(query(nonsense), TODAY).total(), nonsense);
        }
    }

    private String first(String typed) {
        List<String> titles = titles(typed);
        assertTrue(!titles.isEmpty(), typed + " finds nothing");
        return titles.get(0);
    }

    private List<String> titles(String typed) {
        return index.search(query(typed), TODAY).programs().stream().map(ProgramCard::titleFr).toList();
    }

    private static CatalogQuery query(String text) {
        return new CatalogQuery(text, Set.of(), Set.of(), Set.of(), null, null, null, false,
                CatalogQuery.Sort.RELEVANCE, 1);
    }

    /** The demo's catalogue (programs.csv), each program indexed as the application indexes a published one. */
    private static List<IndexedProgram> demoPrograms() {
        List<IndexedProgram> programs = new ArrayList<>();
        try (Reader csv = new InputStreamReader(
                DemoCatalogueSearchTest.class.getResourceAsStream("/ca/tremplin/demo/programs.csv"),
                StandardCharsets.UTF_8)) {
            long id = 1;
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                ProgramType type = ProgramType.valueOf(row.get("type"));
                String code = row.get("code");
                String titleFr = row.get("title_fr");
                String titleEn = row.get("title_en");
                ProgramCard card = new ProgramCard(id, "css", "CSS", "CSS", QuebecRegion.MONTREAL, type, code, titleFr,
                        titleEn, SearchText.slug(titleFr), SearchText.slug(titleEn), row.get("sector_code"),
                        Integer.parseInt(row.get("hours")), 18, "fr", BigDecimal.valueOf(15_000), TuitionBasis.PROGRAM,
                        null);
                programs.add(new IndexedProgram(card, 1, SearchText.of(type.name(), code, titleFr, titleEn),
                        SearchText.of(type.name(), code, titleFr, titleEn, row.get("careers_fr"),
                                row.get("careers_en"), row.get("description_fr"), row.get("description_en")),
                        SearchText.of(titleFr), SearchText.of(titleEn), new LocalDate[0]));
                id++;
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return List.copyOf(programs);
    }
}
