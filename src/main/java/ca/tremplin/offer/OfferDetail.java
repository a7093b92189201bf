package ca.tremplin.offer;

import ca.tremplin.catalog.CatalogPaths;
import ca.tremplin.catalog.ProgramOrder;
import ca.tremplin.catalog.ProgramType;
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

    /**
     * The linked programs as every list of programs is ordered ({@link ProgramOrder}): by type, then by title in
     * the reader's language, accents sorted as that language sorts them.
     */
    public List<LinkedProgram> programs(Locale locale) {
        return ProgramOrder.sorted(programs, locale, LinkedProgram::programType, program -> program.title(locale));
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

        /** The type as the catalogue knows it; null for a value it does not (listed last). */
        ProgramType programType() {
            return java.util.Arrays.stream(ProgramType.values()).filter(known -> known.name().equals(type))
                    .findFirst().orElse(null);
        }
    }
}
