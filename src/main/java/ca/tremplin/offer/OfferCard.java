package ca.tremplin.offer;

import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.QuebecRegion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One open offer as a line of the public board: enough to choose, nothing that needs another query. The
 * school service centre's slug and the offer's slug together name the offer's public page.
 */
public record OfferCard(
        long id,
        String tenantSlug,
        String tenantNameFr,
        String tenantNameEn,
        String slug,
        String employerName,
        String sectorCode,
        String sectorNameFr,
        String sectorNameEn,
        String city,
        QuebecRegion region,
        OfferKind kind,
        String tradeFr,
        String tradeEn,
        int positions,
        int positionsFilled,
        BigDecimal hourlyWageCad,
        String scheduleFr,
        String scheduleEn,
        LocalDate startDate,
        LocalDate applicationDeadline) {

    public String trade(Locale locale) {
        return Languages.isEnglish(locale) ? tradeEn : tradeFr;
    }

    public String tenantName(Locale locale) {
        return Languages.isEnglish(locale) ? tenantNameEn : tenantNameFr;
    }

    public String sectorName(Locale locale) {
        return Languages.isEnglish(locale) ? sectorNameEn : sectorNameFr;
    }

    /** The schedule in the reader's language, else the one given in the other; null when none was given. */
    public String schedule(Locale locale) {
        String asked = Languages.isEnglish(locale) ? scheduleEn : scheduleFr;
        String other = Languages.isEnglish(locale) ? scheduleFr : scheduleEn;
        return asked != null && !asked.isBlank() ? asked : other == null || other.isBlank() ? null : other;
    }

    public int openPositions() {
        return Math.max(0, positions - positionsFilled);
    }
}
