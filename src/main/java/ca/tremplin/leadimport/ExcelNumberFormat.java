package ca.tremplin.leadimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a workbook's number cell shows, as its number format says: a date, a date and time, a time of day, a
 * duration ({@code [h]:mm:ss}, hours not wrapped at 24), or a number. Excel keeps all of them as numbers (days since
 * 1900, 0:45 as 0.03125), and only the format tells a time spent in an event from a phone kept as a number.
 *
 * <p>A format is a built-in one by its id (ECMA-376, 18.8.30: 14–17 dates, 22 a date and time, 18–21 and 45–47
 * times, 46 being elapsed hours) or a workbook's own by its code, read as Excel reads it: its first section only
 * (the one for positive numbers), without quoted literals, backslash-escaped characters, the {@code _x} and
 * {@code *x} pairs of padding, nor bracketed parts ({@code [Red]}, {@code [$-40C]}, {@code [<=100]}) other than the
 * elapsed {@code [h]}, {@code [m]}, {@code [s]}; an {@code m} is minutes next to an hour or a second, else a month.
 */
final class ExcelNumberFormat {

    enum Shown { NUMBER, DATE, DATE_TIME, TIME_OF_DAY, DURATION }

    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17);
    private static final int BUILT_IN_DATE_TIME = 22;
    private static final Set<Integer> BUILT_IN_TIMES = Set.of(18, 19, 20, 21, 45, 47);
    private static final int BUILT_IN_ELAPSED_HOURS = 46;
    /** The first id a workbook gives its own formats; those below are built in, whatever code comes with them. */
    private static final int FIRST_CUSTOM_ID = 164;
    private static final Set<String> ELAPSED = Set.of("[h]", "[hh]", "[m]", "[mm]", "[s]", "[ss]");

    private ExcelNumberFormat() {
    }

    /** What a cell of this format shows: {@code id} as the cell's style names it, {@code code} a custom one's. */
    static Shown shown(Integer id, String code) {
        if (id != null && id < FIRST_CUSTOM_ID) {
            if (BUILT_IN_DATES.contains(id)) {
                return Shown.DATE;
            }
            if (id == BUILT_IN_DATE_TIME) {
                return Shown.DATE_TIME;
            }
            if (id == BUILT_IN_ELAPSED_HOURS) {
                return Shown.DURATION;
            }
            return BUILT_IN_TIMES.contains(id) ? Shown.TIME_OF_DAY : Shown.NUMBER;
        }
        return code == null ? Shown.NUMBER : shown(code);
    }

    private static Shown shown(String code) {
        boolean date = false;
        boolean time = false;
        boolean elapsed = false;
        List<String> parts = parts(code);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (ELAPSED.contains(part)) {
                elapsed = true;
            } else if (part.startsWith("h") || part.startsWith("s")) {
                time = true;
            } else if (part.startsWith("m")) {
                boolean minutes = (i > 0 && isHours(parts.get(i - 1)))
                        || (i + 1 < parts.size() && isSeconds(parts.get(i + 1)));
                date |= !minutes;
                time |= minutes;
            } else {
                date = true; // years or days
            }
        }
        if (date) {
            return time ? Shown.DATE_TIME : Shown.DATE;
        }
        return elapsed ? Shown.DURATION : time ? Shown.TIME_OF_DAY : Shown.NUMBER;
    }

    private static boolean isHours(String part) {
        return part.startsWith("h") || part.startsWith("[h");
    }

    private static boolean isSeconds(String part) {
        return part.startsWith("s") || part.startsWith("[s");
    }

    /**
     * The date and time parts of a format's first section, in order: runs of one letter among y, m, d, h, s ("yyyy",
     * "mm") and the elapsed "[h]", "[mm]", "[ss]"; literals, padding, colours, locales, conditions and AM/PM left out.
     */
    private static List<String> parts(String code) {
        List<String> parts = new ArrayList<>();
        String format = code.toLowerCase(Locale.ROOT).replace("am/pm", "").replace("a/p", "");
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == ';') {
                break; // the sections for negative numbers, zero and text
            } else if (c == '"') {
                int closing = format.indexOf('"', i + 1);
                i = closing < 0 ? format.length() : closing;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the character shown, or padded with, as it is
            } else if (c == '[') {
                int closing = format.indexOf(']', i);
                String bracketed = closing < 0 ? format.substring(i) : format.substring(i, closing + 1);
                if (ELAPSED.contains(bracketed)) {
                    parts.add(bracketed);
                }
                i = closing < 0 ? format.length() : closing;
            } else if ("ymdhs".indexOf(c) >= 0) {
                int end = i;
                while (end < format.length() && format.charAt(end) == c) {
                    end++;
                }
                parts.add(format.substring(i, end));
                i = end - 1;
            }
        }
        return parts;
    }
}
