package ca.tremplin.kernel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields an edit changed, each as a line of a change history: its code and its values before and after,
 * "SEATS (20 → 25)", "—" for none; a long text by its code and its lengths in characters before and after,
 * "DESCRIPTION_FR {1200 → 1350}", since the record holds the new one and two copies of a page of text in every line
 * would make the history unreadable (and overflow its line), while the lengths still tell a text emptied or rewritten
 * from a comma corrected; a field whose values the history must not keep by its code alone, "CONTACT_EMAIL". Codes,
 * not words, so that the history reads in the reader's language later. A blank text and none are the same; so are
 * 1200 and 1200.00.
 *
 * <pre>{@code
 * FieldChanges.between(stored, edited)
 *         .value("TITLE_FR", Program::getTitleFr)
 *         .text("DESCRIPTION_FR", Program::getDescriptionFr)
 *         .lines();
 * }</pre>
 */
public final class FieldChanges<T> {

    /**
     * The longest a value is kept, on one line: the longest one-line field of a record (an event's online address, 500
     * characters) and then some, so that two addresses differing at their end are told apart; two of them and a code fit
     * a line of the history (V70). Only a list of many names is ever cut; the page shortens what it shows.
     */
    static final int LONGEST_VALUE = 600;

    /**
     * A yes-or-no field's values as a history keeps them: marks, not words, so that the line reads "oui" or "yes" in
     * whichever language it is read later (see {@code StaffChange.detailIn}).
     */
    public static final String YES = "✓";
    public static final String NO = "✗";

    private final T before;
    private final T after;
    private final List<String> lines = new ArrayList<>();

    private FieldChanges(T before, T after) {
        this.before = Objects.requireNonNull(before);
        this.after = Objects.requireNonNull(after);
    }

    public static <T> FieldChanges<T> between(T before, T after) {
        return new FieldChanges<>(before, after);
    }

    /** A field kept with its values before and after. */
    public FieldChanges<T> value(String code, Function<? super T, ?> field) {
        Object was = comparable(field.apply(before));
        Object is = comparable(field.apply(after));
        if (!Objects.equals(was, is)) {
            lines.add(code + " (" + shown(was) + " → " + shown(is) + ")");
        }
        return this;
    }

    /** A long text: said changed with its lengths before and after, "{0 → 850}", neither version kept. */
    public FieldChanges<T> text(String code, Function<? super T, String> field) {
        Object was = comparable(field.apply(before));
        Object is = comparable(field.apply(after));
        if (!Objects.equals(was, is)) {
            lines.add(code + " {" + length(was) + " → " + length(is) + "}");
        }
        return this;
    }

    /**
     * A field said changed, neither value kept: ids that would tell a reader nothing (the staff attending, by their
     * accounts), or a person's data — an offer's contact at the employer —, which a history kept for years, and
     * reached by no person's erasure, must not hold.
     */
    public FieldChanges<T> withoutValues(String code, Function<? super T, ?> field) {
        if (!Objects.equals(comparable(field.apply(before)), comparable(field.apply(after)))) {
            lines.add(code);
        }
        return this;
    }

    /** One line per field changed, in the order the fields were named. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** A value as a history keeps it: on one line, at most {@link #LONGEST_VALUE} characters, "—" for none. */
    public static String shown(Object value) {
        if (value == null) {
            return "—";
        }
        String line = value instanceof Boolean yes ? (yes ? YES : NO)
                : value.toString().strip().replaceAll("\\s*\\R\\s*", " / ");
        return ShortenedText.of(line, LONGEST_VALUE);
    }

    /** A text's length as people count characters (an emoji is one), 0 for none. */
    private static int length(Object text) {
        return text == null ? 0 : text.toString().codePointCount(0, text.toString().length());
    }

    private static Object comparable(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        if (value instanceof BigDecimal amount) {
            // An amount with its cents, however typed: 1200 and 1200.00 are one, shown "1200.00".
            int scale = Math.max(2, amount.stripTrailingZeros().scale());
            return amount.setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString();
        }
        if (value instanceof Collection<?> values) {
            // A set of names or ids: the same members in another order are no change.
            return values.isEmpty() ? null : String.join(", ", values.stream().map(String::valueOf).sorted().toList());
        }
        return value;
    }
}
