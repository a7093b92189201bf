package ca.tremplin.showcase;

import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.Languages;
import java.util.Locale;

/** A program of the centre's catalogue that a profile can name. */
public record ProgramChoice(long id, ProgramType type, String titleFr, String titleEn) {

    public String title(Locale locale) {
        return Languages.isEnglish(locale) ? titleEn : titleFr;
    }
}
