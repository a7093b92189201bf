package ca.tremplin.inquiry;

import java.util.Locale;

/** A published program a request asks about, with the centre that gives it. */
public record AskedProgram(long id, long tenantId, String code, String titleFr, String titleEn,
                           String tenantNameFr, String tenantNameEn) implements java.io.Serializable {

    public String title(Locale locale) {
        return ca.tremplin.kernel.Languages.isEnglish(locale) ? titleEn : titleFr;
    }

    public String tenantName(Locale locale) {
        return ca.tremplin.kernel.Languages.isEnglish(locale) ? tenantNameEn : tenantNameFr;
    }

    /** "DEP 5195 — Soudage-montage (CSS du Fjord)" */
    public String label(Locale locale) {
        return code + " — " + title(locale) + " (" + tenantName(locale) + ")";
    }
}
