package ca.tremplin.pipeline;

import java.util.Locale;

/** A program of the centre that the person asked about. */
public record ProgramInterest(Long programId, String titleFr, String titleEn) implements java.io.Serializable {

    public String title(Locale locale) {
        return ca.tremplin.kernel.Languages.isEnglish(locale) ? titleEn : titleFr;
    }

    /**
     * The filters' program menu, ready-made: with {@code f:selectItems var=...}, Faces evaluated three expressions
     * for each of a centre's hundreds of programs on every list and board page.
     */
    public static java.util.List<jakarta.faces.model.SelectItem> menu(java.util.List<ProgramInterest> programs,
                                                                      Locale locale) {
        return programs.stream()
                .map(program -> new jakarta.faces.model.SelectItem(program.programId(), program.title(locale)))
                .toList();
    }
}
