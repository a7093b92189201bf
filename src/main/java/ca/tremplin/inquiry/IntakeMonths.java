package ca.tremplin.inquiry;

import java.text.DateFormatSymbols;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A preferred intake as people write it ("2027-08", "08/2027", "août 2027", "Aug. 2027", "September 2027") read
 * as the year and month it means ("2027-08"). A month named in French or in English, whole or shortened to at
 * least three letters, is read when it names one month only ("jui" could be June or July: not read).
 */
public final class IntakeMonths {

    private static final Pattern YEAR_FIRST = Pattern.compile("(20\\d\\d)\\s*[-/.\\s]\\s*(\\d{1,2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})\\s*[-/.\\s]\\s*(20\\d\\d)");
    private static final Pattern NAMED = Pattern.compile("(\\p{L}+)\\.?\\s*,?\\s*(?:de\\s+|d[’']\\s*)?(20\\d\\d)");
    private static final String[][] MONTH_NAMES = {
        plain(new DateFormatSymbols(Locale.FRENCH).getMonths()),
        plain(new DateFormatSymbols(Locale.ENGLISH).getMonths())};

    private IntakeMonths() {
    }

    /** The year and month ("2027-08") the text means, or empty when it names none or more than one. */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = plain(typed.strip());
        Matcher numbers = YEAR_FIRST.matcher(text);
        if (numbers.matches()) {
            return month(numbers.group(1), Integer.parseInt(numbers.group(2)));
        }
        numbers = MONTH_FIRST.matcher(text);
        if (numbers.matches()) {
            return month(numbers.group(2), Integer.parseInt(numbers.group(1)));
        }
        Matcher named = NAMED.matcher(text);
        if (named.matches()) {
            return month(named.group(2), monthNamed(named.group(1)));
        }
        return Optional.empty();
    }

    /** The month (1 to 12) the word names in French or English, or 0 when it names none or several. */
    private static int monthNamed(String word) {
        if (word.length() < 3) {
            return 0;
        }
        int found = 0;
        for (String[] names : MONTH_NAMES) {
            for (int i = 0; i < 12; i++) {
                if (names[i].startsWith(word)) {
                    if (found != 0 && found != i + 1) {
                        return 0;
                    }
                    found = i + 1;
                }
            }
        }
        return found;
    }

    private static Optional<String> month(String year, int month) {
        return month >= 1 && month <= 12 ? Optional.of(year + "-" + (month < 10 ? "0" : "") + month)
                : Optional.empty();
    }

    private static String[] plain(String[] names) {
        String[] plain = new String[12];
        for (int i = 0; i < 12; i++) {
            plain[i] = plain(names[i]);
        }
        return plain;
    }

    /** Lower case without accents: "Août" is "aout", as people type it on a keyboard without them. */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
