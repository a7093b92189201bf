package ca.tremplin.catalog;

import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.QuebecRegion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** One program as a line of the public catalogue: enough to choose, nothing that needs another query. */
public record ProgramCard(
        long id,
        String tenantSlug,
        String tenantNameFr,
        String tenantNameEn,
        QuebecRegion region,
        ProgramType type,
        String code,
        String titleFr,
        String titleEn,
        String slugFr,
        String slugEn,
        String sectorCode,
        int durationHours,
        int durationMonths,
        String instructionLanguage,
        BigDecimal tuitionCad,
        TuitionBasis tuitionBasis,
        LocalDate nextStart) {

    public String title(Locale locale) {
        return Languages.isEnglish(locale) ? titleEn : titleFr;
    }

    public String tenantName(Locale locale) {
        return Languages.isEnglish(locale) ? tenantNameEn : tenantNameFr;
    }

    /** The program's public address in the given language, e.g. /fr/programmes/css-du-fjord/dep-5298-... */
    public String path(Locale locale) {
        return CatalogPaths.program(locale, tenantSlug, Languages.isEnglish(locale) ? slugEn : slugFr);
    }
}
