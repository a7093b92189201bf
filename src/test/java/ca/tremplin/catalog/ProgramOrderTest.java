package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Programs offered to choose from come DEP first, then ASP, then AEP, each type by its titles in the reader's
 * language, accents sorted as that language sorts them: "Électricité" among the E's, not after "Usinage".
 */
class ProgramOrderTest {

    private record Offered(ProgramType type, String titleFr, String titleEn) {
        String title(Locale locale) {
            return Languages.isEnglish(locale) ? titleEn : titleFr;
        }
    }

    private static final List<Offered> CATALOGUE = List.of(
            new Offered(ProgramType.ASP, "Lancement d’une entreprise", "Starting a Business"),
            new Offered(ProgramType.AEP, "Préposé aux bénéficiaires", "Patient Care Attendant"),
            new Offered(ProgramType.DEP, "Usinage", "Machining"),
            new Offered(ProgramType.DEP, "Électricité", "Electricity"),
            new Offered(ProgramType.ASP, "Cuisine du marché", "Market Fresh Cooking"),
            new Offered(ProgramType.DEP, "Soudage-montage", "Welding and Fitting"),
            new Offered(ProgramType.DEP, "Ébénisterie", "Cabinetmaking"));

    private static List<String> titles(Locale locale) {
        return ProgramOrder.sorted(CATALOGUE, locale, Offered::type, offered -> offered.title(locale)).stream()
                .map(offered -> offered.type() + " " + offered.title(locale)).toList();
    }

    @Test
    void theDepComesFirstThenTheAspThenTheAepEachByItsFrenchTitles() {
        assertEquals(List.of("DEP Ébénisterie", "DEP Électricité", "DEP Soudage-montage", "DEP Usinage",
                "ASP Cuisine du marché", "ASP Lancement d’une entreprise", "AEP Préposé aux bénéficiaires"),
                titles(Languages.FRENCH));
    }

    @Test
    void anEnglishPageOrdersEachTypeByItsEnglishTitles() {
        assertEquals(List.of("DEP Cabinetmaking", "DEP Electricity", "DEP Machining", "DEP Welding and Fitting",
                "ASP Market Fresh Cooking", "ASP Starting a Business", "AEP Patient Care Attendant"),
                titles(Languages.ENGLISH));
    }

    /** A program whose type or title is not known (a choice no longer offered) comes last rather than failing. */
    @Test
    void aProgramWithoutTypeOrTitleComesLast() {
        List<Offered> withUnknown = new java.util.ArrayList<>(CATALOGUE);
        withUnknown.add(0, new Offered(null, null, null));
        List<Offered> sorted = ProgramOrder.sorted(withUnknown, Languages.FRENCH, Offered::type,
                offered -> offered.title(Languages.FRENCH));
        assertEquals(new Offered(null, null, null), sorted.get(sorted.size() - 1));
        assertEquals("Ébénisterie", sorted.get(0).titleFr());
    }
}
