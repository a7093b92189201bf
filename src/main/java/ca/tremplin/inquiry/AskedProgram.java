package ca.tremplin.inquiry;

import java.util.Locale;

/** A published program a request asks about, with the centre that gives it. */
public record AskedProgram(long id, long tenantId, String code, String titleFr, String titleEn,
                           String tenantNameFr, String tenantNameEn) implements java.io.Serializable {

    /** The program as the catalogue index holds it (a published program of an active centre). */
    static AskedProgram of(ca.tremplin.catalog.IndexedProgram indexed) {
        ca.tremplin.catalog.ProgramCard card = indexed.card();
        return new AskedProgram(card.id(), indexed.tenantId(), card.type().name() + " " + card.code(),
                card.titleFr(), card.titleEn(), card.tenantNameFr(), card.tenantNameEn());
    }

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
