package ca.tremplin.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A file's size, as people read it: "303 Ko" or "1,5 Mo" in French, "303 KB" or "1.5 MB" in English, in thousands as
 * the limits are said ("8 Mo au plus" is 8,000,000 bytes, shown "8 Mo", not "7,6 Mo"). Given as an argument of a
 * message, it is written in the reader's language ({@link Messages}), so that a service refusing a file too large can
 * say how large it is without knowing who reads the refusal. There it is rounded up: a file one byte over "8 Mo" is
 * said to weigh "8,1 Mo", never "8 Mo", which would read as no reason at all.
 */
public record FileSize(long bytes) {

    /**
     * The size of a file a page's script measures as it is chosen, before anything is sent: written "{size} Mo", the
     * script putting the number in ({@code resources/js/file-limits.js}), so that its message is the server's own.
     */
    public static final FileSize CHOSEN_SIZE = new FileSize(-1);

    /** What {@link #CHOSEN_SIZE} leaves for the script to replace with the number. */
    public static final String CHOSEN_SIZE_NUMBER = "{size}";

    private static final long KILO = 1_000;
    private static final long MEGA = 1_000_000;

    /** As a refusal says it: rounded up to the tenth of a megabyte, or to the kilobyte. */
    public String written(Locale locale) {
        if (bytes < 0) {
            return Messages.get(locale, "fileSize.megabytes", CHOSEN_SIZE_NUMBER);
        }
        return written(bytes, locale, RoundingMode.CEILING);
    }

    /** As a list of files shows it: the nearest tenth of a megabyte, or the nearest kilobyte (at least 1). */
    public static String writtenNearest(long bytes, Locale locale) {
        return written(bytes, locale, RoundingMode.HALF_UP);
    }

    private static String written(long bytes, Locale locale, RoundingMode rounding) {
        BigDecimal kilobytes = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(KILO), 0, rounding).max(BigDecimal.ONE);
        if (kilobytes.compareTo(BigDecimal.valueOf(KILO)) < 0) {
            return Messages.get(locale, "fileSize.kilobytes", java.text.NumberFormat.getIntegerInstance(
                    Languages.supported(locale)).format(kilobytes));
        }
        java.text.NumberFormat megabytes = java.text.NumberFormat.getNumberInstance(Languages.supported(locale));
        megabytes.setMaximumFractionDigits(1);
        return Messages.get(locale, "fileSize.megabytes", megabytes.format(
                BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MEGA), 1, rounding)));
    }
}
