package ca.tremplin.catalog;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order every list of programs to choose from follows — the public forms' choosers, the lead list's and the
 * board's filter, the lead's page, the capture form, the event, offer and campaign editors, the reports' filter: the
 * DEP first (the diploma most people come for), then the ASP that specialises a DEP, then the shorter AEP; within a
 * type, by title in the reader's language, accents sorted as that language sorts them ({@link Collator}), so that
 * "Électricité" comes among the E's and not after "Usinage". Sorting by the type's letters put the AEP and the ASP
 * before the DEP.
 *
 * <p>Example: {@code ProgramOrder.sorted(programs, locale, Program::getType, program -> program.title(locale))}.
 */
public final class ProgramOrder {

    /** The types in the order they are offered. */
    private static final List<ProgramType> TYPES = List.of(ProgramType.DEP, ProgramType.ASP, ProgramType.AEP);

    private ProgramOrder() {
    }

    /**
     * Programs in that order, whatever they are held in: {@code type} and {@code title} read each one's type (null
     * last) and its title in {@code language}.
     */
    public static <T> Comparator<T> of(Locale language, Function<T, ProgramType> type, Function<T, String> title) {
        Collator byTitle = Collator.getInstance(language);
        return Comparator.<T>comparingInt(program -> rank(type.apply(program)))
                .thenComparing(program -> title.apply(program) == null ? "" : title.apply(program), byTitle);
    }

    /** A copy of the programs in that order. */
    public static <T> List<T> sorted(Collection<T> programs, Locale language, Function<T, ProgramType> type,
                                     Function<T, String> title) {
        return programs.stream().sorted(of(language, type, title)).toList();
    }

    private static int rank(ProgramType type) {
        return type == null ? TYPES.size() : TYPES.indexOf(type);
    }
}
