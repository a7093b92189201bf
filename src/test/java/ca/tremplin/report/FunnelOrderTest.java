package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import ca.tremplin.report.FunnelReport.BreakdownRow;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The coordinator reading the report across centres finds "École des métiers de Québec" among the E's and
 * "Îles-de-la-Madeleine" among the I's, not after "Vallée-des-Tisserands"; so do a breakdown's rows with as many
 * leads, and the lost reasons, as French and English both list names.
 */
class FunnelOrderTest {

    @Test
    void centresAreListedAsTheReadersLanguageListsNames() {
        List<CentreFunnel> funnels = new ArrayList<>(List.of(centre("Vallée-des-Tisserands"),
                centre("Îles-de-la-Madeleine"), centre("École des métiers de Québec"), centre("Draveurs"),
                centre("Estuaire"), centre("Hautes-Rivières")));

        funnels.sort(FunnelReports.centresInOrder(Languages.FRENCH));

        assertEquals(List.of("Draveurs", "École des métiers de Québec", "Estuaire", "Hautes-Rivières",
                "Îles-de-la-Madeleine", "Vallée-des-Tisserands"), funnels.stream().map(CentreFunnel::centreName).toList());
    }

    @Test
    void aBreakdownsRowsWithAsManyLeadsAreListedByName() {
        List<BreakdownRow> rows = new ArrayList<>(List.of(row("Zambie", 3), row("Égypte", 3), row("Algérie", 3),
                row("Haïti", 9)));

        rows.sort(FunnelReports.breakdownInOrder(Languages.ENGLISH));

        assertEquals(List.of("Haïti", "Algérie", "Égypte", "Zambie"), rows.stream().map(BreakdownRow::label).toList());
    }

    @Test
    void lostReasonsAreListedByNameAndCountedApartWhenWrittenApart() {
        Map<String, Long> reasons = FunnelReports.lostReasons(Languages.FRENCH);
        reasons.put("Études ailleurs", 2L);
        reasons.put("Abandon", 1L);
        reasons.put("Trouvé un emploi", 4L);
        reasons.put("études ailleurs", 1L);

        assertEquals(List.of("Abandon", "études ailleurs", "Études ailleurs", "Trouvé un emploi"),
                List.copyOf(reasons.keySet()));
    }

    private static CentreFunnel centre(String name) {
        return new CentreFunnel(1L, name, List.of(), List.of());
    }

    private static BreakdownRow row(String label, long leads) {
        return new BreakdownRow(label, label, List.of(leads));
    }
}
