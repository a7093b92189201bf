package ca.tremplin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates, numbers and money written the way the page's language writes them ("26 nov. 2026, 14 h 05" or
 * "Nov 26, 2026, 2:05 PM"; "1 234,50 $ CA" or "CA$1,234.50"). Staff pages show Québec time.
 */
@Named
@RequestScoped
public class Formats {

    static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;

    @Inject
    LanguagePreference language;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return ca.tremplin.kernel.FrenchDates.withOrdinal(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(language.getLocale()).withZone(QUEBEC).format(instant),
                instant.atZone(QUEBEC), language.getLocale());
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return ca.tremplin.kernel.FrenchDates.withOrdinal(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.getLocale()).withZone(QUEBEC).format(instant), instant.atZone(QUEBEC),
                language.getLocale());
    }

    /** A calendar day (a deadline), in the reader's language. */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : ca.tremplin.kernel.FrenchDates.withOrdinal(DateTimeFormatter.ofLocalizedDate(
                FormatStyle.MEDIUM).withLocale(language.getLocale()).format(date), date, language.getLocale());
    }

    /** A calendar day written out ("1er mars 2027", "March 1, 2027"), as public pages show a start or a deadline. */
    public static String longDay(java.time.LocalDate date, java.util.Locale locale) {
        return ca.tremplin.kernel.FrenchDates.longDay(date, locale);
    }

    /** A country's name from its ISO code ("SN": "Sénégal", "Senegal"); the code itself when it names none. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new java.util.Locale("", code).getDisplayCountry(language.getLocale());
        return name.isBlank() ? code : name;
    }

    /** How long something has waited, in the page's language: see {@link #waited(java.time.Duration, java.util.Locale)}. */
    public String waited(java.time.Duration waiting) {
        return waiting == null ? "" : waited(waiting, language.getLocale());
    }

    /**
     * How long something has waited, as someone deciding what to answer first reads it: "moins d’une minute", "12 min",
     * "5 h", then in days from two days on. A wait under an hour is never "0 h", which reads as nothing at all.
     */
    public static String waited(java.time.Duration waiting, java.util.Locale locale) {
        if (waiting.toMinutes() < 1) {
            return ca.tremplin.kernel.Messages.get(locale, "waited.underAMinute");
        }
        if (waiting.toHours() < 1) {
            return ca.tremplin.kernel.Messages.get(locale, "waited.minutes", waiting.toMinutes());
        }
        if (waiting.toHours() < 48) {
            return ca.tremplin.kernel.Messages.get(locale, "waited.hours", waiting.toHours());
        }
        return ca.tremplin.kernel.Messages.get(locale, "waited.days", waiting.toDays());
    }

    /** A record's number (a lead's, a request's) as the page's language writes it: "n° 57", "#57". */
    public String numbered(Number number) {
        return number == null ? "" : ca.tremplin.kernel.Messages.numbered(language.getLocale(), number.longValue());
    }

    /**
     * A count with its unit, in the plural the count takes in the page's language: {@code counted(
     * 'program.durationMonths', 1)} is "1 mois" and "1 month", with 2 "2 mois" and "2 months". The message holds the
     * forms ({@code choice}); a count not given is written as nothing.
     */
    public String counted(String key, Number count) {
        return counted(key, count, language.getLocale());
    }

    static String counted(String key, Number count, java.util.Locale locale) {
        return count == null ? "" : ca.tremplin.kernel.Messages.get(locale, key, count);
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(language.getLocale()).format(number);
    }

    /**
     * A file's size as people read it: "303 Ko" or "1,5 Mo" in French, "303 KB" or "1.5 MB" in English; in thousands,
     * as the limits are said ("8 Mo au plus" is 8,000,000 bytes, shown "8 Mo", not "7,6 Mo").
     */
    public String fileSize(Number bytes) {
        return bytes == null ? "" : fileSize(bytes.longValue(), language.getLocale());
    }

    static String fileSize(long bytes, java.util.Locale locale) {
        return ca.tremplin.kernel.FileSize.writtenNearest(bytes, locale);
    }

    /**
     * The size of what was refused for being too large, as every refusal says it: rounded up, so that a request one
     * byte over "10 Mo" never reads "10 Mo" beside that limit (the 413 page).
     */
    public String sentSize(Number bytes) {
        return bytes == null ? "" : sentSize(bytes.longValue(), language.getLocale());
    }

    static String sentSize(long bytes, java.util.Locale locale) {
        return new ca.tremplin.kernel.FileSize(bytes).written(locale);
    }

    public String money(Number amount) {
        return amount == null ? "" : money(amount, language.getLocale());
    }

    /**
     * Canadian dollars as the language writes them, always saying which dollar: "8 000,00 $ CA" in French,
     * "CA$8,000.00" in English, where Canada's own English format writes a bare "$" that a student in the United
     * States or Australia reads as theirs.
     */
    static String money(Number amount, java.util.Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(ca.tremplin.kernel.Languages.isEnglish(locale)
                ? java.util.Locale.ENGLISH : locale);
        format.setCurrency(java.util.Currency.getInstance("CAD"));
        return format.format(amount);
    }
}
