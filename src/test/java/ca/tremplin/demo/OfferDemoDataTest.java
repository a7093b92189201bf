package ca.tremplin.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.SearchText;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The offer templates load at start-up with the demo: a template that broke a column's size, named a program
 * the catalogue does not have or repeated an employer's trade would stop the demo from loading.
 */
class OfferDemoDataTest {

    private static final Pattern SECTOR = Pattern.compile("(0[1-9]|1\\d|2[01])");

    @Test
    void everyTemplateFitsTheOfferTable() {
        assertTrue(OfferDemoData.TEMPLATES.size() >= 2 * OfferDemoData.OFFERS_PER_SCHOOL_BOARD,
                "enough variety for each centre to get its eight offers");
        for (OfferDemoData.OfferTemplate template : OfferDemoData.TEMPLATES) {
            String longestEmployer = template.employerIn("Saint-Augustin-de-Desmaures");
            assertTrue(longestEmployer.length() <= 200, longestEmployer);
            assertTrue(SECTOR.matcher(template.sectorCode()).matches(), template.employer());
            assertTrue(template.tradeFr().length() <= 200 && template.tradeEn().length() <= 200);
            assertTrue(template.scheduleFr().length() <= 300 && template.scheduleEn().length() <= 300);
            assertFalse(template.descriptionFr().isBlank() || template.descriptionEn().isBlank());
            assertFalse(template.descriptionFr().contains("'"), "French uses the typographic apostrophe");
        }
    }

    @Test
    void everyTemplateNamesProgramsOfTheCatalogue() {
        Set<String> catalogue = CatalogDemoData.PROGRAMS.stream().map(CatalogDemoData.ProgramTemplate::code)
                .collect(Collectors.toSet());
        for (OfferDemoData.OfferTemplate template : OfferDemoData.TEMPLATES) {
            assertFalse(template.programCodes().isEmpty(), template.employer());
            assertTrue(catalogue.containsAll(template.programCodes()),
                    template.employer() + " " + template.programCodes());
        }
    }

    @Test
    void noTwoTemplatesGiveTheSameSlug() {
        Set<String> slugs = new HashSet<>();
        for (OfferDemoData.OfferTemplate template : OfferDemoData.TEMPLATES) {
            assertTrue(slugs.add(SearchText.slug(template.employerIn("Sept-Îles"), template.tradeFr())),
                    template.employer() + " / " + template.tradeFr());
        }
        assertEquals(OfferDemoData.TEMPLATES.size(), slugs.size());
    }
}
