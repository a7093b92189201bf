package ca.tremplin.pipeline;

import ca.tremplin.catalog.ProgramOrder;
import ca.tremplin.catalog.ProgramType;
import java.util.List;
import java.util.Locale;

/** A program of the centre that the person asked about. */
public record ProgramInterest(Long programId, ProgramType type, String titleFr, String titleEn)
        implements java.io.Serializable {

    public String title(Locale locale) {
        return ca.tremplin.kernel.Languages.isEnglish(locale) ? titleEn : titleFr;
    }

    /** The programs as the reader looks for one: DEP, ASP, then AEP, each by title in their language. */
    public static List<ProgramInterest> inOrder(List<ProgramInterest> programs, Locale locale) {
        return ProgramOrder.sorted(programs, locale, ProgramInterest::type, program -> program.title(locale));
    }

    /**
     * The filters' program menu, ready-made: with {@code f:selectItems var=...}, Faces evaluated three expressions
     * for each of a centre's hundreds of programs on every list and board page. In the order of {@link #inOrder}.
     */
    public static List<jakarta.faces.model.SelectItem> menu(List<ProgramInterest> programs, Locale locale) {
        return inOrder(programs, locale).stream()
                .map(program -> new jakarta.faces.model.SelectItem(program.programId(), program.title(locale)))
                .toList();
    }
}
