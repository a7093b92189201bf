package ca.tremplin.pipeline;

import java.util.Locale;

/** A program of the centre that the person asked about. */
public record ProgramInterest(Long programId, String titleFr, String titleEn) implements java.io.Serializable {

    public String title(Locale locale) {
        return ca.tremplin.kernel.Languages.isEnglish(locale) ? titleEn : titleFr;
    }
}
