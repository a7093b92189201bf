package ca.tremplin.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An offer's page lists the programs that prepare for its trade as the catalogue lists programs. */
class OfferDetailTest {

    private static final OfferDetail.LinkedProgram WELDING = program("DEP", "5195", "Soudage-montage", "Welding and "
            + "Fitting");
    private static final OfferDetail.LinkedProgram ELECTRICITY = program("DEP", "5295", "Électricité", "Electricity");
    private static final OfferDetail.LinkedProgram BUILDING = program("DEP", "5281", "Électromécanique de systèmes "
            + "automatisés", "Automated Systems Electromechanics");
    private static final OfferDetail.LinkedProgram PIPE = program("ASP", "5234", "Soudage haute pression",
            "High Pressure Welding");

    @Test
    void theProgramsAreListedByTypeThenByTitleInTheReadersLanguageAccentsAmongTheirLetters() {
        OfferDetail detail = new OfferDetail(null, null, null, null, null, null,
                List.of(PIPE, WELDING, ELECTRICITY, BUILDING));

        assertEquals(List.of(ELECTRICITY, BUILDING, WELDING, PIPE), detail.programs(Locale.FRENCH),
                "Électricité among the E's, not after Soudage");
        assertEquals(List.of(BUILDING, ELECTRICITY, WELDING, PIPE), detail.programs(Locale.ENGLISH),
                "by the English titles, not the French ones");
    }

    private static OfferDetail.LinkedProgram program(String type, String code, String titleFr, String titleEn) {
        return new OfferDetail.LinkedProgram(type, code, titleFr, titleEn, code + "-fr", code + "-en");
    }
}
