package ca.tremplin.catalog;

import ca.tremplin.kernel.Languages;
import java.io.Serializable;
import java.util.Locale;

/**
 * One line of the back office's list of programs, as the page keeps it with its view: what the line shows, read in the
 * transaction that found it, never the program itself — a view travels with the session, replicated between servers,
 * and an entity would carry its lazy sector and centres there.
 */
public record ProgramRow(long id, ProgramType type, String code, String titleFr, String titleEn, String sectorNameFr,
                         String sectorNameEn, ProgramStatus status) implements Serializable {

    static ProgramRow of(Program program) {
        return new ProgramRow(program.getId(), program.getType(), program.getCode(), program.getTitleFr(),
                program.getTitleEn(), program.getSector().getNameFr(), program.getSector().getNameEn(),
                program.getStatus());
    }

    /** The title in the reader's language, as {@link Program#title} says it. */
    public String title(Locale locale) {
        return Languages.isEnglish(locale) ? titleEn : titleFr;
    }

    /** The sector's name in the reader's language, as {@link TrainingSector#localizedName} says it. */
    public String sector(Locale locale) {
        return Languages.isEnglish(locale) ? sectorNameEn : sectorNameFr;
    }
}
