package ca.tremplin.inquiry;

import ca.tremplin.catalog.ProgramOrder;
import ca.tremplin.catalog.ProgramType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** A published program a request asks about, with the centre that gives it. */
public record AskedProgram(long id, long tenantId, ProgramType type, String code, String titleFr, String titleEn,
                           String tenantNameFr, String tenantNameEn) implements java.io.Serializable {

    /** The program as the catalogue index holds it (a published program of an active centre). */
    static AskedProgram of(ca.tremplin.catalog.IndexedProgram indexed) {
        ca.tremplin.catalog.ProgramCard card = indexed.card();
        return new AskedProgram(card.id(), indexed.tenantId(), card.type(), card.type().name() + " " + card.code(),
                card.titleFr(), card.titleEn(), card.tenantNameFr(), card.tenantNameEn());
    }

    /**
     * Programs as a chooser offers them ({@link ProgramOrder}): DEP, ASP, then AEP, each by title in the reader's
     * language, then by centre; a choice no longer offered last.
     */
    public static List<AskedProgram> inOrder(Collection<AskedProgram> programs, Locale locale) {
        return programs.stream().sorted(ProgramOrder.of(locale, AskedProgram::type, (AskedProgram program) ->
                program.title(locale)).thenComparing(program -> program.tenantName(locale) == null ? ""
                        : program.tenantName(locale), java.text.Collator.getInstance(locale))).toList();
    }

    /**
     * A program the visitor chose on the form and its centre withdrew before the form was sent: only its id is known.
     * It stays among the choices, named as no longer offered, for the visitor to take out, and is said with the
     * form's other problems ({@link InquiryForm#submit()}).
     */
    static AskedProgram withdrawn(long id) {
        return new AskedProgram(id, 0, null, null, null, null, null, null);
    }

    /** False for a choice {@link #withdrawn(long)}: it names no published program. */
    public boolean offered() {
        return code != null;
    }

    /**
     * Whether the number is one a program can have (positive): a choice not offered with such a number may be a
     * program withdrawn meanwhile, another centre's draft or none at all, which the form says alike, revealing
     * nothing; zero or a negative number was never any program's.
     */
    boolean mayHaveBeenOffered() {
        return id > 0;
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
