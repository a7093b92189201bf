package ca.tremplin.offer;

import ca.tremplin.catalog.CatalogPaths;
import ca.tremplin.kernel.Languages;
import java.util.List;
import java.util.Locale;

/**
 * An open offer's public page: what its card shows, plus whom to contact, the full description and the
 * published programs of the same school service centre that prepare for the trade.
 */
public record OfferDetail(
        OfferCard card,
        String contactName,
        String contactEmail,
        String contactPhone,
        String descriptionFr,
        String descriptionEn,
        List<LinkedProgram> programs) {

    public OfferDetail {
        programs = List.copyOf(programs);
    }

    public String description(Locale locale) {
        return Languages.isEnglish(locale) ? descriptionEn : descriptionFr;
    }

    /** The public address of a linked program, in the catalogue of the offer's school service centre. */
    public String programPath(Locale locale, LinkedProgram program) {
        return CatalogPaths.program(locale, card.tenantSlug(), program.slug(locale));
    }

    /** A published program linked to the offer, as the catalogue names it. */
    public record LinkedProgram(String type, String code, String titleFr, String titleEn, String slugFr,
                                String slugEn) {

        public String title(Locale locale) {
            return Languages.isEnglish(locale) ? titleEn : titleFr;
        }

        public String slug(Locale locale) {
            return Languages.isEnglish(locale) ? slugEn : slugFr;
        }
    }
}
