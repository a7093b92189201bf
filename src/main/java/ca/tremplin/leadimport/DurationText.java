package ca.tremplin.leadimport;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spent in an event as exports write it, in whole minutes: Zoom's "64", a French spreadsheet's "52,5",
 * Teams' "1h 4m 29s", Google Meet's "1 hr 2 min", a clock's "1:04:29", French "1 h 02 min" or "1h30". A comma before exactly three
 * digits in minutes separates thousands, as English writes them (Zoom's "Duration (Minutes)" of a day-long fair,
 * "1,205"; Teams' "1,205 min"): no list writes minutes to the thousandth, while a French decimal has one or two digits
 * after its comma ("12,5"). Zoom's
 * "--" (did not come) and a blank cell are no duration at all; anything else that cannot be read is empty, for a warning.
 */
final class DurationText {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    /** "1,205", "12,345": thousands, as English writes them ("0,125" is a French decimal). */
    private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:,\\d{3})+");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{1,2})(?::(\\d{1,2}))?");
    /** French: "1h30", "1 h 30". */
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d+)\\s*h\\s*(\\d{2})");
    private static final Pattern PART = Pattern.compile(
            "([1-9]\\d{0,2}(?:,\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)"
            + "\\s*(heures?|hours?|hrs?|h|minutes?|mins?|mn|m|secondes?|seconds?|secs?|s)(?![a-z])\\.?");

    private DurationText() {
    }

    /** True for a cell that says nothing: blank, or Zoom's "--" for someone who did not come. */
    static boolean isNone(String text) {
        return text == null || text.isBlank() || text.strip().matches("-+");
    }

    /** The minutes written, rounded; empty when the text is not a duration. */
    static Optional<Integer> minutes(String text) {
        // French typography puts a no-break space between a number and its unit ("90 min"), and abbreviations
        // end with a dot ("90 min.", "1 h. 30 min."): both read as the plain spelling.
        String typed = text.replaceAll("\\p{Z}+", " ").strip().toLowerCase(Locale.ROOT);
        if (THOUSANDS.matcher(typed).matches()) {
            return Optional.of((int) Math.round(thousands(typed)));
        }
        if (NUMBER.matcher(typed).matches()) {
            return Optional.of((int) Math.round(number(typed)));
        }
        Matcher clock = CLOCK.matcher(typed);
        if (clock.matches()) {
            boolean seconds = clock.group(3) != null;
            double hours = seconds ? Integer.parseInt(clock.group(1)) : 0;
            double minutes = Integer.parseInt(seconds ? clock.group(2) : clock.group(1)) * (seconds ? 1 : 60)
                    + (seconds ? Integer.parseInt(clock.group(3)) / 60.0 : Integer.parseInt(clock.group(2)));
            return Optional.of((int) Math.round(hours * 60 + minutes));
        }
        Matcher french = HOURS_MINUTES.matcher(typed);
        if (french.matches()) {
            return Optional.of(Integer.parseInt(french.group(1)) * 60 + Integer.parseInt(french.group(2)));
        }
        Matcher parts = PART.matcher(typed);
        double minutes = 0;
        int end = 0;
        boolean any = false;
        while (parts.find()) {
            if (!typed.substring(end, parts.start()).isBlank()) {
                return Optional.empty();
            }
            char unit = parts.group(2).charAt(0);
            String written = parts.group(1);
            // "1,5 h" is an hour and a half; "1,205 min" and "1,000,000 s" are thousands.
            boolean thousands = THOUSANDS.matcher(written).matches()
                    && (unit == 'm' || written.indexOf(',') != written.lastIndexOf(','));
            double value = thousands ? thousands(written) : number(written);
            minutes += unit == 'h' ? value * 60 : unit == 's' ? value / 60 : value;
            end = parts.end();
            any = true;
        }
        return any && typed.substring(end).isBlank() ? Optional.of((int) Math.round(minutes)) : Optional.empty();
    }

    private static double thousands(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }
}
