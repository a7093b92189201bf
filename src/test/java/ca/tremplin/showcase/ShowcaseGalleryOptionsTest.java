package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visitor reading the gallery in English finds its trades and sectors listed by their English names, not in the
 * order of their French ones; a French reader finds "Électromécanique" among the E's, not after "Usinage".
 */
class ShowcaseGalleryOptionsTest {

    private static final List<PublicShowcase.Choice> TRADES = List.of(
            new PublicShowcase.Choice("5281", "Électromécanique de systèmes automatisés",
                    "Automated systems electromechanics"),
            new PublicShowcase.Choice("5195", "Soudage-montage", "Welding and fitting"),
            new PublicShowcase.Choice("5223", "Usinage", "Machining"),
            new PublicShowcase.Choice("5330", "Charpenterie-menuiserie", "Carpentry"));

    private final ShowcaseGalleryPage page = new ShowcaseGalleryPage();

    @Test
    void anEnglishReaderReadsTheTradesByTheirEnglishNames() {
        List<ShowcaseGalleryPage.Option> options = page.options(TRADES, null, PublicShowcase.Choice::labelEn,
                code -> code, Languages.alphabetical(Languages.ENGLISH));

        assertEquals(List.of("Automated systems electromechanics", "Carpentry", "Machining", "Welding and fitting"),
                options.stream().map(ShowcaseGalleryPage.Option::label).toList());
    }

    @Test
    void aFrenchReaderFindsTheAccentedNamesAmongTheirLetters() {
        List<ShowcaseGalleryPage.Option> options = page.options(TRADES, null, PublicShowcase.Choice::labelFr,
                code -> code, Languages.alphabetical(Languages.FRENCH));

        assertEquals(List.of("Charpenterie-menuiserie", "Électromécanique de systèmes automatisés", "Soudage-montage",
                "Usinage"), options.stream().map(ShowcaseGalleryPage.Option::label).toList());
    }
}
