package ca.tremplin.kernel;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French writes the first day of a month as an ordinal, "1er mars", where the JDK's formats give "1 mars"; every
 * date a French page or mail shows goes through here.
 */
public final class FrenchDates {

    /** "1" as the day: at the start or after a blank, followed by a blank (a space, no-break or narrow no-break). */
    private static final Pattern FIRST = Pattern.compile("(?<before>^|\\s)1(?<after>[\\s\\u00A0\\u202F])");

    private FrenchDates() {
    }

    /** A calendar day written out in the reader's language: "1er mars 2027", "March 1, 2027". */
    public static String longDay(java.time.LocalDate day, Locale locale) {
        return day == null ? "" : withOrdinal(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.LONG).withLocale(locale).format(day), day, locale);
    }

    /** The date as formatted, with "1er" for the first of the month in French; as it was otherwise. */
    public static String withOrdinal(String formatted, TemporalAccessor date, Locale locale) {
        if (formatted == null || date == null || Languages.isEnglish(locale)
                || !date.isSupported(ChronoField.DAY_OF_MONTH) || date.get(ChronoField.DAY_OF_MONTH) != 1) {
            return formatted;
        }
        return FIRST.matcher(formatted).replaceFirst("${before}1er${after}");
    }
}
