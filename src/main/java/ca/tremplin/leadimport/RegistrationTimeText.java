package ca.tremplin.leadimport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a list says a person registered, as exports write it: Eventbrite's "Order Date", "2027-03-01 14:22:10-05:00"
 * or "2027-03-01 10:12"; a workbook's date, which {@link ExcelWorkbook} writes "2027-03-20T20:12" or "2027-03-20";
 * Zoom's "Registration Time", "Mar 20, 2027 08:12 PM"; a list typed in French, "20/03/2027" or "20/03/2027 14 h 05".
 * The order of a day with slashes is decided once for the whole list ({@link #orderIn}), by the dates only one order
 * reads: "25/03/2027" says day first, "03/25/2027" (an American spreadsheet) month first, and then "03/04/2027" on the
 * next row is the 4th of March in the one and the 3rd of April in the other, never both in one file; a list whose
 * dates say nothing is read day first, as the centres and the countries they recruit in write it, and one that says
 * both leaves its dates either order reads unread ({@link SlashOrder#CONTRADICTORY}). A time written without its offset
 * is one of the clock where the event is held ({@link Written#at}): Zoom writes its reports in its account's zone,
 * which the file does not name. A day without a time is from its start. A blank cell or Zoom's "--" says nothing;
 * anything else that cannot be read is empty, for a warning.
 */
final class RegistrationTimeText {

    /** Read lower-cased: "t" between the day and the time, "z" for UTC. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[t ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(z|utc|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern ZOOM = Pattern.compile("([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
            + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?)?");
    private static final Pattern SLASHES = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})"
            + "(?:,?\\s+(\\d{1,2})\\s*[:h]\\s*(\\d{2})(?::(\\d{2}))?)?");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private RegistrationTimeText() {
    }

    /** A time as the list wrote it: the clock's reading, and its offset when the list gave one. */
    record Written(LocalDateTime local, ZoneOffset offset) {

        /** The instant, read on the clock of {@code eventZone} when the list gave no offset. */
        Instant at(ZoneId eventZone) {
            return offset != null ? local.toInstant(offset) : local.atZone(eventZone).toInstant();
        }
    }

    /** The order of the day and the month in a list's dates written with slashes, decided once for the list. */
    enum SlashOrder {
        DAY_FIRST,
        MONTH_FIRST,
        /** Some of the list's dates read only day first, others only month first: the others read as neither. */
        CONTRADICTORY
    }

    /**
     * The order of the slash dates in the column of {@link ImportField#REGISTERED_AT}, from the values only one
     * order reads, over the whole list. A line that cannot be read (a quote never closed) says nothing of the order: it
     * fails on its own.
     */
    static SlashOrder orderIn(ImportTable table, ColumnMapping mapping) {
        Optional<Integer> column = mapping.column(ImportField.REGISTERED_AT);
        if (column.isEmpty()) {
            return SlashOrder.DAY_FIRST;
        }
        boolean dayFirst = false;
        boolean monthFirst = false;
        try (ImportTable.Rows rows = table.rows(0)) {
            while (rows.hasNext() && !(dayFirst && monthFirst)) {
                ImportTable.Row row = rows.next();
                String cell = row.unreadable() != null ? null : row.cell(column.get());
                Optional<SlashOrder> proven = cell == null ? Optional.empty()
                        : proven(ca.tremplin.kernel.SpreadsheetCells.restored(cell));
                dayFirst |= proven.equals(Optional.of(SlashOrder.DAY_FIRST));
                monthFirst |= proven.equals(Optional.of(SlashOrder.MONTH_FIRST));
            }
        }
        return dayFirst && monthFirst ? SlashOrder.CONTRADICTORY
                : monthFirst ? SlashOrder.MONTH_FIRST : SlashOrder.DAY_FIRST;
    }

    /**
     * The order a date with slashes proves: day first for "25/03/2027", month first for "03/25/2027"; none for one
     * both orders read ("03/04/2027"), for one neither reads, and for any other text.
     */
    static Optional<SlashOrder> proven(String text) {
        Matcher slashes = SLASHES.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!slashes.matches()) {
            return Optional.empty();
        }
        int first = number(slashes, 1);
        int second = number(slashes, 2);
        return first > 12 && first <= 31 && second >= 1 && second <= 12 ? Optional.of(SlashOrder.DAY_FIRST)
                : second > 12 && second <= 31 && first >= 1 && first <= 12 ? Optional.of(SlashOrder.MONTH_FIRST)
                : Optional.empty();
    }

    /**
     * True for a date with slashes that either order reads as another day ("03/04/2027") in a list whose dates say
     * both orders: it is left out, said as such.
     */
    static boolean undecided(String text, SlashOrder order) {
        Matcher slashes = SLASHES.matcher(text.strip().toLowerCase(Locale.ROOT));
        return order == SlashOrder.CONTRADICTORY && slashes.matches() && eitherOrder(slashes);
    }

    private static boolean eitherOrder(Matcher slashes) {
        int first = number(slashes, 1);
        int second = number(slashes, 2);
        return first <= 12 && second <= 12 && first != second;
    }

    /** True for a cell that says nothing: blank, or Zoom's "--". */
    static boolean isNone(String text) {
        return text == null || text.isBlank() || text.strip().matches("-+");
    }

    /** The time written, a date with slashes read day first unless only month first reads it (a value alone). */
    static Optional<Written> read(String text) {
        return read(text, SlashOrder.DAY_FIRST);
    }

    /**
     * The time written, a date with slashes read in the list's {@code order} (a date only the other order reads, in
     * that order); empty when the text is not one of the forms read, or is a date either order reads in a list
     * that writes both.
     */
    static Optional<Written> read(String text, SlashOrder order) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        try {
            Matcher iso = ISO.matcher(typed);
            if (iso.matches()) {
                LocalDate day = LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
                return Optional.of(new Written(day.atTime(clock(iso, 4, 5, 6, null)), offset(iso.group(7))));
            }
            Matcher slashes = SLASHES.matcher(typed);
            if (slashes.matches()) {
                int first = number(slashes, 1);
                int second = number(slashes, 2);
                if (order == SlashOrder.CONTRADICTORY && eitherOrder(slashes)) {
                    return Optional.empty();
                }
                boolean monthFirst = first <= 12 && (second > 12 || order == SlashOrder.MONTH_FIRST);
                LocalDate day = LocalDate.of(number(slashes, 3), monthFirst ? first : second,
                        monthFirst ? second : first);
                return Optional.of(new Written(day.atTime(clock(slashes, 4, 5, 6, null)), null));
            }
            Matcher zoom = ZOOM.matcher(typed);
            if (zoom.matches() && MONTHS.contains(zoom.group(1))) {
                LocalDate day = LocalDate.of(number(zoom, 3), MONTHS.indexOf(zoom.group(1)) + 1, number(zoom, 2));
                return Optional.of(new Written(day.atTime(clock(zoom, 4, 5, 6, zoom.group(7))), null));
            }
        } catch (DateTimeException impossible) {
            // The 31st of April, 25:00: no time at all.
        }
        return Optional.empty();
    }

    private static int number(Matcher matched, int group) {
        return Integer.parseInt(matched.group(group));
    }

    /** The time of day the groups hold, on a 12-hour clock when {@code half} says "am" or "pm"; midnight for none. */
    private static LocalTime clock(Matcher matched, int hour, int minute, int second, String half) {
        if (matched.group(hour) == null) {
            return LocalTime.MIDNIGHT;
        }
        int hours = number(matched, hour);
        if (half != null) {
            if (hours < 1 || hours > 12) {
                throw new DateTimeException("not a 12-hour clock: " + hours);
            }
            hours = hours % 12 + (half.startsWith("p") ? 12 : 0);
        }
        return LocalTime.of(hours, number(matched, minute),
                matched.group(second) == null ? 0 : number(matched, second));
    }

    private static ZoneOffset offset(String written) {
        if (written == null) {
            return null;
        }
        if (written.equals("z") || written.equals("utc")) {
            return ZoneOffset.UTC;
        }
        String digits = written.replace(":", "");
        return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                (digits.charAt(0) == '-' ? -1 : 1) * (digits.length() > 3 ? Integer.parseInt(digits.substring(3)) : 0));
    }
}
