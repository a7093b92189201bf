package ca.tremplin.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a public search from an address's parameters. A value a reader cannot read is left out and remembered
 * as {@code name=value}, so that a page can still show results for a mistyped or outdated link and say what it
 * ignored, and the API can refuse the request naming each parameter.
 */
public final class AddressParameters {

    /** At most this many choices of one parameter are read; a longer list is a forged address. */
    public static final int MAX_CHOICES = 30;
    private static final int MAX_PAGE_DIGITS = 5;

    private final Map<String, String[]> parameters;
    private final List<String> ignored = new ArrayList<>();
    /** Those of {@link #ignored} left out because the parameter, read once, was given again with another value. */
    private final List<String> repeated = new ArrayList<>();
    private final Set<String> repeatedSaid = new java.util.HashSet<>();

    public AddressParameters(Map<String, String[]> parameters) {
        this.parameters = parameters;
    }

    /**
     * Free text, stripped and cut to a number of characters as people count them, or {@code null} when nothing was
     * typed. The cut falls between characters: an emoji or a rare Chinese character is two Java chars, and half of
     * one would be a string no page or index can read.
     */
    public String text(String name, int maxLength) {
        String value = first(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) <= maxLength) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, maxLength));
    }

    /** One value read by {@code reader}, which answers {@code null} for what it cannot read. */
    public <T> T one(String name, Function<String, T> reader) {
        String value = first(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        T read = reader.apply(value.strip());
        if (read == null) {
            ignore(name, value);
        }
        return read;
    }

    /** Every value of a repeated parameter that {@code reader} can read, in the order given. */
    public <T> Set<T> many(String name, Function<String, T> reader) {
        Set<T> read = new LinkedHashSet<>();
        String[] values = parameters.get(name);
        if (values == null) {
            return read;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            T one = reader.apply(value.strip());
            if (one == null) {
                ignore(name, value);
            } else if (read.size() < MAX_CHOICES) {
                read.add(one);
            }
        }
        return read;
    }

    /** A page number from 1 to {@code maxPage}; 1 when absent or unreadable. */
    public int page(int maxPage) {
        Integer page = one("page", value -> {
            if (!value.matches("\\d{1," + MAX_PAGE_DIGITS + "}")) {
                return null;
            }
            int number = Integer.parseInt(value);
            return number >= 1 && number <= maxPage ? number : null;
        });
        return page == null ? 1 : page;
    }

    /** The parameters left out, as {@code name=value}, in the order they were met. */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }

    /**
     * Those of {@link #ignored()} left out only because their parameter, which takes one value, was given again with
     * another ({@code page=1&page=2}: {@code page=2}).
     */
    public List<String> repeated() {
        return List.copyOf(repeated);
    }

    /** An enum constant named as typed, without regard to case and with hyphens for underscores. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return constant;
            }
        }
        return null;
    }

    /**
     * A parameter read once: its first value that holds something (an empty field of a form sent with the link is
     * no value); another value given beside it ({@code page=1&page=2}) is left out and said, rather than dropped
     * without a word.
     */
    private String first(String name) {
        List<String> given = filled(parameters.get(name));
        if (given.isEmpty()) {
            return null;
        }
        if (repeatedSaid.add(name)) {
            given.stream().skip(1).filter(value -> !value.strip().equals(given.get(0).strip())).distinct()
                    .forEach(value -> repeated.add(ignore(name, value)));
        }
        return given.get(0);
    }

    /** The values that hold something, in the order given. */
    public static List<String> filled(String[] values) {
        return values == null ? List.of()
                : java.util.Arrays.stream(values).filter(value -> value != null && !value.isBlank()).toList();
    }

    /**
     * What a page says of the values of its address it left out: those it does not know, and apart, those of a
     * criterion given several times, of which it kept the first; null when nothing was left out.
     */
    public static String ignoredMessage(Locale language, List<String> ignored, List<String> repeated) {
        List<String> unknown = ignored.stream().filter(entry -> !repeated.contains(entry)).toList();
        List<String> said = new ArrayList<>();
        if (!unknown.isEmpty()) {
            said.add(Messages.get(language, "catalog.ignoredParameters", String.join(", ", unknown)));
        }
        if (!repeated.isEmpty()) {
            said.add(Messages.get(language, "catalog.repeatedParameters", String.join(", ", repeated)));
        }
        return said.isEmpty() ? null : String.join(" ", said);
    }

    private String ignore(String name, String value) {
        String entry = name + "=" + (value.codePointCount(0, value.length()) <= 40 ? value
                : value.substring(0, value.offsetByCodePoints(0, 40)) + "…");
        ignored.add(entry);
        return entry;
    }
}
