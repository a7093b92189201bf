package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.CatalogPage;
import ca.tremplin.catalog.ProgramCard;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.catalog.PublishedProgram;
import ca.tremplin.catalog.TuitionBasis;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The API's documents as partners receive them: mapped from the catalogue's records and written by Yasson, the
 * JSON-B implementation of the application server, so that the member names, their order, ISO dates, enum names
 * and explicit nulls are checked here rather than discovered by a partner.
 */
class ApiDocumentsTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void aSearchPageBecomesItemsTotalsFacetsAndIgnoredParameters() {
        CatalogPage page = new CatalogPage(List.of(welding(LocalDate.of(2026, 9, 1))), 41, 2,
                Map.of("16", 3L), Map.of("ESTRIE", 2L), Map.of("DEP", 2L, "ASP", 1L), Map.of("FR", 3L),
                Map.of("2026-09", 1L), Map.of("FROM_10000_TO_15000", 3L), 1);

        String json = JSONB.toJson(ProgramSearchResponse.of(page, List.of("utm_source")));

        assertTrue(json.startsWith("{\"items\":[{\"id\":130,\"tenant\":{\"slug\":\"css-des-cantons-de-l-est\","
                + "\"nameFr\":\"Centre de services scolaire des Cantons-de-l'Est\","
                + "\"nameEn\":\"Eastern Townships School Service Centre\",\"region\":\"ESTRIE\"},"
                + "\"type\":\"DEP\",\"code\":\"5195\",\"titleFr\":\"Soudage-montage\","
                + "\"titleEn\":\"Welding and Fitting\",\"sectorCode\":\"16\",\"durationHours\":1800,"
                + "\"durationMonths\":20,\"instructionLanguage\":\"FR\",\"tuitionCad\":18000.00,"
                + "\"tuitionBasis\":\"PROGRAM\",\"nextStart\":\"2026-09-01\",\"links\":{"), json);
        assertTrue(json.contains("\"total\":41,\"page\":2,\"pageCount\":3,\"pageSize\":20,"), json);
        assertTrue(json.contains("\"facets\":{\"sector\":{\"16\":3},\"region\":{\"ESTRIE\":2},"), json);
        assertTrue(json.contains("\"intakeMonth\":{\"2026-09\":1},\"tuition\":{\"FROM_10000_TO_15000\":3},"
                + "\"openIntake\":1}"), json);
        assertTrue(json.endsWith("\"ignoredParameters\":[\"utm_source\"]}"), json);
    }

    @Test
    void linksAreAbsoluteAddressesOfThePublicPagesInBothLanguages() {
        PublicLinks links = ProgramSummary.of(welding(null)).links();

        assertEquals(PublicAddress.of("/fr/programmes/css-des-cantons-de-l-est/dep-5195-soudage-montage"), links.fr());
        assertEquals(PublicAddress.of("/en/programs/css-des-cantons-de-l-est/dep-5195-welding-and-fitting"),
                links.en());
        assertTrue(links.fr().matches("https?://.+"), links.fr());
    }

    @Test
    void missingValuesAreWrittenAsNullSoThatEveryItemHasTheSameMembers() {
        ProgramCard noTuitionNoIntake = new ProgramCard(7, "css-du-fjord", "CSS du Fjord", "Fjord SSC",
                QuebecRegion.SAGUENAY_LAC_SAINT_JEAN, ProgramType.AEP, "5100", "Titre", "Title", "aep-5100-titre",
                "aep-5100-title", "01", 300, 4, "EN", null, TuitionBasis.YEAR, null);

        String json = JSONB.toJson(ProgramSummary.of(noTuitionNoIntake));

        assertTrue(json.contains("\"tuitionCad\":null,\"tuitionBasis\":\"YEAR\",\"nextStart\":null"), json);
    }

    @Test
    void aProgramDetailAddsTextsCentresAndIntakesToTheSearchMembers() {
        PublishedProgram program = new PublishedProgram(welding(LocalDate.of(2026, 9, 1)), "Métallurgie",
                "Metallurgy", "Souder l’acier.", "Weld steel.", null, null, "Soudeur", "Welder", true,
                List.of(new PublishedProgram.Place("Centre de formation de Sherbrooke", "100, rue Principale",
                        "Sherbrooke", QuebecRegion.ESTRIE)),
                List.of(new PublishedProgram.UpcomingIntake(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 6, 1),
                        24, 4, "Centre de formation de Sherbrooke", "Sherbrooke")));

        ProgramDetail detail = ProgramDetail.of(program);
        String json = JSONB.toJson(detail);

        assertEquals(ProgramSummary.of(program.card()).links(), detail.links());
        assertTrue(json.startsWith("{\"id\":130,\"tenant\":{\"slug\":\"css-des-cantons-de-l-est\""), json);
        assertTrue(json.contains("\"sectorNameFr\":\"Métallurgie\",\"sectorNameEn\":\"Metallurgy\""), json);
        assertTrue(json.contains("\"tuitionExemption\":true,\"nextStart\":\"2026-09-01\""), json);
        assertTrue(json.contains("\"admissionFr\":null,\"admissionEn\":null"), json);
        assertTrue(json.contains("\"centres\":[{\"name\":\"Centre de formation de Sherbrooke\","
                + "\"address\":\"100, rue Principale\",\"city\":\"Sherbrooke\",\"region\":\"ESTRIE\"}]"), json);
        assertTrue(json.contains("\"intakes\":[{\"startDate\":\"2026-09-01\",\"applicationDeadline\":\"2026-06-01\","
                + "\"seats\":24,\"internationalSeats\":4,\"centre\":{\"name\":\"Centre de formation de Sherbrooke\","
                + "\"city\":\"Sherbrooke\"}}]"), json);
    }

    @Test
    void anIntakeListNamesItsProgram() {
        IntakeListResponse list = IntakeListResponse.of(130, List.of(new PublishedProgram.UpcomingIntake(
                LocalDate.of(2027, 1, 15), null, 20, 5, "Centre Est", "Sherbrooke")));

        assertEquals("{\"programId\":130,\"items\":[{\"startDate\":\"2027-01-15\",\"applicationDeadline\":null,"
                + "\"seats\":20,\"internationalSeats\":5,"
                + "\"centre\":{\"name\":\"Centre Est\",\"city\":\"Sherbrooke\"}}]}",
                JSONB.toJson(list));
    }

    @Test
    void aProblemIsWrittenWithItsMembersInTheOrderOfRfc9457() {
        Problem problem = new Problem("about:blank", "Paramètres invalides", 400, "Détail",
                List.of(new ParameterError("program", null, "Ce paramètre est obligatoire.")));

        assertEquals("{\"type\":\"about:blank\",\"title\":\"Paramètres invalides\",\"status\":400,"
                + "\"detail\":\"Détail\",\"errors\":[{\"parameter\":\"program\",\"value\":null,"
                + "\"message\":\"Ce paramètre est obligatoire.\"}]}", JSONB.toJson(problem));
    }

    private static ProgramCard welding(LocalDate nextStart) {
        return new ProgramCard(130, "css-des-cantons-de-l-est", "Centre de services scolaire des Cantons-de-l'Est",
                "Eastern Townships School Service Centre", QuebecRegion.ESTRIE, ProgramType.DEP, "5195",
                "Soudage-montage", "Welding and Fitting", "dep-5195-soudage-montage",
                "dep-5195-welding-and-fitting", "16", 1800, 20, "FR", new BigDecimal("18000.00"),
                TuitionBasis.PROGRAM, nextStart);
    }
}
