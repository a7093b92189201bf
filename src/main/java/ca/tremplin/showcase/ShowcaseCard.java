package ca.tremplin.showcase;

import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.QuebecRegion;
import java.util.Locale;

/**
 * A public profile as the gallery and its page show it; {@code programPublic} false when its program has been archived
 * or set back to a draft since (the profile stays: its page then leads to the catalogue, not to a missing program).
 */
public record ShowcaseCard(long id, String displayName, String trade, String workplace, String testimony,
                           String languagesSpoken, String photoKey, long programId, String programFr,
                           String programEn, String programSlugFr, String programSlugEn, String sectorCode,
                           String sectorFr, String sectorEn, QuebecRegion region, String tenantSlug, String centreFr,
                           String centreEn, String language, boolean programPublic) {

    /**
     * The language the apprentice wrote in ("fr", "en"), for the {@code lang} of their trade, testimony and photo's
     * text: a screen reader reads an English testimony on a French page with English pronunciation.
     */
    public String textLanguage() {
        return language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    public String program(Locale locale) {
        return Languages.isEnglish(locale) ? programEn : programFr;
    }

    public String sector(Locale locale) {
        return Languages.isEnglish(locale) ? sectorEn : sectorFr;
    }

    public String centre(Locale locale) {
        return Languages.isEnglish(locale) ? centreEn : centreFr;
    }

    public String path(Locale locale) {
        return ShowcasePaths.profile(locale, id, displayName);
    }
}
