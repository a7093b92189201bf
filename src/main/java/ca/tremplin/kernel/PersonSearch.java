package ca.tremplin.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finding a person by what staff type in a search box: a few letters of a name, part of an e-mail address, or some
 * digits of a phone number, as a condition of an HQL query on the person's columns.
 *
 * <p>A name is found by the start of any of its words, in either order, whatever the accents (the database's
 * collation compares "Nguyen" with "Nguyễn"), the case, the apostrophes ("ndiaye", "N’Diaye" and "N'Diaye" are one
 * name) and the hyphens ("etienne" finds "Jean-Étienne"); the few Latin letters the collation keeps apart from their
 * base letter ("Đặng", "Łukasz", "Øyvind") are found from it, as people type them on a keyboard without them. A name
 * written without blanks (Chinese, "王小明") is found whole in the family-name-first order as in the other.
 * Every word typed must be found; a word also finds an e-mail address that contains it.
 */
public final class PersonSearch {

    /** What a search box takes; the rest of a longer paste is left out. */
    public static final int MOST_CHARACTERS = 100;
    private static final int MOST_WORDS = 6;
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ‘`]");
    /** The hyphens a name may be typed or pasted with (a word processor's, a non-breaking one), read as "-". */
    private static final Pattern HYPHENS = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]");
    private static final Pattern PHONE = Pattern.compile("[+\\d\\s().\\-]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    /**
     * Letters that unicode_ci collations do not equal to a base letter, and those equal to two letters but not in a
     * LIKE, compared one character at a time; with the letters typed for them. The lead's search text (V48) folds
     * them alike.
     */
    private static final String[][] BASE_LETTERS = {{"đ", "d"}, {"ł", "l"}, {"ø", "o"}, {"ħ", "h"}, {"ı", "i"},
            {"œ", "oe"}, {"æ", "ae"}, {"ß", "ss"}};
    /** The patterns' escape character, named in each condition (see {@link LikePattern}). */
    private static final String ESCAPE = LikePattern.ESCAPE;
    /** The database's replace(), called the JPA way: the persistence unit holds HQL to JPA's own functions. */
    private static final String REPLACE = "function('replace', ";

    private PersonSearch() {
    }

    /** An HQL condition and the values of its parameters. */
    public record Condition(String hql, Map<String, Object> parameters) {
    }

    /**
     * What finds nobody: something typed that holds no letter or digit to look for (an apostrophe, an underscore, a
     * dash alone). It narrows the list to nothing, as a name found nowhere does, rather than being ignored and listing
     * everyone as if the box were empty.
     */
    private static final Condition NOBODY = new Condition("1 = 0", Map.of());

    /**
     * The condition that finds the person in what was typed, over the HQL paths of their first and last names, e-mail
     * and phone (E.164 digits; null when the entity has none); empty when nothing searchable was typed.
     */
    public static Optional<Condition> of(String typed, String firstName, String lastName, String email, String phone) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MOST_CHARACTERS) {
            text = text.substring(0, MOST_CHARACTERS);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String digits = NOT_DIGIT.matcher(text).replaceAll("");
        if (phone != null && PHONE.matcher(text).matches() && digits.length() >= 4) {
            // Digits as typed, with or without the country code and the separators people put in.
            return Optional.of(phoneCondition(phone, digits, parameters));
        }
        List<String> conditions = new ArrayList<>();
        String haystack = haystack(firstName, lastName);
        for (String word : words(text)) {
            String name = "searchName" + conditions.size();
            String address = "searchEmail" + conditions.size();
            parameters.put(name, "% " + LikePattern.escaped(word) + "%");
            parameters.put(address, "%" + LikePattern.escaped(word) + "%");
            conditions.add("(" + haystack + " like :" + name + ESCAPE + " or " + email + " like :" + address + ESCAPE
                    + ")");
        }
        return Optional.of(conditions.isEmpty() ? NOBODY : new Condition(String.join(" and ", conditions), parameters));
    }

    /**
     * The condition over a text the database keeps folded (the lead's {@code search_name}, V48: " first last lastfirst
     * e-mail phone", folded as {@link #folded(String)} folds, the e-mail's dots, @, _ and + as blanks, the phone's
     * digits): each word typed at the start of one of its words, or digits anywhere; empty when nothing was typed.
     */
    public static Optional<Condition> inFoldedText(String typed, String foldedText) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MOST_CHARACTERS) {
            text = text.substring(0, MOST_CHARACTERS);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String digits = NOT_DIGIT.matcher(text).replaceAll("");
        if (PHONE.matcher(text).matches() && digits.length() >= 4) {
            return Optional.of(phoneCondition(foldedText, digits, parameters));
        }
        List<String> conditions = new ArrayList<>();
        for (String token : words(text, true)) {
            String condition = tokenCondition(token, foldedText, "searchWord" + conditions.size(),
                    parameters);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        if (conditions.isEmpty()) {
            return text.isEmpty() ? Optional.empty() : Optional.of(NOBODY);
        }
        return Optional.of(new Condition(String.join(" and ", conditions), parameters));
    }

    /**
     * One word typed, as any of the ways a name may be written with or without its hyphens and blanks: its parts
     * between hyphens each at the start of a word ("jean-pierre" finds "Jean-Pierre" and "Jean Pierre"), the word
     * with its hyphen as the folded text keeps an e-mail's ("awa-d"), and the parts run together ("jean-pierre"
     * finds "Jeanpierre"). Each is a LIKE over the same folded text, read from its index by centre as before
     * (docs/benchmarks.md): a variant costs a comparison per index entry, not another read, and only a word typed
     * with a hyphen has any. A word typed run together ("jeanpierre") is not cut to find "Jean-Pierre": every cut
     * would be one more comparison on every entry of the centre's index for most searches, which was not measured at
     * a million leads. Null when the word holds nothing to look for (a hyphen alone).
     */
    private static String tokenCondition(String token, String foldedText, String prefix,
                                         Map<String, Object> parameters) {
        List<String> parts = new ArrayList<>();
        for (String part : token.split("-")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        List<String> eachPart = new ArrayList<>();
        for (String part : parts) {
            eachPart.add(atWordStart(foldedText, parts.size() == 1 ? prefix : prefix + "p" + eachPart.size(), "% " + LikePattern.escaped(part) + "%",
                    parameters));
        }
        alternatives.add(eachPart.size() == 1 ? eachPart.get(0) : "(" + String.join(" and ", eachPart) + ")");
        if (parts.size() > 1) {
            alternatives.add(atWordStart(foldedText, prefix + "h", "% " + LikePattern.escaped(token) + "%",
                    parameters));
        }
        String joined = String.join("", parts);
        if (parts.size() > 1) {
            alternatives.add(atWordStart(foldedText, prefix + "j", "% " + LikePattern.escaped(joined) + "%",
                    parameters));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" or ", alternatives) + ")";
    }

    private static String atWordStart(String foldedText, String name, String pattern, Map<String, Object> parameters) {
        parameters.put(name, pattern);
        return foldedText + " like :" + name + ESCAPE;
    }

    /**
     * A phone found by its digits as typed, and as a number said at home: the national "0" before it (Morocco's
     * "06 12 34 56 78", Vietnam's "090 123 4567") or the international "00" (stored as +212 6…, +84 90…) left out.
     */
    private static Condition phoneCondition(String path, String digits, Map<String, Object> parameters) {
        parameters.put("searchPhone", "%" + digits + "%");
        String withoutPrefix = digits.startsWith("00") ? digits.substring(2)
                : digits.startsWith("0") ? digits.substring(1) : null;
        if (withoutPrefix == null || withoutPrefix.length() < 4) {
            return new Condition(path + " like :searchPhone" + ESCAPE, parameters);
        }
        parameters.put("searchPhoneAtHome", "%" + withoutPrefix + "%");
        return new Condition("(" + path + " like :searchPhone" + ESCAPE + " or " + path + " like :searchPhoneAtHome"
                + ESCAPE + ")", parameters);
    }

    /**
     * The words of what was typed, folded as {@link #folded(String)} folds the stored names; an e-mail typed whole or
     * in part is its words too ("awa.diop@" is "awa" and "diop").
     */
    static List<String> words(String text) {
        return words(text, false);
    }

    /** As {@link #words(String)}, hyphens kept inside words when {@code keepHyphens} (an e-mail's, as stored). */
    static List<String> words(String text, boolean keepHyphens) {
        // A zero-width joiner or non-joiner typed inside a name (Persian "نیک‌پور") parts two words, as the lead's
        // search text parts them (V51), which also holds the family name run together for "نیکپور" typed without.
        String folded = APOSTROPHES.matcher(HYPHENS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("").replaceAll(keepHyphens ? "[.@_+\u200C\u200D]" : "[-.@_+\u200C\u200D]", " ");
        for (String[] letter : BASE_LETTERS) {
            folded = folded.replace(letter[0], letter[1]);
        }
        List<String> words = new ArrayList<>();
        for (String word : folded.strip().split("\\s+")) {
            if (!word.isEmpty() && words.size() < MOST_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * " first last lastfirst firstlast", each name folded: every word of either name follows a blank, so that a word
     * typed is looked for at the start of a word.
     */
    private static String haystack(String firstName, String lastName) {
        String first = folded(firstName);
        String last = folded(lastName);
        return "concat(' ', " + first + ", ' ', " + last + ", ' ', " + last + ", " + first + ", ' ', " + first + ", "
                + last + ")";
    }

    /** A name in lower case, without apostrophes, hyphens as blanks, the letters of {@link #BASE_LETTERS} as their base. */
    private static String folded(String path) {
        String folded = "lower(coalesce(" + path + ", ''))";
        for (String apostrophe : new String[] {"''", "’", "ʼ", "‘", "`"}) {
            folded = REPLACE + folded + ", '" + apostrophe + "', '')";
        }
        folded = REPLACE + folded + ", '-', ' ')";
        for (String joiner : new String[] {"\u200C", "\u200D"}) {
            folded = REPLACE + folded + ", '" + joiner + "', ' ')";
        }
        for (String[] letter : BASE_LETTERS) {
            folded = REPLACE + folded + ", '" + letter[0] + "', '" + letter[1] + "')";
        }
        return folded;
    }

}
